package org.cadregraph.extract;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadregraph.extract.assembly.ArticleMeta;
import org.cadregraph.extract.assembly.FactAssembler;
import org.cadregraph.extract.dateline.ArticleSplitter;
import org.cadregraph.extract.dateline.DatelineParser;
import org.cadregraph.extract.events.EventExtractor;
import org.cadregraph.extract.input.ArticleFile;
import org.cadregraph.extract.input.DocumentReader;
import org.cadregraph.extract.input.FolderIndex;
import org.cadregraph.extract.input.InputWalker;
import org.cadregraph.extract.input.RawDocument;
import org.cadregraph.extract.model.Deadline;
import org.cadregraph.extract.model.ExtractionException;
import org.cadregraph.extract.model.ExtractionProblem;
import org.cadregraph.extract.names.NameFinder;
import org.cadregraph.extract.nlp.NlpModels;
import org.cadregraph.extract.nlp.SentenceAnalyzer;
import org.cadregraph.extract.orgs.CellHonourFinder;
import org.cadregraph.extract.orgs.OrganizationPhraseFinder;
import org.cadregraph.extract.orgs.PartOfExtractor;
import org.cadregraph.extract.roles.RoleExtractor;
import org.cadregraph.extract.roles.RosterExtractor;
import org.cadregraph.extract.text.LanguageIdentifier;
import org.cadregraph.extract.text.TextNormalizer;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.PartialDate;

/**
 * Extracts facts from state-media articles: reads files and folders, splits multi-article files on
 * their datelines, and runs the extraction stages over each article. A file that cannot be used
 * (empty, binary, too large, not a regular file, gone, corrupt) and an article over its time budget
 * are each one problem line; the batch goes on. An article in another language than English gives
 * its article record and no facts. The OpenNLP models are loaded by the caller, once per process,
 * and passed to {@link #create}; an instance is thread-safe and meant to be reused for a whole run
 * (or process).
 */
public final class Extractor {

