package org.cadregraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one place where the loader's rows become the maps and lists the driver takes for {@code
 * $rows}; the keys here are the names the statements of {@link GraphStatements} read ({@code
 * r.key}, {@code t.evidence} ...). Maps that may hold null values are {@link HashMap}s. Stateless
 * and thread-safe.
 */
final class DriverRows {
  private DriverRows() {}

  /** For {@link GraphStatements#ARTICLES}: {@code {id, props}}. */
  static List<Map<String, Object>> articles(Collection<ArticleRow> rows) {
    return each(rows, r -> Map.of("id", r.id(), "props", r.props()));
  }

  /** For {@link GraphStatements#nodes}: one {@code {key, props, count, ..., steps}} per node. */
  static List<Map<String, Object>> freshNodes(Collection<FreshNodes.Row> rows) {
    return each(
        rows,
        r -> {
          Map<String, Object> row = new HashMap<>();
          row.put("key", r.key());
          row.put("props", r.props());
          row.put("count", r.count());
          row.put("first", r.first());
          row.put("last", r.last());
          row.put("names", r.names());
          row.put("fulls", r.fulls());
          row.put("stamp", r.stamp());
          row.put("steps", each(r.steps(), s -> Map.of("stamp", s.stamp(), "shown", s.shown())));
          return row;
        });
  }

  /** For {@link GraphStatements#restated}: {@code {key, article, props, evidence}}. */
  static List<Map<String, Object>> restatedNodes(Collection<NodeRow> rows) {
    return each(
        rows,
        r -> {
          Map<String, Object> row = new HashMap<>();
          row.put("key", r.key());
          row.put("article", r.article());
          row.put("props", r.props());
          row.put("evidence", r.evidence());
          return row;
        });
  }

  /** For {@link GraphStatements#STATEMENTS}: {@code {node, article, evidence}}. */
  static List<Map<String, Object>> statements(Collection<StatementRow> rows) {
    return each(
        rows, r -> Map.of("node", r.node(), "article", r.article(), "evidence", r.evidence()));
  }

  /** For {@link GraphStatements#links}: {@code [from, to]} by element id. */
  static List<List<String>> links(Collection<LinkRow> rows) {
    return each(rows, r -> List.of(r.from(), r.to()));
  }

  private static <R, T> List<T> each(Collection<R> rows, Function<R, T> toDriver) {
    List<T> out = new ArrayList<>(rows.size());
    for (R row : rows) {
      out.add(toDriver.apply(row));
    }
    return out;
  }
}
