package org.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cadregraph.facts.EventFact;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.Mention;
import org.cadregraph.facts.PartOf;
import org.junit.jupiter.api.Test;

/** The constructions the second round taught the extractor, each on text written for the test. */
class ExtractionGapsTest {

  private static List<Fact> extract(String body) {
    return TestSupport.extractor()
        .extract("t.txt", "Test Report\nPyongyang, May 3 (KCNA) -- " + body);
  }

  private static List<String> partOf(List<Fact> facts) {
    return facts.stream()
        .filter(f -> f instanceof PartOf)
        .map(f -> (PartOf) f)
        .map(p -> p.child() + " < " + p.parent())
        .toList();
  }

  @Test
  void lowerCaseTitlesBeforeNamesTakeTheOrganizationThatClosesTheirRun() {
    List<String> holds =
        TestSupport.holds(
            extract(
                "The prize went to researcher Kim Chol Su and section chiefs Pak Yong Nam and Ri"
                    + " Song Il of the Academy of Agricultural Science, and Han Myong Ok, teacher,"
                    + " received a medal.\n"));
    assertThat(holds)
        .contains(
            "Kim Chol Su | researcher | Academy of Agricultural Science",
            "Pak Yong Nam | section chief | Academy of Agricultural Science",
            "Ri Song Il | section chief | Academy of Agricultural Science");
  }

  @Test
  void aTitleBeforeTheNextNameIsNotAnAppositionToThePreviousOne() {
    List<String> holds =
        TestSupport.holds(
            extract("Present were Kim Chol Su, deputy director Pak Yong Nam and others.\n"));
    assertThat(holds).noneMatch(h -> h.startsWith("Kim Chol Su | deputy director"));
    assertThat(holds).contains("Pak Yong Nam | deputy director | null");
  }

  @Test
  void riIsAGivenSyllableRightAfterASurname() {
    List<String> holds =
        TestSupport.holds(
            extract(
                "The commission is composed of the following persons: Kim Chol, Pang Ri Sun and Ri"
                    + " Su Il.\n"));
    assertThat(holds)
        .containsExactly(
            "Kim Chol | member | commission",
            "Pang Ri Sun | member | commission",
            "Ri Su Il | member | commission");
  }

  @Test
  void aForeignNameWithoutTitleIsAPersonWhenARoleFollowsIt() {
    List<String> holds =
        TestSupport.holds(
            extract(
                "A wreath was sent to Maria Lopez Garcia, general secretary of the Socialist Party"
                    + " of Chile.\n"));
    assertThat(holds)
        .containsExactly("Maria Lopez Garcia | general secretary | Socialist Party of Chile");
  }

  @Test
  void aFurtherEventStartsWhereItsSentenceSaysWhoTookPartAndEachKeepsItsDate() {
    List<Fact> facts =
        Extractor.create(ExtractorConfig.defaults().withYear(2024), TestSupport.models())
            .extract(
                "t.txt",
                "Test Report\n"
                    + "Pyongyang, May 3 (KCNA) -- The 5th plenary meeting of the Central Committee"
                    + " of the Farmers' Union was held on May 2.\n"
                    + "Before the meeting, Kim Chol Su inspected the Sunchon Cement Complex.\n"
                    + "Kim Chol Su presided over the meeting. Pak Yong Nam made a report at the"
                    + " meeting.\n");
    List<String> events =
        facts.stream()
            .filter(f -> f instanceof EventFact)
            .map(f -> (EventFact) f)
            .map(e -> e.event() + " @" + e.date())
            .toList();
    assertThat(events)
        .containsExactly(
            "5th plenary meeting of the Central Committee of the Farmers' Union @2024-05-02",
            "inspection of Sunchon Cement Complex @null");
    assertThat(facts)
        .filteredOn(f -> f instanceof org.cadregraph.facts.Participation)
        .map(
            f ->
                ((org.cadregraph.facts.Participation) f).event()
                    + ": "
                    + TestSupport.participations(List.of(f)).get(0))
        .containsExactly(
            "5th plenary meeting of the Central Committee of the Farmers' Union: Kim Chol Su as"
                + " guided",
            "5th plenary meeting of the Central Committee of the Farmers' Union: Pak Yong Nam as"
                + " spoke",
            "inspection of Sunchon Cement Complex: Kim Chol Su as guided");
  }

