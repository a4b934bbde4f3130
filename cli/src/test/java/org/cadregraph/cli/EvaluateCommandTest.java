package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate} over hand-made gold folders and .jsonl facts (no models load): several folders
 * score as one, and the figures are broken down by the genre the folders' INDEX.tsv names.
 */
class EvaluateCommandTest {
  private static final Pattern MEASURE =
      Pattern.compile(
          "(?m)^(\\w+)\\s+P=\\S+ R=\\S+ F1=(\\S+)\\s+\\(tp=(\\d+) system=(\\d+) gold=(\\d+)\\)$");

  @TempDir Path dir;

  /** A gold folder with one article per (file, kind, person): each holds director of Bureau. */
  private Path goldFolder(String name, boolean index, String... fileKindPerson) throws Exception {
    Path f = Files.createDirectories(dir.resolve(name));
    StringBuilder tsv = new StringBuilder("file\tpublished\tkind\n");
    for (int i = 0; i < fileKindPerson.length; i += 3) {
      String file = fileKindPerson[i];
      tsv.append(file).append("\t2000\t").append(fileKindPerson[i + 1]).append('\n');
      Files.writeString(f.resolve(file), "Text.");
      Files.writeString(
          f.resolve(file.replace(".txt", ".gold.json")),
          "{\"article\":\""
              + file
              + "\",\"holds\":[{\"person\":\""
              + fileKindPerson[i + 2]
              + "\",\"role\":\"director\",\"organization\":\"Bureau\"}]}");
    }
    if (index) {
      Files.writeString(f.resolve("INDEX.tsv"), tsv);
    }
    return f;
  }

  private Path facts(String... articlePerson) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < articlePerson.length; i += 2) {
      lines
          .append("{\"type\":\"holds\",\"article\":\"")
          .append(articlePerson[i])
          .append("\",\"person\":\"")
          .append(articlePerson[i + 1])
          .append("\",\"role\":\"director\",\"organization\":\"Bureau\"}\n");
    }
    Path f = dir.resolve("facts-" + articlePerson.length + ".jsonl");
    Files.writeString(f, lines);
    return f;
  }

  /** The counts of the scorer's line for a measure: tp, system, gold. */
  private static List<Integer> counts(String out, String measure) {
    Matcher m = MEASURE.matcher(out);
    while (m.find()) {
      if (m.group(1).equals(measure)) {
        return List.of(
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5)));
      }
    }
    throw new AssertionError("no line for " + measure + " in:\n" + out);
  }

  @Test
  void severalGoldFoldersScoreAsOneWithTheFiguresByGenre() throws Exception {
    Path eras =
        goldFolder(
            "eras",
            true,
            "e1.txt",
            "obituary:wreath",
            "Kim Chol",
            "e2.txt",
            "diplomatic:meeting",
            "Ri Chol");
    Path dev = goldFolder("dev", true, "d1.txt", "obituary", "Pak Chol");
    Path facts = facts("e1.txt", "Kim Chol", "e2.txt", "Jo Chol", "d1.txt", "Pak Chol");

    CliRun run =
        CliRun.run(
            "evaluate", "--gold", eras.toString(), "--gold", dev.toString(), facts.toString());

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("articles scored: 3\n");
    assertThat(counts(run.out(), "holds_strict")).containsExactly(2, 3, 3);
    assertThat(counts(run.out(), "persons")).containsExactly(2, 3, 3);
    assertThat(run.out())
        .contains(
            "F1 by genre (INDEX.tsv kind):\n"
                + "genre      articles  holds_strict holds_lenient       persons       part_of"
                + " participation\n"
                + "diplomatic        1         0.000         0.000         0.000             -"
                + "             -\n"
                + "obituary          2         1.000         1.000         1.000             -"
                + "             -\n");
  }

  @Test
  void oneFolderWithoutIndexPrintsTheScorersLinesOnly() throws Exception {
    Path gold = goldFolder("plain", false, "a.txt", "obituary", "Kim Chol");
    Path facts = facts("a.txt", "Kim Chol", "a.txt", "Ri Chol");

    CliRun run =
        CliRun.run("evaluate", "--gold", gold.toString(), facts.toString(), "--show-errors", "5");

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "articles scored: 1\n"
                + "holds_strict    P=0.500 R=1.000 F1=0.667  (tp=1 system=2 gold=1)\n"
                + "holds_lenient   P=0.500 R=1.000 F1=0.667  (tp=1 system=2 gold=1)\n"
                + "persons         P=0.500 R=1.000 F1=0.667  (tp=1 system=2 gold=1)\n"
                + "part_of         P=1.000 R=1.000 F1=1.000  (tp=0 system=0 gold=0)\n"
                + "participation   P=1.000 R=1.000 F1=1.000  (tp=0 system=0 gold=0)\n"
                + "  spurious a.txt: {'person': 'ri chol', 'role': 'director', 'organization':"
                + " 'bureau'}\n");
  }

  @Test
  void theSameArticleInTwoGoldFoldersIsRefused() throws Exception {
    Path x = goldFolder("x", false, "a.txt", "obituary", "Kim Chol");
    Path y = goldFolder("y", false, "a.txt", "obituary", "Kim Chol");

    CliRun run =
        CliRun.run("evaluate", "--gold", x.toString(), "--gold", y.toString(), facts().toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("a.txt").contains("distinct article ids");
  }

  @Test
  void badFactLineIsReportedWithItsLineAndTheRestScored() throws Exception {
    Path gold = goldFolder("g", false, "a.txt", "obituary", "Kim Chol");
    Path facts = facts("a.txt", "Kim Chol");
    Files.writeString(facts, "{not json\n" + Files.readString(facts));

    CliRun run = CliRun.run("evaluate", "--gold", gold.toString(), facts.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(facts + ":1: not valid JSON");
    assertThat(counts(run.out(), "holds_strict")).containsExactly(1, 1, 1);
  }

  @Test
  void goldThatIsNotAFolderIsAUsageError() {
    CliRun run = CliRun.run("evaluate", "--gold", dir.resolve("absent").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--gold must be a folder");
  }
}
