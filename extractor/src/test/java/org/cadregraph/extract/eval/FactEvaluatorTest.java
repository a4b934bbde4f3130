package org.cadregraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadregraph.extract.eval.Fixtures.holds;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactEvaluatorTest {
  private final FactEvaluator evaluator = FactEvaluator.standard();

  private static GoldArticle article(String id, String genre, String person) {
    return new GoldArticle(
        id, genre, null, List.of(holds(person, "director", "Bureau")), List.of(), List.of());
  }

  private static FactRow row(String article, String person) {
    return new FactRow(article, "holds", person, "director", "Bureau", null, null, null, null);
  }

  @Test
  void reportsTheScorersFiveMeasuresInItsOrder() {
    EvaluationReport r = evaluator.evaluate(List.of(article("a.txt", null, "Kim Chol")), List.of());

    assertThat(r.measures())
        .extracting(Measure::name)
        .containsExactly("holds_strict", "holds_lenient", "persons", "part_of", "participation");
    assertThat(r.articles()).isEqualTo(1);
    assertThat(r.measure("holds_strict")).isEqualTo(new Measure("holds_strict", 0, 0, 1));
  }

  @Test
  void genreFiguresAddUpToTheOverallFigure() {
    List<GoldArticle> gold =
        List.of(
            article("a.txt", "obituary", "Kim Chol"),
            article("b.txt", "diplomatic", "Ri Chol"),
            article("c.txt", "obituary", "Pak Chol"),
            article("d.txt", null, "Jo Chol"));
    List<FactRow> rows =
        List.of(
            row("a.txt", "Kim Chol"),
            row("b.txt", "Ri Chol"),
            row("c.txt", "Kim Chol"),
            row("elsewhere.txt", "Jo Chol"));

    EvaluationReport r = evaluator.evaluate(gold, rows);

    assertThat(r.genres())
        .extracting(EvaluationReport.Genre::name)
        .containsExactly("diplomatic", "obituary", EvaluationReport.NO_GENRE);
    assertThat(r.genre("obituary").articles()).isEqualTo(2);
    assertThat(r.genre("obituary").measure("holds_strict"))
        .isEqualTo(new Measure("holds_strict", 1, 2, 2));
    assertThat(r.genre("diplomatic").measure("holds_strict"))
        .isEqualTo(new Measure("holds_strict", 1, 1, 1));
    assertThat(r.genre(EvaluationReport.NO_GENRE).measure("holds_strict"))
        .isEqualTo(new Measure("holds_strict", 0, 0, 1));
    assertThat(r.measure("holds_strict")).isEqualTo(new Measure("holds_strict", 2, 3, 4));
    assertThat(r.mismatches())
        .extracting(Mismatch::article, Mismatch::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("c.txt", Mismatch.Kind.SPURIOUS),
            org.assertj.core.groups.Tuple.tuple("c.txt", Mismatch.Kind.MISSED),
            org.assertj.core.groups.Tuple.tuple("d.txt", Mismatch.Kind.MISSED));
  }

  @Test
  void noGenreBreakdownWhereNoArticleHasAGenre() {
    EvaluationReport r = evaluator.evaluate(List.of(article("a.txt", null, "Kim Chol")), List.of());

    assertThat(r.genres()).isEmpty();
  }

  @Test
  void measuresAreThoseGiven() {
    EvaluationReport r =
        new FactEvaluator(List.of(new PersonsEvaluator()))
            .evaluate(
                List.of(article("a.txt", null, "Kim Chol")), List.of(row("a.txt", "Kim Chol")));

    assertThat(r.measures()).containsExactly(new Measure("persons", 1, 1, 1));
  }
}
