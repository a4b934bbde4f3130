package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load} and {@code query} on a folder no server serves: the store is opened in-process. */
class EmbeddedDatabaseTest {
  @TempDir Path dir;

  @Test
  void loadedGraphPersistsAndReloadingChangesNothing() throws Exception {
    Path facts = FactFixture.write(dir.resolve("facts.jsonl"));
    String db = dir.resolve("db").toString();

    CliRun first = CliRun.run("load", facts.toString(), "--db", db);
    CliRun count =
        CliRun.run(
            "query", "--db", db, "--format", "csv", "MATCH (p:Person) RETURN count(p) AS persons");
    CliRun again = CliRun.run("load", facts.toString(), "--db", db);

    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.out())
        .contains("loaded into the embedded database in " + new DatabaseFolder(Path.of(db)))
        .contains("2 articles (2 written");
    assertThat(count.exit()).as(count.toString()).isZero();
    assertThat(count.out()).isEqualTo("persons\r\n" + FactFixture.PERSONS.size() + "\r\n");
    assertThat(again.exit()).as(again.toString()).isZero();
    assertThat(again.out()).contains("2 unchanged").contains("nodes +0 -0, relationships +0 -0");
    assertThat(new DatabaseFolder(Path.of(db)).marker()).doesNotExist();
    assertThat(dir.resolve("db").resolve("logs").resolve("debug.log")).exists();
  }
}
