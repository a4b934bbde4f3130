package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

  @Test
  void numbersBooleansAndListsParseAsJson() {
    Map<String, Object> params =
        QueryParameters.parse(
            List.of(
                "year=2021",
                "share=0.5",
                "strict=true",
                "ids=[1,2,3]",
                "names=[\"a\",\"b\"]",
                "none=null"));

    assertThat(params)
        .containsEntry("year", 2021L)
        .containsEntry("share", 0.5)
        .containsEntry("strict", true)
        .containsEntry("ids", List.of(1L, 2L, 3L))
        .containsEntry("names", List.of("a", "b"))
        .containsEntry("none", null);
  }

  @Test
  void textThatIsNotJsonStaysAString() {
    Map<String, Object> params =
        QueryParameters.parse(
            List.of("name=Kim Jong Un", "date=2021-04-09", "code=007", "empty=", "expr=1 + 2"));

    assertThat(params)
        .containsEntry("name", "Kim Jong Un")
        .containsEntry("date", "2021-04-09")
        .containsEntry("code", "007")
        .containsEntry("empty", "")
        .containsEntry("expr", "1 + 2");
  }

  @Test
  void quotedJsonStringKeepsDigitsAsText() {
    assertThat(QueryParameters.parse(List.of("code=\"0042\""))).containsEntry("code", "0042");
  }

  @Test
  void onlyTheFirstEqualsSignSeparatesKeyFromValue() {
    assertThat(QueryParameters.parse(List.of("where=a=b"))).containsEntry("where", "a=b");
  }

  @Test
  void assignmentWithoutKeyIsAUsageError() {
    for (String bad : List.of("novalue", "=42", " =x")) {
      assertThatThrownBy(() -> QueryParameters.parse(List.of(bad)))
          .isInstanceOfSatisfying(
              CliException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.USAGE))
          .hasMessageContaining("KEY=VALUE");
    }
  }

  @Test
  void aKeyGivenTwiceIsAUsageError() {
    assertThatThrownBy(() -> QueryParameters.parse(List.of("a=1", "a=2")))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.USAGE))
        .hasMessageContaining("twice");
  }
}
