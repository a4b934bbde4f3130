package org.cadregraph.cli.neo4j;

import static org.neo4j.configuration.GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Neo4j opened with {@link DatabaseManagementServiceBuilder}: Bolt only, on a free loopback port
 * the operating system picks, for one command ({@code load}, {@code query}) that needs the store
 * for a moment. Unlike the server bootstrapper it installs no signal handlers and reports why a
 * start failed. Thread-safe.
 */
final class DbmsBuilderNeo4j implements EmbeddedNeo4j {
  private final DatabaseManagementService dbms;
  private final URI bolt;
  private final String databaseId;
  private final Duration startupTime;

  /** Ctrl-C during a command still shuts the store down cleanly (no recovery on the next start). */
  private final Thread shutdownHook;

  private boolean closed;

  private DbmsBuilderNeo4j(
      DatabaseManagementService dbms, URI bolt, String databaseId, Duration startupTime) {
    this.dbms = dbms;
    this.bolt = bolt;
    this.databaseId = databaseId;
    this.startupTime = startupTime;
    this.shutdownHook = new Thread(this::close, "cadregraph-neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  static DbmsBuilderNeo4j start(DatabaseFolder folder) {
    long started = System.nanoTime();
    Map<String, String> settings = Neo4jSettings.common(folder);
    settings.put("server.bolt.listen_address", Neo4jSettings.LOOPBACK + ":0");
    settings.put("server.http.enabled", "false");
    DatabaseManagementService dbms;
    try {
      dbms = withSettings(new DatabaseManagementServiceBuilder(folder.path()), settings).build();
    } catch (RuntimeException e) {
      throw failure(folder, e);
    }
    try {
      GraphDatabaseService db = dbms.database(DEFAULT_DATABASE_NAME);
      HostnamePort address =
          ((GraphDatabaseAPI) db)
              .getDependencyResolver()
              .resolveDependency(ConnectorPortRegister.class)
              .getLocalAddress(ConnectorType.BOLT);
      URI bolt = URI.create("bolt://" + Neo4jSettings.LOOPBACK + ":" + address.getPort());
      return new DbmsBuilderNeo4j(
          dbms, bolt, DatabaseIds.of(db), Duration.ofNanos(System.nanoTime() - started));
    } catch (RuntimeException e) {
      dbms.shutdown();
      throw failure(folder, e);
    }
  }

  /** The builder takes typed settings; parse our raw ones with Neo4j's own parsers. */
  private static DatabaseManagementServiceBuilder withSettings(
      DatabaseManagementServiceBuilder builder, Map<String, String> raw) {
    Config parsed = Config.newBuilder().setRaw(raw).build();
    for (String name : raw.keySet()) {
      Setting<Object> setting = parsed.getSetting(name);
      builder.setConfig(setting, parsed.get(setting));
    }
    return builder;
  }

  private static CliException failure(DatabaseFolder folder, RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof FileLockException) {
        return inUse(folder, e);
      }
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return new CliException(
        ExitStatus.NEO4J_UNAVAILABLE,
        "cannot open the database in "
            + folder
            + ": "
            + root.getMessage()
            + " (details in "
            + folder.logs().resolve("debug.log")
            + ")",
        e);
  }

  static CliException inUse(DatabaseFolder folder, Throwable cause) {
    return new CliException(
        ExitStatus.NEO4J_UNAVAILABLE,
        "the database in "
            + folder
            + " is in use by another process (a load or query still"
            + " running?); wait for it, or run `cadregraph serve --db "
            + folder
            + "` so that several commands can share it",
        cause);
  }

  @Override
  public URI boltUri() {
    return bolt;
  }

  @Override
  public Optional<URI> browserUri() {
    return Optional.empty();
  }

  @Override
  public String databaseId() {
    return databaseId;
  }

  @Override
  public Duration startupTime() {
    return startupTime;
  }

  @Override
  public boolean authenticated() {
    return false;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // Called from the hook itself: the JVM is shutting down.
      }
      dbms.shutdown();
    }
  }
}
