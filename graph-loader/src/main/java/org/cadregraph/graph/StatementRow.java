package org.cadregraph.graph;

import java.util.Map;
import java.util.Objects;

/**
 * One STATED_IN link to write: a node, the article stating it (both by element id) and the evidence
 * the link records. Immutable.
 */
record StatementRow(String node, String article, Map<String, Object> evidence) {
  StatementRow {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(article, "article");
    evidence = NodeRow.readOnly(evidence);
  }
}
