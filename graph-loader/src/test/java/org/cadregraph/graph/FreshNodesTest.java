package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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

    List<Map<String, Object>> rows = persons(undated, older, newer).rows();

    assertThat(rows).hasSize(1);
    Map<String, Object> row = rows.get(0);
    assertThat(row.get("count")).isEqualTo(3);
    assertThat(row.get("first")).isEqualTo("2019-05-01");
    assertThat(row.get("last")).isEqualTo("2021-04-09");
    assertThat(row.get("names")).isEqualTo(List.of("Kim Jong Un", "Kim Jong-un"));
    assertThat(row.get("stamp")).isEqualTo(newer.stamp());
  }

  @Test
  void eachStepShowsTheNewestValuesFromItsStatementOn() {
    ArticlePlan older = plan(Facts.article("a.txt", "2019-05-01").mention("Kim Jong Un"));
    ArticlePlan newer = plan(Facts.article("c.txt", "2021-04-09").mention("Kim Jong-un"));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> steps =
        (List<Map<String, Object>>) persons(older, newer).rows().get(0).get("steps");

    // A node whose stored newest report is older than both takes the first step: the newest name.
    assertThat(steps)
        .extracting(step -> step.get("stamp"))
        .containsExactly(older.stamp(), newer.stamp());
    assertThat(steps)
        .extracting(step -> (Object) ((Map<?, ?>) step.get("shown")).get("name"))
        .containsExactly("Kim Jong-un", "Kim Jong-un");
  }

  @Test
  void everyStatementKeepsItsArticleAndEvidence() {
    ArticlePlan first = plan(Facts.article("a.txt", "2019-05-01").mention("Kim Jong Un"));
    ArticlePlan second = plan(Facts.article("c.txt", "2021-04-09").mention("Kim Jong Un"));

    List<Map<String, Object>> statements = persons(first, second).statements();

    assertThat(statements).extracting(s -> s.get("article")).containsExactly("a.txt", "c.txt");
    assertThat(statements)
        .allSatisfy(
            s -> assertThat(((Map<?, ?>) s.get("evidence")).get("fact")).isEqualTo("mention"));
  }
}
