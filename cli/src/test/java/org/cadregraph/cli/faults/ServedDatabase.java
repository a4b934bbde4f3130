package org.cadregraph.cli.faults;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadregraph.cli.Main;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.ServerMarker;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * {@code cadregraph serve} of a folder in a child JVM on free ports, found through the marker it
 * writes, so that a test can load through Bolt and then kill the server outright.
 */
final class ServedDatabase implements AutoCloseable {
  private static final Duration START = Duration.ofMinutes(3);

  private final ChildCli child;
  private final URI bolt;

  private ServedDatabase(ChildCli child, URI bolt) {
    this.child = child;
    this.bolt = bolt;
  }

  static ServedDatabase start(Path logs, String name, Path db)
      throws IOException, InterruptedException {
    ChildCli child =
        ChildCli.start(
            logs, name, "serve", "--db", db.toString(), "--bolt-port", "0", "--http-port", "0");
    DatabaseFolder folder = new DatabaseFolder(db);
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline && child.isAlive()) {
      // A marker left by a killed server names a dead pid: wait for this child's own.
      Optional<ServerMarker> marker = ServerMarker.read(folder).filter(m -> m.pid() == child.pid());
      if (marker.isPresent()) {
        return new ServedDatabase(child, marker.get().bolt());
      }
      Thread.sleep(100);
    }
    child.close();
    throw new AssertionError("serve did not start in " + START + "\n" + child);
  }

  URI bolt() {
    return bolt;
  }

  List<String> dump() {
    try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none())) {
      return GraphDumps.canonical(driver);
    }
  }

  long count(String query) {
    try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none());
        var session = driver.session()) {
      return session.run(query).single().get(0).asLong();
    }
  }

  /** SIGKILL: the server goes away without closing its connections. */
  void kill() throws InterruptedException {
    child.kill();
  }

  @Override
  public void close() throws InterruptedException {
    child.close();
  }

  /** {@code cadregraph ARGS} in this JVM, with what it printed. */
  record Run(int exit, String out, String err) {
    static Run of(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
      return new Run(exit, out.toString(), err.toString());
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
