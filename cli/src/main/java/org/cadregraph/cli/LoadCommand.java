package org.cadregraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.cli.neo4j.ConnectionOptions;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.EmbeddedNeo4j;
import org.cadregraph.cli.neo4j.Linger;
import org.cadregraph.cli.neo4j.LingerOptions;
import org.cadregraph.cli.neo4j.Neo4jConnection;
import org.cadregraph.cli.neo4j.Neo4jConnector;
import org.cadregraph.cli.neo4j.Neo4jTarget;
import org.cadregraph.cli.neo4j.ServerOptions;
import org.cadregraph.extract.Extractor;
import org.cadregraph.extract.ExtractorConfig;
import org.cadregraph.extract.input.ArticleFile;
import org.cadregraph.extract.input.InputWalker;
import org.cadregraph.extract.model.ExtractionProblem;
import org.cadregraph.extract.nlp.NlpModels;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.FactReader;
import org.cadregraph.graph.GraphException;
import org.cadregraph.graph.GraphLoader;
import org.cadregraph.graph.LoadReport;
import org.cadregraph.graph.LoadSession;
import org.cadregraph.graph.LoaderConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph load}: extracts articles (or reads {@code .jsonl} fact files written by {@code
 * extract}) and writes their facts to Neo4j, one whole article at a time, then prints what it did.
 * Not thread-safe; one instance per run.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Extract articles (files or folders) or read .jsonl fact files written by extract, and"
          + " write the facts to Neo4j: the embedded database in --db (default ./data), or"
          + " --uri.",
      "Each problem is reported on stderr as 'path: reason' or 'article: reason'; the rest goes"
          + " on.",
      "With --every it keeps running and loads again on schedule (unchanged articles are skipped)."
    })
final class LoadCommand implements Callable<Integer> {
  private static final String FACTS_SUFFIX = ".jsonl";

  @Spec CommandSpec spec;
  @ParentCommand CadregraphCommand parent;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Article files or folders, or .jsonl fact files.")
  List<Path> inputs;

  @Mixin ConnectionOptions connection;

  @Mixin LingerOptions linger;

  @Option(
      names = "--prune",
      description = "Remove stored articles that are not among these inputs.")
  boolean prune;

  @Option(
      names = "--force",
      description = "Write articles again even when unchanged since the last load.")
  boolean force;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "" + LoaderConfig.DEFAULT_BATCH_SIZE,
      description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(
      names = "--serve",
      description =
          "Keep the embedded database open afterwards with Bolt and"
              + " Neo4j Browser, like serve, until interrupted.")
  boolean serve;

  @Mixin ServeOptions serving;

