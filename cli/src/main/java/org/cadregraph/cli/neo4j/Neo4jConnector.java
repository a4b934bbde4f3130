package org.cadregraph.cli.neo4j;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * Opens a {@link Neo4jConnection} to a {@link Neo4jTarget}. For a folder it first looks for the
 * marker of a running server ({@code serve}, or a {@link LingeringServer}) and connects to that
 * server over Bolt; a marker whose server is gone, does not answer, or serves another store is
 * stale and removed. Otherwise, when its {@link Linger} says so, it starts a lingering server and
 * connects to that; else it opens the store in this process. Either way the caller gets a driver,
 * so one code path serves embedded and remote databases. Thread-safe.
 */
public final class Neo4jConnector {
  /** How long to wait for a server named by the user before calling it unreachable. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * A serving process on this machine answers at once; waiting long would only delay a stale-marker
   * check.
   */
  static final Duration MARKER_TIMEOUT = Duration.ofSeconds(3);

  private final Consumer<String> notes;
  private final Linger linger;

  /** A connector that leaves no server running. */
  public Neo4jConnector(Consumer<String> notes) {
    this(notes, Linger.OFF);
  }

  /**
   * @param notes receives one-line remarks for the user (a stale marker removed, ...)
   * @param linger whether connecting to a folder with no server leaves one running
   */
  public Neo4jConnector(Consumer<String> notes, Linger linger) {
    this.notes = requireNonNull(notes, "notes");
    this.linger = requireNonNull(linger, "linger");
  }

  /**
   * Connects to the target.
   *
   * @throws CliException with {@link ExitStatus#NEO4J_UNAVAILABLE} when Neo4j cannot be reached,
   *     refuses the credentials, or the folder's store is held by another process; with {@link
   *     ExitStatus#USAGE} for a URI the driver does not accept
   */
  public Neo4jConnection connect(Neo4jTarget target) {
    if (target instanceof Neo4jTarget.Server server) {
      AuthToken auth =
          server.password() == null
              ? AuthTokens.none()
              : AuthTokens.basic(server.user(), server.password());
      Driver driver = verified(server.uri(), auth, CONNECT_TIMEOUT, server.user());
      return new Neo4jConnection(driver, server.database(), server.uri().toString(), null, null);
    }
    Neo4jTarget.Folder local = (Neo4jTarget.Folder) target;
    DatabaseFolder folder = local.folder();
    Optional<Neo4jConnection> served = connectToServer(folder, local.password());
    if (served.isPresent()) {
      return served.get();
    }
    if (linger.on()) {
      served = connectLingering(folder, local.password());
      if (served.isPresent()) {
        return served.get();
      }
    }
    notes.accept("opening the embedded database in " + folder + " ...");
    EmbeddedNeo4j embedded = EmbeddedNeo4j.open(folder);
    notes.accept(String.format("opened it in %.1f s", embedded.startupTime().toMillis() / 1000.0));
    return connectEmbedded(embedded, AuthTokens.none(), "the embedded database in " + folder);
  }

  /**
   * Connects to the folder's running server if there is one, else serves the folder from this
   * process (Bolt and Browser on the given ports) and connects to that; for {@code load --serve}.
   * The connection's {@link Neo4jConnection#embedded()} tells which happened.
   */
  public Neo4jConnection connectServing(Neo4jTarget.Folder target, ServerOptions options) {
    takeOver(target, "to serve it with Neo4j Browser");
    Optional<Neo4jConnection> served = connectToServer(target.folder(), target.password());
    if (served.isPresent()) {
      return served.get();
    }
    notes.accept("starting Neo4j on " + target.folder() + " ...");
    EmbeddedNeo4j server = EmbeddedNeo4j.serve(target.folder(), options);
    AuthToken auth =
        options.authenticated()
            ? AuthTokens.basic(ServerOptions.USER, options.password())
            : AuthTokens.none();
    return connectEmbedded(server, auth, "the database in " + target.folder());
  }

  /**
   * Stops the folder's lingering server, if one runs, so that the caller can open the store itself;
   * a {@code serve} someone started is left alone (the caller finds it through its marker).
   *
   * @param why what the caller is about to do, for the note ("to back it up")
   * @throws CliException when a command is using the lingering server now
   */
  public void takeOver(Neo4jTarget.Folder target, String why) {
    Optional<ServerMarker> live = liveServer(target);
    if (live.isPresent() && live.get().lingering()) {
      LingeringServer.stop(target.folder(), live.get(), why, notes);
    }
  }

  /**
   * Starts a lingering server on the folder and connects to it, saying so; empty when none started
   * (the reason went to the notes).
   */
  private Optional<Neo4jConnection> connectLingering(DatabaseFolder folder, String password) {
    notes.accept("starting a server on " + folder + " for this and later commands ...");
    long started = System.nanoTime();
    Optional<ServerMarker> marker = LingeringServer.launch(folder, linger.idle(), notes);
    if (marker.isEmpty()) {
      return Optional.empty();
    }
    Optional<Neo4jConnection> served = connectToServer(folder, password);
    if (served.isPresent()) {
      notes.accept(String.format("started it in %.1f s", (System.nanoTime() - started) / 1e9));
      if (marker.get().lingering()) {
        linger
            .announce()
            .accept(
                "a server stays up on "
                    + folder
                    + " for later commands until unused for "
                    + minutes(marker.get().idleSeconds())
                    + "; `cadregraph stop --db "
                    + folder
                    + "` stops it now, --no-linger or "
                    + LingerOptions.ENV
                    + "=0 starts none");
      }
    }
    return served;
  }

