package org.cadregraph.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The statements a batch of new articles makes about the nodes of one label, folded into one row
 * per node: the node is merged once per batch however many articles state it (the head of state is
 * stated by nearly every report), and what it derives from its statements is updated once. Each row
 * carries:
 *
 * <ul>
 *   <li>{@code key}, {@code props}: the node's key and the properties it is created with;
 *   <li>{@code count}, {@code first}, {@code last}, {@code names}, {@code fulls}: what the
 *       statements add to the number of articles, first/last seen and the spellings seen;
 *   <li>{@code stamp}, {@code steps}: the newest report's stamp, and per statement in report order
 *       its stamp and the displayed values that applying it and every newer one gives. The
 *       statement picks the first step newer than the node's stored newest report, so the node ends
 *       exactly as if the statements had been applied one by one, oldest first.
 * </ul>
 *
 * Statements must be added in report order (oldest first). Not thread-safe.
 */
final class FreshNodes {
  private final Map<String, Node> nodes = new LinkedHashMap<>();

  /**
   * Adds one article's statement of a node; {@code row} as {@link ArticlePlan#nodes()} gives it.
   */
  void add(ArticlePlan plan, Map<String, Object> row) {
    String key = (String) row.get("key");
    @SuppressWarnings("unchecked")
    Map<String, Object> evidence = (Map<String, Object>) row.get("evidence");
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) row.get("props");
    nodes.computeIfAbsent(key, k -> new Node(k, props)).add(plan, evidence);
  }

  boolean isEmpty() {
    return nodes.isEmpty();
  }

  /**
   * One {@code {key, article, evidence}} per statement, for {@link GraphStatements#STATEMENTS} once
   * the key is an element id.
   */
  List<Map<String, Object>> statements() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Node node : nodes.values()) {
      rows.addAll(node.statements);
    }
    return rows;
  }

  /** The rows for {@link GraphStatements#nodes}, one per node. */
  List<Map<String, Object>> rows() {
    List<Map<String, Object>> rows = new ArrayList<>(nodes.size());
    for (Node node : nodes.values()) {
      rows.add(node.row());
    }
    return rows;
  }

  /** One node's statements in this batch. */
  private static final class Node {
    final String key;
    final Map<String, Object> props;
    final List<Map<String, Object>> statements = new ArrayList<>();
    final List<String> stamps = new ArrayList<>();
    final List<Map<String, Object>> shown = new ArrayList<>();
    final TreeSet<String> names = new TreeSet<>();
    final TreeSet<String> fulls = new TreeSet<>();
    String first;
    String last;

    Node(String key, Map<String, Object> props) {
      this.key = key;
      // Created with the properties its oldest statement in the batch gives, as one by one would.
      this.props = props;
    }

    void add(ArticlePlan plan, Map<String, Object> evidence) {
      Map<String, Object> statement = new HashMap<>();
      statement.put("key", key);
      statement.put("article", plan.article());
      statement.put("evidence", evidence);
      statements.add(statement);
      String date = plan.info.date();
      if (date != null) {
        first = first == null || date.compareTo(first) < 0 ? date : first;
        last = last == null || date.compareTo(last) > 0 ? date : last;
      }
      addIfPresent(names, evidence.get("name"));
      addIfPresent(fulls, evidence.get("full_name"));
      stamps.add(plan.stamp());
      Map<String, Object> values = new HashMap<>();
      for (String p : GraphStatements.DISPLAYED) {
        Object v = evidence.get(p);
        if (v != null) {
          values.put(p, v);
        }
      }
      shown.add(values);
    }

    Map<String, Object> row() {
      // Suffix folds: step i holds, per displayed value, the newest non-null one of statements
      // i..n.
      List<Map<String, Object>> steps = new ArrayList<>(stamps.size());
      Map<String, Object> fold = new HashMap<>();
      for (int i = stamps.size() - 1; i >= 0; i--) {
        Map<String, Object> values = new HashMap<>(shown.get(i));
        values.forEach(fold::putIfAbsent);
        Map<String, Object> step = new HashMap<>();
        step.put("stamp", stamps.get(i));
        step.put("shown", new HashMap<>(fold));
        steps.add(step);
      }
      Collections.reverse(steps);
      Map<String, Object> row = new HashMap<>();
      row.put("key", key);
      row.put("props", props);
      row.put("count", statements.size());
      row.put("first", first);
      row.put("last", last);
      row.put("names", new ArrayList<>(names));
      row.put("fulls", new ArrayList<>(fulls));
      row.put("stamp", stamps.get(stamps.size() - 1));
      row.put("steps", steps);
      return row;
    }

    private static void addIfPresent(TreeSet<String> set, Object value) {
      if (value instanceof String s) {
        set.add(s);
      }
    }
  }
}
