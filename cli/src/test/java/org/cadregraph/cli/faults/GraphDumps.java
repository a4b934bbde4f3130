package org.cadregraph.cli.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.Neo4jConnection;
import org.cadregraph.cli.neo4j.Neo4jConnector;
import org.cadregraph.cli.neo4j.Neo4jTarget;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * A canonical dump of a whole graph (sorted lines, independent of internal ids and of the order
 * things were written), to compare a graph after faults with that of one clean load.
 */
public final class GraphDumps {
  private GraphDumps() {}

  /**
   * Opens the embedded store in {@code folder} in this JVM (or its server, when served) and dumps
   * it.
   */
  public static List<String> ofFolder(Path folder) {
    try (Neo4jConnection neo4j =
        new Neo4jConnector(note -> {})
            .connect(new Neo4jTarget.Folder(new DatabaseFolder(folder), null))) {
      return canonical(neo4j.driver());
    }
  }

  public static List<String> canonical(Driver driver) {
    List<String> lines = new ArrayList<>();
    try (Session session = driver.session()) {
      for (Record r :
          session
              .run(
                  "MATCH (n) WHERE NOT n:LoadLock RETURN labels(n) AS labels, properties(n) AS"
                      + " props")
              .list()) {
        // A file's stamp says when and how big it was when read, not what it states: two clean
        // loads of the same text from two copies differ there only.
        TreeMap<String, Object> props = new TreeMap<>(r.get("props").asMap());
        props.remove("source_stamp");
        lines.add("N " + r.get("labels").asList() + " " + props);
      }
      for (Record r :
          session
              .run(
                  """
                  MATCH (a)-[r]->(b)
                  RETURN type(r) AS type, properties(r) AS props, coalesce(a.key, a.id) AS a, coalesce(b.key, b.id) AS b\
                  """)
              .list()) {
        lines.add(
            "R "
                + r.get("a").asString()
                + " -"
                + r.get("type").asString()
                + new TreeMap<>(r.get("props").asMap())
                + "-> "
                + r.get("b").asString());
      }
    }
    lines.sort(null);
    return lines;
  }
}
