package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultWritersTest {

  private static Map<String, Object> person(String name) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("name", name);
    node.put(PlainValues.LABELS, List.of("Person"));
    return node;
  }

  private static String print(ResultFormat format, List<String> columns, List<List<Object>> rows) {
    StringWriter text = new StringWriter();
    ResultWriter writer = format.writer(new PrintWriter(text));
    writer.start(columns);
    rows.forEach(writer::row);
    writer.end();
    return text.toString();
  }

  private static List<Object> row(Object... values) {
    return new ArrayList<>(Arrays.asList(values));
  }

  @Test
  void jsonPrintsOneObjectPerRowKeyedByColumnInOrder() {
    String json =
        print(
            ResultFormat.JSON,
            List.of("p", "posts", "note"),
            List.of(
                row(person("Kim Tok Hun"), 3L, null),
                row(person("Jo Yong Won"), 1L, "line\nbreak")));

    assertThat(json.split("\n"))
        .containsExactly(
            "{\"p\":{\"name\":\"Kim Tok Hun\",\"_labels\":[\"Person\"]},\"posts\":3,\"note\":null}",
            "{\"p\":{\"name\":\"Jo Yong"
                + " Won\",\"_labels\":[\"Person\"]},\"posts\":1,\"note\":\"line\\n"
                + "break\"}");
  }

  @Test
  void jsonOfAnEmptyResultIsEmpty() {
    assertThat(print(ResultFormat.JSON, List.of("a"), List.of())).isEmpty();
  }

  @Test
  void csvQuotesOnlyWhatNeedsQuotingAndWritesNestedValuesAsJson() {
    String csv =
        print(
            ResultFormat.CSV,
            List.of("name", "role", "n", "tags"),
            List.of(
                row("Ri Il Hwan", "Secretary, Department", 2L, List.of("a")),
                row("Pak \"Jong\" Chon", null, 1.5, true)));

    assertThat(csv)
        .isEqualTo(
            "name,role,n,tags\r\n"
                + "Ri Il Hwan,\"Secretary, Department\",2,\"[\"\"a\"\"]\"\r\n"
                + "\"Pak \"\"Jong\"\" Chon\",,1.5,true\r\n");
  }

  @Test
  void csvQuotesFieldsWithLineBreaks() {
    assertThat(CsvResultWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void tableAlignsColumnsAndCountsRows() {
    String table =
        print(
            ResultFormat.TABLE,
            List.of("name", "articles"),
            List.of(row("Kim Jong Un", 12L), row("Jo Yong Won", null)));

    assertThat(table.split("\n"))
        .containsExactly(
            "name        | articles",
            "------------+---------",
            "Kim Jong Un | 12",
            "Jo Yong Won | null",
            "(2 rows)");
  }

  @Test
  void tableKeepsEachRowOnOneLine() {
    String table = print(ResultFormat.TABLE, List.of("text"), List.of(row("a\nb\tc")));

    assertThat(table.split("\n")).containsExactly("text", "-------", "a\\nb\\tc", "(1 row)");
  }

  @Test
  void tableShowsNodesAsJson() {
    String table = print(ResultFormat.TABLE, List.of("p"), List.of(row(person("Choe Ryong Hae"))));

    assertThat(table).contains("{\"name\":\"Choe Ryong Hae\",\"_labels\":[\"Person\"]}");
  }
}
