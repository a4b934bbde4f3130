package org.cadregraph.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.extract.Extractor;
import org.cadregraph.extract.ExtractorConfig;
import org.cadregraph.extract.nlp.NlpModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph bench}: in one run, on a generated corpus of KCNA-like reports (or the first
 * files of a real one, {@code --corpus}), measures extraction against the bare OpenNLP floor (one
 * thread and all cores), the real load against a raw {@code UNWIND ... CREATE} and Neo4j's bulk
 * importer, the unchanged re-load, and the peak heap of each phase; prints them, and with {@code
 * --json} also as one JSON object on the last line. A benchmark, not a test: nothing here judges a
 * time. Not thread-safe; one instance per run.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure extraction and loading on a generated corpus: tokens/s against the OpenNLP floor"
          + " (1 thread and all cores, median of --runs), facts/s of the load against a raw UNWIND"
          + " CREATE and neo4j-admin's bulk import, the unchanged re-load, and peak heap.",
      "Progress goes to stderr; figures to stdout. Run it with -Xmx512m to check the heap bound."
    })
public final class BenchCommand implements Callable<Integer> {
  /** A few thousand articles: about a minute of single-threaded extraction on a quiet core. */
  static final int DEFAULT_ARTICLES = 2000;

  static final int DEFAULT_RUNS = 3;

  /**
   * Files each pipeline sees once before the clock starts, so the JIT has compiled the hot paths.
   */
  private static final int WARM_UP_FILES = 200;

  /**
   * Articles whose facts each write sees once before its clock starts (the write paths take longer
   * to compile).
   */
  private static final int WARM_UP_LOAD_ARTICLES = 1000;

  @Spec CommandSpec spec;

