package org.cadregraph.graph;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link SavedQueriesSuite} against the in-process Neo4j that the whole test run shares. */
@ExtendWith(InProcessNeo4j.class)
class InProcessSavedQueriesTest extends SavedQueriesSuite {
  InProcessSavedQueriesTest(Neo4jUnderTest neo4j) {
    super(neo4j);
  }
}
