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
 * One in-process Neo4j (neo4j-harness) for the whole test run, started on first use and stopped
 * when the run ends; test methods and constructors receive a {@link Driver} to it, or its Bolt
 * {@link URI} to open drivers of their own.
 */
public final class Neo4jExtension implements ParameterResolver {

  /** The server and its driver, closed by JUnit at the end of the run. */
  private static final class Server implements ExtensionContext.Store.CloseableResource {
    final Neo4j neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
    final Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none(),
        Config.builder().withLogging(Logging.none()).build());

    @Override
    public void close() {
      driver.close();
      neo4j.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Driver.class || type == URI.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Server server = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Server.class, k -> new Server(), Server.class);
    return parameter.getParameter().getType() == URI.class ? server.neo4j.boltURI() : server.driver;
  }
}
