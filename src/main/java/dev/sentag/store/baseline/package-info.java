/**
 * The bare baselines of {@code sentag bench}: plain JDBC doing the same storage work as Sentag (insert rows already
 * split, upsert one tag, SELECT and write JSON) with none of Sentag's code in between, so a benchmark ratio shows
 * what Sentag's own layers cost. Here, under store, because only store speaks SQL; nothing but the benchmark uses it.
 */
package dev.sentag.store.baseline;