  @Option(
      names = "--articles",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_ARTICLES,
      description =
          "Articles to generate, or with --corpus the first N files in sorted order (default:"
              + " ${DEFAULT-VALUE}).")
  int articles;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "Measure on real article files from DIR (walked recursively, sorted; the first"
              + " --articles) instead of the generated corpus.")
  Path corpus;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads for the all-cores passes and the bulk importer (default: all processors).")
  Integer threads;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_RUNS,
      description =
          "Timed passes per extraction figure; the median is reported (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--json",
      description = "Also print every figure as one JSON object on the last line.")
  boolean json;

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      description =
          "Where the corpus, facts and databases go (default: a new temporary folder, removed"
              + " at the end).")
  Path workDir;

  @Option(
      names = "--keep",
      description = "Keep the work folder (corpus, facts, databases) afterwards.")
  boolean keep;

  @Override
  public Integer call() {
    int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (articles < 1 || cores < 1 || runs < 1) {
      throw new CliException(
          ExitStatus.USAGE,
          "--articles, --threads and --runs must be at least 1, got "
              + articles
              + ", "
              + cores
              + ", "
              + runs);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path work = workFolder();
    try {
      BenchReport report = measure(work, cores, err);
      report.lines().forEach(out::println);
      if (json) {
        out.println(toJson(report.figures()));
      }
      out.flush();
      return ExitStatus.OK.code();
    } finally {
      if (keep || workDir != null) {
        err.println("bench: work folder kept: " + work);
      } else {
        delete(work);
      }
    }
  }

  private BenchReport measure(Path work, int cores, PrintWriter err) {
    long started = System.nanoTime();
    CorpusGenerator.GeneratedCorpus corpus;
    if (this.corpus == null) {
      note(err, "generating " + articles + " articles in " + work);
      corpus = new TemplateCorpusGenerator().write(work.resolve("corpus"), articles);
    } else {
      note(err, "copying the first " + articles + " article files of " + this.corpus);
      corpus = new FolderSampleCorpus(this.corpus).write(work.resolve("corpus"), articles);
    }
    List<Path> files = files(corpus.folder());
    Path facts = work.resolve("facts.jsonl");

    HeapPeak heap = new HeapPeak();
    NlpModels models = NlpModels.fromClasspath();
    Extractor single = Extractor.create(ExtractorConfig.defaults().withThreads(1), models);
    Extractor parallel =
        cores == 1
            ? single
            : Extractor.create(ExtractorConfig.defaults().withThreads(cores), models);
    TokenPipeline extractor = new FullExtractorPipeline(n -> n == 1 ? single : parallel, facts);
    TokenPipeline floor = new OpenNlpFloorPipeline(models);

    List<Path> warmUp = files.subList(0, Math.min(WARM_UP_FILES, files.size()));
    note(err, "warming up on " + warmUp.size() + " articles");
    extractor.run(warmUp, cores);
    floor.run(warmUp, cores);

    heap.reset();
    List<TokenPipeline.Pass> extractOne = new ArrayList<>();
    List<TokenPipeline.Pass> extractAll = new ArrayList<>();
    List<TokenPipeline.Pass> floorOne = new ArrayList<>();
    List<TokenPipeline.Pass> floorAll = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      // Interleaved, so that a burst of load from elsewhere on the machine hits all four alike.
      extractAll.add(
          timed(err, "extract, " + cores + " threads, run " + run, extractor, files, cores));
      floorAll.add(
          timed(err, "OpenNLP floor, " + cores + " threads, run " + run, floor, files, cores));
      floorOne.add(timed(err, "OpenNLP floor, 1 thread, run " + run, floor, files, 1));
      extractOne.add(
          timed(err, "extract, 1 thread, run " + run, extractor, files, 1)); // last: facts.jsonl
    }
    ExtractionFigures extraction =
        new ExtractionFigures(
            cores,
            ExtractionFigures.median(extractOne),
            ExtractionFigures.median(extractAll),
            ExtractionFigures.median(floorOne),
            ExtractionFigures.median(floorAll),
            heap.megabytes());

    // As for extraction: each write runs once on the first articles, into a store of its own,
    // before its clock starts, so that the figures are the steady rates of a long load and none
    // of the writes pays the JIT's compilation of Neo4j's write paths for the others.
    int warmArticles = Math.min(corpus.articles(), WARM_UP_LOAD_ARTICLES);
    Path warmFacts = FactFiles.head(facts, work.resolve("warm-up.jsonl"), warmArticles);
    note(err, "warming up the three writes on " + warmArticles + " articles' facts");
    new CypherMergeWrite(new HeapPeak()).write(warmFacts, work.resolve("warm-load"));
    new UnwindCreateWrite().write(warmFacts, work.resolve("warm-create"));
    new BulkImportWrite(cores).write(warmFacts, work.resolve("warm-import"));

    note(err, "loading the facts into a new embedded database (then again, unchanged)");
    CypherMergeWrite merge = new CypherMergeWrite(heap);
    GraphWrite.Written load = merge.write(facts, work.resolve("db-load"));
    note(err, "writing the same facts with UNWIND ... CREATE into a new database");
    GraphWrite.Written create = new UnwindCreateWrite().write(facts, work.resolve("db-create"));
    note(err, "bulk-importing the same graph with neo4j-admin database import full");
    GraphWrite.Written bulk = new BulkImportWrite(cores).write(facts, work.resolve("db-import"));
    LoadFigures loading =
        new LoadFigures(load, merge.reloadSeconds(), create, bulk, merge.peakHeapMb());

    return new BenchReport(
        corpus,
        extraction,
        loading,
        merge.reports().get(0),
        merge.profile(),
        HeapPeak.maxMegabytes(),
        (System.nanoTime() - started) / 1e9);
  }

  private static TokenPipeline.Pass timed(
      PrintWriter err, String what, TokenPipeline pipeline, List<Path> files, int threads) {
    TokenPipeline.Pass pass = pipeline.run(files, threads);
    note(
        err,
        String.format(
            Locale.ROOT,
            "%s: %.1f s, %.0f tokens/s",
            what,
            pass.seconds(),
            pass.tokensPerSecond()));
    return pass;
  }

  private static void note(PrintWriter err, String line) {
    err.println("bench: " + line);
    err.flush();
  }

  private Path workFolder() {
    try {
      if (workDir == null) {
        return Files.createTempDirectory("cadregraph-bench-");
      }
      Files.createDirectories(workDir);
      try (Stream<Path> entries = Files.list(workDir)) {
        if (entries.findAny().isPresent()) {
          throw new CliException(
              ExitStatus.USAGE, "--work-dir " + workDir + " must be empty or new");
        }
      }
      return workDir.toAbsolutePath();
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, "cannot create the work folder (" + e.getMessage() + ")", e);
    }
  }

  private static List<Path> files(Path corpus) {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED,
          corpus + ": cannot list the corpus (" + e.getMessage() + ")",
          e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // Left behind in the temporary folder; the figures are what matter.
    }
  }

  private static String toJson(Map<String, Object> figures) {
    try {
      return new ObjectMapper().writeValueAsString(new LinkedHashMap<>(figures));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("figures are plain numbers and cannot fail to serialize", e);
    }
  }
}
