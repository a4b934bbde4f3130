package org.cadregraph.graph;

/**
 * What the database holds of an article before a batch is written: its load hash (empty when it has
 * none) and its date (null when undated). Immutable.
 */
record StoredArticle(String hash, String date) {}
