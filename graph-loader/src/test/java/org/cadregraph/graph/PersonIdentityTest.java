package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.ParticipationKind;
import org.cadregraph.facts.PostStatus;
import org.cadregraph.graph.PersonIdentity.Person;
import org.junit.jupiter.api.Test;

/** Who is who in one article, and the person keys that follow; no database, no rows. */
class PersonIdentityTest {

  private static PersonIdentity identity(Facts facts) {
    return identity(facts, Corrections.none());
  }

  private static PersonIdentity identity(Facts facts, Corrections corrections) {
    List<Fact> all = facts.facts();
    return PersonIdentity.of(all, OrganizationPaths.of(all), corrections);
  }

  /** The keys of the article's post holders, in the order of their posts. */
  private static List<String> holderKeys(Facts facts) {
    PersonIdentity identity = identity(facts);
    return facts.facts().stream()
        .filter(Holds.class::isInstance)
        .map(f -> identity.holder((Holds) f).key())
        .toList();
  }

  @Test
  void baseHolderIsAnchoredToTheOutermostUnitNamed() {
    Person holder =
        identity(
                Facts.article("a.txt", "2021")
                    .holds(
                        "Pak Ju Song",
                        "Party cell secretary",
                        "technical section of the Chollima Tile Factory",
                        "technical section",
                        "Chollima Tile Factory"))
            .named("Pak Ju Song", null);

    assertThat(holder)
        .isEqualTo(
            new Person(
                "pak ju song @ chollima tile factory",
                "Pak Ju Song",
                "pak ju song",
                "chollima tile factory",
                null));
  }

  @Test
  void baseHolderWithoutAUnitIsAnchoredToBase() {
    assertThat(
            holderKeys(
                Facts.article("a.txt", "2021")
                    .holds("Pak Kwang Hyok", "Party cell secretary", null)))
        .containsExactly("pak kwang hyok @ base");
  }

  @Test
  void unitNamedOnlyByPartOfStatementsStillAnchors() {
    assertThat(
            holderKeys(
                Facts.article("a.txt", "2021")
                    .partOf("second work-team", "Workshop No. 3")
                    .partOf("Workshop No. 3", "Taesong Station")
                    .holds("Ho Tong Am", "work-team leader", "second work-team")))
        .containsExactly("ho tong am @ taesong station");
  }

  @Test
  void anyPostOutsideTheBaseKeepsThePlainNameKey() {
    assertThat(
            holderKeys(
                Facts.article("a.txt", "2021")
                    .holds("Kwak Pom Gi", "manager", "Huichon Machine Tool Factory")
                    .holds("Kwak Pom-gi", "vice-premier", "Cabinet")))
        .containsExactly("kwak pom gi", "kwak pom gi");
  }

  @Test
  void baseHolderNamedAgainWithoutAUnitIsTheOneWithTheUnit() {
    assertThat(
            holderKeys(
                Facts.article("a.txt", "2021")
                    .holds(
                        "Kim Song Yong",
                        "Party cell secretary",
                        "Pyoksong County Forest Management Station")
                    .holds("Kim Song Yong", "Party cell secretary", null)))
        .containsExactly(
            "kim song yong @ pyoksong county forest management station",
            "kim song yong @ pyoksong county forest management station");
  }

  @Test
  void participationsAndMentionsJoinThePostHolderOfThatName() {
    PersonIdentity identity =
        identity(
            Facts.article("a.txt", "2021")
                .holds("Ri Il Hwan", "Party cell secretary", "Kangdong Farm")
                .took("Ri Il-hwan", "meeting", ParticipationKind.SPOKE)
                .mention("RI IL HWAN"));

    assertThat(identity.named("Ri Il-hwan", null).key()).isEqualTo("ri il hwan @ kangdong farm");
    assertThat(identity.named("RI IL HWAN", null).name()).isEqualTo("Ri Il Hwan");
  }

