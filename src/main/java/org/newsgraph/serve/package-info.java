/**
 * The {@code serve} stage: takes an open store, gives an embedded Fuseki server with the SPARQL endpoint,
 * dereferenceable linked data and the analysts' web workbench. Read-only unless started with an explicit write
 * option and token.
 *
 * <p>Must not import {@code cli}; reads the store only through the {@code store} package.
 */
package org.newsgraph.serve;
