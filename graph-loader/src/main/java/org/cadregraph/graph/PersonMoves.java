package org.cadregraph.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Moves what one stored article states about one person to another person key, in the transaction
 * it is given: the person's statement, and every node the article states whose key holds the
 * person's key (see {@link ArticlePlan}: the person's posts and participations, the events the
 * article says the person led, and the participations and cell citations at those events), each to
 * the node of its key with the person's key replaced, with the links that key implies. Nodes left
 * with no statement go, the others are recounted, as when an article is replaced; so the graph is
 * the one the article's plan under the new key gives. Not thread-safe.
 */
final class PersonMoves {
  /** The separator of the parts of a composite key, as {@link ArticlePlan} writes them. */
  private static final String PART = " | ";

  /**
   * One article's statements about person {@code from} that go to person {@code to}; a person node
   * the move creates gets {@code anchor}. Immutable.
   */
  record Move(String article, String from, String to, String anchor) {}

  /**
   * What an article states under one person key, as {@link GraphStatements#MOVE_CLOSURE} returns
   * it: element ids and keys of the person, its posts and participations, the events it led, and
   * the participations and citations at those events (with the event's element id). Immutable.
   */
  record Closure(
      String person,
      Map<String, String> posts,
      Map<String, String> took,
      Map<String, String> led,
      Map<String, List<String>> atLed,
      Map<String, List<String>> citedAtLed) {
    Closure {
      posts = Map.copyOf(posts);
      took = Map.copyOf(took);
      led = Map.copyOf(led);
      atLed = Map.copyOf(atLed);
      citedAtLed = Map.copyOf(citedAtLed);
    }
  }

  /** A node to re-key: its label and new key. Immutable. */
  record Rekeyed(NodeLabel label, String key) {}

  private PersonMoves() {}

  /** Carries out the moves, one article's move at a time in rounds, in {@code tx}. */
  static void run(CountingTx tx, List<Move> moves) {
    // Two moves in one article may re-key one node twice (a participation of one person at an
    // event another led): each round moves at most one person per article, on what the last left.
    Map<String, List<Move>> byArticle = new LinkedHashMap<>();
    for (Move move : moves) {
      byArticle.computeIfAbsent(move.article(), a -> new ArrayList<>()).add(move);
    }
    for (int round = 0; ; round++) {
      List<Move> these = new ArrayList<>();
      for (List<Move> ofArticle : byArticle.values()) {
        if (round < ofArticle.size()) {
          these.add(ofArticle.get(round));
        }
      }
      if (these.isEmpty()) {
        return;
      }
      runRound(tx, these);
    }
  }

  /**
   * The new key of every node of {@code closure} when its person key {@code from} becomes {@code
   * to}, by element id.
   */
  static Map<String, Rekeyed> rekeyed(Closure closure, String from, String to) {
    Map<String, Rekeyed> out = new LinkedHashMap<>();
    out.put(closure.person(), new Rekeyed(NodeLabel.PERSON, to));
    closure
        .posts()
        .forEach((id, key) -> out.put(id, new Rekeyed(NodeLabel.POST, lead(key, from, to))));
    closure
        .took()
        .forEach(
            (id, key) -> out.put(id, new Rekeyed(NodeLabel.PARTICIPATION, lead(key, from, to))));
    Map<String, String[]> events = new HashMap<>();
    closure
        .led()
        .forEach(
            (id, key) -> {
              String now = tail(key, from, to);
              events.put(id, new String[] {key, now});
              out.put(id, new Rekeyed(NodeLabel.EVENT, now));
            });
    closure.atLed().forEach((id, at) -> atEvent(out, NodeLabel.PARTICIPATION, id, at, events));
    closure.citedAtLed().forEach((id, at) -> atEvent(out, NodeLabel.CITATION, id, at, events));
    return out;
  }

  // ---------------------------------------------------------------------------------------------

