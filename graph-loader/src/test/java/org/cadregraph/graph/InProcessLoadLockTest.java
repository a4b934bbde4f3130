package org.cadregraph.graph;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link LoadLockSuite} against the in-process Neo4j that the whole test run shares. */
@ExtendWith(InProcessNeo4j.class)
class InProcessLoadLockTest extends LoadLockSuite {
  InProcessLoadLockTest(Neo4jUnderTest neo4j) {
    super(neo4j);
  }
}
