package org.cadregraph.graph;

import java.util.Objects;

/**
 * The two ends of one structural link ({@link Link}): node keys as an {@link ArticlePlan} states
 * it, element ids once a batch has written the nodes. Immutable.
 */
record LinkRow(String from, String to) {
  LinkRow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