  private static void runRound(CountingTx tx, List<Move> moves) {
    List<Map<String, Object>> asked = new ArrayList<>();
    for (Move m : moves) {
      asked.add(Map.of("article", m.article(), "from", m.from()));
    }
    Map<String, Move> byArticle = new HashMap<>();
    moves.forEach(m -> byArticle.put(m.article(), m));
    // Per label, the rows of the nodes to move; by old element id, the new key.
    Map<NodeLabel, List<Map<String, Object>>> rows = new EnumMap<>(NodeLabel.class);
    for (Record r : tx.run(GraphStatements.MOVE_CLOSURE, Map.of("moves", asked))) {
      Move move = byArticle.get(r.get("article").asString());
      Closure closure =
          new Closure(
              r.get("person").asString(),
              pairs(r.get("posts")),
              pairs(r.get("took")),
              pairs(r.get("led")),
              triples(r.get("atLed")),
              triples(r.get("citedAtLed")));
      rekeyed(closure, move.from(), move.to())
          .forEach(
              (id, node) -> {
                Map<String, Object> row = new HashMap<>();
                row.put("old", id);
                row.put("article", move.article());
                row.put("key", node.key());
                row.put("anchor", move.anchor());
                rows.computeIfAbsent(node.label(), l -> new ArrayList<>()).add(row);
              });
    }
    Map<String, String> newIds = new HashMap<>();
    Map<NodeLabel, List<String>> oldIds = new EnumMap<>(NodeLabel.class);
    rows.forEach(
        (label, labelRows) -> {
          newIds.putAll(tx.elementIds(GraphStatements.moved(label), Map.of("rows", labelRows)));
          oldIds.put(label, labelRows.stream().map(row -> (String) row.get("old")).toList());
        });
    // The moved nodes' links, each to the new node of its other end where that moved too.
    for (Link link : Link.values()) {
      List<String> holders = oldIds.getOrDefault(link.keyHolder(), List.of());
      if (holders.isEmpty()) {
        continue;
      }
      Set<LinkRow> links = new LinkedHashSet<>();
      for (Record r : tx.run(GraphStatements.keyLinks(link), Map.of("ids", holders))) {
        String holder = newIds.get(r.get("id").asString());
        String other = r.get("other").asString();
        other = newIds.getOrDefault(other, other);
        links.add(link.fromKeyHoldsTo ? new LinkRow(holder, other) : new LinkRow(other, holder));
      }
      if (!links.isEmpty()) {
        tx.run(GraphStatements.links(link), Map.of("rows", DriverRows.links(links)));
      }
    }
    List<String> old = new ArrayList<>(newIds.keySet());
    List<String> touched = new ArrayList<>(old);
    touched.addAll(new LinkedHashSet<>(newIds.values()));
    tx.run(GraphStatements.DELETE_UNSUPPORTED, Map.of("ids", old));
    tx.run(GraphStatements.REFRESH, Map.of("ids", touched));
  }

  /** A participation or citation at an event that moved: its key ends with the event's. */
  private static void atEvent(
      Map<String, Rekeyed> out,
      NodeLabel label,
      String id,
      List<String> at,
      Map<String, String[]> events) {
    String[] event = events.get(at.get(1));
    Rekeyed before = out.get(id);
    String key = before != null ? before.key() : at.get(0);
    out.put(id, new Rekeyed(label, tail(key, event[0], event[1])));
  }

  /** {@code key} whose first part is {@code from}, with {@code to} as its first part. */
  private static String lead(String key, String from, String to) {
    if (!key.startsWith(from + PART)) {
      throw new IllegalStateException("key '" + key + "' does not start with '" + from + "'");
    }
    return to + key.substring(from.length());
  }

  /** {@code key} whose last part is {@code from}, with {@code to} as its last part. */
  private static String tail(String key, String from, String to) {
    if (!key.endsWith(PART + from)) {
      throw new IllegalStateException("key '" + key + "' does not end with '" + from + "'");
    }
    return key.substring(0, key.length() - from.length()) + to;
  }

  private static Map<String, String> pairs(Value list) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Value pair : list.values()) {
      out.put(pair.get(0).asString(), pair.get(1).asString());
    }
    return out;
  }

  private static Map<String, List<String>> triples(Value list) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Value triple : list.values()) {
      out.put(
          triple.get(0).asString(), List.of(triple.get(1).asString(), triple.get(2).asString()));
    }
    return out;
  }
}
