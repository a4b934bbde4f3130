package org.cadregraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.EmbeddedNeo4j;
import org.cadregraph.cli.neo4j.ServerMarker;
import org.cadregraph.cli.neo4j.ServerOptions;

/**
 * Keeps a started server open until the process is interrupted: leaves the marker other commands
 * find it by, prints where to connect, and removes the marker again on the way out. Ctrl-C or
 * SIGTERM end the JVM through shutdown hooks (Neo4j's own hook stops the DBMS, ours removes the
 * marker); an interrupted thread returns normally and the caller closes the server. Stateless.
 */
final class Serving {
  private Serving() {}

  /** Blocks until Ctrl-C (the JVM exits) or the calling thread is interrupted (returns). */
  static void untilInterrupted(EmbeddedNeo4j server, DatabaseFolder folder, PrintWriter out) {
    ServerMarker marker =
        new ServerMarker(
            server.boltUri(),
            server.browserUri().orElse(null),
            server.authenticated(),
            ProcessHandle.current().pid(),
            server.databaseId(),
            Instant.now().toString(),
            0);
    marker.write(folder);
    Thread cleanup = new Thread(() -> marker.removeFrom(folder), "cadregraph-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      printAddresses(server, folder, out);
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      marker.removeFrom(folder);
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // The JVM is already shutting down; the hook does the same cleanup.
      }
    }
  }

  static void printAddresses(EmbeddedNeo4j server, DatabaseFolder folder, PrintWriter out) {
    out.printf(
        "Neo4j %s is serving %s (started in %.1f s)%n",
        org.neo4j.kernel.internal.Version.getNeo4jVersion(),
        folder,
        server.startupTime().toMillis() / 1000.0);
    out.println("  Bolt:     " + server.boltUri());
    server
        .browserUri()
        .ifPresent(
            browser -> {
              out.println("  Browser:  " + browser);
              if (!server.authenticated()) {
                out.println("  Open:     " + connectLink(browser));
              }
            });
    out.println(
        server.authenticated()
            ? "Authentication is on: user "
                + ServerOptions.USER
                + ", the password you gave; connections are not"
                + " encrypted."
            : "Authentication is off; only this machine can connect.");
    out.println(
        "`cadregraph load` and `cadregraph query` with --db "
            + folder
            + " use this server."
            + " Press Ctrl-C to stop.");
    out.flush();
  }

  /** The Browser link that connects by itself, without a login form (authentication is off). */
  static URI connectLink(URI browser) {
    return URI.create(browser + "?preselectAuthMethod=NO_AUTH");
  }
}
