package org.cadregraph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactEvaluatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final FactEvaluator evaluator = new FactEvaluator();

  @TempDir Path dir;

  private List<FactEvaluator.GoldArticle> gold(String json) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Kim Jong Un and Ri Il Hwan met Pak Pong Ju.");
    Files.writeString(dir.resolve("a.gold.json"), json);
    return evaluator.loadGold(dir);
  }

  private static List<JsonNode> rows(String... lines) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : lines) {
      out.add(JSON.readTree(l));
    }
    return out;
  }

  @Test
  void personKeyIgnoresCaseHyphensAndSpacingOfTheGivenName() {
    assertThat(FactEvaluator.personKey("Kim Jong-un"))
        .isEqualTo(FactEvaluator.personKey("KIM Jong Un"))
        .isEqualTo("kim jongun");
  }

  @Test
  void lenientRoleNeedsTheSameHeadAndASubsetOfWords() {
    assertThat(FactEvaluator.roleMatch("secretary", "party cell secretary", true)).isTrue();
    assertThat(FactEvaluator.roleMatch("secretary", "party cell secretary", false)).isFalse();
    assertThat(FactEvaluator.roleMatch("member", "member of the political bureau", true)).isFalse();
  }

  @Test
  void lenientOrganizationAcceptsOverlapOrALongerChain() {
    assertThat(
            FactEvaluator.orgMatch(
                "workshop no. 3 of the taesong station",
                "workshop no. 3 of the taesong station under the ministry",
                true))
        .isTrue();
    assertThat(FactEvaluator.orgMatch("sunghwa farm", "sunghwa farm in unsan county", true))
        .isFalse();
  }

  @Test
  void samePostSplitDifferentlyMatchesLenientlyOnly() throws Exception {
    List<FactEvaluator.GoldArticle> g =
        gold(
            "{\"article\":\"a.txt\",\"holds\":[{\"person\":\"Ri Il Hwan\",\"role\":\"member of the"
                + " Political Bureau\",\"organization\":[\"C.C., the WPK\",\"WPK Central"
                + " Committee\"]}]}");
    EvaluationReport r =
        evaluator.evaluate(
            g,
            rows(
                "{\"article\":\"a.txt\",\"type\":\"holds\",\"person\":\"Ri Il"
                    + " Hwan\",\"role\":\"member\",\"organization\":\"Political Bureau of the C.C.,"
                    + " the WPK\"}"));
    assertThat(r.measure("holds_strict").tp()).isZero();
    assertThat(r.measure("holds_lenient").tp()).isEqualTo(1);
    assertThat(r.measure("holds_lenient").f1()).isEqualTo(1.0);
  }

  @Test
  void unannotatedPersonNamedInTheTextIsNotCountedAgainstPrecision() throws Exception {
    List<FactEvaluator.GoldArticle> g =
        gold(
            "{\"article\":\"a.txt\",\"holds\":[{\"person\":\"Kim Jong"
                + " Un\",\"role\":\"chairman\",\"organization\":null}]}");
    EvaluationReport r =
        evaluator.evaluate(
            g,
            rows(
                "{\"article\":\"a.txt\",\"type\":\"mention\",\"person\":\"Kim Jong Un\"}",
                "{\"article\":\"a.txt\",\"type\":\"mention\",\"person\":\"Pak Pong Ju\"}",
                "{\"article\":\"a.txt\",\"type\":\"mention\",\"person\":\"Pak Pong\"}"));
    Measure persons = r.measure("persons");
    assertThat(persons.tp()).isEqualTo(1);
    assertThat(persons.system()).isEqualTo(1);
  }

  @Test
  void participationAlignsEventsByTheirSharedPersons() throws Exception {
    List<FactEvaluator.GoldArticle> g =
        gold(
            "{\"article\":\"a.txt\",\"events\":[{\"name\":\"inspection of the"
                + " mine\",\"participants\":[{\"person\":\"Kim Jong"
                + " Un\",\"as\":\"guided\"},{\"person\":\"Ri Il Hwan\",\"as\":\"attended\"}]}]}");
    EvaluationReport r =
        evaluator.evaluate(
            g,
            rows(
                "{\"article\":\"a.txt\",\"type\":\"participation\",\"event\":\"visit\",\"person\":\"Kim"
                    + " Jong Un\",\"as\":\"guided\"}",
                "{\"article\":\"a.txt\",\"type\":\"participation\",\"event\":\"visit\",\"person\":\"Ri"
                    + " Il Hwan\",\"as\":\"spoke\"}"));
    assertThat(r.measure("participation").tp()).isEqualTo(1);
    assertThat(r.measure("participation").system()).isEqualTo(2);
    assertThat(r.measure("participation").gold()).isEqualTo(2);
  }

  @Test
  void reportPrintsTheScorersLines() {
    EvaluationReport r =
        new EvaluationReport(2, List.of(new Measure("persons", 3, 4, 5)), List.of("  missed   x"));
    assertThat(r.format(5))
        .isEqualTo(
            "articles scored: 2\n"
                + "persons         P=0.750 R=0.600 F1=0.667  (tp=3 system=4 gold=5)\n"
                + "  missed   x\n");
  }
}
