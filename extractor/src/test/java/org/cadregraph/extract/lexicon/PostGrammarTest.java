package org.cadregraph.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cadregraph.extract.model.Deadline;
import org.cadregraph.extract.model.NameIndex;
import org.cadregraph.extract.model.Sentence;
import org.cadregraph.extract.nlp.NlpModels;
import org.cadregraph.extract.nlp.SentenceAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Organization phrases as the post grammar reads them (sentences quoted from bulk reports). */
class PostGrammarTest {
  private static SentenceAnalyzer analyzer;

  @BeforeAll
  static void loadModels() {
    analyzer = SentenceAnalyzer.openNlp(NlpModels.fromClasspath());
  }

  /** The organization phrase after the first "of" that follows {@code role}. */
  private static String organizationAfter(String text, String role) {
    Sentence s = analyzer.analyze(text, 0, 0, Deadline.none()).get(0);
    NameIndex none = new NameIndex(List.of());
    for (int i = 0; i + 1 < s.size(); i++) {
      if (s.token(i).is(role) && s.token(i + 1).is("of")) {
        int end = PostGrammar.orgEnd(s, i + 2, none);
        return PostGrammar.orgText(s, i + 2, end);
      }
    }
    return null;
  }

  @Test
  void participleBetweenAdjectiveAndNounStaysInTheUnitsName() {
    assertThat(
            organizationAfter(
                "He was greeted by the commander of the large combined unit and commanding"
                    + " officers of the unit.",
                "commander"))
        .isEqualTo("large combined unit");
    assertThat(
            organizationAfter(
                "He repeatedly expressed satisfaction with the fact that the commanding officers of"
                    + " the large combined unit are rounding off their combat preparations.",
                "officers"))
        .isEqualTo("large combined unit");
  }
}