  @Test
  void anEventOnlyNamedTakesNobodyFromTheMainOne() {
    List<Fact> facts =
        extract(
            "The 3rd Conference of Agricultural Workers opened.\n"
                + "Kim Chol Su made a report on carrying out the decisions of the 8th Congress of"
                + " the Union.\n");
    assertThat(facts)
        .filteredOn(f -> f instanceof EventFact)
        .map(f -> ((EventFact) f).event())
        .containsExactly("3rd Conference of Agricultural Workers");
  }

  @Test
  void standAloneNestedOrganizationsGivePartOfWhenBothSidesAreBodies() {
    List<String> partOf =
        partOf(
            extract(
                "Officers of the Supreme Command of the KPA and of the 3rd Corps of the Korean"
                    + " People's Army marked the 90th anniversary of the KPA and the Day of the"
                    + " Sun.\n"));
    assertThat(partOf).containsExactly("Supreme Command < KPA", "3rd Corps < Korean People's Army");
  }

  @Test
  void theCentralCommitteeWithItsPartyStaysOneParentAndIsAlsoPartOfIt() {
    List<String> partOf =
        partOf(
            extract("Kim Chol Su, member of the Political Bureau of the C.C., the WPK, spoke.\n"));
    assertThat(partOf).containsExactly("Political Bureau < C.C., the WPK", "C.C. < WPK");
  }

  @Test
  void anHonourThatWentToPersonsAwardsThem() {
    List<String> parts =
        TestSupport.participations(
            extract(
                "The awarding ceremony took place. The doctor's degree went to Kim Chol Su and Pak"
                    + " Yong Nam.\n"));
    assertThat(parts).containsExactly("Kim Chol Su as awarded", "Pak Yong Nam as awarded");
  }

  @Test
  void namesakesInOneListGetPersonKeysAndOthersNone() {
    List<Fact> facts =
        extract(
            "The commission is composed of the following persons: Ri Yong Ho, Kim Chol Su and Ri"
                + " Yong Ho.\n"
                + "Kim Chol Su spoke.\n");
    assertThat(facts)
        .filteredOn(f -> f instanceof Holds)
        .map(f -> ((Holds) f).person() + "/" + ((Holds) f).personKey())
        .containsExactly("Ri Yong Ho/Ri Yong Ho", "Kim Chol Su/null", "Ri Yong Ho/Ri Yong Ho #2");
    assertThat(facts)
        .filteredOn(f -> f instanceof Mention)
        .map(f -> ((Mention) f).person() + "/" + ((Mention) f).personKey())
        .containsExactly("Ri Yong Ho/Ri Yong Ho", "Kim Chol Su/null", "Ri Yong Ho/Ri Yong Ho #2");
  }

  @Test
  void aPortfolioInLowerCaseBelongsToTheMinistersTitle() {
    assertThat(
            TestSupport.holds(
                extract("Kim Chol Su, vice minister of foreign affairs, was present.\n")))
        .containsExactly("Kim Chol Su | vice minister of foreign affairs | null");
  }

  @Test
  void twoBodiesJoinedByAndAreNotOneOrganization() {
    assertThat(
            TestSupport.holds(
                extract(
                    "Kim Chol Su, member of the Political Bureau of the WPK Central Committee and "
                        + "Central Military Commission, spoke.\n")))
        .containsExactly("Kim Chol Su | member | Political Bureau of the WPK Central Committee");
  }

  @Test
  void aPluralRankBeforeAListIsEachNamesRank() {
    assertThat(
            TestSupport.holds(
                extract(
                    "He was accompanied by KPA Generals Kim Chol Su and Pak Yong Nam and "
                        + "Generalissimo Kim Il Sung's portrait.\n")))
        .contains(
            "Kim Chol Su | General | KPA",
            "Pak Yong Nam | General | KPA",
            "Kim Il Sung | Generalissimo | null");
  }
}
