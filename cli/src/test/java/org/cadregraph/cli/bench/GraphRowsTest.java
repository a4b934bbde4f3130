package org.cadregraph.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.Evidence;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.Mention;
import org.junit.jupiter.api.Test;

class GraphRowsTest {

  @Test
  void anEntityStatedByTwoArticlesIsOneNodeWithTwoStatements() {
    GraphRows rows = new GraphRows();

    GraphRows.ArticleRows first =
        rows.of(article("a1", new Mention("a1", "Kim Chol", "kim-chol", evidence())));
    GraphRows.ArticleRows second =
        rows.of(article("a2", new Mention("a2", "Kim Chol", "kim-chol", evidence())));

    assertThat(first.nodes())
        .extracting(GraphRows.NodeRow::label)
        .containsExactly(GraphRows.Label.ARTICLE, GraphRows.Label.PERSON);
    assertThat(second.nodes())
        .extracting(GraphRows.NodeRow::label)
        .containsExactly(GraphRows.Label.ARTICLE);
    assertThat(second.relationships())
        .singleElement()
        .satisfies(
            rel -> {
              assertThat(rel.type()).isEqualTo(GraphRows.Type.STATED_IN);
              assertThat(rel.fromKey()).isEqualTo("kim-chol");
              assertThat(rel.toKey()).isEqualTo("a2");
            });
  }

  @Test
  void aPostLinksItsHolderAndItsOrganizationOnce() {
    GraphRows rows = new GraphRows();
    Holds holds =
        new Holds(
            "a1",
            "Ri Su",
            "ri-su",
            "secretary",
            "Anju City Committee",
            List.of(),
            null,
            null,
            null,
            evidence());

    GraphRows.ArticleRows some = rows.of(article("a1", holds, holds));

    assertThat(some.relationships())
        .extracting(GraphRows.RelRow::type)
        .containsExactly(
            GraphRows.Type.HOLDS,
            GraphRows.Type.IN,
            GraphRows.Type.STATED_IN,
            GraphRows.Type.STATED_IN);
    assertThat(some.nodes())
        .extracting(GraphRows.NodeRow::label)
        .containsExactly(
            GraphRows.Label.ARTICLE,
            GraphRows.Label.PERSON,
            GraphRows.Label.POST,
            GraphRows.Label.ORGANIZATION);
  }

  private static List<Fact> article(String id, Fact... facts) {
    ArticleInfo info =
        new ArticleInfo(
            id,
            "Title",
            "2011-01-01",
            "file-name",
            null,
            "KCNA",
            id + ".txt",
            "hash-" + id,
            "0.1.0",
            10);
    List<Fact> all = new java.util.ArrayList<>();
    all.add(info);
    all.addAll(List.of(facts));
    return all;
  }

  private static Evidence evidence() {
    return new Evidence("Kim Chol, secretary, spoke.", 0, 8);
  }
}
