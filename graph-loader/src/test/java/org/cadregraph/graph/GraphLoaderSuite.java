package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.cadregraph.facts.EventKind;
import org.cadregraph.facts.ListKind;
import org.cadregraph.facts.ListRank;
import org.cadregraph.facts.ParticipationKind;
import org.cadregraph.facts.PostStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Loading, re-loading, replacing and pruning articles on a real Neo4j, written once and run against
 * each {@link Neo4jUnderTest}: {@link InProcessGraphLoaderTest} everywhere, {@link
 * ContainerGraphLoaderTest} where a Docker engine runs. Each test starts from an empty graph.
 */
abstract class GraphLoaderSuite {
  static final String CONFERENCE = "6th Conference of Cell Secretaries of the WPK";

  private final Neo4jUnderTest neo4j;
  private final Driver driver;

  /** Test instances are made per test, after the server has started. */
  GraphLoaderSuite(Neo4jUnderTest neo4j) {
    this.neo4j = neo4j;
    this.driver = neo4j.driver();
  }

  @BeforeEach
  void emptyDatabase() {
    neo4j.empty();
  }

  static Facts conference(String id, String date) {
    return Facts.article(id, date)
        .event(CONFERENCE, EventKind.CONFERENCE, "2021-04-08", "Kim Jong Un")
        .holds("Kim Jong Un", "general secretary", "WPK")
        .holds(
            "Jo Ung Mo",
            "secretary",
            "Nampho City Committee of the WPK",
            "Nampho City Committee",
            "WPK")
        .holds(
            "Ho Tong Am",
            "Party cell secretary",
            "second work-team of the Workshop No. 3 of the Taesong External Constructor Training"
                + " Station",
            "second work-team",
            "Workshop No. 3",
            "Taesong External Constructor Training Station")
        .took("Kim Jong Un", CONFERENCE, ParticipationKind.GUIDED)
        .took("Jo Ung Mo", CONFERENCE, ParticipationKind.SPOKE)
        .took("Ho Tong Am", CONFERENCE, ParticipationKind.SPOKE);
  }

  private LoadReport load(LoaderConfig config, Facts... articles) {
    LoadSession session = new GraphLoader(driver, config).begin();
    for (Facts article : articles) {
      session.accept(article.facts());
    }
    return session.finish();
  }

  private LoadReport load(Facts... articles) {
    return load(LoaderConfig.defaults(), articles);
  }

  private List<Map<String, Object>> posts() {
    return GraphDump.rows(
        driver,
        """
        MATCH (p:Person)-[:HOLDS]->(post:Post)
        OPTIONAL MATCH (post)-[:IN]->(o)
        RETURN p.name AS person, post.role AS role, coalesce(o.full_name, o.name) AS organization,
               post.first_seen AS first, post.last_seen AS last
        ORDER BY person, role\
        """,
        Map.of());
  }

  @Test
  void schemaRecreatesWhatIsMissingAndCanBeAppliedAgain() {
    GraphLoader loader = new GraphLoader(driver, LoaderConfig.defaults());
    loader.applySchema();
    try (org.neo4j.driver.Session session = driver.session()) {
      session.run("DROP CONSTRAINT post_key").consume();
    }
    loader.applySchema();
    loader.applySchema();

    assertThat(GraphDump.rows(driver, "SHOW CONSTRAINTS YIELD name RETURN name", Map.of()))
        .extracting(r -> r.get("name"))
        .contains(
            "article_id",
            "person_key",
            "organization_key",
            "post_key",
            "event_key",
            "load_lock_name");
    assertThat(GraphDump.rows(driver, "SHOW INDEXES YIELD name RETURN name", Map.of()))
        .extracting(r -> r.get("name"))
        .contains("person_name_key", "event_date", "names");
  }

  @Test
  void loadedArticleTellsWhoHoldsWhat() {
    LoadReport report = load(conference("seed.txt", "2021-04-09"));

    assertThat(posts())
        .extracting(r -> r.get("person"), r -> r.get("role"), r -> r.get("organization"))
        .containsExactly(
            tuple(
                "Ho Tong Am",
                "Party cell secretary",
                "Party cell of second work-team of the Workshop No. 3 of the Taesong External"
                    + " Constructor Training Station"),
            tuple("Jo Ung Mo", "secretary", "Nampho City Committee of the WPK"),
            tuple("Kim Jong Un", "general secretary", "WPK"));
    assertThat(report.articles()).isEqualTo(1);
    assertThat(report.written()).isEqualTo(1);
    assertThat(report.facts()).isEqualTo(8);
    assertThat(report.nodesCreated()).isPositive();
    assertThat(report.relationshipsCreated()).isPositive();
    assertThat(report.nodesDeleted()).isZero();
  }

  @Test
  void organizationsAreIdentifiedByTheirFullPathAndJoinedByPartOf() {
    load(conference("seed.txt", "2021-04-09"));

    List<Map<String, Object>> chain =
        GraphDump.rows(
            driver,
            """
            MATCH path = (o:Organization {name: 'second work-team'})-[:PART_OF*]->(top)
            WHERE NOT (top)-[:PART_OF]->()
            RETURN [n IN nodes(path) | n.name] AS names\
            """,
            Map.of());
    assertThat(chain)
        .singleElement()
        .extracting(r -> r.get("names"))
        .isEqualTo(
            List.of(
                "second work-team",
                "Workshop No. 3",
                "Taesong External Constructor Training Station"));
    // "Nampho City Committee of the WPK" as a phrase and as a path is one node, part of the
    // Workers' Party.
    assertThat(
            GraphDump.count(
                driver,
                """
                MATCH (:Organization {key: "nampho city committee of workers' party of korea"})
                      -[:PART_OF]->(:Organization {key: "workers' party of korea"})
                RETURN count(*)\
                """))
        .isEqualTo(1);
  }

