package org.cadregraph.graph;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The loader's write statements. Labels and relationship types are filled in from
 * {@link NodeLabel}, {@link RelType} and {@link Link} once, when the class loads; every value
 * reaches Neo4j as a parameter. Immutable and thread-safe.
 */
final class GraphStatements {

  /** Stored hashes (and dates) of the given articles: one round trip decides which of a batch to skip. */
  static final String STORED_HASHES = """
      UNWIND $ids AS id
      MATCH (a:Article {id: id})
      RETURN a.id AS id, a.load_hash AS hash, a.date AS date""";

  /**
   * Marks the statements of articles about to be replaced; what the new text states again is
   * unmarked as it is written, and what is still marked afterwards is swept.
   */
  static final String MARK_STALE = """
      UNWIND $ids AS id
      MATCH (:Article {id: id})<-[s:STATED_IN]-()
      SET s.stale = true""";

  /** Deletes the statements the new text of the given articles no longer makes; returns their nodes. */
  static final String SWEEP_STALE = """
      UNWIND $ids AS id
      MATCH (n)-[s:STATED_IN]->(:Article {id: id})
      WHERE s.stale
      DELETE s
      RETURN DISTINCT elementId(n) AS id""";

  /** Writes (or overwrites) the article nodes. */
  static final String ARTICLES = """
      UNWIND $rows AS r
      MERGE (a:Article {id: r.id})
      SET a += r.props""";

  /** Removes everything the given articles stated; returns the nodes that lost a statement. */
  static final String DETACH_STATEMENTS = """
      UNWIND $ids AS id
      MATCH (n)-[s:STATED_IN]->(:Article {id: id})
      DELETE s
      RETURN DISTINCT elementId(n) AS id""";

  /** Deletes the given nodes that no article states any more, with their structural links. */
  static final String DELETE_UNSUPPORTED = """
      UNWIND $ids AS id
      MATCH (n) WHERE elementId(n) = id AND NOT EXISTS { (n)-[:STATED_IN]->(:Article) }
      DETACH DELETE n""";

  /**
   * The properties a node shows as its newest report states them: a node takes them from the
   * statement of its newest article (latest date, then greatest article id).
   */
  static final List<String> DISPLAYED = List.of(
      "name", "full_name", "status", "role", "organization", "leader", "event", "person", "cell", "unit", "kind",
      "honour");

  /**
   * Recomputes, for nodes that lost a statement, what a node derives from the articles that
   * state it: first and last seen (partial dates compare correctly as strings), the number of
   * articles, the spellings seen (sorted), and the displayed properties of the newest report. It
   * gives exactly what the incremental updates of {@link #nodes} give when nothing is removed.
   */
  static final String REFRESH = """
      UNWIND $ids AS id
      MATCH (n) WHERE elementId(n) = id
      CALL (n) {
        MATCH (n)-[s:STATED_IN]->(a:Article)
        WITH s, a, coalesce(a.date, '') + ' ' + a.id AS stamp ORDER BY stamp DESC
        RETURN min(a.date) AS first, max(a.date) AS last, count(a) AS articles,
               head(collect(s)) AS newest, head(collect(stamp)) AS stamp,
               collect(DISTINCT s.name) AS names, collect(DISTINCT s.full_name) AS fulls
      }
      WITH n, first, last, articles, newest, stamp,
           reduce(sorted = [], x IN names | [y IN sorted WHERE y < x] + x + [y IN sorted WHERE y > x]) AS names,
           reduce(sorted = [], x IN fulls | [y IN sorted WHERE y < x] + x + [y IN sorted WHERE y > x]) AS fulls
      SET n.first_seen = first, n.last_seen = last, n.articles = articles, n.newest_report = stamp,
          n.names = CASE WHEN size(names) > 0 THEN names ELSE null END,
          n.full_names = CASE WHEN size(fulls) > 0 THEN fulls ELSE null END,
      """ + DISPLAYED.stream().map(p -> "    n." + p + " = coalesce(newest." + p + ", n." + p + ")")
          .collect(Collectors.joining(",\n"));

  /** Articles stored but not seen by this run, for pruning. */
  static final String UNSEEN_ARTICLES = """
      MATCH (a:Article) WHERE NOT a.id IN $seen
      RETURN a.id AS id ORDER BY id""";

  /** Deletes the article nodes themselves (their statements must be gone already). */
  static final String DELETE_ARTICLES = """
      UNWIND $ids AS id
      MATCH (a:Article {id: id})
      DETACH DELETE a""";

  private static final Map<NodeLabel, String> NEW = new EnumMap<>(NodeLabel.class);
  private static final Map<NodeLabel, String> RESTATED = new EnumMap<>(NodeLabel.class);
  private static final Map<Link, String> LINKS = new EnumMap<>(Link.class);