  private static String minutes(long seconds) {
    return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
  }

  /**
   * The marker of a server that serves this folder now, if any; a stale marker is removed (and said
   * so). A server that wants a password this call does not have counts as live while its process
   * runs.
   */
  public Optional<ServerMarker> liveServer(Neo4jTarget.Folder target) {
    Optional<ServerMarker> marker = ServerMarker.read(target.folder());
    try {
      return connectToServer(target.folder(), target.password())
          .map(
              connection -> {
                connection.close();
                return marker.orElseThrow();
              });
    } catch (CliException e) {
      return marker.filter(m -> m.auth() && !m.writerIsGone());
    }
  }

  /**
   * Connects to the server the folder's marker names, if it is live. A lingering server is used
   * (and so kept up) while the connection is open; one that stops meanwhile counts as none.
   *
   * @throws CliException when the server wants a password that is missing or wrong
   */
  private Optional<Neo4jConnection> connectToServer(DatabaseFolder folder, String password) {
    Optional<ServerMarker> found = ServerMarker.read(folder);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ServerMarker marker = found.get();
    if (marker.writerIsGone()) {
      return stale(folder, marker, "process " + marker.pid() + " has ended");
    }
    if (marker.auth() && password == null) {
      throw new CliException(
          ExitStatus.NEO4J_UNAVAILABLE,
          folder
              + " is served at "
              + marker.bolt()
              + " with authentication on; set NEO4J_PASSWORD to connect");
    }
    ServerUse use = null;
    if (marker.lingering()) {
      use = ServerUse.shared(folder);
      if (!ServerMarker.read(folder).equals(found)) {
        // It stopped (or another server took its place) while this command waited to use it.
        use.close();
        return connectToServer(folder, password);
      }
    }
    AuthToken auth =
        marker.auth() ? AuthTokens.basic(ServerOptions.USER, password) : AuthTokens.none();
    Driver driver = driver(marker.bolt(), auth, MARKER_TIMEOUT);
    boolean connected = false;
    String why;
    try {
      driver.verifyConnectivity();
      if (DatabaseIds.of(driver).equals(marker.databaseId())) {
        connected = true;
        return Optional.of(
            new Neo4jConnection(
                driver, null, "the server of " + folder + " at " + marker.bolt(), null, use));
      }
      why = marker.bolt() + " serves another database";
    } catch (AuthenticationException e) {
      throw unavailable(marker.bolt(), ServerOptions.USER, e);
    } catch (Neo4jException e) {
      why = marker.bolt() + " does not answer";
    } finally {
      if (!connected) {
        driver.close();
        if (use != null) {
          use.close();
        }
      }
    }
    return stale(folder, marker, why);
  }

  private Optional<Neo4jConnection> stale(DatabaseFolder folder, ServerMarker marker, String why) {
    notes.accept("ignoring the stale server marker in " + folder + " (" + why + ")");
    marker.removeFrom(folder);
    return Optional.empty();
  }

  private static Neo4jConnection connectEmbedded(
      EmbeddedNeo4j embedded, AuthToken auth, String description) {
    try {
      Driver driver = verified(embedded.boltUri(), auth, CONNECT_TIMEOUT, null);
      return new Neo4jConnection(driver, null, description, embedded, null);
    } catch (RuntimeException e) {
      embedded.close();
      throw e;
    }
  }

  private static Driver verified(URI uri, AuthToken auth, Duration timeout, String user) {
    Driver driver;
    try {
      driver = driver(uri, auth, timeout);
    } catch (IllegalArgumentException e) {
      throw new CliException(
          ExitStatus.USAGE,
          "--uri "
              + uri
              + " is not a Neo4j URI ("
              + e.getMessage()
              + "); use bolt://, bolt+s://, neo4j:// or neo4j+s://",
          e);
    }
    try {
      driver.verifyConnectivity();
      return driver;
    } catch (RuntimeException e) {
      driver.close();
      throw unavailable(uri, user, e);
    }
  }

  static Driver driver(URI uri, AuthToken auth, Duration timeout) {
    Config config =
        Config.builder()
            .withConnectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .withLogging(Logging.none())
            .withUserAgent("cadregraph")
            .build();
    return GraphDatabase.driver(uri, auth, config);
  }

  /**
   * The one sentence that says why Neo4j cannot be used, for a failure to connect or a connection
   * lost later.
   */
  public static CliException unavailable(URI uri, String user, RuntimeException e) {
    if (e instanceof AuthenticationException) {
      return new CliException(
          ExitStatus.NEO4J_UNAVAILABLE,
          "Neo4j at "
              + uri
              + " refused the credentials"
              + (user == null ? "" : " of user '" + user + "'")
              + " (the password is read from NEO4J_PASSWORD)",
          e);
    }
    if (e instanceof SecurityException) {
      return new CliException(
          ExitStatus.NEO4J_UNAVAILABLE,
          "Neo4j at " + uri + " refused the connection: " + e.getMessage(),
          e);
    }
    if (e instanceof ServiceUnavailableException) {
      return new CliException(
          ExitStatus.NEO4J_UNAVAILABLE,
          "Neo4j is unreachable at " + uri + ": " + e.getMessage(),
          e);
    }
    return new CliException(
        ExitStatus.NEO4J_UNAVAILABLE, "Neo4j at " + uri + " cannot be used: " + e.getMessage(), e);
  }
}