  @Test
  void eachReportsListPlaceIsOnItsStatementOfTheSharedNode() {
    String event = "6th Conference of Cell Secretaries of the WPK";
    Facts first =
        Facts.article("a.txt", "2021-04-09")
            .event(event, EventKind.CONFERENCE, "2021-04-08", "Kim Jong Un")
            .took(
                "Jo Ung Mo", event, ParticipationKind.SPOKE, new ListRank(2, 9, ListKind.SPEAKERS))
            .holds(
                "Jo Ung Mo",
                null,
                "secretary",
                "Nampho City Committee of the WPK",
                PostStatus.CURRENT,
                null,
                new ListRank(2, 9, ListKind.SPEAKERS));
    Facts second =
        Facts.article("b.txt", "2021-04-10")
            .event(event, EventKind.CONFERENCE, "2021-04-08", "Kim Jong Un")
            .took(
                "Jo Ung Mo", event, ParticipationKind.SPOKE, new ListRank(5, 7, ListKind.SPEAKERS))
            .holds("Jo Ung Mo", "secretary", "Nampho City Committee of the WPK");
    load(first, second);

    String ranks =
        """
        MATCH (x)-[s:STATED_IN]->(a:Article) WHERE x:Participation OR x:Post
        RETURN labels(x)[0] AS label, a.id AS article, s.list_position AS position,
               s.list_size AS size, s.list_kind AS kind ORDER BY label, article
        """;
    try (Session session = driver.session()) {
      assertThat(session.run(ranks).list(r -> r.asMap()))
          .extracting(
              r -> r.get("label"),
              r -> r.get("article"),
              r -> r.get("position"),
              r -> r.get("size"),
              r -> r.get("kind"))
          .containsExactly(
              tuple("Participation", "a.txt", 2L, 9L, "speakers"),
              tuple("Participation", "b.txt", 5L, 7L, "speakers"),
              tuple("Post", "a.txt", 2L, 9L, "speakers"),
              tuple("Post", "b.txt", null, null, null));
    }
    assertThat(GraphDump.count(driver, "MATCH (x:Participation) RETURN count(x)")).isEqualTo(1);

    // the report re-extracted without the list: its statement loses the place
    load(
        Facts.article("a.txt", "2021-04-09", "changed")
            .event(event, EventKind.CONFERENCE, "2021-04-08", "Kim Jong Un")
            .took("Jo Ung Mo", event, ParticipationKind.SPOKE));
    assertThat(
            GraphDump.count(
                driver,
                "MATCH (:Participation)-[s:STATED_IN]->(:Article {id: 'a.txt'})"
                    + " WHERE s.list_position IS NULL RETURN count(s)"))
        .isEqualTo(1);
  }

  @Test
  void loadingTwiceGivesTheSameGraph() {
    Facts seed = conference("seed.txt", "2021-04-09");
    Facts other =
        Facts.article("other.txt", "2021-05-01")
            .holds("Jo Ung Mo", "secretary", "Nampho City Committee of the WPK");
    LoadReport first = load(seed, other);
    List<String> once = GraphDump.canonical(driver);
    assertThat(first.written()).isEqualTo(2);
    assertThat(GraphDump.count(driver, "MATCH (p:Person) RETURN count(p)")).isEqualTo(3);

    LoadReport unchanged = load(seed, other);
    assertThat(unchanged.skippedUnchanged()).isEqualTo(2);
    assertThat(unchanged.nodesCreated() + unchanged.relationshipsCreated()).isZero();
    assertThat(GraphDump.canonical(driver)).isEqualTo(once);

    LoadReport forced = load(LoaderConfig.defaults().withForce(true), seed, other);
    assertThat(forced.replaced()).isEqualTo(2);
    assertThat(forced.nodesCreated()).isZero();
    assertThat(GraphDump.canonical(driver)).isEqualTo(once);
  }

  @Test
  void batchSizeDoesNotChangeTheGraph() {
    Facts[] articles = {
      conference("a.txt", "2021-04-09"),
      conference("b.txt", "2021-04-10"),
      Facts.article("c.txt", "2021").mention("Kim Jong-un")
    };
    load(LoaderConfig.defaults().withBatchSize(1), articles);
    List<String> oneByOne = GraphDump.canonical(driver);
    neo4j.empty();
    load(LoaderConfig.defaults().withBatchSize(100), articles);

    assertThat(GraphDump.canonical(driver)).isEqualTo(oneByOne);
  }

