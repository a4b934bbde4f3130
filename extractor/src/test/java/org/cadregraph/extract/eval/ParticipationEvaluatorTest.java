package org.cadregraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadregraph.extract.eval.Fixtures.as;
import static org.cadregraph.extract.eval.Fixtures.event;
import static org.cadregraph.extract.eval.Fixtures.goldEvents;
import static org.cadregraph.extract.eval.Fixtures.participationRow;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipationEvaluatorTest {
  private final ParticipationEvaluator participation = new ParticipationEvaluator();

  @Test
  void eventsAlignByTheirSharedPersonsWhereNamesDiffer() {
    GoldArticle g =
        goldEvents(
            List.of(
                event(
                    "inspection of the mine",
                    as("Kim Jong Un", "guided"),
                    as("Ri Il Hwan", "attended"))));
    List<FactRow> facts =
        List.of(
            participationRow("visit", "Kim Jong Un", "guided"),
            participationRow("visit", "Ri Il Hwan", "spoke"));

    assertThat(participation.evaluate(g, facts)).isEqualTo(ArticleScore.of(1, 2, 2));
  }

  @Test
  void eachGoldEventIsAlignedWithOneSystemEventAtMost() {
    GoldArticle g = goldEvents(List.of(event("meeting", as("Kim Jong Un", "spoke"))));
    List<FactRow> facts =
        List.of(
            participationRow("meeting", "Kim Jong Un", "spoke"),
            participationRow("banquet", "Kim Jong Un", "spoke"));

    // both share the person; the one whose name agrees wins, the other counts only as system
    assertThat(participation.evaluate(g, facts)).isEqualTo(ArticleScore.of(1, 2, 1));
  }

  @Test
  void namedAlignmentBeatsMoreSharedPersons() {
    GoldArticle g =
        goldEvents(
            List.of(
                event("reception", as("Pak Pong Ju", "attended")),
                event("talks", as("Kim Jong Un", "attended"), as("Pak Pong Ju", "spoke"))));
    List<FactRow> facts =
        List.of(
            participationRow("Reception", "Pak Pong Ju", "attended"),
            participationRow("Reception", "Kim Jong Un", "attended"));

    assertThat(participation.evaluate(g, facts)).isEqualTo(ArticleScore.of(1, 2, 3));
  }

  @Test
  void rowsWithoutEventOrPersonAreNotCounted() {
    GoldArticle g = goldEvents(List.of(event("meeting", as("Kim Jong Un", "spoke"))));
    List<FactRow> facts =
        List.of(
            participationRow("", "Kim Jong Un", "spoke"),
            participationRow("meeting", null, "spoke"));

    assertThat(participation.evaluate(g, facts)).isEqualTo(ArticleScore.of(0, 0, 1));
  }
}
