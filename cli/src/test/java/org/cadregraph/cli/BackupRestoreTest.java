package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} and {@code restore}: Neo4j's dump format, round trip, and a store in use refused.
 */
class BackupRestoreTest {
  private static final String COUNTS =
      "MATCH (n) WITH count(n) AS nodes"
          + " MATCH ()-[r]->() WITH nodes, count(r) AS relationships"
          + " MATCH (p:Person) RETURN nodes, relationships, count(p) AS persons";

  @TempDir Path dir;

  @Test
  void backupThenRestoreIntoAnotherFolderGivesTheSameGraph() throws Exception {
    Path facts = FactFixture.write(dir.resolve("facts.jsonl"));
    String db = dir.resolve("db").toString();
    assertThat(CliRun.run("load", facts.toString(), "--db", db, "-q").exit()).isZero();
    String before = CliRun.run("query", "--db", db, "-q", "--format", "json", COUNTS).out();
    Path dump = dir.resolve("backups/cadregraph.dump");

    CliRun backup = CliRun.run("backup", "--db", db, "--to", dump.toString());
    String restored = dir.resolve("restored").toString();
    CliRun restore = CliRun.run("restore", "--from", dump.toString(), "--db", restored);
    String after = CliRun.run("query", "--db", restored, "-q", "--format", "json", COUNTS).out();

    assertThat(backup.exit()).as(backup.toString()).isZero();
    assertThat(backup.out()).startsWith("backed up ");
    assertThat(dump).isRegularFile();
    assertThat(Files.list(dump.getParent())).as("no work files left beside the dump").hasSize(1);
    // Neo4j's dump format: a small header, then the zstd (or gzip) compressed archive.
    assertThat(Files.size(dump)).isGreaterThan(1_000);
    assertThat(restore.exit()).as(restore.toString()).isZero();
    assertThat(after).isEqualTo(before).contains("\"persons\":" + FactFixture.PERSONS.size());
  }

  @Test
  void restoreOverAnExistingDatabaseNeedsForceAndThenReplacesIt() throws Exception {
    Path facts = FactFixture.write(dir.resolve("facts.jsonl"));
    String source = dir.resolve("source").toString();
    assertThat(CliRun.run("load", facts.toString(), "--db", source, "-q").exit()).isZero();
    Path dump = dir.resolve("source.dump");
    assertThat(CliRun.run("backup", "--db", source, "--to", dump.toString(), "-q").exit()).isZero();
    String target = dir.resolve("target").toString();
    assertThat(
            CliRun.run("query", "--db", target, "-q", "--write", "CREATE (:Person {key: 'other'})")
                .exit())
        .isEqualTo(3); // no store yet: query does not create one
    assertThat(
            CliRun.run("load", dir.resolve("none.jsonl").toString(), "--db", target, "-q").exit())
        .isEqualTo(1); // creates the (empty) store

    CliRun refused = CliRun.run("restore", "--from", dump.toString(), "--db", target);
    CliRun forced = CliRun.run("restore", "--from", dump.toString(), "--db", target, "--force");
    CliRun count =
        CliRun.run(
            "query",
            "--db",
            target,
            "-q",
            "--format",
            "json",
            "MATCH (a:Article) RETURN count(a) AS articles");

    assertThat(refused.exit()).as(refused.toString()).isEqualTo(2);
    assertThat(refused.err()).contains("already holds a database").contains("--force");
    assertThat(forced.exit()).as(forced.toString()).isZero();
    assertThat(count.out().strip()).isEqualTo("{\"articles\":2}");
  }

  @Test
  void aStoreInUseIsNeitherBackedUpNorRestored() throws Exception {
    DatabaseFolder folder = new DatabaseFolder(dir.resolve("db"));
    Path dump = dir.resolve("x.dump");
    try (EmbeddedNeo4j open = EmbeddedNeo4j.open(folder)) {
      CliRun backup = CliRun.run("backup", "--db", folder.toString(), "--to", dump.toString());
      CliRun restore =
          CliRun.run(
              "restore",
              "--from",
              dir.resolve("facts.jsonl").toString(),
              "--db",
              folder.toString(),
              "--force");

      assertThat(backup.exit()).as(backup.toString()).isEqualTo(3);
      assertThat(backup.err()).contains("in use by another process").doesNotContain("\tat ");
      assertThat(restore.exit())
          .as(restore.toString())
          .isEqualTo(1); // the file is missing: checked first
    }
    assertThat(dump).doesNotExist();
  }

  @Test
  void aFileThatIsNotADumpIsReportedAndTheDatabaseStaysAsItWas() throws Exception {
    Path facts = FactFixture.write(dir.resolve("facts.jsonl"));
    String db = dir.resolve("db").toString();
    assertThat(CliRun.run("load", facts.toString(), "--db", db, "-q").exit()).isZero();

    CliRun restore = CliRun.run("restore", "--from", facts.toString(), "--db", db, "--force");
    CliRun count =
        CliRun.run(
            "query",
            "--db",
            db,
            "-q",
            "--format",
            "json",
            "MATCH (a:Article) RETURN count(a) AS articles");

    assertThat(restore.exit()).as(restore.toString()).isEqualTo(1);
    assertThat(restore.err()).startsWith("cadregraph: restore of ").doesNotContain("\tat ");
    assertThat(count.out().strip()).isEqualTo("{\"articles\":2}");
  }
}