  @Test
  void changedArticleReplacesItsFacts() {
    load(conference("seed.txt", "2021-04-09"));

    Facts changed =
        Facts.article("seed.txt", "2021-04-09", "changed-hash")
            .holds("Kim Jong Un", "general secretary", "WPK")
            .holds(
                "Pak Ju Song",
                "Party cell secretary",
                "technical section of the Chollima Tile Factory",
                "technical section",
                "Chollima Tile Factory");
    LoadReport report = load(changed);

    assertThat(report.replaced()).isEqualTo(1);
    assertThat(report.nodesDeleted()).isPositive();
    assertThat(posts())
        .extracting(r -> r.get("person"))
        .containsExactly("Kim Jong Un", "Pak Ju Song");
    // Persons, organizations and events the old text alone stated are gone.
    assertThat(GraphDump.count(driver, "MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
    assertThat(
            GraphDump.count(
                driver, "MATCH (o:Organization {name: 'Workshop No. 3'}) RETURN count(o)"))
        .isZero();
    assertThat(GraphDump.count(driver, "MATCH (e:Event) RETURN count(e)")).isZero();
    assertThat(GraphDump.count(driver, "MATCH (x:Participation) RETURN count(x)")).isZero();
    // And the graph is the one a fresh load of the new text gives.
    List<String> replaced = GraphDump.canonical(driver);
    neo4j.empty();
    load(changed);
    assertThat(GraphDump.canonical(driver)).isEqualTo(replaced);
  }

  @Test
  void replacementThatChangesSpellingsOrTheDateGivesTheGraphOfAFreshLoad() {
    Facts other =
        Facts.article("other.txt", "2021-04-10")
            .holds("Kim Jong Un", "general secretary", "WPK")
            .mention("Jo Ung Mo");
    load(
        Facts.article("a.txt", "2021-04-09", "v1")
            .holds("Kim Jong-un", "general secretary", "WPK")
            .holds("Jo Ung-mo", "secretary", "Nampho City Committee of the WPK"),
        other);

    Facts respelled =
        Facts.article("a.txt", "2021-04-09", "v2")
            .holds("KIM JONG UN", "General Secretary", "the WPK")
            .holds("Jo Ung Mo", "secretary", "Nampho City Committee of the WPK");
    Facts redated =
        Facts.article("a.txt", "2022-01-01", "v3")
            .holds("KIM JONG UN", "General Secretary", "the WPK");
    for (Facts replacement : List.of(respelled, redated)) {
      load(replacement, other);
      List<String> replaced = GraphDump.canonical(driver);
      neo4j.empty();
      load(replacement, other);
      assertThat(replaced).isEqualTo(GraphDump.canonical(driver));
    }
    assertThat(
            GraphDump.rows(
                driver,
                "MATCH (p:Person {key: 'kim jong un'}) RETURN p.names AS names, p.last_seen AS"
                    + " last",
                Map.of()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("names")).isEqualTo(List.of("KIM JONG UN", "Kim Jong Un"));
              assertThat(r.get("last")).isEqualTo("2022-01-01");
            });
  }

  @Test
  void removedArticleIsPrunedOnlyWhenAsked() {
    Facts seed = conference("seed.txt", "2021-04-09");
    Facts other =
        Facts.article("other.txt", "2021-05-01")
            .holds("Ri Il Hwan", "secretary", "WPK Central Committee");
    load(seed, other);

    LoadReport kept = load(seed);
    assertThat(kept.pruned()).isZero();
    assertThat(GraphDump.count(driver, "MATCH (a:Article) RETURN count(a)")).isEqualTo(2);

    LoadReport pruned = load(LoaderConfig.defaults().withPrune(true), seed);
    assertThat(pruned.pruned()).isEqualTo(1);
    assertThat(GraphDump.count(driver, "MATCH (a:Article) RETURN count(a)")).isEqualTo(1);
    assertThat(GraphDump.count(driver, "MATCH (p:Person {name: 'Ri Il Hwan'}) RETURN count(p)"))
        .isZero();
    assertThat(
            GraphDump.count(
                driver,
                "MATCH (o:Organization) WHERE o.key STARTS WITH 'central committee' RETURN"
                    + " count(o)"))
        .isZero();
    // What the pruned article shared with the kept one stays.
    assertThat(
            GraphDump.count(
                driver,
                "MATCH (o:Organization {key: \"workers' party of korea\"}) RETURN count(o)"))
        .isEqualTo(1);
  }

  @Test
  void retainedArticleIsNotPruned() {
    load(
        conference("seed.txt", "2021-04-09"),
        Facts.article("unreadable.txt", "2021").mention("Kim Jong Un"));

    LoadSession session = new GraphLoader(driver, LoaderConfig.defaults().withPrune(true)).begin();
    session.accept(conference("seed.txt", "2021-04-09").facts());
    session.retain("unreadable.txt");
    LoadReport report = session.finish();

    assertThat(report.pruned()).isZero();
    assertThat(GraphDump.count(driver, "MATCH (a:Article {id: 'unreadable.txt'}) RETURN count(a)"))
        .isEqualTo(1);
  }

  @Test
  void failedInputsKeepTheirArticlesThroughPruneAndCountAsFailed() {
    load(
        conference("seed.txt", "2021-04-09"),
        Facts.article("binary.txt#1", "2021").mention("Kim Jong Un"),
        Facts.article("binary.txt#2", "2021").mention("Jo Yong Won"),
        Facts.article("slow.txt", "2021").mention("Ri Il Hwan"),
        Facts.article("gone.txt", "2021").mention("Choe Ryong Hae"));

    LoadSession session = new GraphLoader(driver, LoaderConfig.defaults().withPrune(true)).begin();
    session.accept(conference("seed.txt", "2021-04-09").facts());
    session.keepFailedFile("binary.txt");
    session.keepFailed("slow.txt");
    session.keepFailed("slow.txt");
    LoadReport report = session.finish();

    assertThat(report.pruned()).isEqualTo(1);
    assertThat(report.articles()).isEqualTo(3);
    assertThat(report.failed()).isEqualTo(2);
    assertThat(report.written() + report.skippedUnchanged() + report.failed())
        .isEqualTo(report.articles());
    assertThat(report.summary())
        .contains(
            "3 articles (0 written, 0 replaced, 1 unchanged, 2 failed (previous facts kept),");
    assertThat(
            GraphDump.count(driver, "MATCH (a:Article) WHERE a.id <> 'gone.txt' RETURN count(a)"))
        .isEqualTo(4);
    assertThat(GraphDump.count(driver, "MATCH (a:Article {id: 'gone.txt'}) RETURN count(a)"))
        .isZero();
  }

  @Test
  void aFileLoadedUnderAStampIsKeptUnreadWhileTheStampHolds() {
    LoadSession first = new GraphLoader(driver, LoaderConfig.defaults()).begin();
    first.accept(Facts.articleOfFile("two.txt", 1, "2021").mention("Kim Jong Un").facts(), "s1");
    first.accept(Facts.articleOfFile("two.txt", 2, "2021").mention("Jo Yong Won").facts(), "s1");
    first.accept(Facts.article("plain.txt", "2021").mention("Ri Il Hwan").facts(), "s1");
    first.finish();
    List<String> before = GraphDump.canonical(driver);

    LoadSession again = new GraphLoader(driver, LoaderConfig.defaults().withPrune(true)).begin();
    boolean twoKept = again.keepUnchangedFile("two.txt", "s1");
    boolean plainKept = again.keepUnchangedFile("plain.txt", "s2");
    boolean unknownKept = again.keepUnchangedFile("new.txt", "s1");
    again.accept(Facts.article("plain.txt", "2021").mention("Ri Il Hwan").facts(), "s2");
    LoadReport report = again.finish();

    assertThat(twoKept).isTrue();
    assertThat(plainKept).as("another stamp: the file must be read").isFalse();
    assertThat(unknownKept).as("never loaded").isFalse();
    assertThat(report.summary())
        .contains("3 articles (0 written, 0 replaced, 3 unchanged, 0 failed, 0 pruned)");
    assertThat(GraphDump.canonical(driver)).isEqualTo(before);
    // Read again and found unchanged, plain.txt now carries its new stamp.
    LoadSession third = new GraphLoader(driver, LoaderConfig.defaults()).begin();
    assertThat(third.keepUnchangedFile("plain.txt", "s2")).isTrue();
    assertThat(third.keepUnchangedFile("two.txt", "s2")).isFalse();
    third.finish();
    LoadSession forced = new GraphLoader(driver, LoaderConfig.defaults().withForce(true)).begin();
    assertThat(forced.keepUnchangedFile("two.txt", "s1")).as("--force reads every file").isFalse();
    forced.finish();
  }

  @Test
  void aFileWithAFailedArticleIsReadAgainByTheNextLoad() {
    LoadSession first = new GraphLoader(driver, LoaderConfig.defaults()).begin();
    first.accept(Facts.articleOfFile("two.txt", 1, "2021").mention("Kim Jong Un").facts(), "s1");
    first.keepFailed("two.txt#2");
    first.finish();

    LoadSession again = new GraphLoader(driver, LoaderConfig.defaults()).begin();
    boolean kept = again.keepUnchangedFile("two.txt", "s1");
    again.finish();

    assertThat(kept).as("its failed article must be tried again").isFalse();
  }

  @Test
  void anInputWhoseArticlesCannotBeNamedStopsPruning() {
    load(
        conference("seed.txt", "2021-04-09"),
        Facts.article("a.txt", "2021").mention("Kim Jong Un"));

    LoadSession session = new GraphLoader(driver, LoaderConfig.defaults().withPrune(true)).begin();
    session.accept(conference("seed.txt", "2021-04-09").facts());
    session.keepAllStored();
    LoadReport report = session.finish();

    assertThat(report.pruned()).isZero();
    assertThat(GraphDump.count(driver, "MATCH (a:Article) RETURN count(a)")).isEqualTo(2);
  }

  @Test
  void factSupportedByTwoArticlesSurvivesTheRemovalOfOne() {
    Facts early =
        Facts.article("early.txt", "2019-12")
            .holds("Jo Ung Mo", "secretary", "Nampho City Committee of the WPK");
    Facts late =
        Facts.article("late.txt", "2021-04-09")
            .holds("Jo Ung Mo", "secretary", "Nampho City Committee of WPK");
    load(early, late);
    assertThat(posts())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("first")).isEqualTo("2019-12");
              assertThat(r.get("last")).isEqualTo("2021-04-09");
            });

    load(LoaderConfig.defaults().withPrune(true), early);

    assertThat(posts())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("person")).isEqualTo("Jo Ung Mo");
              assertThat(r.get("first")).isEqualTo("2019-12");
              assertThat(r.get("last")).isEqualTo("2019-12");
            });
    assertThat(GraphDump.count(driver, "MATCH (:Post)-[s:STATED_IN]->(:Article) RETURN count(s)"))
        .isEqualTo(1);
  }

  @Test
  void everyPostLinksToEachArticleStatingItWithTheEvidence() {
    load(
        Facts.article("a.txt", "2021-01-10")
            .holds("Choe Ryong Hae", "president", "SPA Standing Committee"),
        Facts.article("b.txt", "2021-02-10")
            .holds(
                "Choe Ryong Hae",
                "president",
                "Standing Committee of the Supreme People's Assembly"));

    List<Map<String, Object>> evidence =
        GraphDump.rows(
            driver,
            """
            MATCH (:Post)-[s:STATED_IN]->(a:Article)
            RETURN a.id AS article, s.sentence AS sentence, s.start AS start, s.end AS end, s.status AS status
            ORDER BY article\
            """,
            Map.of());
    assertThat(evidence).extracting(r -> r.get("article")).containsExactly("a.txt", "b.txt");
    assertThat(evidence)
        .allSatisfy(
            r -> {
              assertThat((String) r.get("sentence")).startsWith("Choe Ryong Hae, president of ");
              assertThat(r.get("status")).isEqualTo("current");
              assertThat((Long) r.get("end")).isGreaterThan((Long) r.get("start"));
            });
  }

  @Test
  void oneEventReportedByTwoArticlesIsOneEvent() {
    Facts kcna =
        Facts.article("kcna.txt", "2021-04-09")
            .event(
                "inspection of the Kangdong Greenhouse Farm",
                EventKind.INSPECTION,
                "2021-04-08",
                "Kim Jong Un")
            .took(
                "Jo Yong Won",
                "inspection of the Kangdong Greenhouse Farm",
                ParticipationKind.ATTENDED);
    Facts rodong =
        Facts.article("rodong.txt", "2021-04-09")
            .event(
                "Inspection of the Kangdong Greenhouse Farm",
                EventKind.INSPECTION,
                "2021-04-08",
                "Kim Jong-un")
            .took(
                "Cho Yong-won",
                "Inspection of the Kangdong Greenhouse Farm",
                ParticipationKind.ATTENDED);
    Facts otherDay =
        Facts.article("later.txt", "2021-06-01")
            .event(
                "inspection of the Kangdong Greenhouse Farm",
                EventKind.INSPECTION,
                "2021-05-30",
                "Kim Jong Un");
    load(kcna, rodong, otherDay);

    assertThat(GraphDump.count(driver, "MATCH (e:Event) RETURN count(e)")).isEqualTo(2);
    assertThat(
            GraphDump.count(
                driver,
                """
                MATCH (:Person {key: 'jo yong won'})-[:TOOK_PART]->(x:Participation)-[:AT]->(e:Event {date: '2021-04-08'})
                RETURN count(x)\
                """))
        .isEqualTo(1);
    assertThat(
            GraphDump.count(
                driver, "MATCH (e:Event {date: '2021-04-08'})-[:STATED_IN]->(a) RETURN count(a)"))
        .isEqualTo(2);
  }

  @Test
  void nameVariantsJoinIntoOnePerson() {
    load(
        Facts.article("a.txt", "2021").holds("Kim Jong-un", "general secretary", "WPK"),
        Facts.article("b.txt", "2021").mention("KIM JONG UN"),
        Facts.article("c.txt", "2021").mention("Marshal Kim Jong Un"),
        Facts.article("d.txt", "2021").holds("Cho Yong-won", "secretary", "WPK Central Committee"),
        Facts.article("e.txt", "2021").mention("Jo Yong Won"),
        Facts.article("f.txt", "2021").mention("Lee Il-hwan"),
        Facts.article("g.txt", "2021").mention("Ri Il Hwan"));

    assertThat(
            GraphDump.rows(
                driver,
                "MATCH (p:Person) RETURN p.key AS key, size(p.names) AS spellings ORDER BY key",
                Map.of()))
        .extracting(r -> r.get("key"), r -> r.get("spellings"))
        .containsExactly(
            tuple("jo yong won", 2L), tuple("kim jong un", 3L), tuple("ri il hwan", 2L));
  }

  @Test
  void spellingsOfOneBodyAreOneNodeShowingItsCanonicalNameAndEverySpelling() {
    load(
        Facts.article("a.txt", "2011-01-01")
            .holds(
                "Ri Yong Ho",
                "member",
                "Presidium of the Political Bureau of the C.C., WPK",
                "Presidium",
                "Political Bureau",
                "C.C., WPK",
                "WPK"),
        Facts.article("b.txt", "2011-10-23")
            .holds(
                "Kim Yong Nam",
                "member",
                "Political Bureau of the WPK Central Committee",
                "Political Bureau",
                "WPK Central Committee",
                "WPK"),
        Facts.article("c.txt", "2012-04-11").holds("Kim Yong Chun", "member", "Political Bureau"));

    assertThat(
            GraphDump.rows(
                driver,
                """
                MATCH (o:Organization)
                WHERE o.key STARTS WITH 'political bureau'
                OPTIONAL MATCH (p:Person)-[:HOLDS]->(:Post)-[:IN]->(o)
                RETURN o.canonical_name AS name, o.names AS spellings, count(p) AS members\
                """,
                Map.of()))
        .extracting(r -> r.get("name"), r -> r.get("spellings"), r -> r.get("members"))
        .containsExactly(
            tuple(
                "Political Bureau of the WPK Central Committee",
                List.of("Political Bureau", "Political Bureau of the WPK Central Committee"),
                2L));
  }

  @Test
  void aForeignDelegatesPostNeverJoinsTheHomeBodyOfTheSameName() {
    load(
        Facts.article("talks.txt", "2012-11-29")
            .holds(
                "Kim Yong Nam",
                "member",
                "Political Bureau of the WPK Central Committee",
                "Political Bureau",
                "WPK Central Committee")
            .holds("Li Jianguo", "member", "Political Bureau")
            .holds(
                "Li Jianguo",
                "vice-chairman",
                "Standing Committee of the Chinese National People's Congress",
                "Standing Committee",
                "Chinese National People's Congress"));

    assertThat(
            GraphDump.rows(
                driver,
                """
                MATCH (p:Person)-[:HOLDS]->(:Post)-[:IN]->(o:Organization)
                RETURN p.name AS person, o.key AS body ORDER BY person, body\
                """,
                Map.of()))
        .extracting(r -> r.get("person"), r -> r.get("body"))
        .containsExactly(
            tuple(
                "Kim Yong Nam", "political bureau of central committee of workers' party of korea"),
            tuple("Li Jianguo", "standing committee of national people's congress of china"));
  }

  @Test
  void noOrganizationFromABareGenericNounOrANationalityAdjective() {
    load(
        Facts.article("a.txt", "2012-05-01")
            .holds("Pak Ui Chun", "head", "delegation")
            .holds("Ivanov", "ambassador", "Russian")
            .holds("Kim Ki Nam", "chairman", "National Funeral Committee")
            .holds("Choe Thae Bok", "member", "the committee"));

    assertThat(
            GraphDump.rows(
                driver,
                "MATCH (o:Organization) RETURN o.key AS key, o.canonical_name AS name ORDER BY key",
                Map.of()))
        .extracting(r -> r.get("key"), r -> r.get("name"))
        .containsExactly(
            tuple("national funeral committee", "National Funeral Committee"),
            tuple("russia", "Russia"));
  }

  static final String RECEPTION = "reception for the ASEAN delegation";

  /**
   * The reports of two careers of one name (the army chief and the vice foreign minister "Ri Yong
   * Ho"), and one that names the name by neither.
   */
  static List<Facts> twoCareers() {
    return List.of(
        Facts.article("army1.txt", "2011-02-02")
            .holds("Ri Yong Ho", "chief", "KPA General Staff", "General Staff", "KPA"),
        Facts.article("mfa1.txt", "2011-07-23")
            .event(RECEPTION, EventKind.RECEPTION, "2011-07-22", "Ri Yong Ho")
            .holds("Ri Yong Ho", "vice-minister", "Foreign Affairs")
            .took("Ri Yong Ho", RECEPTION, ParticipationKind.SPOKE)
            .took("Kim Chol", RECEPTION, ParticipationKind.ATTENDED),
        Facts.article("mfa2.txt", "2011-09-21")
            .holds("Ri Yong Ho", "vice foreign minister", "DPRK"),
        Facts.article("funeral.txt", "2011-12-19")
            .holds("Ri Yong Ho", "member", "National Funeral Committee"),
        Facts.article("army2.txt", "2012-04-15").holds("Ri Yong Ho", "vice marshal", "KPA"));
  }

  private List<List<Object>> personsOfName(String nameKey) {
    return GraphDump.rows(
            driver,
            """
            MATCH (p:Person {name_key: $name})
            OPTIONAL MATCH (p)-[:HOLDS]->(post:Post)
            WITH p, post ORDER BY post.role
            RETURN p.key AS key, p.anchor AS anchor, collect(post.role) AS roles ORDER BY key\
            """,
            Map.of("name", nameKey))
        .stream()
        .map(r -> List.of(r.get("key"), String.valueOf(r.get("anchor")), r.get("roles")))
        .toList();
  }

  @Test
  void twoCareersOfOneNameThatNeverTouchAreTwoPersons() {
    load(twoCareers().toArray(Facts[]::new));

    assertThat(personsOfName("ri yong ho"))
        .containsExactly(
            List.of("ri yong ho", "null", List.of("chief", "member", "vice marshal")),
            List.of(
                "ri yong ho @ foreign service",
                "foreign service",
                List.of("vice foreign minister", "vice-minister")));
    // The reception the diplomat led is his, with whoever attended it.
    assertThat(
            GraphDump.rows(
                driver,
                """
                MATCH (:Person {name: 'Kim Chol'})-[:TOOK_PART]->(:Participation)-[:AT]->(e:Event)
                      -[:LED_BY]->(p:Person)
                RETURN e.key AS event, p.key AS leader\
                """,
                Map.of()))
        .extracting(r -> r.get("leader"))
        .containsExactly("ri yong ho @ foreign service");
  }

  @Test
  void twoCareersGiveTheSamePersonsInAnyLoadOrderAndBatchSize() {
    List<Facts> reports = twoCareers();
    load(reports.toArray(Facts[]::new));
    List<String> together = GraphDump.canonical(driver);

    neo4j.empty();
    for (int i = reports.size() - 1; i >= 0; i--) {
      load(reports.get(i));
    }
    assertThat(GraphDump.canonical(driver)).isEqualTo(together);

    neo4j.empty();
    load(
        LoaderConfig.defaults().withBatchSize(1),
        reports.get(2),
        reports.get(0),
        reports.get(4),
        reports.get(1),
        reports.get(3));
    assertThat(GraphDump.canonical(driver)).isEqualTo(together);
  }

  @Test
  void aLaterReportTurnsTheVerdictAndTheGraphIsThatOfACleanLoad() {
    List<Facts> reports = twoCareers();
    Facts[] thin = {reports.get(0), reports.get(1), reports.get(2), reports.get(3)};
    load(thin);
    List<String> oneCareerShown = GraphDump.canonical(driver);
    // One army report beside two foreign-service ones is too thin to split: one person.
    assertThat(personsOfName("ri yong ho")).extracting(p -> p.get(0)).containsExactly("ri yong ho");

    load(reports.get(4));
    List<String> turned = GraphDump.canonical(driver);
    assertThat(personsOfName("ri yong ho"))
        .extracting(p -> p.get(0))
        .containsExactly("ri yong ho", "ri yong ho @ foreign service");
    neo4j.empty();
    load(reports.toArray(Facts[]::new));
    assertThat(turned).isEqualTo(GraphDump.canonical(driver));

    // Pruned again, the second army report takes the split with it.
    load(LoaderConfig.defaults().withPrune(true), thin);
    assertThat(GraphDump.canonical(driver)).isEqualTo(oneCareerShown);

    // Replaced by a text without the army post, the same.
    load(reports.get(4));
    load(Facts.article("army2.txt", "2012-04-15", "v2").holds("Ri Yong Ho", "member", "SPA"));
    List<String> replaced = GraphDump.canonical(driver);
    neo4j.empty();
    load(
        reports.get(0),
        reports.get(1),
        reports.get(2),
        reports.get(3),
        Facts.article("army2.txt", "2012-04-15", "v2").holds("Ri Yong Ho", "member", "SPA"));
    assertThat(replaced).isEqualTo(GraphDump.canonical(driver));
    assertThat(personsOfName("ri yong ho")).extracting(p -> p.get(0)).containsExactly("ri yong ho");
  }

  @Test
  void aNameWithOneCareerIsOnePersonWhateverEachReportSays() {
    load(
        Facts.article("a.txt", "2011-03-01").holds("Pak Ui Chun", "Foreign Minister", "DPRK"),
        Facts.article("b.txt", "2011-05-01")
            .holds("Pak Ui Chun", "minister", "Ministry of Foreign Affairs"),
        Facts.article("c.txt", "2011-12-19")
            .holds("Pak Ui Chun", "member", "National Funeral Committee"),
        Facts.article("d.txt", "2012-01-01").mention("Pak Ui Chun"));

    assertThat(personsOfName("pak ui chun"))
        .containsExactly(
            List.of("pak ui chun", "null", List.of("Foreign Minister", "member", "minister")));
  }

  @Test
  void anAnalystsCorrectionWinsOverTheSplit() {
    GraphLoader loader = new GraphLoader(driver, LoaderConfig.defaults());
    loader.addCorrection(
        new Correction(Correction.Kind.SAME_AS, "ri yong ho @ foreign service", "ri yong ho"));
    load(twoCareers().toArray(Facts[]::new));

    assertThat(personsOfName("ri yong ho")).extracting(p -> p.get(0)).containsExactly("ri yong ho");

    loader.removeCorrection(
        new Correction(Correction.Kind.SAME_AS, "ri yong ho @ foreign service", "ri yong ho"));
    load(twoCareers().toArray(Facts[]::new));
    List<String> uncorrected = GraphDump.canonical(driver);
    neo4j.empty();
    load(twoCareers().toArray(Facts[]::new));
    assertThat(uncorrected).isEqualTo(GraphDump.canonical(driver));
  }

  @Test
  void cellSecretaryAndMarshalOfOneNameStayTwoPersons() {
    load(
        Facts.article("cell.txt", "2021-04-09")
            .holds(
                "Ri Yong Chol",
                "Party cell secretary",
                "technical section of the Chollima Tile Factory",
                "technical section",
                "Chollima Tile Factory"),
        Facts.article("army.txt", "2021-07-27")
            .holds("Marshal Ri Yong Chol", "Marshal", "Korean People's Army"),
        Facts.article("army2.txt", "2021-08-01").holds("Ri Yong Chol", "Marshal", "KPA"));

    assertThat(
            GraphDump.rows(
                driver,
                """
                MATCH (p:Person {name_key: 'ri yong chol'})-[:HOLDS]->(post:Post)
                RETURN p.key AS key, p.anchor AS anchor, count(post) AS posts ORDER BY key\
                """,
                Map.of()))
        .extracting(r -> r.get("key"), r -> r.get("anchor"), r -> r.get("posts"))
        .containsExactly(
            tuple("ri yong chol", null, 1L),
            tuple("ri yong chol @ chollima tile factory", "chollima tile factory", 1L));
  }

  @Test
  void twoPersonsOfOneNameInOneListStayApart() {
    load(
        Facts.article("list.txt", "2011-12-19")
            .holds(
                "Ri Yong Chol", null, "member", "national funeral committee", PostStatus.CURRENT, 3)
            .holds(
                "Ri Yong Chol",
                null,
                "member",
                "national funeral committee",
                PostStatus.CURRENT,
                17)
            .holds(
                "Kim Yong Nam",
                null,
                "member",
                "national funeral committee",
                PostStatus.CURRENT,
                1));

    assertThat(
            GraphDump.rows(driver, "MATCH (p:Person) RETURN p.key AS key ORDER BY key", Map.of()))
        .extracting(r -> r.get("key"))
        .containsExactly("kim yong nam", "ri yong chol", "ri yong chol #17");
  }

  @Test
  void analystCorrectionsApplyAndSurviveReloads() {
    Facts cell =
        Facts.article("cell.txt", "2021-04-09")
            .holds(
                "Ri Yong Chol",
                "Party cell secretary",
                "technical section of the Chollima Tile Factory",
                "technical section",
                "Chollima Tile Factory");
    Facts army =
        Facts.article("army.txt", "2021-07-27")
            .holds("Ri Yong Chol", "Marshal", "Korean People's Army");
    Facts speech = Facts.article("speech.txt", "2021-08-01").mention("Kim Jong Un");
    Facts other = Facts.article("other.txt", "2021-08-02").mention("Kim Jong Un");
    load(cell, army, speech, other);
    GraphLoader loader = new GraphLoader(driver, LoaderConfig.defaults());
    loader.addCorrection(
        new Correction(
            Correction.Kind.SAME_AS, "ri yong chol @ chollima tile factory", "ri yong chol"));
    loader.addCorrection(
        new Correction(Correction.Kind.DIFFERENT_FROM, "kim jong un", "other.txt"));

    LoadReport afterCorrection = load(cell, army, speech, other);
    assertThat(afterCorrection.skippedUnchanged()).isZero();
    List<String> corrected = GraphDump.canonical(driver);
    assertThat(
            GraphDump.rows(
                driver,
                "MATCH (p:Person) RETURN p.key AS key, p.articles AS n ORDER BY key",
                Map.of()))
        .extracting(r -> r.get("key"), r -> r.get("n"))
        .containsExactly(
            tuple("kim jong un", 1L),
            tuple("kim jong un ~ other.txt", 1L),
            tuple("ri yong chol", 2L));

    LoadReport again = load(cell, army, speech, other);
    assertThat(again.skippedUnchanged()).isEqualTo(4);
    LoadReport forced = load(LoaderConfig.defaults().withForce(true), cell, army, speech, other);
    assertThat(forced.replaced()).isEqualTo(4);
    assertThat(GraphDump.canonical(driver)).isEqualTo(corrected);
    assertThat(loader.corrections()).hasSize(2);
  }

  @Test
  void cellsAreFirstClassWithUnitSecretaryAndHonour() {
    load(
        Facts.article("seed.txt", "2021-04-09")
            .event(CONFERENCE, EventKind.CONFERENCE, "2021-04-08", "Kim Jong Un")
            .holds(
                "Pak Ju Song",
                "Party cell secretary",
                "technical section of the Chollima Tile Factory",
                "technical section",
                "Chollima Tile Factory")
            .cell(
                "technical section of the Chollima Tile Factory",
                "title of loyal cell",
                CONFERENCE));

    assertThat(
            GraphDump.rows(
                driver,
                """
                MATCH (p:Person)-[:HOLDS]->(:Post)-[:IN]->(c:Cell)-[:CELL_OF]->(u:Organization),
                      (c)-[:CITED]->(x:Citation)-[:AT]->(e:Event)
                RETURN p.name AS secretary, u.name AS unit, x.honour AS honour, e.name AS event\
                """,
                Map.of()))
        .extracting(
            r -> r.get("secretary"), r -> r.get("unit"), r -> r.get("honour"), r -> r.get("event"))
        .containsExactly(
            tuple("Pak Ju Song", "technical section", "title of loyal cell", CONFERENCE));
  }

  @Test
  void valuesWithCypherAndJsonMetacharactersLoadAsPlainData() {
    List<String> names =
        List.of(
            "'}) DETACH DELETE n //",
            "Kim `Chol` Su",
            "$x Ri",
            "O\"Brien Pak",
            "Line\nBreak Kim",
            "Ctrl\u0001Char Jo");
    Facts article = Facts.article("inject'}) MATCH (n) DETACH DELETE n //.txt", "2021-04-09");
    for (String name : names) {
      article.holds(name, "role `x` $y '}) DETACH DELETE n //", "Org \"}]) // MATCH (n) DELETE n");
    }
    article
        .event("meet'ing`); DROP", EventKind.MEETING, null, names.get(0))
        .cell("unit\n'})//", "title $t", null);
    load(Facts.article("sentinel.txt", "2020").mention("Kim Jong Un"), article);

    assertThat(GraphDump.rows(driver, "MATCH (p:Person) RETURN p.name AS name", Map.of()))
        .extracting(r -> r.get("name"))
        .containsExactlyInAnyOrderElementsOf(concat(names, "Kim Jong Un"));
    assertThat(GraphDump.count(driver, "MATCH (p:Post) RETURN count(p)")).isEqualTo(names.size());
    assertThat(GraphDump.count(driver, "MATCH (a:Article) RETURN count(a)")).isEqualTo(2);
    assertThat(GraphDump.count(driver, "MATCH (c:Cell {unit: \"unit\\n'})//\"}) RETURN count(c)"))
        .isEqualTo(1);
    assertThat(
            GraphDump.count(
                driver,
                "MATCH (n) WHERE NOT n:Article AND NOT (n)-[:STATED_IN]->() RETURN count(n)"))
        .isZero();
  }

  @Test
  void articleWithoutItsArticleRecordFirstIsRefusedAndTheRestLoads() {
    LoadSession session = new GraphLoader(driver, LoaderConfig.defaults()).begin();
    List<org.cadregraph.facts.Fact> facts = conference("bad.txt", "2021").facts();
    assertThatThrownBy(() -> session.accept(facts.subList(1, facts.size())))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("bad.txt")
        .hasMessageContaining("article record");
    assertThatThrownBy(() -> session.accept(List.of()))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("no facts");
    session.accept(conference("good.txt", "2021").facts());
    assertThatThrownBy(() -> session.accept(conference("good.txt", "2021").facts()))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("given twice");
    LoadReport report = session.finish();

    assertThat(report.articles()).isEqualTo(1);
    assertThat(GraphDump.rows(driver, "MATCH (a:Article) RETURN a.id AS id", Map.of()))
        .extracting(r -> r.get("id"))
        .containsExactly("good.txt");
    assertThatThrownBy(() -> session.accept(conference("late.txt", "2021").facts()))
        .isInstanceOf(GraphException.class)
        .hasMessageContaining("finished");
  }

  private static List<String> concat(List<String> list, String more) {
    List<String> out = new java.util.ArrayList<>(list);
    out.add(more);
    return out;
  }
}
