package org.cadregraph.graph;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One article's statement of one node, as an {@link ArticlePlan} gives it. Immutable.
 *
 * @param key the node's key (unique within its label)
 * @param article the id of the article that states it
 * @param props the properties the node is created with (see {@link NodeLabel#createdWith()})
 * @param evidence what its STATED_IN link to the article records, the values as this article writes
 *     them (see {@link NodeLabel#statedWith()}); a null value is kept, so that writing it clears
 *     what a former text of the article stated
 */
record NodeRow(
    String key, String article, Map<String, Object> props, Map<String, Object> evidence) {
  NodeRow {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(article, "article");
    props = readOnly(props);
    evidence = readOnly(evidence);
  }

  /** A read-only copy that, unlike {@link Map#copyOf}, keeps null values. */
  static Map<String, Object> readOnly(Map<String, Object> map) {
    return Collections.unmodifiableMap(new HashMap<>(map));
  }
}
