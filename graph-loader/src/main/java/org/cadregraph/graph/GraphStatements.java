package org.cadregraph.graph;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The loader's write statements. Labels and relationship types are filled in from {@link
 * NodeLabel}, {@link RelType} and {@link Link} once, when the class loads; every value reaches
 * Neo4j as a parameter. Immutable and thread-safe.
 */
final class GraphStatements {

  /**
   * Prefix of the write statements. Their plans do not depend on the data (every lookup is a seek
   * on a uniquely constrained key or an element id), so the plan made first is kept: while a load
   * makes the store grow, Neo4j would otherwise plan each statement again every time its statistics
   * have moved (76 times in a profiled load of 3,000 articles).
   */
  static final String FIXED_PLAN = "CYPHER replan=skip\n";

  /**
   * Stored hashes (and dates) of the given articles: one round trip decides which of a batch to
   * skip.
   */
  static final String STORED_HASHES =
      FIXED_PLAN
          + """
          UNWIND $ids AS id
          MATCH (a:Article {id: id})
          RETURN a.id AS id, a.load_hash AS hash, a.date AS date, a.source_stamp AS stamp\
          """;

  /**
   * Every stored article that records the stamp of the file it was read from, with that file's id:
   * a load skips a file whose stamp is unchanged without reading it.
   */
  static final String STORED_SOURCE_STAMPS =
      """
      MATCH (a:Article) WHERE a.source_stamp IS NOT NULL AND a.file IS NOT NULL
      RETURN a.file AS file, a.id AS id, a.source_stamp AS stamp\
      """;

  /** Records the new stamp of files whose articles were read again and found unchanged. */
  static final String SET_SOURCE_STAMPS =
      FIXED_PLAN
          + """
          UNWIND $rows AS row
          MATCH (a:Article {id: row.id})
          SET a.source_stamp = row.stamp\
          """;

  /**
   * Forgets the stamps of files some of whose articles failed, so that the next load reads them
   * again (and retries the failed ones) instead of skipping them as unchanged.
   */
  static final String CLEAR_SOURCE_STAMPS =
      """
      MATCH (a:Article) WHERE a.file IN $files AND a.source_stamp IS NOT NULL
      REMOVE a.source_stamp\
      """;

  /**
   * Marks the statements of articles about to be replaced; what the new text states again is
   * unmarked as it is written, and what is still marked afterwards is swept.
   */
  static final String MARK_STALE =
      FIXED_PLAN
          + """
          UNWIND $ids AS id
          MATCH (:Article {id: id})<-[s:STATED_IN]-()
          SET s.stale = true\
          """;

  /**
   * Deletes the statements the new text of the given articles no longer makes; returns their nodes.
   */
  static final String SWEEP_STALE =
      FIXED_PLAN
          + """
          UNWIND $ids AS id
          MATCH (n)-[s:STATED_IN]->(:Article {id: id})
          WHERE s.stale
          DELETE s
          RETURN DISTINCT elementId(n) AS id\
          """;

  /** Writes (or overwrites) the article nodes; returns each one's element id by its id. */
  static final String ARTICLES =
      FIXED_PLAN
          + """
          UNWIND $rows AS r
          MERGE (a:Article {id: r.id})
          """
          + "SET "
          + assignments("a", NodeLabel.ARTICLE, "r.props")
          + """

          RETURN r.id AS key, elementId(a) AS id\
          """;

  /** Removes everything the given articles stated; returns the nodes that lost a statement. */
  static final String DETACH_STATEMENTS =
      FIXED_PLAN
          + """
          UNWIND $ids AS id
          MATCH (n)-[s:STATED_IN]->(:Article {id: id})
          DELETE s
          RETURN DISTINCT elementId(n) AS id\
          """;

  /** Deletes the given nodes that no article states any more, with their structural links. */
  static final String DELETE_UNSUPPORTED =
      FIXED_PLAN
          + """
          UNWIND $ids AS id
          MATCH (n) WHERE elementId(n) = id AND NOT EXISTS { (n)-[:STATED_IN]->(:Article) }
          DETACH DELETE n\
          """;

  /**
   * The properties a node shows as its newest report states them: a node takes them from the
   * statement of its newest article (latest date, then greatest article id).
   */
  static final List<String> DISPLAYED =
      List.of(
          "name",
          "full_name",
          "status",
          "role",
          "organization",
          "leader",
          "event",
          "person",
          "cell",
          "unit",
          "kind",
          "honour");

  /**
   * Recomputes, for nodes that lost a statement, what a node derives from the articles that state
   * it: first and last seen (partial dates compare correctly as strings), the number of articles,
   * the spellings seen (sorted), and the displayed properties of the newest report. It gives
   * exactly what the incremental updates of {@link #nodes} give when nothing is removed.
   */
  static final String REFRESH =
      FIXED_PLAN
          + """
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
          """
          + DISPLAYED.stream()
              .map(p -> "    n." + p + " = coalesce(newest." + p + ", n." + p + ")")
              .collect(Collectors.joining(",\n"));

