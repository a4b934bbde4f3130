package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cadregraph.facts.EventKind;
import org.cadregraph.facts.ParticipationKind;
import org.cadregraph.facts.PostStatus;
import org.junit.jupiter.api.Test;

/** Identity decisions made for one article, without a database. */
class ArticlePlanTest {

  private static ArticlePlan plan(Facts facts) {
    return ArticlePlan.of(facts.facts(), Corrections.none());
  }

  private static List<String> keys(ArticlePlan plan, NodeLabel label) {
    Map<String, NodeRow> rows = plan.nodes().get(label);
    return rows == null ? List.of() : List.copyOf(rows.keySet());
  }

  @Test
  void participationOfAPostHolderGoesToTheSamePerson() {
    ArticlePlan plan =
        plan(
            Facts.article("a.txt", "2021-04-09")
                .holds(
                    "Pak Ju Song",
                    "Party cell secretary",
                    "technical section of the Chollima Tile Factory",
                    "technical section",
                    "Chollima Tile Factory")
                .took("Pak Ju Song", "conference", ParticipationKind.AWARDED));

    assertThat(keys(plan, NodeLabel.PERSON)).containsExactly("pak ju song @ chollima tile factory");
    assertThat(plan.links().get(Link.TOOK_PART))
        .extracting(LinkRow::from)
        .containsExactly("pak ju song @ chollima tile factory");
  }

  @Test
  void biographyFromAFactoryToTheCabinetIsOnePerson() {
    ArticlePlan plan =
        plan(
            Facts.article("a.txt", "2021")
                .holds("Kwak Pom Gi", "manager", "Huichon Machine Tool Factory")
                .holds("Kwak Pom Gi", "vice-premier", "Cabinet"));

    assertThat(keys(plan, NodeLabel.PERSON)).containsExactly("kwak pom gi");
  }

  @Test
  void baseHolderRepeatedWithoutUnitIsTheOneWithTheUnit() {
    ArticlePlan plan =
        plan(
            Facts.article("a.txt", "2021")
                .holds(
                    "Kim Song Yong",
                    "Party cell secretary",
                    "Pyoksong County Forest Management Station")
                .holds("Kim Song Yong", "Party cell secretary", null)
                .holds("Pak Kwang Hyok", "Party cell secretary", null)
                .took("Kim Song Yong", "conference", ParticipationKind.AWARDED));

    assertThat(keys(plan, NodeLabel.PERSON))
        .containsExactly(
            "kim song yong @ pyoksong county forest management station", "pak kwang hyok @ base");
  }

  @Test
  void partOfStatementsCompleteAnOrganizationsPath() {
    ArticlePlan plan =
        plan(
            Facts.article("a.txt", "2021")
                .partOf("second work-team", "Workshop No. 3")
                .partOf("Workshop No. 3", "Taesong Station")
                .holds("Ho Tong Am", "work-team leader", "second work-team"));

    assertThat(keys(plan, NodeLabel.ORGANIZATION))
        .contains(
            "second work team of workshop no 3 of taesong station",
            "workshop no 3 of taesong station",
            "taesong station");
    assertThat(plan.links().get(Link.POST_IN_ORGANIZATION))
        .extracting(LinkRow::to)
        .containsExactly("second work team of workshop no 3 of taesong station");
  }

  @Test
  void partOfCycleDoesNotLoop() {
    ArticlePlan plan =
        plan(Facts.article("a.txt", "2021").partOf("A unit", "B unit").partOf("B unit", "A unit"));

    // Each contradicting statement gives its own two-element path; neither grows round the cycle.
    assertThat(keys(plan, NodeLabel.ORGANIZATION))
        .containsExactlyInAnyOrder("a unit of b unit", "b unit", "b unit of a unit", "a unit");
  }

  @Test
  void extractorsPersonKeyTellsApartTwoPersonsOfOneName() {
    ArticlePlan plan =
        plan(
            Facts.article("a.txt", "2021")
                .holds(
                    "Ri Yong Chol",
                    "Ri Yong Chol|ministry",
                    "minister",
                    "Ministry of X",
                    PostStatus.CURRENT,
                    null)
                .holds(
                    "Ri Yong Chol",
                    "Ri Yong Chol|army",
                    "general",
                    "KPA",
                    PostStatus.CURRENT,
                    null));

    assertThat(keys(plan, NodeLabel.PERSON))
        .containsExactly("ri yong chol", "ri yong chol [ri yong chol|army]");
  }

  @Test
  void eventWithoutItsOwnDateTakesTheArticlesAndItsGuide() {
    ArticlePlan plan =
        plan(
            Facts.article("a.txt", "2021-04-09")
                .event("meeting", EventKind.MEETING, null, null)
                .took("Kim Jong Un", "meeting", ParticipationKind.GUIDED));

    assertThat(keys(plan, NodeLabel.EVENT)).containsExactly("meeting | 2021-04-09 | kim jong un");
  }

  @Test
  void correctionsRekeyPersons() {
    Corrections corrections =
        new Corrections(
            List.of(
                new Correction(Correction.Kind.SAME_AS, "cho yong won", "jo yong won"),
                new Correction(Correction.Kind.DIFFERENT_FROM, "kim chol", "a.txt")));
    ArticlePlan plan =
        ArticlePlan.of(
            Facts.article("a.txt", "2021").mention("Kim Chol").mention("Jong Yong Won").facts(),
            corrections);

    assertThat(keys(plan, NodeLabel.PERSON)).containsExactly("kim chol ~ a.txt", "jong yong won");
    assertThat(corrections.apply("cho yong won", "b.txt")).isEqualTo("jo yong won");
    assertThat(corrections.fingerprint()).isNotEqualTo(Corrections.none().fingerprint());
  }
}
