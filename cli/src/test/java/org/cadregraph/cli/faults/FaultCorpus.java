package org.cadregraph.cli.faults;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.EventFact;
import org.cadregraph.facts.EventKind;
import org.cadregraph.facts.Evidence;
import org.cadregraph.facts.FactWriter;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.Participation;
import org.cadregraph.facts.ParticipationKind;
import org.cadregraph.facts.PostStatus;

/**
 * A generated fact file for the fault tests: many articles whose persons, organizations and events
 * overlap, so that an article written twice, or half of a run written, would show in the graph
 * (counts, first/last seen, shared nodes). Made from a seed, never committed.
 */
final class FaultCorpus {
  private static final List<String> SURNAMES =
      List.of("Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Jo", "O");
  private static final List<String> GIVEN =
      List.of(
          "Yong Chol",
          "Song Nam",
          "Il Hwan",
          "Thae Song",
          "Kwang Ho",
          "Myong Su",
          "Chang Ho",
          "Jae Ryong");
  private static final List<String> BODIES =
      List.of(
          "WPK Central Committee",
          "Cabinet",
          "State Affairs Commission",
          "Ministry of Public Health",
          "Korean People's Army",
          "Pyongyang City Committee of the WPK");
  private static final List<String> ROLES =
      List.of(
          "secretary",
          "department director",
          "vice-premier",
          "member",
          "chairman",
          "first vice department director");

  private FaultCorpus() {}

  /** Writes {@code articles} articles of about 15 facts each to {@code file}. */
  static Path write(Path file, int articles, long seed) throws IOException {
    Random random = new Random(seed);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        FactWriter facts = new FactWriter(out)) {
      for (int a = 0; a < articles; a++) {
        String id = "generated/article-" + a + ".txt";
        String date =
            String.format(
                "20%02d-%02d-%02d",
                19 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
        facts.write(
            new ArticleInfo(
                id,
                "Generated report " + a,
                date,
                "dateline",
                null,
                "KCNA",
                id,
                "hash-" + seed + "-" + a,
                "fault-test",
                200));
        String leader = person(random);
        String event = "meeting " + random.nextInt(40);
        Evidence evidence = new Evidence(leader + " guided the " + event + ".", 0, 20);
        facts.write(new EventFact(id, event, EventKind.MEETING, date, leader, evidence));
        facts.write(
            new Participation(id, event, leader, null, ParticipationKind.GUIDED, null, evidence));
        for (int h = 0; h < 6; h++) {
          String name = person(random);
          String body = BODIES.get(random.nextInt(BODIES.size()));
          String role = ROLES.get(random.nextInt(ROLES.size()));
          Evidence said =
              new Evidence(name + ", " + role + " of the " + body + ", attended.", 0, 40);
          facts.write(
              new Holds(
                  id,
                  name,
                  null,
                  role,
                  body,
                  List.of(body),
                  PostStatus.values()[random.nextInt(PostStatus.values().length)],
                  null,
                  null,
                  said));
          facts.write(
              new Participation(id, event, name, null, ParticipationKind.ATTENDED, null, said));
        }
      }
    }
    return file;
  }

  private static String person(Random random) {
    return SURNAMES.get(random.nextInt(SURNAMES.size()))
        + " "
        + GIVEN.get(random.nextInt(GIVEN.size()));
  }
}