  /** Articles stored but not seen by this run, for pruning. */
  static final String UNSEEN_ARTICLES =
      """
      MATCH (a:Article) WHERE NOT a.id IN $seen
      RETURN a.id AS id ORDER BY id\
      """;

  /** Deletes the article nodes themselves (their statements must be gone already). */
  static final String DELETE_ARTICLES =
      FIXED_PLAN
          + """
          UNWIND $ids AS id
          MATCH (a:Article {id: id})
          DETACH DELETE a\
          """;

  /**
   * Links nodes to the new articles stating them, with the evidence; every label in one statement,
   * as both ends are found by element id (no index seek on a long text key). Takes {@code $rows} of
   * {@code {node, article, evidence}}. In a statement of its own: writing a statement's properties
   * where a node's are read would make the planner materialize every row first (Eager).
   */
  static final String STATEMENTS =
      FIXED_PLAN
          + """
          UNWIND $rows AS t
          MATCH (n) WHERE elementId(n) = t.node
          MATCH (a) WHERE elementId(a) = t.article
          CREATE (n)-[:%s {%s}]->(a)\
          """
              .formatted(RelType.STATED_IN.name(), statementProperties("t.evidence"));

  /**
   * The names whose reports in the given articles show a career ({@link Careers}): a batch that
   * replaces or a prune that removes them changes what the rule across articles weighs.
   */
  static final String CAREER_NAMES =
      FIXED_PLAN
          + """
          UNWIND $ids AS id
          MATCH (:Article {id: id})<-[s:STATED_IN]-(:Person)
          WHERE s.name_key IS NOT NULL
          RETURN DISTINCT s.name_key AS name\
          """;

  /**
   * For each of {@code $names} with any stored report that knows the person only by foreign-service
   * posts ({@code $foreignService}): how many such reports, how many of them are on the name's
   * second node ({@code name @ $anchor}), and as many reports of the army ({@code $army}, up to
   * {@code $enough}) and of both careers ({@code $both}, up to one) as the verdict needs. Every
   * lookup is a seek of the careers index or of a person's key.
   */
  static final String CAREER_TALLIES =
      FIXED_PLAN
          + """
          UNWIND $names AS name
          CALL (name) {
            MATCH ()-[s:STATED_IN]->()
            WHERE s.name_key = name AND s.career = $foreignService
            RETURN count(s) AS diplomacy
          }
          WITH name, diplomacy WHERE diplomacy > 0
          CALL (name) {
            MATCH (:Person {key: name + ' @ ' + $anchor})-[s:STATED_IN]->()
            WHERE s.name_key = name AND s.career = $foreignService
            RETURN count(s) AS second
          }
          CALL (name) {
            MATCH ()-[s:STATED_IN]->()
            WHERE s.name_key = name AND s.career = $army
            WITH s LIMIT $enough
            RETURN count(s) AS army
          }
          CALL (name) {
            MATCH ()-[s:STATED_IN]->()
            WHERE s.name_key = name AND s.career = $both
            WITH s LIMIT 1
            RETURN count(s) AS both
          }
          RETURN name, diplomacy, second, army, both\
          """;

  /**
   * The stored reports of each name ({@code r.name}) that know the person only by foreign-service
   * posts ({@code $foreignService}) and are not on the key {@code r.key}, or all of them when
   * {@code r.all}: their person keys and articles.
   */
  static final String PLACED_REPORTS =
      FIXED_PLAN
          + """
          UNWIND $rows AS r
          MATCH (p:Person)-[s:STATED_IN]->(a:Article)
          WHERE s.name_key = r.name AND s.career = $foreignService AND (r.all OR p.key <> r.key)
          RETURN r.name AS name, p.key AS key, a.id AS article\
          """;

