package org.cadregraph.graph;

/**
 * What the database holds of an article before a batch is written: its load hash (empty when it has
 * none), its date (null when undated) and the source stamp of the file it was read from (null when
 * none was recorded). Immutable.
 */
record StoredArticle(String hash, String date, String sourceStamp) {}
