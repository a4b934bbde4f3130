package org.cadregraph.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cadregraph.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end on a tiny corpus and prints every figure; no time is judged. */
class BenchCommandTest {

  private static final List<String> REQUIRED =
      List.of(
          "extract_tokens_per_s",
          "floor_tokens_per_s",
          "extract_speedup_all_cores",
          "load_facts_per_s",
          "create_rows_per_s",
          "import_rows_per_s",
          "full_load_s",
          "unchanged_reload_s",
          "peak_heap_mb",
          "articles",
          "tokens");

  @TempDir Path temp;

  @Test
  void benchOnATinyCorpusPrintsEveryFigureAsJsonOnItsLastLine() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path work = temp.resolve("work");

    int exit =
        Main.run(
            new String[] {
              "bench",
              "--articles",
              "20",
              "--runs",
              "1",
              "--threads",
              "2",
              "--json",
              "--work-dir",
              work.toString()
            },
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of());

    assertThat(exit).as(err.toString()).isZero();
    String[] lines = out.toString().strip().split("\n");
    JsonNode figures = new ObjectMapper().readTree(lines[lines.length - 1]);
    for (String key : REQUIRED) {
      assertThat(figures.has(key)).as(key + " in " + figures).isTrue();
      assertThat(figures.get(key).asDouble()).as(key).isPositive();
    }
    assertThat(figures.get("articles").asInt()).isEqualTo(20);
    // The three writes built graphs of about the same size from the same facts.
    assertThat(figures.get("create_rows").asLong()).isEqualTo(figures.get("import_rows").asLong());
    assertThat(figures.get("load_rows").asDouble() / figures.get("create_rows").asDouble())
        .isBetween(0.5, 2.0);
    assertThat(out.toString())
        .contains(
            "extraction, 1 thread:",
            "raw UNWIND CREATE:",
            "bulk import (neo4j-admin):",
            "unchanged re-load:",
            "peak heap:");
    assertThat(out.toString())
        .containsPattern("load's writing time \\([\\d.]+ s on the writer thread\\): .*commit \\d+%")
        .containsPattern("load's writing time .*nodes Person \\d+%")
        .containsPattern("load's writing time .*identity and rows \\d+%");
    assertThat(
            Files.exists(
                work.resolve("db-import").resolve("data").resolve("databases").resolve("neo4j")))
        .as("the bulk importer wrote a store")
        .isTrue();
  }

  @Test
  void benchOnARealFolderMeasuresItsFirstFilesInSortedOrder() throws Exception {
    Path corpus = Files.createDirectories(temp.resolve("real/2011-01"));
    String text =
        "Pyongyang, July 20 (KCNA) -- Kim Jong Un, general secretary of the WPK, inspected the"
            + " Hyesan Youth Mine. He was accompanied by Jo Yong Won, secretary of the C.C.,"
            + " WPK.\n";
    for (String name : List.of("c.txt", "a.txt", "b.txt")) {
      Files.writeString(corpus.resolve(name), text);
    }
    Files.writeString(corpus.resolve("INDEX.tsv"), "file\tdate\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path work = temp.resolve("work");

    int exit =
        Main.run(
            new String[] {
              "bench",
              "--corpus",
              temp.resolve("real").toString(),
              "--articles",
              "2",
              "--runs",
              "1",
              "--threads",
              "1",
              "--json",
              "--work-dir",
              work.toString()
            },
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of());

    assertThat(exit).as(err.toString()).isZero();
    String[] lines = out.toString().strip().split("\n");
    JsonNode figures = new ObjectMapper().readTree(lines[lines.length - 1]);
    assertThat(figures.get("articles").asInt()).isEqualTo(2);
    assertThat(figures.get("facts").asInt()).isPositive();
    assertThat(out.toString()).contains("corpus: 2 articles");
    try (var copied = Files.walk(work.resolve("corpus"))) {
      assertThat(copied.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("a.txt", "b.txt");
    }
  }
}
