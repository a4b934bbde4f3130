package org.cadregraph.graph;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link GraphLoaderSuite} against the in-process Neo4j that the whole test run shares. */
@ExtendWith(InProcessNeo4j.class)
class InProcessGraphLoaderTest extends GraphLoaderSuite {
  InProcessGraphLoaderTest(Neo4jUnderTest neo4j) {
    super(neo4j);
  }
}
