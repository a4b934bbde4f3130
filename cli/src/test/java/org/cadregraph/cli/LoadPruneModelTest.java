package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cadregraph.cli.faults.GraphDumps;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.EmbeddedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * {@code load --prune} against a model: random sequences of corpus changes (add, edit, corrupt,
 * restore, delete, rename a file), a pruning load after each, and after every step the graph must
 * be that of one clean load of the good files plus the last good version of the failing ones.
 * Seeded ({@code -Dcadregraph.modelSeed=S}); {@code -Dcadregraph.modelSteps=N} walks longer than
 * the default run's few dozen seconds.
 */
class LoadPruneModelTest {
  private static final long SEED = Long.getLong("cadregraph.modelSeed", 20240720L);
  private static final int STEPS = Integer.getInteger("cadregraph.modelSteps", 10);
  private static final Path DEV =
      Path.of(System.getProperty("cadregraph.shared", "../../shared")).resolve("corpus/dev");
  private static final Pattern REPORT =
      Pattern.compile(
          "(\\d+) articles \\((\\d+) written, \\d+ replaced, (\\d+) unchanged, (\\d+) failed");

  @TempDir static Path dir;
  private static long writes;
  private static EmbeddedNeo4j loaded;
  private static EmbeddedNeo4j reference;

  @BeforeAll
  static void start() {
    assumeTrue(Files.isDirectory(DEV), "../shared/corpus/dev is not present");
    loaded = EmbeddedNeo4j.open(new DatabaseFolder(dir.resolve("loaded")));
    reference = EmbeddedNeo4j.open(new DatabaseFolder(dir.resolve("reference")));
  }

  @AfterAll
  static void stop() {
    if (loaded != null) {
      loaded.close();
    }
    if (reference != null) {
      reference.close();
    }
  }

