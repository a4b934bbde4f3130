package org.cadregraph.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.EventFact;
import org.cadregraph.facts.EventKind;
import org.cadregraph.facts.Evidence;
import org.cadregraph.facts.FactWriter;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.Mention;
import org.cadregraph.facts.Participation;
import org.cadregraph.facts.ParticipationKind;
import org.cadregraph.facts.PostStatus;

/**
 * A small fact file written by the tests themselves, so that the command-line tests do not depend
 * on how well the extractor reads real articles: two articles, three persons.
 */
final class FactFixture {
  static final List<String> PERSONS = List.of("Jo Yong Won", "Kim Jong Un", "Ri Il Hwan");

  private FactFixture() {}

  static Path write(Path file) throws IOException {
    Evidence first =
        new Evidence(
            "Kim Jong Un guided the meeting; Jo Yong Won, secretary of the WPK Central"
                + " Committee, spoke.",
            0,
            90);
    Evidence second =
        new Evidence(
            "Ri Il Hwan, department director of the WPK Central Committee, attended.", 0, 71);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        FactWriter facts = new FactWriter(out)) {
      facts.write(
          new ArticleInfo(
              "a1.txt",
              "Meeting held",
              "2021-04-09",
              "dateline",
              null,
              "KCNA",
              "a1.txt",
              "hash-a1",
              "test",
              20));
      facts.write(new Mention("a1.txt", "Kim Jong Un", null, first));
      facts.write(
          new Holds(
              "a1.txt",
              "Jo Yong Won",
              null,
              "secretary",
              "WPK Central Committee",
              List.of("WPK Central Committee"),
              PostStatus.CURRENT,
              null,
              null,
              first));
      facts.write(
          new EventFact(
              "a1.txt", "meeting", EventKind.MEETING, "2021-04-09", "Kim Jong Un", first));
      facts.write(
          new Participation(
              "a1.txt", "meeting", "Kim Jong Un", null, ParticipationKind.GUIDED, null, first));
      facts.write(
          new Participation(
              "a1.txt", "meeting", "Jo Yong Won", null, ParticipationKind.SPOKE, null, first));
      facts.write(
          new ArticleInfo(
              "a2.txt",
              "Delegation attends",
              "2021-05-01",
              "dateline",
              null,
              "KCNA",
              "a2.txt",
              "hash-a2",
              "test",
              12));
      facts.write(
          new Holds(
              "a2.txt",
              "Ri Il Hwan",
              null,
              "department director",
              "WPK Central Committee",
              List.of("WPK Central Committee"),
              PostStatus.CURRENT,
              null,
              null,
              second));
    }
    return file;
  }
}
