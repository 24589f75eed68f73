/**
 * Benchmarks, and what they run on. {@link org.newsgraph.bench.SyntheticCorpus} takes the lexicon and a seed and
 * gives any number of Arabic news articles in the sample's style (HTML pages with a headline and a publication
 * date), the same for the same seed; {@link org.newsgraph.bench.CorpusBench} takes a number of articles and gives
 * the figures of {@code newsgraph bench}: ingest against Jena's TDB2 bulk loader on the same quads, analyst query
 * latencies, peak heap and size on disk. Used only by benchmarks; no other stage depends on this package.
 */
package org.newsgraph.bench;
