package org.cadregraph.cli.neo4j;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * A Neo4j DBMS running inside this process on a {@link DatabaseFolder}, reachable over Bolt so that
 * every command talks to it through the Java Driver, exactly as it would talk to a remote server.
 * On the loopback interface (the default) authentication is off: only this machine can connect.
 * Implementations are thread-safe; {@link #close()} is idempotent.
 */
public interface EmbeddedNeo4j extends AutoCloseable {

  /** The Bolt address clients connect to. */
  URI boltUri();

  /** Neo4j Browser's address, when HTTP is on. */
  Optional<URI> browserUri();

  /** The id of the default database, as {@code CALL db.info()} reports it. */
  String databaseId();

  /** How long the start took. */
  Duration startupTime();

  /** Whether clients must log in as {@link ServerOptions#USER}. */
  boolean authenticated();

  /** Stops the DBMS and releases the store. */
  @Override
  void close();

  /**
   * Opens the database in {@code folder} for one command: Bolt only, on a free loopback port.
   *
   * @throws org.cadregraph.cli.exit.CliException when another process holds it, or it cannot start
   */
  static EmbeddedNeo4j open(DatabaseFolder folder) {
    return DbmsBuilderNeo4j.start(folder);
  }

  /**
   * Serves the database in {@code folder}: Bolt and Neo4j Browser as the options say.
   *
   * @throws org.cadregraph.cli.exit.CliException when another process holds it, a port is taken, or
   *     Neo4j does not start
   */
  static EmbeddedNeo4j serve(DatabaseFolder folder, ServerOptions options) {
    return BootstrapperNeo4j.start(folder, options);
  }
}
