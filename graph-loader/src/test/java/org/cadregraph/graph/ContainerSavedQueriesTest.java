package org.cadregraph.graph;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * {@link SavedQueriesSuite} against the official Neo4j image (the tag docker/.env pins), in a
 * container of this class's own, over Bolt with a password. Skipped, with the reason, where no
 * Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerSavedQueriesTest extends SavedQueriesSuite {
  @Container static final ContainerNeo4j NEO4J = new ContainerNeo4j();

  ContainerSavedQueriesTest() {
    super(NEO4J);
  }
}
