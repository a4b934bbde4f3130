package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.FactReader;
import org.cadregraph.facts.Holds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code export}: fact lines that load back into the same graph, valid Popolo JSON, parseable
 * GraphML.
 */
class ExportCommandTest {
  /** Nodes per label and relationships per type: what "the same graph" is compared by. */
  private static final String SHAPE =
      "CALL () { MATCH (n) WHERE NOT n:LoadLock UNWIND labels(n) AS what RETURN what, count(*) AS n"
          + " UNION ALL MATCH ()-[r]->() RETURN type(r) AS what, count(*) AS n } RETURN what,"
          + " sum(n) AS n ORDER BY what";

  private static final String KEYS =
      "MATCH (n) WHERE n.key IS NOT NULL RETURN labels(n)[0] AS label, n.key AS key"
          + " ORDER BY label, key";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static String db;

  @BeforeAll
  static void load() throws Exception {
    Path facts = FactFixture.write(dir.resolve("facts.jsonl"));
    db = dir.resolve("db").toString();
    CliRun load = CliRun.run("load", facts.toString(), "--db", db, "-q");
    assertThat(load.exit()).as(load.toString()).isZero();
  }

  @Test
  void factLinesLoadBackIntoTheSameGraph() throws Exception {
    Path exported = dir.resolve("export.jsonl");

    CliRun export =
        CliRun.run("export", "--db", db, "--format", "jsonl", "--out", exported.toString());
    String copy = dir.resolve("copy").toString();
    CliRun reload = CliRun.run("load", exported.toString(), "--db", copy, "-q");

    assertThat(export.exit()).as(export.toString()).isZero();
    assertThat(reload.exit()).as(reload.toString()).isZero();
    assertThat(query(copy, SHAPE)).isEqualTo(query(db, SHAPE)).contains("Person");
    assertThat(query(copy, KEYS)).isEqualTo(query(db, KEYS));
    List<Fact> facts = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(exported, StandardCharsets.UTF_8);
        FactReader reader =
            new FactReader(
                in,
                exported.toString(),
                problem -> {
                  throw new AssertionError(problem);
                })) {
      reader.forEachArticle(facts::addAll);
    }
    assertThat(facts)
        .filteredOn(Holds.class::isInstance)
        .map(Holds.class::cast)
        .anySatisfy(
            h -> {
              assertThat(h.person()).isEqualTo("Jo Yong Won");
              assertThat(h.role()).isEqualTo("secretary");
              assertThat(h.organization()).isEqualTo("WPK Central Committee");
              assertThat(h.evidence().sentence()).contains("Jo Yong Won, secretary");
            });
  }

  @Test
  void popoloExportHasPersonsOrganizationsMembershipsWithSourcesAndEventsWithAttendees()
      throws Exception {
    Path exported = dir.resolve("popolo.json");

    CliRun export =
        CliRun.run("export", "--db", db, "--format", "popolo", "--out", exported.toString(), "-q");
    JsonNode popolo = JSON.readTree(exported.toFile());

    assertThat(export.exit()).as(export.toString()).isZero();
    assertThat(export.err()).isEmpty();
    assertThat(texts(popolo.get("persons"), "name"))
        .containsExactlyInAnyOrderElementsOf(FactFixture.PERSONS);
    Map<String, JsonNode> persons = byId(popolo.get("persons"));
    Map<String, JsonNode> organizations = byId(popolo.get("organizations"));
    JsonNode jo =
        popolo.get("memberships").findParents("role").stream()
            .filter(
                m ->
                    "Jo Yong Won"
                        .equals(persons.get(m.get("person_id").asText()).get("name").asText()))
            .findFirst()
            .orElseThrow();
    assertThat(jo.get("role").asText()).isEqualTo("secretary");
    assertThat(organizations.get(jo.get("organization_id").asText()).get("name").asText())
        .isEqualTo("WPK Central Committee");
    assertThat(jo.get("sources"))
        .singleElement()
        .satisfies(
            source ->
                assertThat(source.get("note").asText())
                    .contains("2021-04-09")
                    .contains("Meeting held"));
    assertThat(jo.has("start_date")).as("no text states when the post began").isFalse();
    JsonNode meeting = popolo.get("events").get(0);
    assertThat(meeting.get("start_date").asText()).isEqualTo("2021-04-09");
    assertThat(texts(meeting.get("attendees"), "name"))
        .containsExactlyInAnyOrder("Kim Jong Un", "Jo Yong Won");
  }

  @Test
  void popoloExportIsValidAgainstThePopoloSchemas() throws Exception {
    assumeTrue(
        PopoloSchemas.available(), "no Popolo schemas at " + PopoloSchemas.DIR.toAbsolutePath());
    Path exported = dir.resolve("popolo-valid.json");
    assertThat(
            CliRun.run(
                    "export", "--db", db, "--format", "popolo", "--out", exported.toString(), "-q")
                .exit())
        .isZero();
    JsonNode popolo = JSON.readTree(exported.toFile());
    Map<String, String> types =
        Map.of(
            "persons",
            "person",
            "organizations",
            "organization",
            "memberships",
            "membership",
            "events",
            "event");

    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, String> section : types.entrySet()) {
      JsonSchema schema = PopoloSchemas.schema(section.getValue());
      for (JsonNode item : popolo.get(section.getKey())) {
        for (ValidationMessage message : schema.validate(item)) {
          problems.add(section.getKey() + " " + item.get("id") + ": " + message.getMessage());
        }
        checked++;
      }
    }

    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(FactFixture.PERSONS.size());
  }

  @Test
  void theSchemaCheckCatchesAnInvalidItem() {
    assumeTrue(
        PopoloSchemas.available(), "no Popolo schemas at " + PopoloSchemas.DIR.toAbsolutePath());
    JsonNode badDate =
        JSON.createObjectNode().put("id", "event:x").put("start_date", "9 April 2021");
    JsonNode badSource =
        JSON.createObjectNode()
            .put("id", "person:x")
            .set(
                "sources",
                JSON.createArrayNode().add(JSON.createObjectNode().put("note", "no url")));

    assertThat(PopoloSchemas.schema("event").validate(badDate)).isNotEmpty();
    assertThat(PopoloSchemas.schema("person").validate(badSource))
        .as("link.url is required")
        .isNotEmpty();
  }

  @Test
  void graphMlDeclaresEveryKeyAndHoldsEveryNodeAndRelationship() throws Exception {
    Path exported = dir.resolve("graph.graphml");

    CliRun export =
        CliRun.run("export", "--db", db, "--format", "graphml", "--out", exported.toString(), "-q");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document xml = factory.newDocumentBuilder().parse(exported.toFile());
    String counts =
        query(
            db,
            "MATCH (n) WHERE NOT n:LoadLock WITH count(n) AS nodes MATCH (a)-[r]->(b) WHERE NOT"
                + " a:LoadLock AND NOT b:LoadLock RETURN nodes, count(r) AS edges");

    assertThat(export.exit()).as(export.toString()).isZero();
    assertThat(xml.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://graphml.graphdrawing.org/xmlns");
    Map<String, String> keyTypes = new HashMap<>();
    NodeList keys = xml.getElementsByTagName("key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element key = (Element) keys.item(i);
      keyTypes.put(key.getAttribute("id"), key.getAttribute("attr.type"));
    }
    Set<String> nodeIds = new HashSet<>();
    NodeList nodes = xml.getElementsByTagName("node");
    for (int i = 0; i < nodes.getLength(); i++) {
      nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
    }
    NodeList edges = xml.getElementsByTagName("edge");
    for (int i = 0; i < edges.getLength(); i++) {
      Element edge = (Element) edges.item(i);
      assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
    }
    NodeList data = xml.getElementsByTagName("data");
    for (int i = 0; i < data.getLength(); i++) {
      Element d = (Element) data.item(i);
      String type = keyTypes.get(d.getAttribute("key"));
      assertThat(type).as("key %s is declared", d.getAttribute("key")).isNotNull();
      if (type.equals("long")) {
        Long.parseLong(d.getTextContent());
      }
    }
    assertThat(counts)
        .isEqualTo("{\"nodes\":" + nodes.getLength() + ",\"edges\":" + edges.getLength() + "}\n");
    assertThat(keyTypes).containsEntry("n_articles", "long").containsEntry("label", "string");
    assertThat(exported).content().contains(">Jo Yong Won</data>").contains(">HOLDS</data>");
  }

  @Test
  void exportingAFolderWithoutADatabaseSaysSo() {
    CliRun export =
        CliRun.run("export", "--db", dir.resolve("nothing").toString(), "--format", "popolo");

    assertThat(export.exit()).isEqualTo(3);
    assertThat(export.err()).contains("there is no database in");
    assertThat(dir.resolve("nothing")).doesNotExist();
  }

  private static String query(String db, String cypher) {
    CliRun run = CliRun.run("query", "--db", db, "-q", "--format", "json", cypher);
    assertThat(run.exit()).as(run.toString()).isZero();
    return run.out();
  }

  private static Map<String, JsonNode> byId(JsonNode items) {
    Map<String, JsonNode> byId = new HashMap<>();
    items.forEach(item -> byId.put(item.get("id").asText(), item));
    return byId;
  }

  private static List<String> texts(JsonNode items, String field) {
    List<String> texts = new ArrayList<>();
    items.forEach(item -> texts.add(item.get(field).asText()));
    return texts;
  }
}
