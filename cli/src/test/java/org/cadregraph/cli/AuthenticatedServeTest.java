package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.ServerMarker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --listen} beyond the loopback interface turns authentication on; commands on the
 * same folder then need the password, and the password shows up nowhere.
 */
class AuthenticatedServeTest {
  private static final String PASSWORD = "correct-horse-7-battery";

  @TempDir Path dir;

  @Test
  void exposedServerWantsThePasswordAndNeverShowsIt() throws Exception {
    Path passwordFile = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
    DatabaseFolder folder = new DatabaseFolder(dir.resolve("db"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving =
        new Thread(
            () ->
                exit.set(
                    Main.run(
                        new String[] {
                          "serve",
                          "--db",
                          folder.toString(),
                          "--listen",
                          "0.0.0.0",
                          "--password-file",
                          passwordFile.toString(),
                          "--bolt-port",
                          "0",
                          "--http-port",
                          "0"
                        },
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        Map.of())),
            "authenticated-serve-under-test");
    serving.start();
    CliRun withPassword;
    CliRun wrongPassword;
    CliRun noPassword;
    CliRun wrongPasswordByUri;
    try {
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (ServerMarker.read(folder).isEmpty()) {
        assertThat(serving.isAlive()).as("serve ended early: %s %s", out, err).isTrue();
        assertThat(System.nanoTime()).as("serve did not start in time").isLessThan(deadline);
        Thread.sleep(100);
      }
      assertThat(ServerMarker.read(folder).orElseThrow().auth()).isTrue();

      withPassword =
          CliRun.run(
              Map.of("NEO4J_PASSWORD", PASSWORD),
              "query",
              "--db",
              folder.toString(),
              "RETURN 1 AS one");
      wrongPassword =
          CliRun.run(
              Map.of("NEO4J_PASSWORD", "not-" + PASSWORD),
              "query",
              "--db",
              folder.toString(),
              "RETURN 1 AS one");
      noPassword = CliRun.run("query", "--db", folder.toString(), "RETURN 1 AS one");
      wrongPasswordByUri =
          CliRun.run(
              Map.of("NEO4J_PASSWORD", "not-" + PASSWORD),
              "query",
              "RETURN 1 AS one",
              "--uri",
              ServerMarker.read(folder).orElseThrow().bolt().toString(),
              "--user",
              "neo4j");
    } finally {
      serving.interrupt();
      serving.join(TimeUnit.SECONDS.toMillis(60));
    }

    assertThat(withPassword.exit()).as(withPassword.toString()).isZero();
    assertThat(withPassword.out()).contains("(1 row)");
    assertThat(wrongPassword.exit()).isEqualTo(3);
    assertThat(wrongPassword.err()).contains("refused the credentials");
    assertThat(wrongPasswordByUri.exit()).isEqualTo(3);
    assertThat(wrongPasswordByUri.err().lines())
        .singleElement()
        .asString()
        .contains("refused the credentials of user 'neo4j'");
    assertThat(noPassword.exit()).isEqualTo(3);
    assertThat(noPassword.err()).contains("set NEO4J_PASSWORD");
    assertThat(exit.get()).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Authentication is on").doesNotContain("NO_AUTH");

    String everythingPrinted =
        out + err.toString() + withPassword + wrongPassword + noPassword + wrongPasswordByUri;
    assertThat(everythingPrinted).doesNotContain(PASSWORD);
    try (Stream<Path> files = Files.walk(folder.path())) {
      for (Path file :
          files.filter(Files::isRegularFile).filter(f -> f.toString().contains("logs")).toList()) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
            .as(file.toString())
            .doesNotContain(PASSWORD);
      }
    }
  }
}
