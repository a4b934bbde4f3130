package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cadregraph.facts.EventKind;
import org.cadregraph.facts.ListKind;
import org.cadregraph.facts.ListRank;
import org.cadregraph.facts.ParticipationKind;
import org.cadregraph.facts.PostStatus;
import org.cadregraph.graph.query.SavedQueries;
import org.cadregraph.graph.query.SavedQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;

/**
 * Each saved query, run as the command line runs it, returns the expected rows on a small fixture
 * loaded once per class. Written once and run against each {@link Neo4jUnderTest}: {@link
 * InProcessSavedQueriesTest} everywhere, {@link ContainerSavedQueriesTest} where a Docker engine
 * runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SavedQueriesSuite {
  private static final String PB = "Political Bureau of the WPK Central Committee";
  private static final String INSPECTION = "inspection of the Kangdong Farm";
  private static final String CONGRESS = "8th Congress of the WPK";
  private static final String CONFERENCE = "6th Conference of Cell Secretaries of the WPK";
  private static final String CELL_UNIT = "technical section of the Chollima Tile Factory";

  // The one instance per class is made before Testcontainers starts the class's container, so the
  // driver is asked for only when the fixture loads and the tests run.
  private final Neo4jUnderTest neo4j;
  private final SavedQueries queries = SavedQueries.fromClasspath();

  SavedQueriesSuite(Neo4jUnderTest neo4j) {
    this.neo4j = neo4j;
  }

  @BeforeAll
  void loadFixture() {
    neo4j.empty();
    LoadSession session = new GraphLoader(neo4j.driver(), LoaderConfig.defaults()).begin();
    for (Facts article :
        List.of(
            Facts.article("2018a.txt", "2018-02-01")
                .holds("Kim Yong Chol", "vice-chairman", "WPK Central Committee"),
            Facts.article("2018b.txt", "2018-03-01")
                .holds("Kim Yong Chol", "director", "United Front Department"),
            Facts.article("a1.txt", "2019-06-01")
                .event(INSPECTION, EventKind.INSPECTION, "2019-05-31", "Kim Jong Un")
                .took("Kim Jong Un", INSPECTION, ParticipationKind.GUIDED)
                .took("Jo Yong Won", INSPECTION, ParticipationKind.ATTENDED, accompanying(1))
                .took("Choe Ryong Hae", INSPECTION, ParticipationKind.ATTENDED, accompanying(2))
                .holds("Jo Yong Won", "first vice department director", "WPK Central Committee")
                .holds(
                    "Choe Ryong Hae",
                    "member of the Presidium",
                    PB,
                    "Political Bureau",
                    "WPK Central Committee"),
            Facts.article("a2.txt", "2021-01-11")
                .event(CONGRESS, EventKind.CONGRESS, "2021-01-10", "Kim Jong Un")
                .took("Jo Yong Won", CONGRESS, ParticipationKind.APPOINTED)
                .took("Ri Pyong Chol", CONGRESS, ParticipationKind.DISMISSED)
                .holds(
                    "Jo Yong Won",
                    null,
                    "member of the Presidium",
                    PB,
                    PostStatus.APPOINTED,
                    null,
                    "Political Bureau",
                    "WPK Central Committee")
                .holds(
                    "Ri Pyong Chol",
                    null,
                    "member of the Presidium",
                    PB,
                    PostStatus.DISMISSED,
                    null,
                    "Political Bureau",
                    "WPK Central Committee"),
            Facts.article("a3.txt", "2021-04-09")
                .event(CONFERENCE, EventKind.CONFERENCE, "2021-04-08", "Kim Jong Un")
                .took("Cho Yong-won", CONFERENCE, ParticipationKind.ATTENDED)
                .holds(
                    "Pak Ju Song",
                    "Party cell secretary",
                    CELL_UNIT,
                    "technical section",
                    "Chollima Tile Factory")
                .took("Pak Ju Song", CONFERENCE, ParticipationKind.AWARDED)
                .cell(CELL_UNIT, "title of loyal cell", CONFERENCE),
            Facts.article("a4.txt", "2021-04-10")
                .event(CONFERENCE, EventKind.CONFERENCE, "2021-04-08", "Kim Jong Un")
                .took("Jo Yong Won", CONFERENCE, ParticipationKind.ATTENDED, accompanying(2))
                .took("Choe Ryong Hae", CONFERENCE, ParticipationKind.ATTENDED, accompanying(1)),
            Facts.article("a5.txt", "2021-05-01")
                .holds(
                    "Ri Yong Chol",
                    "Party cell secretary",
                    "third work-team of the Sunghwa Farm",
                    "third work-team",
                    "Sunghwa Farm"),
            Facts.article("a6.txt", "2021-05-02").holds("Ri Yong Chol", "Marshal", "KPA"),
            Facts.article("a8.txt", "2022-01-02")
                .holds("Ri Yong Ho", "chief", "KPA General Staff", "General Staff", "KPA"),
            Facts.article("a9.txt", "2022-01-03")
                .holds("Ri Yong Ho", "vice-minister", "Foreign Affairs"),
            Facts.article("a10.txt", "2022-01-04")
                .holds("O Su Yong", "general", "KPA")
                .holds("O Su Yong", "vice-minister", "Foreign Affairs"),
            Facts.article("a11.txt", "2022-01-05").holds("Ri Yong Ho", "vice marshal", "KPA"),
            Facts.article("a12.txt", "2022-01-06")
                .holds("Ri Yong Ho", "vice foreign minister", "DPRK"),
            Facts.article("a13.txt", "2022-01-07").holds("Kim Yong Chun", "marshal", "KPA"),
            Facts.article("a14.txt", "2022-01-08").holds("Kim Yong Chun", "ambassador", null))) {
      session.accept(article.facts());
    }
    session.finish();
  }

  private List<Map<String, Object>> run(String name, Map<String, Object> given) {
    SavedQuery query = queries.get(name);
    try (Session session = neo4j.driver().session()) {
      return session.executeRead(
          tx -> tx.run(query.cypher(), query.parameters(given)).list(r -> r.asMap()));
    }
  }

  @Test
  void currentPostsOfAPersonInAnySpelling() {
    assertThat(run("current-posts", Map.of("name", "Cho Yong-won")))
        .extracting(
            r -> r.get("role"),
            r -> r.get("organization"),
            r -> r.get("status"),
            r -> r.get("last_seen"))
        .containsExactly(
            tuple("member of the Presidium", PB, "appointed", "2021-01-11"),
            tuple(
                "first vice department director",
                "WPK Central Committee",
                "current",
                "2019-06-01"));
    assertThat(run("current-posts", Map.of("name", "Ri Pyong Chol"))).isEmpty();
  }

  @Test
  void careerTimelineInTheOrderFirstReported() {
    assertThat(run("career-timeline", Map.of("name", "Jo Yong Won")))
        .extracting(r -> r.get("date"), r -> r.get("what"), r -> r.get("how"))
        .containsExactly(
            tuple("2019-05-31", "event", "attended"),
            tuple("2019-06-01", "post", "current"),
            tuple("2021-01-10", "event", "appointed"),
            tuple("2021-01-11", "post", "appointed"),
            tuple("2021-04-08", "event", "attended"));
  }

  @Test
  void membersOfABodyWhateverItsSpelling() {
    assertThat(
            run(
                "members-of-body",
                Map.of(
                    "body",
                    "Political Bureau of the Central Committee of the Workers' Party of Korea")))
        .extracting(r -> r.get("body"), r -> r.get("person"), r -> r.get("status"))
        .containsExactly(
            tuple(PB, "Jo Yong Won", "appointed"),
            tuple(PB, "Ri Pyong Chol", "dismissed"),
            tuple(PB, "Choe Ryong Hae", "current"));
    assertThat(run("members-of-body", Map.of("body", "WPK Central Committee", "subunits", true)))
        .extracting(r -> r.get("person"))
        .contains("Kim Yong Chol", "Jo Yong Won", "Choe Ryong Hae", "Ri Pyong Chol");
  }

  @Test
  void entourageFrequencyCountsEventsNotArticles() {
    assertThat(run("entourage-frequency", Map.of("from", "2019", "to", "2021")))
        .extracting(r -> r.get("person"), r -> r.get("events"))
        .containsExactly(
            tuple("Jo Yong Won", 3L),
            tuple("Choe Ryong Hae", 2L),
            tuple("Pak Ju Song", 1L),
            tuple("Ri Pyong Chol", 1L));
    assertThat(run("entourage-frequency", Map.of("from", "2019-05", "to", "2020")))
        .extracting(r -> r.get("person"), r -> r.get("events"))
        .containsExactly(tuple("Choe Ryong Hae", 1L), tuple("Jo Yong Won", 1L));
  }

  @Test
  void leaderAppearancesPerMonthCountEventsNotArticles() {
    assertThat(run("leader-appearances", Map.of("from", "2019", "to", "2021")))
        .extracting(r -> r.get("month"), r -> r.get("appearances"))
        .containsExactly(tuple("2019-05", 1L), tuple("2021-01", 1L), tuple("2021-04", 1L));
    assertThat(run("leader-appearances", Map.of("from", "2021-02", "to", "2021-03"))).isEmpty();
  }

  @Test
  void entourageChangeAgainstThePeriodOfEqualLengthBefore() {
    // 2021-02..2021-12 against 2020-03..2021-01: the conference now, the congress before.
    assertThat(run("entourage-change", Map.of("from", "2021-02", "to", "2021-12")))
        .extracting(
            r -> r.get("person"),
            r -> r.get("change"),
            r -> r.get("events"),
            r -> r.get("events_before"),
            r -> r.get("before_from"),
            r -> r.get("before_to"))
        .containsExactly(
            tuple("Choe Ryong Hae", "appeared", 1L, 0L, "2020-03", "2021-01-31"),
            tuple("Pak Ju Song", "appeared", 1L, 0L, "2020-03", "2021-01-31"),
            tuple("Ri Pyong Chol", "vanished", 0L, 1L, "2020-03", "2021-01-31"));
    // Two whole years against the two before: whoever was seen in both periods is no change.
    assertThat(run("entourage-change", Map.of("from", "2020", "to", "2021")))
        .extracting(r -> r.get("person"), r -> r.get("change"), r -> r.get("before_from"))
        .containsExactly(
            tuple("Pak Ju Song", "appeared", "2018"), tuple("Ri Pyong Chol", "appeared", "2018"));
  }

  @Test
  void bodyMembershipListsEachPersonByReport() {
    assertThat(run("body-membership", Map.of("body", PB)))
        .extracting(
            r -> r.get("person"), r -> r.get("date"), r -> r.get("status"), r -> r.get("rank"))
        .containsExactly(
            tuple("Choe Ryong Hae", "2019-06-01", "current", null),
            tuple("Jo Yong Won", "2021-01-11", "appointed", null),
            tuple("Ri Pyong Chol", "2021-01-11", "dismissed", null));
  }

  @Test
  void frequentCompanionsCountSharedEvents() {
    assertThat(run("frequent-companions", Map.of("name", "Choe Ryong Hae")))
        .extracting(r -> r.get("person"), r -> r.get("events"))
        .containsExactly(
            tuple("Jo Yong Won", 2L), tuple("Kim Jong Un", 1L), tuple("Pak Ju Song", 1L));
  }

  /** A place in a list of two officials accompanying the leader. */
  private static ListRank accompanying(int position) {
    return new ListRank(position, 2, ListKind.ACCOMPANYING);
  }

  @Test
  void protocolRankIsEmptyForAPersonNeverListedInOrder() {
    assertThat(run("protocol-rank", Map.of("name", "Kim Yong Chol"))).isEmpty();
  }

  @Test
  void protocolRankGivesOneRowPerReportFromTheLoadedListOrder() {
    assertThat(run("protocol-rank", Map.of("name", "Choe Ryong-hae")))
        .extracting(
            r -> r.get("article"),
            r -> r.get("event"),
            r -> r.get("position"),
            r -> r.get("list_size"),
            r -> r.get("list_kind"))
        .containsExactly(
            tuple("a1.txt", INSPECTION, 2L, 2L, "accompanying"),
            tuple("a4.txt", CONFERENCE, 1L, 2L, "accompanying"));
  }

  @Test
  void protocolRankPrefersTheEventsListToAPostsList() {
    SavedQuery query = queries.get("protocol-rank");
    try (Session session = neo4j.driver().session();
        Transaction tx = session.beginTransaction()) {
      // a post of the same report in a committee list; rolled back, so the fixture stays as loaded
      tx.run(
          """
          MATCH (:Person {name: 'Choe Ryong Hae'})-[:HOLDS]->(:Post)-[s:STATED_IN]->()
          SET s.list_position = 1, s.list_size = 5, s.list_kind = 'committee'
          """);
      List<Map<String, Object>> rows =
          tx.run(query.cypher(), query.parameters(Map.of("name", "Choe Ryong Hae")))
              .list(r -> r.asMap());
      assertThat(rows)
          .extracting(r -> r.get("article"), r -> r.get("position"), r -> r.get("list_kind"))
          .containsExactly(
              tuple("a1.txt", 2L, "accompanying"), tuple("a4.txt", 1L, "accompanying"));
      tx.rollback();
    }
  }

  @Test
  void rankMoversCompareRelativePlacesInListsOfOneKindBetweenTwoPeriods() {
    assertThat(
            run(
                "rank-movers",
                Map.of("from1", 2019, "to1", 2019, "from2", "2021-01", "to2", "2021-12")))
        .extracting(
            r -> r.get("person"),
            r -> r.get("list_kind"),
            r -> r.get("place1"),
            r -> r.get("place2"),
            r -> r.get("change"))
        .containsExactly(
            tuple("Choe Ryong Hae", "accompanying", 1.0, 0.5, 0.5),
            tuple("Jo Yong Won", "accompanying", 0.5, 1.0, -0.5));
  }

  @Test
  void rankMoversLeaveOutThoseListedInOnePeriodOnly() {
    assertThat(run("rank-movers", Map.of("from1", 2018, "to1", 2018, "from2", 2021, "to2", 2021)))
        .isEmpty();
  }

  @Test
  void notSeenSinceADate() {
    assertThat(run("not-seen-since", Map.of("since", "2020")))
        .extracting(r -> r.get("person"), r -> r.get("last_seen"), r -> r.get("last_post"))
        .containsExactly(
            tuple("Kim Yong Chol", "2018-03-01", "director of United Front Department"));
  }

  @Test
  void postsAsOfADateWithTheirLastReportUpToIt() {
    assertThat(run("posts-as-of", Map.of("date", "2019-12")))
        .extracting(r -> r.get("person"), r -> r.get("role"), r -> r.get("last_seen"))
        .containsExactly(
            tuple("Choe Ryong Hae", "member of the Presidium", "2019-06-01"),
            tuple("Jo Yong Won", "first vice department director", "2019-06-01"),
            tuple("Kim Yong Chol", "vice-chairman", "2018-02-01"),
            tuple("Kim Yong Chol", "director", "2018-03-01"));
    assertThat(run("posts-as-of", Map.of("date", "2021", "name", "jo yong-won"))).hasSize(2);
  }

  @Test
  void appointmentsAndDismissalsAtAnEvent() {
    assertThat(run("event-appointments", Map.of("event", "congress")))
        .extracting(r -> r.get("as"), r -> r.get("person"), r -> r.get("posts"))
        .containsExactly(
            tuple("appointed", "Jo Yong Won", List.of("member of the Presidium of " + PB)),
            tuple("dismissed", "Ri Pyong Chol", List.of("member of the Presidium of " + PB)));
  }

  @Test
  void coAppearanceOfTwoCadres() {
    assertThat(run("co-appearance", Map.of("a", "Jo Yong Won", "b", "Choi Ryong-hae")))
        .extracting(r -> r.get("event"), r -> r.get("date"), r -> r.get("led_by"))
        .containsExactly(
            tuple(INSPECTION, "2019-05-31", "Kim Jong Un"),
            tuple(CONFERENCE, "2021-04-08", "Kim Jong Un"));
  }

  @Test
  void honouredCellsWithUnitEventAndSecretaries() {
    assertThat(run("honoured-cells", Map.of()))
        .extracting(
            r -> r.get("unit"),
            r -> r.get("honour"),
            r -> r.get("event"),
            r -> r.get("secretaries"))
        .containsExactly(
            tuple(
                CELL_UNIT,
                "title of loyal cell",
                CONFERENCE,
                List.of("Pak Ju Song (2021-04-09 .. 2021-04-09)")));
    assertThat(run("honoured-cells", Map.of("since", "2022"))).isEmpty();
  }

  @Test
  void personsNamedInAnArticle() {
    assertThat(run("persons-in-article", Map.of("article", "a4.txt")))
        .extracting(r -> r.get("person"))
        .containsExactlyInAnyOrder("Kim Jong Un", "Jo Yong Won", "Choe Ryong Hae");
  }

  @Test
  void personsSharingANameAreListedForHandChecking() {
    assertThat(run("same-name-persons", Map.of()))
        .extracting(r -> r.get("person_key"), r -> r.get("why"))
        .containsExactly(
            tuple(
                "kim yong chun",
                "review: army in 1 report(s), foreign service in 1: too few to split"),
            tuple(
                "o su yong", "review: 1 report(s) give one person army and foreign service posts"),
            tuple("ri yong chol", "kept: the plain name key"),
            tuple(
                "ri yong chol @ sunghwa farm",
                "split: known only at the Party base (sunghwa farm)"),
            tuple("ri yong ho", "kept: the plain name key"),
            tuple(
                "ri yong ho @ foreign service",
                "split: army and foreign service careers never touch (army 2 report(s), foreign"
                    + " service 2)"));
  }

  @Test
  void identityMeasuresCountNodesPerKeyBodyAndSameNamePersons() {
    List<Map<String, Object>> rows = run("identity-measures", Map.of());
    assertThat(rows)
        .filteredOn(r -> r.get("measure").equals("key body nodes"))
        .extracting(r -> r.get("item"), r -> r.get("value"))
        .contains(
            tuple("Political Bureau of the WPK CC", 1L),
            tuple("WPK Central Committee", 1L),
            tuple("General Staff of the KPA", 1L),
            tuple("Cabinet", 0L));
    assertThat(rows)
        .filteredOn(r -> r.get("measure").equals("foreign persons in home key bodies"))
        .extracting(r -> r.get("value"))
        .containsExactly(0L);
    assertThat(rows)
        .filteredOn(r -> r.get("measure").equals("same-name persons split / flagged"))
        .extracting(r -> r.get("item"))
        .containsExactly("2 split (1 by career), 2 flagged");
    assertThat(rows)
        .filteredOn(r -> r.get("measure").equals("ri yong ho nodes"))
        .extracting(r -> r.get("item"))
        .containsExactlyInAnyOrder("ri yong ho", "ri yong ho @ foreign service");
  }

  @Test
  void personGraphGivesEachPostWithItsUnitAndTheBodiesAboveAsPaths() {
    assertThat(run("person-graph", Map.of("name", "yong-won")))
        .extracting(r -> captions(r.get("held")), r -> captions(r.get("above")))
        .containsExactlyInAnyOrder(
            tuple(
                List.of("Jo Yong Won", "first vice department director", "WPK Central Committee"),
                null),
            tuple(
                List.of("Jo Yong Won", "member of the Presidium", "Political Bureau"),
                List.of("Political Bureau", "WPK Central Committee")));
    assertThat(run("person-graph", Map.of("name", "PAK JU")))
        .extracting(r -> captions(r.get("held")), r -> captions(r.get("above")))
        .containsExactly(
            tuple(
                List.of("Pak Ju Song", "Party cell secretary", "Party cell of " + CELL_UNIT),
                List.of(
                    "Party cell of " + CELL_UNIT, "technical section", "Chollima Tile Factory")));
    // A leader the fixture names only at events holds no post: nothing to draw.
    assertThat(run("person-graph", Map.of("name", "Kim Jong Un"))).isEmpty();
  }

  /**
   * The nodes of a path as the project's Browser style captions them (a post by its role, the
   * others by name); null for no path.
   */
  private static List<String> captions(Object path) {
    if (path == null) {
      return null;
    }
    List<String> captions = new ArrayList<>();
    for (Node node : ((Path) path).nodes()) {
      captions.add(node.get(node.hasLabel("Post") ? "role" : "name").asString());
    }
    return captions;
  }
}
