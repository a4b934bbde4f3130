package org.cadregraph.graph;

import java.net.URI;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The in-process Neo4j (neo4j-harness, Bolt only, authentication off) as a JUnit extension: one
 * server for the whole test run, started when the first test class asks for it and stopped when the
 * run ends, so the integration suites do not pay for a server start per class. Constructors and
 * test methods of a class extended with it receive the server as a {@link Neo4jUnderTest}
 * parameter. Thread-safe: JUnit's store creates the server once.
 */
final class InProcessNeo4j implements ParameterResolver {

  /** The server and its shared driver, closed by JUnit at the end of the run. */
  private static final class Server
      implements Neo4jUnderTest, ExtensionContext.Store.CloseableResource {
    private final Neo4j neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
    private final Driver driver = openDriver();

    @Override
    public Driver driver() {
      return driver;
    }

    @Override
    public Driver openDriver() {
      URI bolt = neo4j.boltURI();
      return GraphDatabase.driver(
          bolt, AuthTokens.none(), Config.builder().withLogging(Logging.none()).build());
    }

    @Override
    public void close() {
      driver.close();
      neo4j.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Neo4jUnderTest.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Server.class, k -> new Server(), Server.class);
  }
}
