package org.cadregraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadregraph.extract.eval.Fixtures.alts;
import static org.cadregraph.extract.eval.Fixtures.goldPartOf;
import static org.cadregraph.extract.eval.Fixtures.partOfRow;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartOfEvaluatorTest {
  private final PartOfEvaluator partOf = new PartOfEvaluator();

  @Test
  void organizationThatNamesMoreOfTheParentChainMatches() {
    GoldArticle g =
        goldPartOf(
            List.of(
                new GoldArticle.PartOf(
                    alts("Workshop No. 3 of the Taesong Station under the Ministry"),
                    alts("Taesong Station"))));

    assertThat(
            partOf.evaluate(
                g,
                List.of(partOfRow("workshop No. 3 of the Taesong Station", "the Taesong Station"))))
        .isEqualTo(ArticleScore.of(1, 1, 1));
  }

  @Test
  void shortPrefixOfALongNameDoesNotMatch() {
    GoldArticle g =
        goldPartOf(
            List.of(
                new GoldArticle.PartOf(
                    alts("Sunghwa Farm in Unsan County"), alts("Unsan County"))));

    assertThat(partOf.evaluate(g, List.of(partOfRow("Sunghwa Farm", "Unsan County"))).tp())
        .isZero();
  }

  @Test
  void duplicatesAndHalfEmptyRowsAreNotCounted() {
    GoldArticle g =
        goldPartOf(List.of(new GoldArticle.PartOf(alts("second work-team"), alts("Workshop"))));
    List<FactRow> facts =
        List.of(
            partOfRow("Second work team", "workshop"),
            partOfRow("second work-team", "Workshop."),
            partOfRow("the", "Workshop"));

    assertThat(partOf.evaluate(g, facts)).isEqualTo(ArticleScore.of(1, 1, 1));
  }

  @Test
  void anyAlternativeOfTheGoldMatches() {
    GoldArticle g =
        goldPartOf(
            List.of(
                new GoldArticle.PartOf(
                    alts("Political Bureau", "Politburo"), alts("Central Committee", "C.C."))));

    assertThat(partOf.evaluate(g, List.of(partOfRow("Politburo", "C.C."))).tp()).isEqualTo(1);
  }
}
