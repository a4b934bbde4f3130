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
 * stated by nearly every report), and what it derives from its statements is updated once. Each
 * {@link Row} carries:
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
   * What a batch's statements of one node add to it. Immutable.
   *
   * @param key the node's key
   * @param props the properties it is created with (those of its oldest statement in the batch)
   * @param count how many articles of the batch state it
   * @param first the earliest date of those articles, null when none is dated
   * @param last the latest date of those articles, null when none is dated
   * @param names the spellings ({@code name}) the statements give, sorted
   * @param fulls the full names ({@code full_name}) the statements give, sorted
   * @param stamp the stamp of the newest report stating it
   * @param steps per statement, in report order, what applying it and every newer one shows
   */
  record Row(
      String key,
      Map<String, Object> props,
      int count,
      String first,
      String last,
      List<String> names,
      List<String> fulls,
      String stamp,
      List<Step> steps) {
    Row {
      names = List.copyOf(names);
      fulls = List.copyOf(fulls);
      steps = List.copyOf(steps);
    }
  }

  /**
   * One statement's report stamp and, per displayed value, the newest non-null one of it and the
   * statements newer than it. Immutable.
   */
  record Step(String stamp, Map<String, Object> shown) {
    Step {
      shown = Map.copyOf(shown);
    }
  }

  /** Adds one article's statement of a node. */
  void add(ArticlePlan plan, NodeRow row) {
    nodes.computeIfAbsent(row.key(), k -> new Node(k, row.props())).add(plan, row);
  }

  boolean isEmpty() {
    return nodes.isEmpty();
  }

  /** Every statement added, grouped by node, for {@link GraphStatements#STATEMENTS}. */
  List<NodeRow> statements() {
    List<NodeRow> rows = new ArrayList<>();
    for (Node node : nodes.values()) {
      rows.addAll(node.statements);
    }
    return rows;
  }

  /** The rows for {@link GraphStatements#nodes}, one per node. */
  List<Row> rows() {
    List<Row> rows = new ArrayList<>(nodes.size());
    for (Node node : nodes.values()) {
      rows.add(node.row());
    }
    return rows;
  }

  /** One node's statements in this batch. */
  private static final class Node {
    final String key;
    final Map<String, Object> props;
    final List<NodeRow> statements = new ArrayList<>();
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

    void add(ArticlePlan plan, NodeRow statement) {
      statements.add(statement);
      Map<String, Object> evidence = statement.evidence();
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

    Row row() {
      // Suffix folds: step i holds, per displayed value, the newest non-null one of statements
      // i..n.
      List<Step> steps = new ArrayList<>(stamps.size());
      Map<String, Object> fold = new HashMap<>();
      for (int i = stamps.size() - 1; i >= 0; i--) {
        shown.get(i).forEach(fold::putIfAbsent);
        steps.add(new Step(stamps.get(i), fold));
      }
      Collections.reverse(steps);
      return new Row(
          key,
          props,
          statements.size(),
          first,
          last,
          new ArrayList<>(names),
          new ArrayList<>(fulls),
          stamps.get(stamps.size() - 1),
          steps);
    }

    private static void addIfPresent(TreeSet<String> set, Object value) {
      if (value instanceof String s) {
        set.add(s);
      }
    }
  }
}
