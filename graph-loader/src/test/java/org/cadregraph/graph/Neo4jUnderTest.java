package org.cadregraph.graph;

import org.neo4j.driver.Driver;

/**
 * A Neo4j server that the integration suites ({@link GraphLoaderSuite}, {@link SavedQueriesSuite},
 * {@link LoadLockSuite}) run against. Each suite holds its tests once; a concrete class per server
 * kind gives it one of these: {@link InProcessNeo4j} (neo4j-harness, one server for the whole test
 * run, no authentication) everywhere, {@link ContainerNeo4j} (the official image through
 * Testcontainers, one container per test class, basic authentication) where a Docker engine runs.
 *
 * <p>A server may be shared with the test classes that ran before, so a test that needs an empty
 * graph calls {@link #empty()} first. Implementations are thread-safe: tests use {@link #driver()}
 * from several threads at once.
 */
interface Neo4jUnderTest {

  /**
   * The driver the tests share, open with the server's credentials for as long as the server runs;
   * callers must not close it.
   */
  Driver driver();

  /**
   * A new driver to the same server with the same credentials, for a test that needs connections of
   * its own (to drop them as a dying process would); the caller closes it.
   */
  Driver openDriver();

  /**
   * Deletes every node and relationship of the default database. The schema (constraints and
   * indexes) stays: the loader re-creates what is missing, and dropping it on every test would only
   * make the shared server slower.
   */
  default void empty() {
    GraphDump.clear(driver());
  }
}
