package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.FactJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract} on the repository's seeds folder (how well it extracts is the extractor's test).
 */
class ExtractCommandTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  @TempDir Path dir;

  @BeforeEach
  void seedsArePresent() {
    assumeTrue(Files.isDirectory(SEEDS), "no seeds folder beside the cli module");
  }

  @Test
  void factsGoToStandardOutputAsJsonLinesArticleRecordFirst() {
    CliRun run = CliRun.run("extract", SEEDS.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    List<Fact> facts = run.out().lines().map(FactJson::fromJson).toList();
    assertThat(facts).isNotEmpty();
    assertThat(facts.get(0)).isInstanceOf(ArticleInfo.class);
    assertThat(facts)
        .allSatisfy(fact -> assertThat(fact.article()).isEqualTo("seed-6th-cell-secretaries.txt"));
    assertThat(run.err()).contains("extracted 1 articles from 1 files");
  }

  @Test
  void outFileIsWrittenWholeAndNothingElseIsLeftBeside() throws Exception {
    Path out = dir.resolve("facts.jsonl");

    CliRun run = CliRun.run("extract", SEEDS.toString(), "--out", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(FactJson.fromJson(line)).isNotNull());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void missingInputIsReportedWithItsPathAndTheOthersAreStillExtracted() {
    Path missing = dir.resolve("no-such-article.txt");

    CliRun run = CliRun.run("extract", missing.toString(), SEEDS.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(missing + ": ");
    assertThat(run.out()).contains("seed-6th-cell-secretaries.txt");
  }
}
