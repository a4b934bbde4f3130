package org.cadregraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** Test helpers over a database: a canonical dump of the whole graph and small queries. */
final class GraphDump {
  private GraphDump() {}

  /**
   * Every node and relationship as sorted lines, independent of internal ids and creation order.
   */
  static List<String> canonical(Driver driver) {
    List<String> lines = new ArrayList<>();
    try (Session session = driver.session()) {
      for (Record r :
          session
              .run(
                  "MATCH (n) WHERE NOT n:LoadLock RETURN labels(n) AS labels, properties(n) AS"
                      + " props")
              .list()) {
        // A file's stamp says when and how big it was when read, not what it states.
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

  static List<Map<String, Object>> rows(Driver driver, String query, Map<String, Object> params) {
    try (Session session = driver.session()) {
      return session.run(query, params).list(Record::asMap);
    }
  }

  static long count(Driver driver, String query) {
    try (Session session = driver.session()) {
      return session.run(query).single().get(0).asLong();
    }
  }

  static void clear(Driver driver) {
    try (Session session = driver.session()) {
      session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
    }
  }
}
