package org.cadregraph.graph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.cadregraph.graph.GraphException;
import org.junit.jupiter.api.Test;

class SavedQueriesTest {
  private final SavedQueries queries = SavedQueries.fromClasspath();

  @Test
  void listsTheQueriesTheIssueAsksFor() {
    assertThat(queries.list())
        .extracting(SavedQuery::name)
        .contains(
            "current-posts",
            "career-timeline",
            "members-of-body",
            "entourage-frequency",
            "not-seen-since",
            "posts-as-of",
            "event-appointments",
            "co-appearance",
            "honoured-cells",
            "persons-in-article",
            "leader-appearances",
            "entourage-change",
            "body-membership",
            "protocol-rank",
            "frequent-companions");
  }

  @Test
  void everyQueryHasADescriptionAndUsesOnlyDeclaredParameters() {
    for (SavedQuery query : queries.list()) {
      assertThat(query.description()).as(query.name()).isNotBlank();
      java.util.Set<String> declared = new java.util.HashSet<>();
      for (QueryParameter p : query.params()) {
        declared.add(p.name());
        if (p.type().equals(SavedQuery.PERSON) || p.type().equals(SavedQuery.ORGANIZATION)) {
          declared.add(p.name() + "Key");
        }
      }
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("\\$(\\w+)").matcher(query.cypher());
      while (m.find()) {
        assertThat(declared).as(query.name() + " uses $" + m.group(1)).contains(m.group(1));
      }
    }
  }

  @Test
  void queryForBrowserRunsAsPastedWithOnlyItsOwnParameters() {
    SavedQuery query = queries.get("person-graph");

    // Browser computes no $<name>Key, knows no header defaults (each parameter is set with
    // :param) and splits pasted text into statements at semicolons.
    assertThat(query.params())
        .extracting(QueryParameter::type)
        .doesNotContain(SavedQuery.PERSON, SavedQuery.ORGANIZATION);
    assertThat(query.params()).allSatisfy(p -> assertThat(p.required()).as(p.name()).isTrue());
    assertThat(query.cypher()).doesNotContain(";").contains("$name").doesNotContain("$nameKey");
  }

  @Test
  void headerGivesParametersWithTypesAndDefaults() {
    SavedQuery query = queries.get("entourage-frequency");

    assertThat(query.params())
        .extracting(QueryParameter::signature)
        .containsExactly(
            "leader: Person = \"Kim Jong Un\"",
            "from: Date = \"0000\"",
            "to: Date = \"9999\"",
            "limit: Integer = 25");
    assertThat(query.parameters(Map.of("from", "2021")))
        .containsEntry("from", "2021")
        .containsEntry("to", "9999")
        .containsEntry("limit", 25L)
        .containsEntry("leaderKey", "kim jong un");
  }

  @Test
  void aYearGivenAsANumberReachesADateParameterAsText() {
    assertThat(queries.get("entourage-frequency").parameters(Map.of("from", 2024L, "to", 2024L)))
        .containsEntry("from", "2024")
        .containsEntry("to", "2024");
  }

  @Test
  void personParameterAlsoGivesItsNameKey() {
    assertThat(queries.get("current-posts").parameters(Map.of("name", "Cho Yong-won")))
        .containsEntry("name", "Cho Yong-won")
        .containsEntry("nameKey", "jo yong won");
  }

  @Test
  void missingRequiredOrUnknownParameterIsAClearError() {
    SavedQuery query = queries.get("current-posts");
    assertThatThrownBy(() -> query.parameters(Map.of()))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("needs parameter 'name'");
    assertThatThrownBy(() -> query.parameters(Map.of("name", "x", "nmae", "y")))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("no parameter 'nmae'")
        .hasMessageContaining("name");
  }

  @Test
  void unknownNameListsTheValidOnes() {
    assertThatThrownBy(() -> queries.get("current-post"))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("no saved query named 'current-post'")
        .hasMessageContaining("current-posts")
        .hasMessageContaining("honoured-cells");
  }

  @Test
  void parsesAHeaderAndDropsTheTrailingSemicolon() {
    SavedQuery query =
        SavedQueries.parse(
            "x",
            """
            // Counts things.
            // Over two lines.
            // @param n: Integer = 3 -- how many
            // @param who: String -- whose
            MATCH (n) RETURN count(n) LIMIT $n;
            """);

    assertThat(query.description()).isEqualTo("Counts things. Over two lines.");
    assertThat(query.params())
        .extracting(QueryParameter::name, QueryParameter::required)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("n", false),
            org.assertj.core.groups.Tuple.tuple("who", true));
    assertThat(query.cypher()).endsWith("LIMIT $n");
  }

  @Test
  void badParameterLineIsReported() {
    assertThatThrownBy(() -> SavedQueries.parse("x", "// Does.\n// @param broken\nRETURN 1"))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("bad parameter line");
  }
}