  static {
    String displayed = DISPLAYED.stream().map(p -> "n." + p + " = coalesce(r.evidence." + p + ", n." + p + ")")
        .collect(Collectors.joining(",\n        "));
    for (NodeLabel label : NodeLabel.values()) {
      // A new article's statements are all new: CREATE them (no existence check against a node
      // that may have thousands) and update what the node derives from them.
      NEW.put(label, """
          UNWIND $rows AS r
          MATCH (a:Article {id: r.article})
          MERGE (n:%s {key: r.key})
          ON CREATE SET n += r.props
          CREATE (n)-[s:%s]->(a)
          SET s = r.evidence
          WITH n, r, a, coalesce(a.date, '') + ' ' + a.id AS stamp,
               r.evidence.name AS name, r.evidence.full_name AS full
          SET %s
          WITH n, r, stamp
          WHERE stamp > coalesce(n.newest_report, '')
          SET n.newest_report = stamp,
              %s""".formatted(label.label(), RelType.STATED_IN.name(), derived("true"), displayed));
      // A replaced article's statements may be stale ones stated again: MERGE them; a new one is
      // counted as above, a restated one only needs a recount when what the node shows changed.
      RESTATED.put(label, """
          UNWIND $rows AS r
          MATCH (a:Article {id: r.article})
          MERGE (n:%s {key: r.key})
          ON CREATE SET n += r.props
          MERGE (n)-[s:%s]->(a)
          WITH n, s, r, a, s.stale IS NULL AS fresh,
               s.stale IS NOT NULL AND any(p IN $shown WHERE
                   coalesce(s[p] <> r.evidence[p], (s[p] IS NULL) <> (r.evidence[p] IS NULL))) AS changed,
               coalesce(a.date, '') + ' ' + a.id AS stamp,
               r.evidence.name AS name, r.evidence.full_name AS full
          SET s = r.evidence
          SET %s
          WITH n, r, fresh, changed, stamp
          CALL (n, r, fresh, stamp) {
            WITH n, r, fresh, stamp
            WHERE fresh AND stamp > coalesce(n.newest_report, '')
            SET n.newest_report = stamp,
                %s
          }
          WITH n, changed WHERE changed
          RETURN elementId(n) AS id""".formatted(label.label(), RelType.STATED_IN.name(), derived("fresh"),
          displayed));
    }
    for (Link link : Link.values()) {
      LINKS.put(link, """
          UNWIND $rows AS r
          MATCH (x:%s {key: r[0]})
          MATCH (y:%s {key: r[1]})
          MERGE (x)-[:%s]->(y)""".formatted(link.from.label(), link.to.label(), link.type.name()));
    }
  }

  private GraphStatements() {}

  /**
   * Merges nodes of one label by key, links each to the (new) article stating it with the
   * evidence, and updates what the node derives from its statements (see {@link #REFRESH}).
   * Takes {@code $rows}.
   */
  static String nodes(NodeLabel label) {
    return NEW.get(label);
  }

  /**
   * As {@link #nodes}, for articles being replaced whose statements are marked stale; returns
   * the nodes whose statement was stated again with other shown values, for a recount. Takes
   * {@code $rows} and {@code $shown} (= {@link #DISPLAYED}).
   */
  static String restated(NodeLabel label) {
    return RESTATED.get(label);
  }

  /** The SET items that count one more statement, when {@code isNew} holds. */
  private static String derived(String isNew) {
    return """
        n.articles = CASE WHEN %1$s THEN coalesce(n.articles, 0) + 1 ELSE n.articles END,
            n.first_seen = CASE WHEN %1$s AND a.date < coalesce(n.first_seen, '~') THEN a.date ELSE n.first_seen END,
            n.last_seen = CASE WHEN %1$s AND a.date > coalesce(n.last_seen, '') THEN a.date ELSE n.last_seen END,
            n.names = CASE WHEN NOT %1$s OR name IS NULL OR name IN coalesce(n.names, []) THEN n.names
                ELSE [x IN coalesce(n.names, []) WHERE x < name] + name + [x IN coalesce(n.names, []) WHERE x > name] END,
            n.full_names = CASE WHEN NOT %1$s OR full IS NULL OR full IN coalesce(n.full_names, []) THEN n.full_names
                ELSE [x IN coalesce(n.full_names, []) WHERE x < full] + full + [x IN coalesce(n.full_names, []) WHERE x > full] END"""
        .formatted(isNew);
  }

  /** Merges one kind of structural link between nodes given by key. */
  static String links(Link link) {
    return LINKS.get(link);
  }
}
