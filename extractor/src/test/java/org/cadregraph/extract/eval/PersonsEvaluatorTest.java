package org.cadregraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadregraph.extract.eval.Fixtures.as;
import static org.cadregraph.extract.eval.Fixtures.event;
import static org.cadregraph.extract.eval.Fixtures.gold;
import static org.cadregraph.extract.eval.Fixtures.holds;
import static org.cadregraph.extract.eval.Fixtures.holdsRow;
import static org.cadregraph.extract.eval.Fixtures.mentionRow;
import static org.cadregraph.extract.eval.Fixtures.participationRow;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonsEvaluatorTest {
  private static final String TEXT = TextMatch.clean("Kim Jong Un and Ri Il Hwan met Pak Pong Ju.");
  private final PersonsEvaluator persons = new PersonsEvaluator();

  @Test
  void unannotatedPersonNamedInTheTextIsNotCountedAgainstPrecision() {
    GoldArticle g = gold(TEXT, List.of(holds("Kim Jong Un", "chairman", null)));
    List<FactRow> facts =
        List.of(mentionRow("Kim Jong Un"), mentionRow("Pak Pong Ju"), mentionRow("Pak Pong Jun"));

    // Pak Pong Ju stands in the text: left out; "Pak Pong Jun" does not: counted, wrong
    assertThat(persons.evaluate(g, facts)).isEqualTo(ArticleScore.of(1, 2, 1));
  }

  @Test
  void goldPersonsComeFromHoldsAndEventParticipants() {
    GoldArticle g =
        new GoldArticle(
            "a.txt",
            null,
            TEXT,
            List.of(holds("Ri Il Hwan", "director", null)),
            List.of(),
            List.of(event("meeting", as("Kim Jong-un", "guided"))));
    List<FactRow> facts =
        List.of(
            participationRow("meeting", "Kim Jong Un", "guided"),
            holdsRow("Ri Il Hwan", "secretary", null),
            holdsRow("Ri Il-hwan", "director", null));

    assertThat(persons.evaluate(g, facts)).isEqualTo(ArticleScore.of(2, 2, 2));
  }

  @Test
  void oneWordNameIsCountedEvenWhereItStandsInTheText() {
    GoldArticle g = gold("kim met ri", List.of(holds("Kim Chol", "director", null)));

    assertThat(persons.evaluate(g, List.of(mentionRow("Ri")))).isEqualTo(ArticleScore.of(0, 1, 1));
  }
}
