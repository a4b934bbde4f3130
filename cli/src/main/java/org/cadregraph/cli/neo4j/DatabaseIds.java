package org.cadregraph.cli.neo4j;

import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Reads a database's id, from inside the process and over Bolt, with the same procedure, so a
 * {@link ServerMarker} can be checked against the server that answers at its address.
 */
final class DatabaseIds {
  private static final String QUERY = "CALL db.info() YIELD id RETURN id";

  private DatabaseIds() {}

  static String of(GraphDatabaseService db) {
    return db.executeTransactionally(QUERY, Map.of(), result -> (String) result.next().get("id"));
  }

  static String of(Driver driver) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeRead(tx -> tx.run(QUERY).single().get("id").asString());
    }
  }
}