  /** The case: one of eight loaded files overwritten with binary garbage, then --prune. */
  @Test
  void aCorruptedFileKeepsItsFactsThroughPrune() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("eight"));
    for (Path source : pool().subList(0, 8)) {
      Files.copy(source, corpus.resolve(source.getFileName()));
    }
    clear(loaded);
    assertThat(load(corpus, loaded).exit()).isZero();
    List<String> before = dump(loaded);
    Files.write(corpus.resolve(pool().get(2).getFileName()), garbage(new Random(1)));

    CliRun run = load(corpus, loaded);

    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .as(run.toString())
        .contains("8 articles (0 written, 0 replaced, 7 unchanged, 1 failed (previous facts kept),")
        .contains(" 0 pruned)");
    assertThat(run.err()).contains(pool().get(2).getFileName() + ": binary data");
    assertThat(dump(loaded)).isEqualTo(before);
  }

  @Test
  void randomCorpusChangesWithPruneGiveTheGraphOfTheGoodFilesAndTheLastGoodOfTheFailing()
      throws Exception {
    Random random = new Random(SEED);
    List<Path> pool = pool();
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Map<String, byte[]> present = new TreeMap<>();
    Map<String, byte[]> lastGood = new TreeMap<>();
    for (Path source : pool.subList(0, 5)) {
      present.put(source.getFileName().toString(), Files.readAllBytes(source));
    }
    clear(loaded);
    List<String> log = new ArrayList<>();
    for (int step = 0; step <= STEPS; step++) {
      if (step > 0) {
        log.add(change(random, pool, present));
      }
      write(corpus, present);
      CliRun run = load(corpus, loaded);
      long corrupt = present.values().stream().filter(LoadPruneModelTest::isGarbage).count();
      lastGood.keySet().retainAll(present.keySet());
      present.forEach(
          (name, bytes) -> {
            if (!isGarbage(bytes)) {
              lastGood.put(name, bytes);
            }
          });
      String where = "seed " + SEED + ", step " + step + ": " + log + "\n" + run;

      assertThat(run.exit()).as(where).isEqualTo(corrupt == 0 ? 0 : 1);
      Matcher counts = REPORT.matcher(run.out());
      assertThat(counts.find()).as(where).isTrue();
      int articles = Integer.parseInt(counts.group(1));
      int written = Integer.parseInt(counts.group(2));
      int unchanged = Integer.parseInt(counts.group(3));
      int failed = Integer.parseInt(counts.group(4));
      assertThat(written + unchanged + failed).as(where).isEqualTo(articles);
      assertThat(failed).as(where).isEqualTo(corrupt);
      if (corrupt > 0) {
        assertThat(run.out()).as(where).contains(corrupt + " failed (previous facts kept)");
      }
      Path expected = dir.resolve("expected-" + step);
      Files.createDirectories(expected);
      write(expected, lastGood);
      clear(reference);
      CliRun clean = load(expected, reference);
      assertThat(clean.exit()).as(where + "\nclean load:\n" + clean).isZero();
      assertThat(dump(loaded)).as(where).isEqualTo(dump(reference));
    }
  }

  /** One random change to the corpus; says what it did. */
  private static String change(Random random, List<Path> pool, Map<String, byte[]> present)
      throws IOException {
    List<String> names = new ArrayList<>(present.keySet());
    int kind = names.isEmpty() ? 0 : random.nextInt(6);
    String name = names.isEmpty() ? null : names.get(random.nextInt(names.size()));
    switch (kind) {
      case 0 -> {
        Path source = pool.get(random.nextInt(pool.size()));
        present.put(source.getFileName().toString(), Files.readAllBytes(source));
        return "add " + source.getFileName();
      }
      case 1 -> {
        // Two articles under datelines: the file's articles become NAME#1 and NAME#2.
        String other = Files.readString(pool.get(random.nextInt(pool.size())));
        String text =
            "Pyongyang, May 1 (KCNA) -- "
                + new String(present.get(name), StandardCharsets.UTF_8)
                + "\n\nPyongyang, May 2 (KCNA) -- "
                + other;
        present.put(name, text.getBytes(StandardCharsets.UTF_8));
        return "edit " + name;
      }
      case 2 -> {
        present.put(name, garbage(random));
        return "corrupt " + name;
      }
      case 3 -> {
        Path source = pool.stream().filter(p -> p.endsWith(name)).findFirst().orElse(pool.get(0));
        present.put(source.getFileName().toString(), Files.readAllBytes(source));
        return "restore " + source.getFileName();
      }
      case 4 -> {
        present.remove(name);
        return "delete " + name;
      }
      default -> {
        String renamed = "r" + random.nextInt(1000) + "-" + name.replaceFirst("^r\\d+-", "");
        present.put(renamed, present.remove(name));
        return "rename " + name + " " + renamed;
      }
    }
  }

  /** Short dev articles, so that a step takes a few seconds. */
  private static List<Path> pool() throws IOException {
    try (Stream<Path> files = Files.list(DEV)) {
      return files
          .filter(p -> p.toString().endsWith(".txt"))
          .filter(p -> p.toFile().length() < 6_000)
          .sorted()
          .toList();
    }
  }

  private static byte[] garbage(Random random) {
    byte[] bytes = new byte[2_000];
    random.nextBytes(bytes);
    bytes[100] = 0;
    return bytes;
  }

  private static boolean isGarbage(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** Makes {@code folder} hold exactly {@code files}. */
  private static void write(Path folder, Map<String, byte[]> files) throws IOException {
    try (Stream<Path> old = Files.list(folder)) {
      for (Path p : old.toList()) {
        if (!files.containsKey(p.getFileName().toString())) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path p = folder.resolve(file.getKey());
      if (!Files.exists(p) || !java.util.Arrays.equals(Files.readAllBytes(p), file.getValue())) {
        Files.write(p, file.getValue());
        // Each write a second of its own, long ago: files left alone keep their stamps and are
        // skipped unread by the next load, as on a real corpus (a file written just now is read).
        Files.setLastModifiedTime(
            p, FileTime.from(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(++writes)));
      }
    }
  }

  private static CliRun load(Path corpus, EmbeddedNeo4j neo4j) {
    return CliRun.run(
        "load", corpus.toString(), "--uri", neo4j.boltUri().toString(), "--prune", "-q");
  }

  private static List<String> dump(EmbeddedNeo4j neo4j) {
    try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
      return GraphDumps.canonical(driver);
    }
  }

  private static void clear(EmbeddedNeo4j neo4j) {
    try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        Session session = driver.session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
  }
}
