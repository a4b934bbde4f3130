package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch's statements of one node become one row that gives what one-by-one application gives. */
class FreshNodesTest {

  private static ArticlePlan plan(Facts facts) {
    return ArticlePlan.of(facts.facts(), Corrections.none());
  }

  private static FreshNodes persons(ArticlePlan... plans) {
    FreshNodes fresh = new FreshNodes();
    for (ArticlePlan plan : plans) {
      plan.nodes().get(NodeLabel.PERSON).values().forEach(row -> fresh.add(plan, row));
    }
    return fresh;
  }

  @Test
  void statementsOfOneNodeFoldIntoOneRowWithCountsDatesAndSpellings() {
    ArticlePlan older = plan(Facts.article("a.txt", "2019-05-01").mention("Kim Jong Un"));
    ArticlePlan undated = plan(Facts.article("b.txt", null).mention("Kim Jong Un"));
    ArticlePlan newer = plan(Facts.article("c.txt", "2021-04-09").mention("Kim Jong-un"));

    List<FreshNodes.Row> rows = persons(undated, older, newer).rows();

    assertThat(rows).hasSize(1);
    FreshNodes.Row row = rows.get(0);
    assertThat(row.count()).isEqualTo(3);
    assertThat(row.first()).isEqualTo("2019-05-01");
    assertThat(row.last()).isEqualTo("2021-04-09");
    assertThat(row.names()).isEqualTo(List.of("Kim Jong Un", "Kim Jong-un"));
    assertThat(row.stamp()).isEqualTo(newer.stamp());
  }

  @Test
  void eachStepShowsTheNewestValuesFromItsStatementOn() {
    ArticlePlan older = plan(Facts.article("a.txt", "2019-05-01").mention("Kim Jong Un"));
    ArticlePlan newer = plan(Facts.article("c.txt", "2021-04-09").mention("Kim Jong-un"));

    List<FreshNodes.Step> steps = persons(older, newer).rows().get(0).steps();

    // A node whose stored newest report is older than both takes the first step: the newest name.
    assertThat(steps)
        .extracting(FreshNodes.Step::stamp)
        .containsExactly(older.stamp(), newer.stamp());
    assertThat(steps)
        .extracting(step -> step.shown().get("name"))
        .containsExactly("Kim Jong-un", "Kim Jong-un");
  }

  @Test
  void everyStatementKeepsItsArticleAndEvidence() {
    ArticlePlan first = plan(Facts.article("a.txt", "2019-05-01").mention("Kim Jong Un"));
    ArticlePlan second = plan(Facts.article("c.txt", "2021-04-09").mention("Kim Jong Un"));

    List<NodeRow> statements = persons(first, second).statements();

    assertThat(statements).extracting(NodeRow::article).containsExactly("a.txt", "c.txt");
    assertThat(statements)
        .allSatisfy(s -> assertThat(s.evidence().get("fact")).isEqualTo("mention"));
  }
}