  /**
   * What each given article ({@code m.article}) states under a person key ({@code m.from}) that is
   * to move: the person, its posts and participations, the events it led, and the participations
   * and citations at those events, each as {@code [element id, key]} (and the event's element id).
   */
  static final String MOVE_CLOSURE =
      FIXED_PLAN
          + """
          UNWIND $moves AS m
          MATCH (a:Article {id: m.article})<-[:STATED_IN]-(p:Person {key: m.from})
          RETURN m.article AS article, m.from AS from, elementId(p) AS person,
                 COLLECT { MATCH (p)-[:HOLDS]->(x:Post)-[:STATED_IN]->(a)
                           RETURN [elementId(x), x.key] } AS posts,
                 COLLECT { MATCH (p)-[:TOOK_PART]->(x:Participation)-[:STATED_IN]->(a)
                           RETURN [elementId(x), x.key] } AS took,
                 COLLECT { MATCH (x:Event)-[:LED_BY]->(p) WHERE EXISTS { (x)-[:STATED_IN]->(a) }
                           RETURN [elementId(x), x.key] } AS led,
                 COLLECT { MATCH (x:Participation)-[:AT]->(e:Event)-[:LED_BY]->(p)
                           WHERE EXISTS { (e)-[:STATED_IN]->(a) } AND EXISTS { (x)-[:STATED_IN]->(a) }
                           RETURN [elementId(x), x.key, elementId(e)] } AS atLed,
                 COLLECT { MATCH (x:Citation)-[:AT]->(e:Event)-[:LED_BY]->(p)
                           WHERE EXISTS { (e)-[:STATED_IN]->(a) } AND EXISTS { (x)-[:STATED_IN]->(a) }
                           RETURN [elementId(x), x.key, elementId(e)] } AS citedAtLed\
          """;

  private static final Map<NodeLabel, String> NEW = new EnumMap<>(NodeLabel.class);
  private static final Map<NodeLabel, String> RESTATED = new EnumMap<>(NodeLabel.class);
  private static final Map<Link, String> LINKS = new EnumMap<>(Link.class);
  private static final Map<NodeLabel, String> MOVED = new EnumMap<>(NodeLabel.class);
  private static final Map<Link, String> KEY_LINKS = new EnumMap<>(Link.class);

  static {
    String displayed =
        DISPLAYED.stream()
            .map(p -> "n." + p + " = coalesce(r.evidence." + p + ", n." + p + ")")
            .collect(Collectors.joining(",\n        "));
    for (NodeLabel label : NodeLabel.values()) {
      // New articles' statements are all new: one row per node (see FreshNodes), the node merged
      // once, its derived values updated once, and each statement CREATEd (no existence check
      // against a node that may have thousands).
      NEW.put(
          label,
          FIXED_PLAN
              + """
              UNWIND $rows AS r
              MERGE (n:%s {key: r.key})
              %s
              WITH n, r, head([x IN r.steps WHERE x.stamp > coalesce(n.newest_report, '')]) AS step
              SET n.articles = coalesce(n.articles, 0) + r.count,
                  n.first_seen = CASE WHEN r.first < coalesce(n.first_seen, '~') THEN r.first ELSE n.first_seen END,
                  n.last_seen = CASE WHEN r.last > coalesce(n.last_seen, '') THEN r.last ELSE n.last_seen END,
                  n.newest_report = CASE WHEN step IS NULL THEN n.newest_report ELSE r.stamp END%s
              RETURN r.key AS key, elementId(n) AS id\
              """
                  .formatted(label.label(), created(label, "r.props"), spellingsAndShown(label)));
      // A replaced article's statements may be stale ones stated again: MERGE them; a new one is
      // counted as above, a restated one only needs a recount when what the node shows changed.
      RESTATED.put(
          label,
          FIXED_PLAN
              + """
              UNWIND $rows AS r
              MATCH (a:Article {id: r.article})
              MERGE (n:%s {key: r.key})
              %s
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
              RETURN DISTINCT r.key AS key, elementId(n) AS id, changed\
              """
                  .formatted(
                      label.label(),
                      created(label, "r.props"),
                      RelType.STATED_IN.name(),
                      derived("fresh"),
                      displayed));
    }
    for (NodeLabel label : NodeLabel.values()) {
      // A node created by a move takes what its moved statement states, the rest (what its key
      // says) from the node it moves from, and a person the anchor the move gives.
      String createdFrom =
          label.createdWith().stream()
              .map(
                  p ->
                      "n."
                          + p
                          + " = "
                          + (label == NodeLabel.PERSON && p.equals("anchor")
                              ? "r.anchor"
                              : label.statedWith().contains(p) ? "s." + p : "old." + p))
              .collect(Collectors.joining(", "));
      MOVED.put(
          label,
          FIXED_PLAN
              + """
              UNWIND $rows AS r
              MATCH (old) WHERE elementId(old) = r.old
              MATCH (old)-[s:%2$s]->(a:Article {id: r.article})
              MERGE (n:%1$s {key: r.key})
              %3$s
              MERGE (n)-[t:%2$s]->(a)
              SET t = properties(s)
              DELETE s
              RETURN r.old AS key, elementId(n) AS id\
              """
                  .formatted(
                      label.label(),
                      RelType.STATED_IN.name(),
                      createdFrom.isEmpty() ? "" : "ON CREATE SET " + createdFrom));
    }
    for (Link link : Link.values()) {
      KEY_LINKS.put(
          link,
          FIXED_PLAN
              + """
              UNWIND $ids AS id
              MATCH (d:%1$s) WHERE elementId(d) = id
              MATCH %2$s
              RETURN id, elementId(o) AS other\
              """
                  .formatted(
                      link.keyHolder().label(),
                      link.fromKeyHoldsTo
                          ? "(d)-[:%s]->(o:%s)".formatted(link.type.name(), link.to.label())
                          : "(o:%s)-[:%s]->(d)".formatted(link.from.label(), link.type.name())));
    }
    for (Link link : Link.values()) {
      LINKS.put(
          link,
          FIXED_PLAN
              + """
              UNWIND $rows AS r
              MATCH (x) WHERE elementId(x) = r[0]
              MATCH (y) WHERE elementId(y) = r[1]
              MERGE (x)-[:%s]->(y)\
              """
                  .formatted(link.type.name()));
    }
  }

