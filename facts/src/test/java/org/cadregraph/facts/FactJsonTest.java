package org.cadregraph.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactJsonTest {
  private static final Evidence EVIDENCE =
      new Evidence("Jo Ung Mo, secretary of the X, spoke.", 10, 46);

  @Test
  void holdsRoundTripsWithTheFieldNamesTheScorerReads() {
    Holds holds =
        new Holds(
            "a.txt",
            "Jo Ung Mo",
            null,
            "secretary",
            "Nampho City Committee of the WPK",
            List.of("Nampho City Committee", "WPK"),
            PostStatus.CURRENT,
            null,
            null,
            EVIDENCE);

    String json = FactJson.toJson(holds);

    assertThat(json)
        .startsWith("{\"type\":\"holds\",\"article\":\"a.txt\",\"person\":\"Jo Ung Mo\"")
        .contains(
            "\"role\":\"secretary\"",
            "\"organization\":\"Nampho City Committee of the WPK\"",
            "\"status\":\"current\"",
            "\"evidence\":{\"sentence\":")
        .doesNotContain("\n", "person_key");
    assertThat(FactJson.fromJson(json)).isEqualTo(holds);
  }

  @Test
  void nullOrganizationIsWrittenAsNull() {
    Holds holds =
        new Holds(
            "a.txt",
            "Pak Kwang Hyok",
            null,
            "Party cell secretary",
            null,
            null,
            null,
            3,
            null,
            EVIDENCE);

    assertThat(FactJson.toJson(holds)).contains("\"organization\":null", "\"list_index\":3");
  }

  @Test
  void participationKindIsWrittenAsAs() {
    Participation p =
        new Participation(
            "a.txt",
            "6th Conference",
            "Kim Jong Un",
            null,
            ParticipationKind.GUIDED,
            null,
            EVIDENCE);

    String json = FactJson.toJson(p);

    assertThat(json)
        .contains(
            "\"type\":\"participation\"", "\"as\":\"guided\"", "\"event\":\"6th Conference\"");
    assertThat(FactJson.fromJson(json)).isEqualTo(p);
  }

  @Test
  void newlinesAndMetacharactersInValuesStayOnOneLine() {
    Mention m = new Mention("a.txt", "X'}) DETACH DELETE n //\n`$x\"", null, EVIDENCE);

    String json = FactJson.toJson(m);

    assertThat(json).doesNotContain("\n");
    assertThat(FactJson.fromJson(json)).isEqualTo(m);
  }

  @Test
  void holdsWithoutRoleOrOrganizationIsRejected() {
    assertThatThrownBy(
            () -> new Holds("a.txt", "Kim Chol", null, null, " ", null, null, null, null, EVIDENCE))
        .isInstanceOf(FactException.class)
        .hasMessageContaining("Kim Chol");
  }

  @Test
  void badDateIsRejectedNamingTheValue() {
    assertThatThrownBy(
            () ->
                FactJson.fromJson(
                    "{\"type\":\"article\",\"article\":\"a\",\"date\":\"April"
                        + " 9\",\"content_hash\":\"h\",\"extractor_version\":\"1\",\"tokens\":0}"))
        .isInstanceOf(FactException.class)
        .hasMessageContaining("April 9");
  }

  @Test
  void readerGroupsFactsPerArticleAndReportsBadLinesWithTheirNumber() {
    StringWriter buffer = new StringWriter();
    FactWriter writer = new FactWriter(buffer);
    writer.write(new Mention("a", "Kim Chol", null, EVIDENCE));
    writer.write(new Mention("a", "Ri In Chol", null, EVIDENCE));
    writer.write(new Mention("b", "Ho Tong Am", null, EVIDENCE));
    String text =
        buffer
            + "{\"type\":\"nonsense\"}\n"
            + FactJson.toJson(new Mention("a", "late", null, EVIDENCE))
            + "\n";
    List<String> errors = new ArrayList<>();
    List<List<Fact>> groups = new ArrayList<>();

    new FactReader(new BufferedReader(new StringReader(text)), "f.jsonl", errors::add)
        .forEachArticle(groups::add);

    assertThat(groups)
        .extracting(g -> g.get(0).article() + "=" + g.size())
        .containsExactly("a=2", "b=1");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0)).startsWith("f.jsonl:4: ");
    assertThat(errors.get(1)).startsWith("f.jsonl:5: ").contains("'a'");
  }

  @Test
  void listRankRoundTripsAsOneObjectAndIsLeftOutWhenAbsent() {
    ListRank rank = new ListRank(3, 12, ListKind.ACCOMPANYING);
    Participation p =
        new Participation(
            "a.txt",
            "inspection",
            "Choe Ryong Hae",
            null,
            ParticipationKind.ATTENDED,
            rank,
            EVIDENCE);
    Holds h =
        new Holds(
            "a.txt", "Jo Ung Mo", null, "secretary", "X", List.of(), null, null, rank, EVIDENCE);

    String json = FactJson.toJson(p);

    assertThat(json).contains("\"rank\":{\"position\":3,\"size\":12,\"kind\":\"accompanying\"}");
    assertThat(FactJson.fromJson(json)).isEqualTo(p);
    assertThat(FactJson.fromJson(FactJson.toJson(h))).isEqualTo(h);
    assertThat(
            FactJson.toJson(
                new Participation(
                    "a.txt", "x", "Kim Jong Un", null, ParticipationKind.GUIDED, null, EVIDENCE)))
        .doesNotContain("rank");
  }

  @Test
  void aListPlaceOutsideTheListIsRefusedNamingIt() {
    assertThatThrownBy(
            () ->
                FactJson.fromJson(
                    "{\"type\":\"participation\",\"article\":\"a\",\"event\":\"e\","
                        + "\"person\":\"P Q R\",\"as\":\"spoke\","
                        + "\"rank\":{\"position\":13,\"size\":12,\"kind\":\"speakers\"}}"))
        .isInstanceOf(FactException.class)
        .hasMessageContaining("13");
  }
}