  @Mixin ExtractionOptions extraction;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "No progress or notes; the result line, problems and a server left running are still"
              + " said.")
  boolean quiet;

  @Option(
      names = "--every",
      paramLabel = "DURATION",
      converter = ReloadSchedule.Converter.class,
      description =
          "Keep running and load again every DURATION (30m, 6h, 1d), printing each run's"
              + " result line; a failed run is reported and the schedule goes on. Ctrl-C ends it.")
  Duration every;

  /** For tests (and a bounded catch-up): stop after this many scheduled runs. */
  @Option(
      names = "--runs",
      paramLabel = "N",
      hidden = true,
      defaultValue = "0",
      description = "With --every: stop after N runs (0 = never).")
  int runs;

  private final AtomicInteger problems = new AtomicInteger();

  /**
   * Loaded at the first article to extract, then kept for every scheduled run (models load once).
   */
  private Extractor extractor;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Neo4jTarget target = connection.target(parent.environment());
    if (serve && !(target instanceof Neo4jTarget.Folder)) {
      throw new CliException(
          ExitStatus.USAGE, "--serve serves the embedded database; it does not go with --uri");
    }
    LoaderConfig config = loaderConfig();
    // Bad options fail before Neo4j starts.
    ExtractorConfig extractorConfig = extraction.config();
    ServerOptions serverOptions = serve ? serving.options(parent.environment()) : null;
    if (every == null) {
      if (runs != 0) {
        throw new CliException(ExitStatus.USAGE, "--runs goes with --every");
      }
      // With --serve this process serves the store itself; --every (below) keeps running anyway.
      Linger lingering =
          serve ? Linger.OFF : linger.linger(parent.environment(), parent.terminal(), err::println);
      return loadOnce(target, config, extractorConfig, serverOptions, lingering, out, err);
    }
    if (serve) {
      throw new CliException(
          ExitStatus.USAGE,
          "--every and --serve do not go together; run serve, and"
              + " load --every on the same --db loads through it");
    }
    ReloadSchedule schedule = new ReloadSchedule(every, runs, ReloadSchedule.Clock.SYSTEM);
    return schedule.run(
        number -> loadOnce(target, config, extractorConfig, null, Linger.OFF, out, err),
        failure -> reportFailedRun(failure, err),
        note -> {
          err.println(note);
          err.flush();
        });
  }

  /** One load: connects (the store is held only while it runs), loads, prints the result line. */
  private int loadOnce(
      Neo4jTarget target,
      LoaderConfig config,
      ExtractorConfig extractorConfig,
      ServerOptions serverOptions,
      Linger lingering,
      PrintWriter out,
      PrintWriter err) {
    problems.set(0);
    Neo4jConnector connector = new Neo4jConnector(quiet ? note -> {} : err::println, lingering);
    try (Neo4jConnection neo4j =
        serve
            ? connector.connectServing((Neo4jTarget.Folder) target, serverOptions)
            : connector.connect(target)) {
      GraphLoader loader = new GraphLoader(neo4j.driver(), config.withDatabase(neo4j.database()));
      LoadReport report = load(loader, extractorConfig, err);
      out.println("loaded into " + neo4j.description() + ": " + report.summary());
      out.flush();
      report.failures().forEach(err::println);
      problems.addAndGet(report.failures().size());
      if (serve) {
        serveAfterLoad(neo4j, ((Neo4jTarget.Folder) target).folder(), out);
      }
    }
    return problems.get() == 0 ? ExitStatus.OK.code() : ExitStatus.INPUTS_FAILED.code();
  }

  /**
   * A scheduled run that ended early (Neo4j down, store in use ...): one line, as the command would
   * have printed it on its own, and the status it would have exited with.
   */
  private int reportFailedRun(RuntimeException e, PrintWriter err) {
    return Failures.report(e, err, parent.verbose);
  }

  private LoaderConfig loaderConfig() {
    if (batchSize < 1) {
      throw new CliException(ExitStatus.USAGE, "--batch-size must be at least 1, got " + batchSize);
    }
    return LoaderConfig.defaults().withBatchSize(batchSize).withPrune(prune).withForce(force);
  }

  private LoadReport load(GraphLoader loader, ExtractorConfig extractorConfig, PrintWriter err) {
    LoadSession session;
    try {
      loader.applySchema();
      session = loader.begin();
    } catch (GraphException e) {
      throw new CliException(ExitStatus.NEO4J_UNAVAILABLE, e.getMessage(), e);
    }
    // Each input walked once, up front: the count shows the time left, and the walk's problems are
    // reported once the progress line is there.
    InputWalker walker = new InputWalker();
    List<ExtractionProblem> walkProblems = new ArrayList<>();
    List<List<ArticleFile>> walked = new ArrayList<>();
    for (Path input : inputs) {
      walked.add(isFactFile(input) ? List.of() : walker.walk(List.of(input), walkProblems::add));
    }
    int totalFiles = walked.stream().mapToInt(List::size).sum();
    Progress progress = new Progress(err, parent.terminal(), quiet, totalFiles, System::nanoTime);
    try (session) {
      Consumer<String> onProblem =
          problem -> {
            problems.incrementAndGet();
            progress.println(problem);
          };
      // A file that exists but failed this run keeps what the store has of it, pruning too: only
      // articles whose files are gone are pruned.
      Consumer<ExtractionProblem> onExtractionProblem =
          problem -> {
            onProblem.accept(problem.line());
            if (problem.concernsArticleFile()) {
              if (problem.articles().isEmpty()) {
                session.keepFailedFile(problem.fileId());
              } else {
                problem.articles().forEach(session::keepFailed);
              }
            }
          };
      walkProblems.forEach(onExtractionProblem);
      // The stamp of each file to read, taken before it is read, stored with its articles.
      Map<String, String> stamps = new HashMap<>();
      Consumer<List<Fact>> sink =
          article -> {
            accept(session, article, stamps.get(((ArticleInfo) article.get(0)).file()), onProblem);
            progress.article(article);
          };
      List<ArticleFile> articles = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        if (isFactFile(inputs.get(i))) {
          extractPending(
              extractorConfig, articles, session, stamps, progress, sink, onExtractionProblem);
          readFacts(inputs.get(i), session, progress, onProblem);
        } else {
          articles.addAll(walked.get(i));
        }
      }
      extractPending(
          extractorConfig, articles, session, stamps, progress, sink, onExtractionProblem);
      progress.finish();
      return session.finish();
    } catch (GraphException e) {
      progress.finish();
      // Only a lost database ends the run; refused articles were reported in accept().
      throw new CliException(ExitStatus.NEO4J_UNAVAILABLE, e.getMessage(), e);
    }
  }

  /**
   * Extracts the article files gathered so far (keeping the input order) and clears them. A file
   * whose stamp is the one its stored articles were loaded under is not read at all: the session
   * holds its articles as unchanged.
   */
  private void extractPending(
      ExtractorConfig config,
      List<ArticleFile> articles,
      LoadSession session,
      Map<String, String> stamps,
      Progress progress,
      Consumer<List<Fact>> sink,
      Consumer<ExtractionProblem> onProblem) {
    if (articles.isEmpty()) {
      return;
    }
    List<ArticleFile> toRead = new ArrayList<>();
    for (ArticleFile file : articles) {
      String stamp = SourceStamp.of(file.path(), Extractor.version());
      if (session.keepUnchangedFile(file.id(), stamp)) {
        progress.unchangedFile();
      } else {
        toRead.add(file);
        if (stamp != null) {
          stamps.put(file.id(), stamp);
        }
      }
    }
    articles.clear();
    if (toRead.isEmpty()) {
      return;
    }
    if (extractor == null) {
      extractor = Extractor.create(config, NlpModels.fromClasspath()); // models load once
    }
    extractor.extractFiles(toRead, sink, onProblem);
  }

  /**
   * Hands one article to the session; an article the loader refuses is reported, counted as failed
   * and skipped (what the store has of it stays).
   */
  private static void accept(
      LoadSession session, List<Fact> article, String fileStamp, Consumer<String> onProblem) {
    try {
      session.accept(article, fileStamp);
    } catch (GraphException e) {
      if (e.getCause() instanceof Neo4jException) {
        throw e;
      }
      onProblem.accept(article.get(0).article() + ": " + e.getMessage());
      session.keepFailed(article.get(0).article());
    }
  }

  /**
   * Loads a fact file written by extract. An article next to a bad line may have lost a fact to it,
   * so the articles on either side of a bad line are not written but kept as they are stored; and
   * since an article all of whose lines are bad cannot be named, a fact file with a bad line (or
   * one that cannot be read) stops pruning for this run.
   */
  private static void readFacts(
      Path file, LoadSession session, Progress progress, Consumer<String> onProblem) {
    if (!Files.exists(file)) {
      onProblem.accept(file + ": no such file; its articles count as gone");
      return;
    }
    if (!Files.isRegularFile(file)) {
      // A named pipe or device could block or never end: never opened.
      onProblem.accept(file + ": not a regular file (a named pipe or device?); not read");
      failedFactFile(file, session, progress);
      return;
    }
    // Articles still to hold back: the one being read when a bad line came, and the next.
    int[] suspect = {0};
    boolean[] bad = {false};
    Consumer<String> onBadLine =
        line -> {
          onProblem.accept(line);
          suspect[0] = 2;
          bad[0] = true;
        };
    Consumer<List<Fact>> sink =
        article -> {
          if (suspect[0] > 0) {
            suspect[0]--;
            session.keepFailed(article.get(0).article());
            return;
          }
          accept(session, article, null, onProblem);
          progress.article(article);
        };
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        FactReader reader = new FactReader(in, file.toString(), onBadLine)) {
      reader.forEachArticle(sink);
    } catch (IOException | UncheckedIOException e) {
      onProblem.accept(file + ": cannot read (" + Problems.reason(e) + ")");
      bad[0] = true;
    }
    if (bad[0]) {
      failedFactFile(file, session, progress);
    }
  }

  /** A fact file that failed: counted as failed once, and nothing is pruned in this run. */
  private static void failedFactFile(Path file, LoadSession session, Progress progress) {
    session.keepFailedFile(file.toString());
    session.keepAllStored();
    progress.println(file + ": not all of its articles could be named; nothing is pruned this run");
  }

  /**
   * A path named on the command line with the .jsonl suffix holds facts written by extract (a
   * missing one is reported as such, without loading the extractor's models for it).
   */
  private static boolean isFactFile(Path input) {
    return input.getFileName() != null
        && input.getFileName().toString().endsWith(FACTS_SUFFIX)
        && !Files.isDirectory(input);
  }

  private void serveAfterLoad(Neo4jConnection neo4j, DatabaseFolder folder, PrintWriter out) {
    if (neo4j.embedded().isPresent()) {
      EmbeddedNeo4j server = neo4j.embedded().get();
      Serving.untilInterrupted(server, folder, out);
    } else {
      out.println(
          folder
              + " is already being served ("
              + neo4j.description()
              + "); not starting another server");
      out.flush();
    }
  }
}