  // Part of every article's load hash: a new version re-extracts stored articles on the next load.
  private static final String VERSION = "0.2.0";
  private static final Pattern FILE_NAME_DATE =
      Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?=[-_. ]|$)");

  private final ExtractorConfig config;
  private final ArticlePipeline pipeline;
  private final InputWalker walker = new InputWalker();
  private final DocumentReader reader = DocumentReader.formatAware();
  private final ArticleSplitter splitter;

  private Extractor(ExtractorConfig config, NlpModels models) {
    this.config = config;
    DatelineParser datelines = DatelineParser.patterns();
    PartOfExtractor partOf = PartOfExtractor.nestedPhrase();
    this.splitter = ArticleSplitter.onDatelines(datelines);
    this.pipeline =
        new ArticlePipeline(
            TextNormalizer.wireCopy(),
            LanguageIdentifier.stopWords(),
            datelines,
            SentenceAnalyzer.openNlp(models),
            NameFinder.romanized(),
            RoleExtractor.apposition(),
            RosterExtractor.headedLists(),
            partOf,
            OrganizationPhraseFinder.headNoun(),
            EventExtractor.cueWords(),
            CellHonourFinder.titleClause(),
            new FactAssembler(partOf, VERSION));
  }

  /**
   * Builds an extractor over models loaded once at the edge ({@link NlpModels#fromClasspath()}),
   * which any number of extractors may share. Throws {@link NullPointerException} naming the
   * missing argument.
   */
  public static Extractor create(ExtractorConfig config, NlpModels models) {
    Objects.requireNonNull(
        config, "config must not be null; ExtractorConfig.defaults() gives the defaults");
    Objects.requireNonNull(
        models, "models must not be null; load them once with NlpModels.fromClasspath()");
    return new Extractor(config, models);
  }

  /** The extractor version written into every {@link org.cadregraph.facts.ArticleInfo}. */
  public static String version() {
    return VERSION;
  }

  public ExtractorConfig config() {
    return config;
  }

  /**
   * Walks the inputs (files and folders), reads, splits and extracts, streaming: the sink gets one
   * article's whole fact list at a time (ArticleInfo first), in input order, from one thread at a
   * time. Each problem goes to {@code onProblem} as an {@link ExtractionProblem} (its {@link
   * ExtractionProblem#line() line} is "path: reason"), naming the article file and, where known,
   * the articles that failed; the batch goes on. A file whose articles are partly delivered and
   * partly failed gives one problem per failed article.
   */
  public ExtractionSummary run(
      List<Path> inputs, Consumer<List<Fact>> sink, Consumer<ExtractionProblem> onProblem) {
    Counter counter = new Counter();
    Consumer<ExtractionProblem> problems = counting(counter, onProblem);
    return extract(walker.walk(inputs, problems), sink, onProblem, problems, counter);
  }

  /**
   * Like {@link #run}, over article files already walked (by {@link InputWalker}): a caller that
   * skips some files, e.g. those unchanged since they were loaded, walks first and extracts the
   * rest. The INDEX.tsv files are looked up from each file's own root.
   */
  public ExtractionSummary extractFiles(
      List<ArticleFile> files, Consumer<List<Fact>> sink, Consumer<ExtractionProblem> onProblem) {
    Counter counter = new Counter();
    return extract(files, sink, onProblem, counting(counter, onProblem), counter);
  }

  private static Consumer<ExtractionProblem> counting(
      Counter counter, Consumer<ExtractionProblem> onProblem) {
    return problem -> {
      synchronized (counter) {
        counter.failed++;
      }
      onProblem.accept(problem);
    };
  }

  private ExtractionSummary extract(
      List<ArticleFile> files,
      Consumer<List<Fact>> sink,
      Consumer<ExtractionProblem> onProblem,
      Consumer<ExtractionProblem> problems,
      Counter counter) {
    FolderIndex index = new FolderIndex(onProblem);
    if (config.threads() == 1) {
      for (ArticleFile f : files) {
        deliver(extractFile(f, index), sink, problems, counter);
      }
    } else {
      ExecutorService pool =
          Executors.newFixedThreadPool(
              config.threads(),
              r -> {
                Thread t = new Thread(r, "cadregraph-extract");
                t.setDaemon(true);
                return t;
              });
      try {
        Deque<Future<FileResult>> window = new ArrayDeque<>();
        int next = 0;
        while (next < files.size() || !window.isEmpty()) {
          while (next < files.size() && window.size() < config.threads() * 4) {
            ArticleFile f = files.get(next++);
            window.add(pool.submit(() -> extractFile(f, index)));
          }
          deliver(await(window.poll()), sink, problems, counter);
        }
      } finally {
        pool.shutdownNow();
      }
    }
    return new ExtractionSummary(
        counter.files, counter.articles, counter.failed, counter.facts, counter.tokens);
  }

  /** One article's text, for tests and callers that already have the text. */
  public List<Fact> extract(String articleId, String text) {
    ArticleMeta meta =
        new ArticleMeta(
            articleId,
            null,
            config.commandLineDate(),
            config.commandLineDate() == null ? null : "command-line",
            null,
            0);
    return pipeline.extract(meta, text, deadline(articleId)).facts();
  }

  private Deadline deadline(String articleId) {
    return Deadline.after(config.articleTimeBudget(), articleId);
  }

  private static final class Counter {
    int files;
    int articles;
    int failed;
    long facts;
    long tokens;
  }

  /** What one file gave: the facts of each article, and the problems met. */
  private record FileResult(
      List<List<Fact>> articles, List<ExtractionProblem> problems, long tokens) {}

  private static FileResult await(Future<FileResult> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted while extracting", e);
    } catch (ExecutionException e) {
      throw new ExtractionException("extraction failed: " + e.getCause(), e.getCause());
    }
  }

  private static void deliver(
      FileResult r,
      Consumer<List<Fact>> sink,
      Consumer<ExtractionProblem> problems,
      Counter counter) {
    counter.files++;
    for (ExtractionProblem p : r.problems()) {
      problems.accept(p);
    }
    for (List<Fact> facts : r.articles()) {
      counter.articles++;
      counter.facts += facts.size();
      sink.accept(facts);
    }
    counter.tokens += r.tokens();
  }

  private FileResult extractFile(ArticleFile file, FolderIndex index) {
    List<List<Fact>> out = new ArrayList<>();
    List<ExtractionProblem> problems = new ArrayList<>();
    long tokens = 0;
    RawDocument doc;
    try {
      doc = reader.read(file.path(), config.maxArticleChars());
    } catch (ExtractionException e) {
      problems.add(ExtractionProblem.ofFile(file.path(), file.id(), e.getMessage()));
      return new FileResult(out, problems, 0);
    } catch (RuntimeException e) {
      // a parser library (jsoup, PDFBox) failing in its own way on a damaged file
      problems.add(
          ExtractionProblem.ofFile(
              file.path(),
              file.id(),
              "cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
      return new FileResult(out, problems, 0);
    }
    if (!hasText(doc.text())) {
      problems.add(
          ExtractionProblem.ofFile(
              file.path(),
              file.id(),
              (doc.text().isEmpty() ? "empty file" : "only white space") + ", no text to extract"));
      return new FileResult(out, problems, 0);
    }
    String[] known = knownDate(file, index);
    FolderIndex.Entry entry = index.lookup(file.path(), file.root());
    String url =
        entry != null && entry.sourceUrl() != null ? entry.sourceUrl() : doc.canonicalUrl();
    List<ArticleSplitter.Piece> pieces = splitter.split(doc.text());
    for (int k = 0; k < pieces.size(); k++) {
      ArticleSplitter.Piece piece = pieces.get(k);
      String id = pieces.size() == 1 ? file.id() : file.id() + "#" + (k + 1);
      String text = doc.text().substring(piece.start(), piece.end());
      String source = file.path() + (pieces.size() == 1 ? "" : "#" + (k + 1));
      if (text.isBlank()) {
        problems.add(
            ExtractionProblem.ofArticle(
                source, file.id(), id, "empty article, no text to extract"));
        continue;
      }
      ArticleMeta meta = new ArticleMeta(id, file.id(), known[0], known[1], url, piece.start());
      try {
        ArticlePipeline.Result result = pipeline.extract(meta, text, deadline(id));
        out.add(result.facts());
        tokens += result.tokens();
      } catch (ExtractionException e) {
        problems.add(ExtractionProblem.ofArticle(source, file.id(), id, e.getMessage()));
      } catch (RuntimeException | StackOverflowError e) {
        // a defect met on odd text costs this article only; a stack overflow (deep regex
        // recursion) unwinds cleanly, so the worker and the batch go on
        problems.add(
            ExtractionProblem.ofArticle(
                source,
                file.id(),
                id,
                "extraction failed ("
                    + e.getClass().getSimpleName()
                    + ": "
                    + e.getMessage()
                    + ")"));
      }
    }
    return new FileResult(out, problems, tokens);
  }

  /**
   * True when {@code s} holds a character other than white space, no-break spaces and invisible
   * marks.
   */
  private static boolean hasText(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && c != '\uFEFF'
          && c != '\u200B') {
        return true;
      }
    }
    return false;
  }

  /**
   * The date known before reading: file name, else INDEX.tsv, else the command line; with its
   * source.
   */
  private String[] knownDate(ArticleFile file, FolderIndex index) {
    Matcher m = FILE_NAME_DATE.matcher(file.path().getFileName().toString());
    if (m.find() && validDate(m.group())) {
      return new String[] {m.group(), "file-name"};
    }
    FolderIndex.Entry entry = index.lookup(file.path(), file.root());
    if (entry != null && entry.date() != null && validDate(entry.date())) {
      return new String[] {entry.date(), "index"};
    }
    String cli = config.commandLineDate();
    return new String[] {cli, cli == null ? null : "command-line"};
  }

  private static boolean validDate(String d) {
    return PartialDate.isValid(d) && d.compareTo("1900") >= 0;
  }
}
