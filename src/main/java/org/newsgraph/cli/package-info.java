/**
 * The {@code cli} stage: one picocli class per subcommand, wiring the other stages together. Exit codes: 0 ok,
 * 1 failure, 2 usage. A user-facing error prints its message only, never a stack trace (unless {@code --verbose}).
 */
package org.newsgraph.cli;
