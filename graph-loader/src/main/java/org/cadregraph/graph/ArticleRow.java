package org.cadregraph.graph;

import java.util.Map;
import java.util.Objects;

/**
 * An article node to write: its id and all its properties, nulls included so that a re-load clears
 * what is gone. Immutable.
 */
record ArticleRow(String id, Map<String, Object> props) {
  ArticleRow {
    Objects.requireNonNull(id, "id");
    props = NodeRow.readOnly(props);
  }
}
