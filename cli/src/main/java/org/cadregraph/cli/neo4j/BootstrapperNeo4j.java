package org.cadregraph.cli.neo4j;

import static org.neo4j.configuration.GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
import static org.neo4j.configuration.GraphDatabaseSettings.SYSTEM_DATABASE_NAME;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * Neo4j started the way the {@code neo4j} server starts, through {@link CommunityBootstrapper}:
 * Bolt and HTTP on the address of the {@link ServerOptions} (loopback by default), with Neo4j
 * Browser at {@code /browser/} (served from the neo4j-browser jar on the class path). Used by
 * {@code serve}. The bootstrapper makes Ctrl-C exit the JVM through its shutdown hook, which stops
 * the DBMS. Thread-safe.
 */
final class BootstrapperNeo4j implements EmbeddedNeo4j {
  private final NeoBootstrapper bootstrapper;
  private final URI bolt;
  private final URI browser;
  private final String databaseId;
  private final Duration startupTime;
  private final boolean authenticated;
  private boolean closed;

  private BootstrapperNeo4j(
      NeoBootstrapper bootstrapper,
      URI bolt,
      URI browser,
      String databaseId,
      Duration startupTime,
      boolean authenticated) {
    this.bootstrapper = bootstrapper;
    this.bolt = bolt;
    this.browser = browser;
    this.databaseId = databaseId;
    this.startupTime = startupTime;
    this.authenticated = authenticated;
  }

  /**
   * Starts as the options say; port 0 picks a free one (resolved first, so Neo4j advertises it).
   */
  static BootstrapperNeo4j start(DatabaseFolder folder, ServerOptions options) {
    if (folder.isInUse()) {
      throw DbmsBuilderNeo4j.inUse(folder, null);
    }
    int bolt = resolvePort(options.listen(), options.boltPort(), "--bolt-port");
    int http = resolvePort(options.listen(), options.httpPort(), "--http-port");
    long started = System.nanoTime();
    Map<String, String> settings = Neo4jSettings.common(folder);
    settings.put("server.default_listen_address", options.listenHost());
    settings.put("server.default_advertised_address", options.advertisedHost());
    settings.put("dbms.security.auth_enabled", String.valueOf(options.authenticated()));
    settings.put("server.bolt.listen_address", options.listenHost() + ":" + bolt);
    settings.put("server.http.enabled", "true");
    settings.put("server.http.listen_address", options.listenHost() + ":" + http);
    // Neo4j Browser learns the Bolt address from the advertised one, which otherwise keeps 7687.
    settings.put("server.bolt.advertised_address", options.advertisedHost() + ":" + bolt);
    settings.put("server.http.advertised_address", options.advertisedHost() + ":" + http);
    settings.putAll(BrowserSettings.of(options, http));
    NeoBootstrapper bootstrapper = new CommunityBootstrapper();
    // No neo4j.conf: everything is set here. Command expansion stays off (no $(...) in settings).
    int status =
        bootstrapper.start(
            folder.path(), folder.path().resolve("conf/neo4j.conf"), settings, false, false);
    if (status != NeoBootstrapper.OK) {
      throw new CliException(
          ExitStatus.NEO4J_UNAVAILABLE,
          "Neo4j did not start on "
              + folder
              + lastError(folder)
              + " (details in "
              + folder.userLog()
              + ")");
    }
    try {
      DatabaseManagementService dbms = bootstrapper.getDatabaseManagementService();
      if (options.authenticated()) {
        // Set on every start, so the password given now is the one that works. A parameter, so
        // the password is in no query text that Neo4j might log.
        dbms.database(SYSTEM_DATABASE_NAME)
            .executeTransactionally(
                "ALTER USER " + ServerOptions.USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", options.password()));
      }
      String databaseId = DatabaseIds.of(dbms.database(DEFAULT_DATABASE_NAME));
      return new BootstrapperNeo4j(
          bootstrapper,
          URI.create("bolt://" + options.localHost() + ":" + bolt),
          URI.create("http://" + options.localHost() + ":" + http + "/browser/"),
          databaseId,
          Duration.ofNanos(System.nanoTime() - started),
          options.authenticated());
    } catch (RuntimeException e) {
      bootstrapper.stop();
      throw e;
    }
  }

  /**
   * Checks that the port is free before Neo4j tries it: Neo4j's own failure only says that it did
   * not start. A port taken in between still fails, with the generic message.
   */
  private static int resolvePort(InetAddress listen, int port, String option) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(listen, port));
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.NEO4J_UNAVAILABLE,
          "port "
              + port
              + " on "
              + listen.getHostAddress()
              + " is not free ("
              + e.getMessage()
              + "; another Neo4j?); choose another with "
              + option,
          e);
    }
  }

  /** The last error Neo4j logged, which usually says why it did not start. */
  private static String lastError(DatabaseFolder folder) {
    try {
      List<String> lines = Files.readAllLines(folder.userLog(), StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        int at = lines.get(i).indexOf(" ERROR ");
        if (at >= 0) {
          return ": " + lines.get(i).substring(at + " ERROR ".length()).trim();
        }
      }
      return "";
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  @Override
  public URI boltUri() {
    return bolt;
  }

  @Override
  public Optional<URI> browserUri() {
    return Optional.of(browser);
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
    return authenticated;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      bootstrapper.stop();
    }
  }
}
