package org.cadregraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPrinterTest {
  private final ReportPrinter printer = new ReportPrinter();

  private static final Mismatch MISSED =
      new Mismatch("a.txt", Mismatch.Kind.MISSED, "ri yongmu", "minister", "people's army");

  @Test
  void printsTheScorersLinesAndErrors() {
    EvaluationReport r =
        new EvaluationReport(
            2, List.of(new Measure("persons", 3, 4, 5)), List.of(), List.of(MISSED, MISSED));

    assertThat(printer.print(r, 1))
        .isEqualTo(
            "articles scored: 2\n"
                + "persons         P=0.750 R=0.600 F1=0.667  (tp=3 system=4 gold=5)\n"
                + "  missed   a.txt: {'person': 'ri yongmu', 'role': 'minister', 'organization':"
                + " \"people's army\"}\n");
  }

  @Test
  void roundsAsPythonDoesFromTheExactBinaryValue() {
    // 1543/2000 = 0.7715 is stored as 0.77149999...: Python prints 0.771
    EvaluationReport r =
        new EvaluationReport(
            1, List.of(new Measure("persons", 1543, 2000, 1543)), List.of(), List.of());

    assertThat(printer.printAsScorer(r, 0)).contains("P=0.771 ");
  }

  @Test
  void genreTableFollowsTheScorersLinesWithADashWhereNothingWasScored() {
    EvaluationReport r =
        new EvaluationReport(
            3,
            List.of(new Measure("persons", 3, 4, 5), new Measure("part_of", 1, 1, 1)),
            List.of(
                new EvaluationReport.Genre(
                    "diplomatic",
                    2,
                    List.of(new Measure("persons", 3, 4, 3), new Measure("part_of", 1, 1, 1))),
                new EvaluationReport.Genre(
                    "obituary",
                    1,
                    List.of(new Measure("persons", 0, 0, 1), new Measure("part_of", 0, 0, 0)))),
            List.of(MISSED));

    assertThat(printer.print(r, 1))
        .startsWith(printer.printAsScorer(r, 1))
        .endsWith(
            "\nF1 by genre (INDEX.tsv kind):\n"
                + "genre      articles       persons       part_of\n"
                + "diplomatic        2         0.857         1.000\n"
                + "obituary          1         0.000             -\n");
  }
}
