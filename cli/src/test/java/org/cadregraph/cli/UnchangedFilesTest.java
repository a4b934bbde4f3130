package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.cadregraph.cli.faults.GraphDumps;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.EmbeddedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * {@code load} skips a file whose size and modification time are those it was loaded with, without
 * reading it. Shown by changing a file's text behind the loader's back (same size, modification
 * time set back): the skip keeps the old facts; {@code --force} reads it.
 */
class UnchangedFilesTest {
  private static final String FIRST =
      "Pyongyang, April 9 (KCNA) -- Jo Yong Won, secretary of the Central Committee of the Workers'"
          + " Party of Korea, visited the Kangdong Greenhouse Farm.\n";
  private static final String SECOND =
      "Pyongyang, May 1 (KCNA) -- Ri Il Hwan, secretary of the Central Committee of the Workers'"
          + " Party of Korea, visited the Sunchon Phosphatic Fertilizer Factory.\n";

  @TempDir static Path dir;
  private static EmbeddedNeo4j neo4j;
  private Path corpus;
  private Path first;

  @BeforeAll
  static void start() {
    neo4j = EmbeddedNeo4j.open(new DatabaseFolder(dir.resolve("db")));
  }

  @AfterAll
  static void stop() {
    if (neo4j != null) {
      neo4j.close();
    }
  }

  @BeforeEach
  void corpus() throws IOException {
    try (Driver driver = driver();
        Session session = driver.session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
    corpus = Files.createTempDirectory(dir, "corpus");
    first = corpus.resolve("first.txt");
    write(first, FIRST, Instant.parse("2024-01-01T10:00:00Z"));
    write(corpus.resolve("second.txt"), SECOND, Instant.parse("2024-01-01T10:00:00Z"));
  }

  @Test
  void aFileOfUnchangedSizeAndTimeIsNotReadAgainUnlessForced() throws IOException {
    CliRun loaded = load();
    List<String> before = dump();
    // Same length, another name; the modification time put back.
    write(
        first, FIRST.replace("Jo Yong Won", "Jo Yong Wan"), Instant.parse("2024-01-01T10:00:00Z"));

    CliRun skipped = load();
    List<String> afterSkip = dump();
    CliRun forced = load("--force");

    assertThat(loaded.out()).as(loaded.toString()).contains("2 articles (2 written");
    assertThat(skipped.out())
        .as(skipped.toString())
        .contains("2 articles (0 written, 0 replaced, 2 unchanged, 0 failed, 0 pruned)");
    assertThat(afterSkip).isEqualTo(before);
    assertThat(forced.out()).as(forced.toString()).contains("2 written, 2 replaced");
    assertThat(String.join("\n", dump())).contains("Jo Yong Wan").doesNotContain("Jo Yong Won");
  }

  @Test
  void aFileTouchedIsReadOnceThenSkippedUnderItsNewTime() throws IOException {
    load();
    write(first, FIRST, Instant.parse("2024-02-01T10:00:00Z"));

    CliRun touched = load();
    write(
        first, FIRST.replace("Jo Yong Won", "Jo Yong Wan"), Instant.parse("2024-02-01T10:00:00Z"));
    CliRun skipped = load();

    assertThat(touched.out()).as(touched.toString()).contains("0 written, 0 replaced, 2 unchanged");
    assertThat(skipped.out()).as(skipped.toString()).contains("0 written, 0 replaced, 2 unchanged");
    assertThat(String.join("\n", dump())).contains("Jo Yong Won").doesNotContain("Jo Yong Wan");
  }

  @Test
  void anEditedFileIsReadAndReplaced() throws IOException {
    load();
    write(first, FIRST + "Kim Jong Un was accompanied by Choe Ryong Hae.\n", Instant.now());

    CliRun edited = load();

    assertThat(edited.out()).as(edited.toString()).contains("1 written, 1 replaced, 1 unchanged");
    assertThat(String.join("\n", dump())).contains("Choe Ryong Hae");
  }

  @Test
  void aFileJustWrittenGetsNoStampAndIsReadByTheNextLoad() throws IOException {
    write(first, FIRST, Instant.now());
    load();
    // Rewritten within the file system's clock tick: same size, same time.
    FileTime time = Files.getLastModifiedTime(first);
    Files.writeString(first, FIRST.replace("Jo Yong Won", "Jo Yong Wan"));
    Files.setLastModifiedTime(first, time);

    CliRun next = load();

    assertThat(next.out()).as(next.toString()).contains("1 written, 1 replaced, 1 unchanged");
  }

  private CliRun load(String... options) {
    String[] args = {"load", corpus.toString(), "--uri", neo4j.boltUri().toString(), "-q"};
    String[] all = new String[args.length + options.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(options, 0, all, args.length, options.length);
    CliRun run = CliRun.run(all);
    assumeTrue(run.exit() != 3, "Neo4j unavailable: " + run);
    assertThat(run.exit()).as(run.toString()).isZero();
    return run;
  }

  private static void write(Path file, String text, Instant modified) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.from(modified));
  }

  private static List<String> dump() {
    try (Driver driver = driver()) {
      return GraphDumps.canonical(driver);
    }
  }

  private static Driver driver() {
    return GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
  }
}
