package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.ServerMarker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} on free ports in a temporary folder, then {@code load} and {@code query} on the
 * same folder from other command instances and from a second JVM: they find the server through its
 * marker and talk Bolt to it instead of failing on the store lock.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeTest {
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  @TempDir static Path dir;
  private static DatabaseFolder folder;
  private static Thread serving;
  private static final StringWriter serveOut = new StringWriter();
  private static final StringWriter serveErr = new StringWriter();
  private static final AtomicInteger serveExit = new AtomicInteger(-1);
  private static ServerMarker marker;

  @BeforeAll
  static void serve() throws Exception {
    folder = new DatabaseFolder(dir.resolve("db"));
    serving =
        new Thread(
            () ->
                serveExit.set(
                    Main.run(
                        new String[] {
                          "serve", "--db", folder.toString(), "--bolt-port", "0", "--http-port", "0"
                        },
                        new PrintWriter(serveOut, true),
                        new PrintWriter(serveErr, true),
                        Map.of())),
            "serve-under-test");
    serving.start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (ServerMarker.read(folder).isEmpty()) {
      assertThat(serving.isAlive()).as("serve ended early: %s %s", serveOut, serveErr).isTrue();
      assertThat(System.nanoTime()).as("serve did not start in time").isLessThan(deadline);
      Thread.sleep(100);
    }
    marker = ServerMarker.read(folder).orElseThrow();
  }

  @AfterAll
  static void stop() throws Exception {
    if (serving == null) {
      return;
    }
    serving.interrupt();
    serving.join(TimeUnit.SECONDS.toMillis(60));
    assertThat(serving.isAlive()).isFalse();
    assertThat(serveExit.get()).as(serveErr.toString()).isZero();
    assertThat(folder.marker()).as("the marker is removed on shutdown").doesNotExist();
  }

  @Test
  @Order(1)
  void servePrintsBoltAndBrowserAddressesAndTheNoAuthLink() {
    assertThat(marker.bolt().getHost()).isEqualTo("127.0.0.1");
    assertThat(marker.bolt().getPort()).isPositive();
    assertThat(serveOut.toString())
        .contains("Bolt:     " + marker.bolt())
        .contains("Browser:  " + marker.browser())
        .contains(marker.browser() + "?preselectAuthMethod=NO_AUTH");
  }

  @Test
  @Order(2)
  void browserAnswersAndAdvertisesTheBoltPortInUse() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    HttpResponse<String> browser =
        http.send(
            HttpRequest.newBuilder(marker.browser()).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> discovery =
        http.send(
            HttpRequest.newBuilder(marker.browser().resolve("/")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(browser.statusCode()).isEqualTo(200);
    assertThat(browser.body()).containsIgnoringCase("neo4j browser");
    assertThat(discovery.body()).contains("bolt://127.0.0.1:" + marker.bolt().getPort());
  }

  @Test
  @Order(3)
  void loadOnTheServedFolderGoesThroughTheServer() throws Exception {
    Path facts = FactFixture.write(dir.resolve("facts.jsonl"));

    CliRun load = CliRun.run("load", facts.toString(), "--db", folder.toString());

    assertThat(load.exit()).as(load.toString()).isZero();
    assertThat(load.out()).contains("loaded into the server of " + folder).contains("2 articles");
  }

  @Test
  @Order(4)
  void badInputsAreReportedOneLineEachAndTheGoodOnesStillLoad() throws Exception {
    Path good = FactFixture.write(dir.resolve("good.jsonl"));
    Path broken = dir.resolve("broken.jsonl");
    Files.writeString(
        broken, "{\"type\":\"holds\",\"article\":\"x.txt\"\n", StandardCharsets.UTF_8);
    Path missing = dir.resolve("missing.jsonl");

    CliRun load =
        CliRun.run(
            "load",
            broken.toString(),
            missing.toString(),
            good.toString(),
            "--db",
            folder.toString());

    assertThat(load.exit()).as(load.toString()).isEqualTo(1);
    assertThat(load.err()).contains(broken + ":1: ").contains(missing + ": ");
    // The broken fact file counts as one failed input whose stored articles are kept; the missing
    // one is gone from the corpus.
    assertThat(load.out())
        .contains("loaded into the server of")
        .contains("3 articles (")
        .contains("2 unchanged, 1 failed (previous facts kept)");
  }

  @Test
  @Order(4)
  void queryFromASecondJvmGoesThroughTheServer() throws Exception {
    Process process =
        new ProcessBuilder(
                secondJvm(
                    "query",
                    "--db",
                    folder.toString(),
                    "--format",
                    "json",
                    "MATCH (p:Person) RETURN p.name AS name ORDER BY name"))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    List<String> expected = new ArrayList<>();
    FactFixture.PERSONS.forEach(name -> expected.add("{\"name\":\"" + name + "\"}"));
    assertThat(out.lines()).containsExactlyElementsOf(expected);
  }

  @Test
  @Order(5)
  void queryPrintsNodesWithTheirLabels() {
    CliRun query =
        CliRun.run(
            "query",
            "--db",
            folder.toString(),
            "--format",
            "json",
            "MATCH (p:Person {name: $name}) RETURN p",
            "--param",
            "name=Ri Il Hwan");

    assertThat(query.exit()).as(query.toString()).isZero();
    assertThat(query.out())
        .contains("\"name\":\"Ri Il Hwan\"")
        .contains("\"_labels\":[\"Person\"]");
  }

  @Test
  @Order(6)
  void queryIsReadOnlyUnlessWriteIsGiven() {
    CliRun refused = CliRun.run("query", "--db", folder.toString(), "CREATE (:Scratch)");
    CliRun allowed =
        CliRun.run("query", "--db", folder.toString(), "--write", "CREATE (s:Scratch) DELETE s");

    assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
    assertThat(refused.err()).contains("--write");
    assertThat(allowed.exit()).as(allowed.toString()).isZero();
  }

  @Test
  @Order(7)
  void savedQueryRunsByName() {
    CliRun query =
        CliRun.run(
            "query",
            "--db",
            folder.toString(),
            "--name",
            "current-posts",
            "--param",
            "name=Jo Yong Won",
            "--format",
            "csv");

    assertThat(query.exit()).as(query.toString()).isZero();
    assertThat(query.out()).contains("secretary");
  }

  @Test
  @Order(8)
  void secondServeOnTheSameFolderIsRefused() {
    CliRun second =
        CliRun.run("serve", "--db", folder.toString(), "--bolt-port", "0", "--http-port", "0");

    assertThat(second.exit()).as(second.toString()).isEqualTo(3);
    assertThat(second.err()).contains("already being served at " + marker.bolt());
  }

  /**
   * Last: the failed open in this JVM releases the server's store lock (POSIX locks are per
   * process).
   */
  @Test
  @Order(99)
  void storeHeldWithoutAMarkerIsReportedAsInUse() throws IOException {
    Path aside = dir.resolve("marker-aside.json");
    Files.move(folder.marker(), aside);
    try {
      CliRun query = CliRun.run("query", "--db", folder.toString(), "RETURN 1");

      assertThat(query.exit()).as(query.toString()).isEqualTo(3);
      assertThat(query.err()).contains("in use by another process").doesNotContain("\tat ");
    } finally {
      Files.move(aside, folder.marker(), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A command line that runs cadregraph in a new JVM on this test's class path. */
  static List<String> secondJvm(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }
}
