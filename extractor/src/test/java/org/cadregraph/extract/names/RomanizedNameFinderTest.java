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
}
