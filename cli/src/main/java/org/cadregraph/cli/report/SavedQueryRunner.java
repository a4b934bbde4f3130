package org.cadregraph.cli.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.cli.neo4j.Neo4jConnection;
import org.cadregraph.graph.GraphException;
import org.cadregraph.graph.query.SavedQueries;
import org.cadregraph.graph.query.SavedQuery;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Runs saved queries ({@code cypher/queries/NAME.cypher}) as {@code query --name} does, in read
 * transactions, and gives their rows as plain Java values: every figure of a report comes from
 * here. Thread-safe as far as the driver is.
 */
final class SavedQueryRunner {
  private final Neo4jConnection neo4j;
  private final SavedQueries queries;

  SavedQueryRunner(Neo4jConnection neo4j, SavedQueries queries) {
    this.neo4j = requireNonNull(neo4j, "neo4j");
    this.queries = requireNonNull(queries, "queries");
  }

  /** The rows of saved query {@code name} with the given parameters over its defaults. */
  List<Map<String, Object>> rows(String name, Map<String, ?> given) {
    SavedQuery query;
    Map<String, Object> parameters;
    try {
      query = queries.get(name);
      parameters = query.parameters(given);
    } catch (GraphException e) {
      throw new CliException(ExitStatus.USAGE, e.getMessage(), e);
    }
    SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
    if (neo4j.database() != null) {
      config.withDatabase(neo4j.database());
    }
    try (Session session = neo4j.driver().session(config.build())) {
      return session.executeRead(
          tx -> tx.run(query.cypher(), parameters).list(record -> record.asMap()));
    }
  }
}