  @Test
  void extractorsPersonKeyTellsApartTwoPersonsOfOneName() {
    assertThat(
            holderKeys(
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
                        null)))
        .containsExactly("ri yong chol", "ri yong chol [ri yong chol|army]");
  }

  @Test
  void sameNameWithTheSamePostElsewhereInAListIsAnotherPerson() {
    assertThat(
            holderKeys(
                Facts.article("a.txt", "2021")
                    .holds("Kim Chol", null, "member", "Political Bureau", PostStatus.CURRENT, 1)
                    .holds("Kim Chol", null, "member", "Political Bureau", PostStatus.CURRENT, 4)))
        .containsExactly("kim chol", "kim chol #4");
  }

  @Test
  void samePostRepeatedAtTheSameListPlaceIsOnePerson() {
    assertThat(
            holderKeys(
                Facts.article("a.txt", "2021")
                    .holds("Kim Chol", null, "member", "Political Bureau", PostStatus.CURRENT, 2)
                    .holds("Kim Chol", null, "member", "Political Bureau", PostStatus.CURRENT, 2)))
        .containsExactly("kim chol", "kim chol");
  }

  @Test
  void theOneGuideOfAnEventIsItsLeadingPerson() {
    PersonIdentity identity =
        identity(
            Facts.article("a.txt", "2021")
                .took("Kim Jong Un", "Meeting", ParticipationKind.GUIDED)
                .took("Jo Yong Won", "Meeting", ParticipationKind.ATTENDED));

    assertThat(identity.guide("meeting").key()).isEqualTo("kim jong un");
  }

  @Test
  void twoGuidesOfOneEventGiveNoLeadingPerson() {
    PersonIdentity identity =
        identity(
            Facts.article("a.txt", "2021")
                .took("Kim Jong Un", "meeting", ParticipationKind.GUIDED)
                .took("Kim Tok Hun", "meeting", ParticipationKind.GUIDED));

    assertThat(identity.guide("meeting")).isNull();
    assertThat(identity.guide("another meeting")).isNull();
  }

  @Test
  void correctionsApplyToTheDecidedKey() {
    Corrections corrections =
        new Corrections(
            List.of(
                new Correction(Correction.Kind.SAME_AS, "pak kwang hyok @ base", "pak kwang hyok"),
                new Correction(Correction.Kind.DIFFERENT_FROM, "kim chol", "a.txt")));
    PersonIdentity identity =
        identity(
            Facts.article("a.txt", "2021")
                .holds("Pak Kwang Hyok", "Party cell secretary", null)
                .mention("Kim Chol"),
            corrections);

    assertThat(identity.named("Pak Kwang Hyok", null).key()).isEqualTo("pak kwang hyok");
    assertThat(identity.named("Pak Kwang Hyok", null).anchor()).isEqualTo("base");
    assertThat(identity.named("Kim Chol", null).key()).isEqualTo("kim chol ~ a.txt");
  }

  /** What each holder's report shows of their career, in the order of their posts. */
  private static List<Careers.Career> careers(Facts facts) {
    PersonIdentity identity = identity(facts);
    return facts.facts().stream()
        .filter(Holds.class::isInstance)
        .map(f -> identity.holder((Holds) f).career())
        .toList();
  }

  @Test
  void eachReportRecordsTheCareerItShowsAndKeepsThePlainKey() {
    Facts chief =
        Facts.article("a.txt", "2011")
            .holds("Ri Yong Ho", "chief", "KPA General Staff", "General Staff", "KPA");
    Facts diplomat =
        Facts.article("b.txt", "2011").holds("Ri Yong Ho", "vice-minister", "Foreign Affairs");

    assertThat(holderKeys(chief)).containsExactly("ri yong ho");
    assertThat(holderKeys(diplomat)).containsExactly("ri yong ho");
    assertThat(careers(chief)).containsExactly(Careers.Career.ARMY);
    assertThat(careers(diplomat)).containsExactly(Careers.Career.FOREIGN_SERVICE);
  }

  @Test
  void aForeignServicePostBesideAnArmyPostShowsBothCareers() {
    assertThat(
            careers(
                Facts.article("a.txt", "2011")
                    .holds("O Su Yong", "general", "KPA")
                    .holds("O Su Yong", "vice-minister", "Foreign Affairs")))
        .containsExactly(Careers.Career.BOTH, Careers.Career.BOTH);
  }

  @Test
  void aForeignServicePostBesideAnotherPostShowsNoCareer() {
    Facts facts =
        Facts.article("a.txt", "2011")
            .holds("Pak Ui Chun", "Foreign Minister", "DPRK")
            .holds("Pak Ui Chun", "member", "National Funeral Committee");

    assertThat(holderKeys(facts)).containsExactly("pak ui chun", "pak ui chun");
    assertThat(careers(facts)).containsOnlyNulls();
  }

  @Test
  void aForeignMinisterFromAbroadShowsNoCareer() {
    assertThat(
            careers(
                Facts.article("a.txt", "2011")
                    .holds("Nasser Judeh", "Foreign Minister", "Jordanian")))
        .containsOnlyNulls();
  }

  @Test
  void aReportThatNamesTwoPersonsOfTheNameLeavesTheirCareersAlone() {
    // Their keys then depend on each other; the rule across articles re-keys no one of them.
    assertThat(
            careers(
                Facts.article("a.txt", "2011")
                    .holds(
                        "Ri Yong Ho",
                        "Ri Yong Ho|army",
                        "chief",
                        "General Staff",
                        PostStatus.CURRENT,
                        null)
                    .holds(
                        "Ri Yong Ho",
                        "Ri Yong Ho|mfa",
                        "vice-minister",
                        "Foreign Affairs",
                        PostStatus.CURRENT,
                        null)))
        .containsOnlyNulls();
  }

  @Test
  void correctionsApplyToTheDiplomatsPlainKey() {
    Corrections corrections =
        new Corrections(
            List.of(new Correction(Correction.Kind.SAME_AS, "ri yong ho", "ri yong ho (mfa)")));
    Facts facts =
        Facts.article("b.txt", "2011").holds("Ri Yong Ho", "vice-minister", "Foreign Affairs");
    Person holder = identity(facts, corrections).holder((Holds) facts.facts().get(1));

    assertThat(holder.key()).isEqualTo("ri yong ho (mfa)");
    assertThat(holder.career()).isEqualTo(Careers.Career.FOREIGN_SERVICE);
  }

  @Test
  void aManagerOfAnUnnamedFactoryIsStillAtTheBase() {
    assertThat(
            holderKeys(Facts.article("a.txt", "2011").holds("Kim Chol", "manager", "the factory")))
        .containsExactly("kim chol @ base");
  }
}
