package org.cadregraph.extract.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cadregraph.extract.model.Deadline;
import org.cadregraph.extract.model.PersonName;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.extract.nlp.NlpModels;
import org.cadregraph.extract.nlp.SentenceAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RomanizedNameFinderTest {
  private static SentenceAnalyzer analyzer;
  private final RomanizedNameFinder finder = new RomanizedNameFinder();

  @BeforeAll
  static void loadModels() {
    analyzer = SentenceAnalyzer.openNlp(NlpModels.fromClasspath());
  }

  private List<String> names(String text) {
    Sentence s = analyzer.analyze(text, 0, 0, Deadline.none()).get(0);
    return finder.find(s).stream().map(PersonName::name).toList();
  }

  @Test
  void koreanNamesOfTwoAndThreeSyllablesAreFound() {
    assertThat(names("Speeches were made by Kim Chol, Jo Ung Mo and Choe Hun at the meeting."))
        .containsExactly("Kim Chol", "Jo Ung Mo", "Choe Hun");
  }

  @Test
  void namesThatOnlyStartAnInstitutionAreSkipped() {
    assertThat(
            names(
                "He inspected O Jin U Artillery Academy and Kim Il Sung University with Ri Il"
                    + " Hwan."))
        .containsExactly("Ri Il Hwan");
  }

  @Test
  void commonWordsThatAreSurnamesDoNotMakeNames() {
    assertThat(names("An educator and So great a task were there.")).isEmpty();
  }

  @Test
  void foreignNamesAfterATitleAreFound() {
    assertThat(names("Russian Ambassador Alexandr Matsegora spoke."))
        .containsExactly("Alexandr Matsegora");
  }

  // quoted from archive-2011-2012 reports

  @Test
  void foreignNamesWithInitialsBeforeAnAppositionAreFound() {
    assertThat(
            names(
                "M. M. Alhassan, chairman of the Nigerian National Committee for the Study of the"
                    + " Juche Idea, spoke."))
        .containsExactly("M. M. Alhassan");
    assertThat(
            names(
                "C.P. Mainali, general secretary of the Central Committee of the Nepal Communist"
                    + " Party (Marxist-Leninist), said thanks."))
        .containsExactly("C.P. Mainali");
  }

  @Test
  void runAfterAPossessiveIsNoPerson() {
    assertThat(
            names(
                "Present there on invitation were the chairman of the preparatory committee for"
                    + " 2011 Women's World Cup, members of Bundestag (Federal Assembly), and"
                    + " others."))
        .isEmpty();
  }

  @Test
  void foreignNameAfterACountrysCounterpartIsFound() {
    assertThat(
            names(
                "Pak Ui Chun sent a similar message to his Bulgarian counterpart Nickolay Mladenov"
                    + " on the same day."))
        .contains("Nickolay Mladenov");
  }

  @Test
  void middleInitialAndCapitalizedPostAfterTheCommaMakeAnAppositiveName() {
    assertThat(
            names(
                "Valery E. Sukhinin, Russian ambassador to the DPRK, and his embassy officials were"
                    + " among the audience."))
        .containsExactly("Valery E. Sukhinin");
    assertThat(
            names(
                "He sent a congratulatory message to Abdelaziz Bouteflika, President of Algeria, on"
                    + " the occasion of his birthday."))
        .containsExactly("Abdelaziz Bouteflika");
  }

  @Test
  void addresseeUponHisElectionIsAPerson() {
    assertThat(
            names(
                "Kim Yong Nam, president of the Presidium of the Supreme People's Assembly of the"
                    + " DPRK, Monday sent a congratulatory message to Francois Hollande upon his"
                    + " election as president of France."))
        .containsExactly("Kim Yong Nam", "Francois Hollande");
    assertThat(
            names(
                "Choe Yong Rim, premier of the DPRK, sent a congratulatory message to Nguyen Tan"
                    + " Dung on Wednesday on his reelection as prime minister of Vietnam at the"
                    + " First Session of the 13th National Assembly."))
        .containsExactly("Choe Yong Rim", "Nguyen Tan Dung");
  }
}
