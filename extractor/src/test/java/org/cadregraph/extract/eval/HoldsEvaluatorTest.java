package org.cadregraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadregraph.extract.eval.Fixtures.alts;
import static org.cadregraph.extract.eval.Fixtures.gold;
import static org.cadregraph.extract.eval.Fixtures.holds;
import static org.cadregraph.extract.eval.Fixtures.holdsRow;

import java.util.List;
import org.junit.jupiter.api.Test;

class HoldsEvaluatorTest {
  private final HoldsEvaluator strict = HoldsEvaluator.strict();
  private final HoldsEvaluator lenient = HoldsEvaluator.lenient();

  @Test
  void samePostSplitDifferentlyMatchesLenientlyOnly() {
    GoldArticle g =
        gold(
            null,
            List.of(
                new GoldArticle.Holds(
                    alts("Ri Il Hwan"),
                    alts("member of the Political Bureau"),
                    alts("C.C., the WPK", "WPK Central Committee"))));
    List<FactRow> facts =
        List.of(holdsRow("Ri Il Hwan", "member", "Political Bureau of the C.C., the WPK"));

    assertThat(strict.evaluate(g, facts)).isEqualTo(ArticleScore.of(0, 1, 1));
    assertThat(lenient.evaluate(g, facts).tp()).isEqualTo(1);
  }

  @Test
  void wholePostAsTheRoleWithNoOrganizationMatchesTheSplitPost() {
    GoldArticle g = gold(null, List.of(holds("Ri Yong Mu", "minister", "People's Armed Forces")));
    List<FactRow> facts =
        List.of(holdsRow("Ri Yong Mu", "minister of the People's Armed Forces", null));

    assertThat(lenient.evaluate(g, facts).tp()).isEqualTo(1);
    assertThat(strict.evaluate(g, facts).tp()).isZero();
  }

  @Test
  void splitPostInTheSystemMatchesAWholePostRoleInTheGold() {
    GoldArticle g =
        gold(null, List.of(holds("Ri Yong Mu", "minister of the People's Armed Forces", null)));
    List<FactRow> facts = List.of(holdsRow("Ri Yong Mu", "minister", "People's Armed Forces"));

    assertThat(lenient.evaluate(g, facts).tp()).isEqualTo(1);
  }

  @Test
  void bareRoleDoesNotMatchTheSameRoleInAnOrganization() {
    GoldArticle g = gold(null, List.of(holds("Ri Yong Mu", "minister", "People's Armed Forces")));

    assertThat(lenient.evaluate(g, List.of(holdsRow("Ri Yong Mu", "minister", null))).tp())
        .isZero();
  }

  @Test
  void lenientRoleNeedsTheSameHeadAndASubsetOfWords() {
    GoldArticle g = gold(null, List.of(holds("Jo Ung Mo", "party cell secretary", "Farm")));

    assertThat(lenient.evaluate(g, List.of(holdsRow("Jo Ung Mo", "secretary", "Farm"))).tp())
        .isEqualTo(1);
    assertThat(strict.evaluate(g, List.of(holdsRow("Jo Ung Mo", "secretary", "Farm"))).tp())
        .isZero();
    assertThat(lenient.evaluate(g, List.of(holdsRow("Jo Ung Mo", "cell", "Farm"))).tp()).isZero();
  }

  @Test
  void personsCompareByRomanizationTolerantKey() {
    GoldArticle g = gold(null, List.of(holds("Kim Jong-un", "chairman", null)));

    assertThat(strict.evaluate(g, List.of(holdsRow("KIM Jong Un", "Chairman", null))).tp())
        .isEqualTo(1);
  }

  @Test
  void recordWithoutOrganizationIsDroppedWhereTheSamePostHasOne() {
    GoldArticle g = gold(null, List.of(holds("Pak Pong Ju", "premier", "Cabinet")));
    List<FactRow> facts =
        List.of(
            holdsRow("Pak Pong Ju", "premier", null),
            holdsRow("Pak Pong Ju", "premier", "Cabinet"),
            holdsRow("Pak Pong Ju", "premier", "Cabinet"));

    assertThat(strict.evaluate(g, facts)).isEqualTo(ArticleScore.of(1, 1, 1));
  }

  @Test
  void matchingIsOneToOneAndMaximalWhateverTheOrderOfTheRecords() {
    // "secretary" fits both gold posts, "chief secretary" only the first: a greedy pairing
    // that gives the first gold post to "secretary" would find one match, not two
    GoldArticle g =
        gold(
            null,
            List.of(
                holds("Kim Chol", "secretary", "Farm Committee"),
                holds("Kim Chol", "party secretary", "Farm Committee")));
    FactRow both = holdsRow("Kim Chol", "secretary", "Farm Committee");
    FactRow firstOnly = holdsRow("Kim Chol", "chief secretary", "Farm Committee");

    assertThat(lenient.evaluate(g, List.of(both, firstOnly))).isEqualTo(ArticleScore.of(2, 2, 2));
    assertThat(lenient.evaluate(g, List.of(firstOnly, both))).isEqualTo(ArticleScore.of(2, 2, 2));
  }

  @Test
  void lenientMeasureListsSpuriousThenMissedRecords() {
    GoldArticle g = gold(null, List.of(holds("Kim Chol", "director", "Bureau")));
    ArticleScore score = lenient.evaluate(g, List.of(holdsRow("Ri Chol", "director", "Bureau")));

    assertThat(score.mismatches())
        .containsExactly(
            new Mismatch("a.txt", Mismatch.Kind.SPURIOUS, "ri chol", "director", "bureau"),
            new Mismatch("a.txt", Mismatch.Kind.MISSED, "kim chol", "director", "bureau"));
    assertThat(strict.evaluate(g, List.of(holdsRow("Ri Chol", "director", "Bureau"))).mismatches())
        .isEmpty();
  }
}