  private GraphStatements() {}

  /**
   * Merges nodes of one label by key and updates what each derives from the new articles'
   * statements of it (see {@link #REFRESH}); returns each node's key and its element id, by which
   * {@link #STATEMENTS} then links it to the articles. Takes {@code $rows} as {@link
   * FreshNodes#rows()} gives them.
   */
  static String nodes(NodeLabel label) {
    return NEW.get(label);
  }

  /**
   * As {@link #nodes} and {@link #statements} together, row by row, for articles being replaced
   * whose statements are marked stale; returns each node's key and element id, and whether its
   * statement was stated again with other shown values (then it needs a recount). Takes {@code
   * $rows} and {@code $shown} (= {@link #DISPLAYED}).
   */
  static String restated(NodeLabel label) {
    return RESTATED.get(label);
  }

  /**
   * The clause giving a new node its creation properties, each named (see {@link
   * NodeLabel#createdWith}).
   */
  private static String created(NodeLabel label, String map) {
    return label.createdWith().isEmpty() ? "" : "ON CREATE SET " + assignments("n", label, map);
  }

  private static String assignments(String node, NodeLabel label, String map) {
    return label.createdWith().stream()
        .map(p -> node + "." + p + " = " + map + "." + p)
        .collect(Collectors.joining(", "));
  }

  /**
   * The SET items of a node's spellings seen (sorted lists) and of the values it shows, those of
   * the first {@code step} newer than its stored newest report (none: unchanged).
   */
  private static String spellingsAndShown(NodeLabel label) {
    StringBuilder items = new StringBuilder();
    if (label.statedWith().contains("name")) {
      items.append(",\n    n.names = ").append(sortedUnion("n.names", "r.names"));
    }
    if (label.statedWith().contains("full_name")) {
      items.append(",\n    n.full_names = ").append(sortedUnion("n.full_names", "r.fulls"));
    }
    for (String p : DISPLAYED) {
      if (label.statedWith().contains(p)) {
        items.append(
            ",\n    n.%1$s = CASE WHEN step IS NULL THEN n.%1$s ELSE coalesce(step.shown.%1$s, n.%1$s) END"
                .formatted(p));
      }
    }
    return items.toString();
  }

  /**
   * A statement's properties, of any label, as a map literal, each named (absent ones are not
   * written).
   */
  private static String statementProperties(String map) {
    return Stream.concat(
            NodeLabel.EVIDENCE.stream(),
            Stream.of(NodeLabel.values()).flatMap(l -> l.statedWith().stream()))
        .distinct()
        .map(p -> "`" + p + "`: " + map + ".`" + p + "`")
        .collect(Collectors.joining(", "));
  }

  /**
   * The sorted list {@code list} with the sorted {@code more} merged in, each value once; null
   * stays null when nothing is added.
   */
  private static String sortedUnion(String list, String more) {
    return ("CASE WHEN size(%2$s) = 0 THEN %1$s ELSE reduce(acc = coalesce(%1$s, []), x IN %2$s |"
            + " CASE WHEN x IN acc THEN acc ELSE [y IN acc WHERE y < x] + x + [y IN acc WHERE y"
            + " > x] END) END")
        .formatted(list, more);
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
            ELSE [x IN coalesce(n.full_names, []) WHERE x < full] + full + [x IN coalesce(n.full_names, []) WHERE x > full] END\
    """
        .formatted(isNew);
  }

  /**
   * Merges one kind of structural link between nodes given by element id ({@code [from, to]} rows).
   */
  static String links(Link link) {
    return LINKS.get(link);
  }

  /**
   * Moves one article's statement of a node ({@code r.old}, {@code r.article}) to the node of
   * another key ({@code r.key}), merged with the properties its statement and its old node give (a
   * person's anchor from {@code r.anchor}); returns the old node's element id as {@code key} and
   * the new one's as {@code id}.
   */
  static String moved(NodeLabel label) {
    return MOVED.get(label);
  }

  /**
   * The other ends of the links of one kind that the given nodes' keys imply ({@code $ids} of the
   * label whose key holds the other's); returns {@code id, other}.
   */
  static String keyLinks(Link link) {
    return KEY_LINKS.get(link);
  }
}
