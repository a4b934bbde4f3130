package org.cadregraph.cli.neo4j;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.neo4j.driver.Driver;

/**
 * An open way to Neo4j for one command: the Java Driver, the database to use, the embedded DBMS
 * when this process had to open one, and the use of a lingering server that it holds while open.
 * Closing closes the driver, then ends the use and closes the DBMS. The driver is thread-safe;
 * closing is not meant to race with use.
 */
public final class Neo4jConnection implements AutoCloseable {
  private final Driver driver;
  private final String database;
  private final String description;
  private final EmbeddedNeo4j embedded;
  private final ServerUse use;

  Neo4jConnection(
      Driver driver, String database, String description, EmbeddedNeo4j embedded, ServerUse use) {
    this.driver = requireNonNull(driver, "driver");
    this.database = database;
    this.description = requireNonNull(description, "description");
    this.embedded = embedded;
    this.use = use;
  }

  public Driver driver() {
    return driver;
  }

  /** The database name to open sessions on, or null for the server's default. */
  public String database() {
    return database;
  }

  /** Where the data goes, in words, for the user: "the embedded database in /x/data". */
  public String description() {
    return description;
  }

  /** The DBMS this process opened, if it opened one. */
  public Optional<EmbeddedNeo4j> embedded() {
    return Optional.ofNullable(embedded);
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      if (use != null) {
        use.close();
      }
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
