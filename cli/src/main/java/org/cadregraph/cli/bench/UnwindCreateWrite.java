package org.cadregraph.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.Neo4jConnection;
import org.cadregraph.cli.neo4j.Neo4jConnector;
import org.cadregraph.cli.neo4j.Neo4jTarget;
import org.cadregraph.facts.Evidence;
import org.cadregraph.facts.Fact;
import org.cadregraph.graph.GraphLoader;
import org.cadregraph.graph.LoaderConfig;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * The raw baseline: the same facts as {@link GraphRows}, written with batched {@code UNWIND $rows
 * AS r CREATE ...} (relationships find their ends with {@code MATCH} on the constrained key) in one
 * managed transaction per batch of articles, no {@code MERGE}, nothing derived. The store gets the
 * loader's own schema first, so both pay the same index upkeep. Not thread-safe.
 */
final class UnwindCreateWrite implements GraphWrite {
  /**
   * Articles per transaction: the baseline's own, as it was defined (then the loader's default),
   * kept when the loader's changed so that a ratio against it moves only with the loader.
   */
  static final int BATCH_ARTICLES = 100;

  private static final Map<GraphRows.Label, String> CREATE_NODES =
      new EnumMap<>(GraphRows.Label.class);

  static {
    for (GraphRows.Label label : GraphRows.Label.values()) {
      CREATE_NODES.put(label, "UNWIND $rows AS r CREATE (n:" + label.label + ") SET n = r");
    }
  }

  @Override
  public Written write(Path factsFile, Path folder) {
    Neo4jConnector connector = new Neo4jConnector(note -> {});
    try (Neo4jConnection neo4j =
        connector.connect(new Neo4jTarget.Folder(new DatabaseFolder(folder), null))) {
      new GraphLoader(neo4j.driver(), LoaderConfig.defaults().withDatabase(neo4j.database()))
          .applySchema();
      SessionConfig config =
          neo4j.database() == null
              ? SessionConfig.defaultConfig()
              : SessionConfig.forDatabase(neo4j.database());
      GraphRows rows = new GraphRows();
      List<List<Fact>> batch = new ArrayList<>();
      long[] counts = new long[2]; // facts, rows
      long started = System.nanoTime();
      try (Session session = neo4j.driver().session(config)) {
        FactFiles.forEachArticle(
            factsFile,
            article -> {
              batch.add(article);
              if (batch.size() == BATCH_ARTICLES) {
                counts[1] += writeBatch(session, rows, batch, counts);
                batch.clear();
              }
            });
        if (!batch.isEmpty()) {
          counts[1] += writeBatch(session, rows, batch, counts);
        }
      }
      return new Written(counts[0], counts[1], (System.nanoTime() - started) / 1e9);
    }
  }

  /** One transaction: the batch's new nodes by label, then its relationships by type and ends. */
  private static long writeBatch(
      Session session, GraphRows rows, List<List<Fact>> batch, long[] counts) {
    Map<GraphRows.Label, List<Map<String, Object>>> nodes = new EnumMap<>(GraphRows.Label.class);
    Map<String, List<Map<String, Object>>> rels = new LinkedHashMap<>();
    Map<String, String> relStatements = new LinkedHashMap<>();
    for (List<Fact> article : batch) {
      counts[0] += article.size();
      GraphRows.ArticleRows some = rows.of(article);
      for (GraphRows.NodeRow node : some.nodes()) {
        nodes.computeIfAbsent(node.label(), l -> new ArrayList<>()).add(GraphRows.properties(node));
      }
      for (GraphRows.RelRow rel : some.relationships()) {
        String signature = rel.signature();
        relStatements.computeIfAbsent(signature, s -> relationshipStatement(rel));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("from", rel.fromKey());
        row.put("to", rel.toKey());
        row.put("props", evidence(rel.evidence()));
        rels.computeIfAbsent(signature, s -> new ArrayList<>()).add(row);
      }
    }
    return session.executeWrite(
        tx -> {
          long created = 0;
          for (Map.Entry<GraphRows.Label, List<Map<String, Object>>> e : nodes.entrySet()) {
            created +=
                rowsCreated(
                    tx.run(CREATE_NODES.get(e.getKey()), Map.of("rows", e.getValue()))
                        .consume()
                        .counters());
          }
          for (Map.Entry<String, List<Map<String, Object>>> e : rels.entrySet()) {
            created +=
                rowsCreated(
                    tx.run(relStatements.get(e.getKey()), Map.of("rows", e.getValue()))
                        .consume()
                        .counters());
          }
          return created;
        });
  }

  private static String relationshipStatement(GraphRows.RelRow rel) {
    return "UNWIND $rows AS r MATCH (x:"
        + rel.from().label
        + " {"
        + rel.from().keyProperty
        + ": r.from}) MATCH (y:"
        + rel.to().label
        + " {"
        + rel.to().keyProperty
        + ": r.to}) CREATE (x)-[s:"
        + rel.type().name()
        + "]->(y) SET s = r.props";
  }

  private static Map<String, Object> evidence(Evidence evidence) {
    if (evidence == null) {
      return Map.of();
    }
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("sentence", evidence.sentence());
    props.put("start", evidence.start());
    props.put("end", evidence.end());
    return props;
  }

  private static long rowsCreated(SummaryCounters counters) {
    return (long) counters.nodesCreated() + counters.relationshipsCreated();
  }
}
