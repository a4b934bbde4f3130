package org.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cadregraph.extract.eval.EvaluationReport;
import org.cadregraph.extract.eval.FactEvaluator;
import org.cadregraph.extract.eval.FactRowReader;
import org.cadregraph.extract.eval.GoldReader;
import org.cadregraph.extract.eval.ReportPrinter;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.FactWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the figures achieved on ../shared/corpus/dev (developed on) and ../shared/corpus/eras (other
 * eras and outlets) so they cannot fall silently, and checks that the Java evaluator prints exactly
 * what eval/score.py prints on both. Skips where ../shared is absent.
 */
class DevCorpusRegressionTest {
  private static Path dev;
  private static List<Fact> facts;
  private static EvaluationReport report;
  private static List<Fact> erasFacts;
  private static EvaluationReport erasReport;

  @BeforeAll
  static void extractDevCorpus() {
    Path shared = TestSupport.shared();
    if (shared == null || !Files.isDirectory(shared.resolve("corpus/dev"))) {
      return;
    }
    dev = shared.resolve("corpus/dev");
    facts = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    TestSupport.extractor().run(List.of(dev), facts::addAll, p -> problems.add(p.line()));
    assertThat(problems).isEmpty();
    report =
        FactEvaluator.standard()
            .evaluate(new GoldReader().read(dev), new FactRowReader().rows(facts));
    Path eras = shared.resolve("corpus/eras");
    if (Files.isDirectory(eras)) {
      erasFacts = extract(eras);
      erasReport =
          FactEvaluator.standard()
              .evaluate(new GoldReader().read(eras), new FactRowReader().rows(erasFacts));
    }
  }

  @Test
  void devFiguresStayAtOrAboveThoseAchieved() {
    assumeTrue(report != null, "../shared/corpus/dev not present");
    assertThat(report.articles()).isEqualTo(42);
    // achieved: holds lenient 0.928, strict 0.795, persons 0.994, part_of 0.877, participation
    // 0.960
    assertThat(report.measure("holds_lenient").f1()).isGreaterThanOrEqualTo(0.925);
    assertThat(report.measure("holds_strict").f1()).isGreaterThanOrEqualTo(0.79);
    assertThat(report.measure("persons").f1()).isGreaterThanOrEqualTo(0.99);
    assertThat(report.measure("part_of").f1()).isGreaterThanOrEqualTo(0.875);
    assertThat(report.measure("participation").f1()).isGreaterThanOrEqualTo(0.955);
  }

  @Test
  void erasFiguresStayAtOrAboveThoseAchieved() {
    assumeTrue(erasReport != null, "../shared/corpus/eras not present");
    assertThat(erasReport.articles()).isEqualTo(39);
    // achieved: holds lenient 0.930, strict 0.829, persons 0.994, part_of 0.873, participation
    // 0.925 (the targets: 0.88, -, 0.98, 0.85, 0.85)
    assertThat(erasReport.measure("holds_lenient").f1()).isGreaterThanOrEqualTo(0.925);
    assertThat(erasReport.measure("holds_strict").f1()).isGreaterThanOrEqualTo(0.82);
    assertThat(erasReport.measure("persons").f1()).isGreaterThanOrEqualTo(0.99);
    assertThat(erasReport.measure("part_of").f1()).isGreaterThanOrEqualTo(0.87);
    assertThat(erasReport.measure("participation").f1()).isGreaterThanOrEqualTo(0.92);
  }

  /**
   * The Java evaluator prints exactly what score.py prints, errors included, on the facts the
   * extractor finds in each shared corpus. Where ../shared is present the scorer must run: a
   * missing python3 or score.py fails the test rather than hiding a disagreement.
   */
  @ParameterizedTest
  @ValueSource(strings = {"corpus/dev", "corpus/eras"})
  void javaEvaluatorAgreesWithScorePy(String corpus, @TempDir Path tmp) throws Exception {
    assumeTrue(report != null, "../shared/corpus/dev not present");
    Path gold = TestSupport.shared().resolve(corpus);
    List<Fact> corpusFacts = corpus.equals("corpus/dev") ? facts : erasFacts;
    assertThat(corpusFacts).as(corpus + " extracted").isNotNull();
    Path score = TestSupport.shared().resolve("eval/score.py");
    assertThat(score).as("the reference scorer").isRegularFile();
    Path out = tmp.resolve("facts.jsonl");
    try (FactWriter w = new FactWriter(Files.newBufferedWriter(out))) {
      w.writeAll(corpusFacts);
    }
    Process p =
        new ProcessBuilder(
                "python3",
                score.toString(),
                gold.toString(),
                out.toString(),
                "--show-errors",
                "100000")
            .redirectErrorStream(true)
            .start();
    String printed;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      printed = String.join("\n", r.lines().toList()) + "\n";
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("score.py exit status; it printed:%n%s", printed).isZero();
    EvaluationReport java =
        FactEvaluator.standard()
            .evaluate(new GoldReader().read(gold), new FactRowReader().rows(corpusFacts));
    assertThat(new ReportPrinter().printAsScorer(java, 100000)).isEqualTo(printed);
  }

  private static List<Fact> extract(Path folder) {
    List<Fact> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    TestSupport.extractor().run(List.of(folder), found::addAll, p -> problems.add(p.line()));
    assertThat(problems).isEmpty();
    return found;
  }
}
