package org.cadregraph.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.Fact;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One load run: hand it each article's facts with {@link #accept}, then call {@link #finish()}.
 * Articles are buffered and written a batch at a time, each batch in one managed transaction (whole
 * articles only, so a crash never leaves half an article). Before a batch is written, one query
 * fetches the stored hashes of its articles, and articles whose hash is unchanged are skipped. A
 * caller that knows each file's stamp (its size and modification time) can skip a file without
 * reading it: {@link #keepUnchangedFile} holds its stored articles as unchanged when the stamp is
 * the one they were loaded under, given with {@link #accept(List, String)}. A changed article is
 * replaced: its statements go, nodes left without any go, and what is derived from the remaining
 * statements (first/last seen ...) is recomputed.
 *
 * <p>A batch is written on a thread of the session's own while the caller reads and hands over the
 * next one (at most one batch is in the writing and one being filled), so that reading the facts
 * and writing them use two cores. What goes wrong in the writing of a batch is thrown by the next
 * call to {@link #accept} or {@link #finish()}.
 *
 * <p>The session holds the database's load lock from {@link GraphLoader#begin()} until {@link
 * #finish()} or {@link #close()}. Not thread-safe: one thread feeds one session.
 */
public final class LoadSession implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LoadSession.class);

  /**
   * A batch is also cut when it holds this many facts, so that long articles stay light
   * transactions: from about 1,500 facts a batch up, the load's speed no longer grows with the
   * batch (measured on the bench corpus at 100, 300 and 1,000 articles a batch).
   */
  private static final int MAX_BATCH_FACTS = 5_000;

  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final LoaderConfig config;
  private final Corrections corrections;
  private final LoadLock lock;
  private final Instant started;

  /** Writes one batch at a time, in order; its thread ends with the session. */
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "cadregraph-load-writer");
            thread.setDaemon(true);
            return thread;
          });

  /** The batch being written, if any. */
  private Future<?> writing;

  private List<List<Fact>> pending = new ArrayList<>();
  private Map<String, String> pendingStamps = new HashMap<>();
  private int pendingFacts;

  /** Stored articles with a source stamp, by file id; read at the first file asked about. */
  private Map<String, Map<String, String>> storedStamps;

  /**
   * Files some of whose articles failed this run: their stamps are forgotten at the end, so that
   * the next load reads them again. Filled from the writer thread too.
   */
  private final Set<String> unstampedFiles = ConcurrentHashMap.newKeySet();

  private int unchangedByStamp;
  private final WriteProfile profile = new WriteProfile();
  private final Set<String> seen = new LinkedHashSet<>();

  /** Inputs that failed this run (article ids, or file ids for whole files); each counts once. */
  private final Set<String> failedInputs = new LinkedHashSet<>();

  /** Files whose every stored article (id {@code F} or {@code F#n}) prune keeps. */
  private final Set<String> keptFiles = new LinkedHashSet<>();

  private boolean keepAllStored;
  private final List<String> failures = new ArrayList<>();
  private final Counters counters = new Counters();
  private int articles;
  private int skipped;
  private int replaced;
  private int pruned;
  private long facts;
  private int written;
  private boolean closed;

  LoadSession(
      Driver driver,
      SessionConfig sessionConfig,
      LoaderConfig config,
      Corrections corrections,
      LoadLock lock,
      Instant started) {
    this.driver = driver;
    this.sessionConfig = sessionConfig;
    this.config = config;
    this.corrections = corrections;
    this.lock = lock;
    this.started = started;
  }

  /**
   * Takes the facts of ONE article, its {@link ArticleInfo} first. An article that is not valid (no
   * facts, no ArticleInfo first, facts of another article mixed in, an id already given in this
   * run) is refused with a {@link GraphException} naming it, and nothing of it is written; the
   * session stays usable. May write a batch to the database.
   */
  public void accept(List<Fact> articleFacts) {
    accept(articleFacts, null);
  }

  /**
   * Like {@link #accept(List)}, for an article read from a file whose stamp (see {@link
   * #keepUnchangedFile}) was taken before the file was read; null when it is not known.
   */
  public void accept(List<Fact> articleFacts, String fileStamp) {
    checkOpen();
    if (articleFacts == null || articleFacts.isEmpty()) {
      throw new GraphException("an article needs at least its article record; got no facts");
    }
    if (!(articleFacts.get(0) instanceof ArticleInfo info)) {
      throw new GraphException(
          "the facts of article '"
              + articleFacts.get(0).article()
              + "' must start with its article record (type 'article'), got type '"
              + articleFacts.get(0).type().jsonName()
              + "'");
    }
    String id = info.article();
    if (!seen.add(id)) {
      throw new GraphException(
          "article '" + id + "' was given twice in one load; each article id must be unique");
    }
    for (Fact fact : articleFacts) {
      if (!fact.article().equals(id)) {
        throw new GraphException(
            "article '"
                + id
                + "' holds a fact of article '"
                + fact.article()
                + "'; give each article's facts on their own");
      }
    }
    articles++;
    pending.add(List.copyOf(articleFacts));
    if (fileStamp != null && info.file() != null) {
      pendingStamps.put(id, sourceStamp(fileStamp));
    }
    pendingFacts += articleFacts.size();
    if (pending.size() >= config.batchSize() || pendingFacts >= MAX_BATCH_FACTS) {
      handOver();
    }
  }

  /**
   * Holds every stored article of file {@code fileId} as unchanged (counted so, kept by pruning)
   * when each was loaded from that file under {@code fileStamp}, by this graph model and these
   * corrections; returns false, and does nothing, when the file must be read: never loaded with a
   * stamp, a stamp that differs (the file, the extractor version, the model or the corrections
   * changed), or {@code --force}. A stamp is the caller's summary of the file's size, modification
   * time and the extractor's version: the file is trusted unchanged while they are.
   */
  public boolean keepUnchangedFile(String fileId, String fileStamp) {
    checkOpen();
    if (config.force() || fileStamp == null) {
      return false;
    }
    Map<String, String> stored = storedStamps().getOrDefault(fileId, Map.of());
    String stamp = sourceStamp(fileStamp);
    if (stored.isEmpty() || !stored.values().stream().allMatch(stamp::equals)) {
      return false;
    }
    for (String id : stored.keySet()) {
      if (seen.add(id)) {
        articles++;
        unchangedByStamp++;
      }
    }
    return true;
  }

  /**
   * Marks an article as present in this run without giving its facts (its input could not be read
   * this time), so that pruning keeps what is stored for it.
   */
  public void retain(String articleId) {
    checkOpen();
    seen.add(articleId);
  }

  /**
   * An article whose input exists but failed this run (unreadable, over its time budget ...):
   * counted as failed in the report, and what is stored of it is kept, by pruning too. An id
   * already given in this run, or already reported failed, is not counted again.
   */
  public void keepFailed(String articleId) {
    checkOpen();
    if (seen.add(articleId)) {
      failedInputs.add(articleId);
    }
    unstampedFiles.add(fileOf(articleId));
  }

  /**
   * A file whose input failed before its articles were known (binary, corrupt, gone while read):
   * counted as one failed input, and every stored article of it, id {@code fileId} or {@code
   * fileId#n} (a file holding several articles), is kept, by pruning too.
   */
  public void keepFailedFile(String fileId) {
    checkOpen();
    keptFiles.add(fileId);
    failedInputs.add(fileId);
    unstampedFiles.add(fileId);
  }

  /**
   * An input failed whose articles cannot be named (a fact file that could not be read): pruning
   * removes nothing in this run, since it cannot tell that input's articles from articles gone.
   */
  public void keepAllStored() {
    checkOpen();
    keepAllStored = true;
  }

  /**
   * Where the writing time of this session went so far (complete once {@link #finish()} has
   * returned).
   */
  public WriteProfile profile() {
    return profile;
  }

  /** Writes what is buffered, prunes (when configured), releases the lock and reports. */
  public LoadReport finish() {
    checkOpen();
    try {
      handOver();
      awaitWriting();
      forgetStamps();
      if (config.prune() && !keepAllStored) {
        prune();
      }
    } finally {
      close();
    }
    LoadReport report =
        new LoadReport(
            articles + failedInputs.size(),
            skipped + unchangedByStamp,
            replaced,
            pruned,
            facts,
            counters.nodesCreated,
            counters.nodesDeleted,
            counters.relationshipsCreated,
            counters.relationshipsDeleted,
            failures,
            failedInputs.size(),
            Duration.between(started, Instant.now()));
    LOG.info("load finished: {}", report.summary());
    return report;
  }

  /**
   * Releases the load lock without writing what is still buffered; a batch already in the writing
   * is finished (or fails) first, so that no transaction outlives the lock. Idempotent.
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        if (writing != null) {
          writing.get();
        }
      } catch (ExecutionException e) {
        // Already thrown, or to be dropped with the buffered rest: the caller is giving up.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        writer.shutdownNow();
        lock.close();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** Waits for the batch in the writing, then starts writing the buffered one. */
  private void handOver() {
    awaitWriting();
    if (pending.isEmpty()) {
      return;
    }
    List<List<Fact>> batch = pending;
    Map<String, String> stamps = pendingStamps;
    pending = new ArrayList<>();
    pendingStamps = new HashMap<>();
    pendingFacts = 0;
    writing = writer.submit(() -> flush(batch, stamps));
  }

  /** Waits for the batch in the writing; rethrows what went wrong there. */
  private void awaitWriting() {
    if (writing == null) {
      return;
    }
    Future<?> done = writing;
    writing = null;
    try {
      done.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new GraphException("writing a batch failed (" + e.getCause() + ")", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GraphException(
          "interrupted while a batch was written; "
              + written
              + " articles were written in this run; loading again finishes the rest",
          e);
    }
  }

  /** Runs on the writer thread. */
  private void flush(List<List<Fact>> batch, Map<String, String> stamps) {
    long start = System.nanoTime();
    Map<String, StoredArticle> stored = storedArticles(batch);
    profile.add("stored hashes", System.nanoTime() - start);
    start = System.nanoTime();
    List<ArticlePlan> toWrite = new ArrayList<>();
    Map<String, String> hashes = new HashMap<>();
    List<Map<String, Object>> restamped = new ArrayList<>();
    for (List<Fact> facts : batch) {
      ArticleInfo info = (ArticleInfo) facts.get(0);
      String hash = loadHash(info);
      StoredArticle before = stored.get(info.article());
      if (!config.force() && before != null && hash.equals(before.hash())) {
        skipped++;
        // Read again with the same text (a file touched or copied): its new stamp lets the next
        // load skip it unread.
        String stamp = stamps.get(info.article());
        if (stamp != null && !stamp.equals(before.sourceStamp())) {
          restamped.add(Map.of("id", info.article(), "stamp", stamp));
        }
      } else {
        // Identity is worked out only for the articles that are written.
        try {
          toWrite.add(ArticlePlan.of(facts, corrections));
          hashes.put(info.article(), hash);
        } catch (RuntimeException e) {
          failures.add(info.article() + ": cannot be mapped to the graph (" + e + ")");
          unstampedFiles.add(fileOf(info));
        }
      }
    }
    profile.add("identity and rows", System.nanoTime() - start);
    try {
      if (!restamped.isEmpty()) {
        try (Session session = driver.session(sessionConfig)) {
          session.executeWrite(
              tx -> tx.run(GraphStatements.SET_SOURCE_STAMPS, Map.of("rows", restamped)).consume());
        }
      }
      if (toWrite.isEmpty()) {
        return;
      }
      try {
        write(toWrite, stored, hashes, stamps);
      } catch (ClientException e) {
        if (toWrite.size() == 1) {
          failures.add(toWrite.get(0).article() + ": " + e.getMessage());
          unstampedFiles.add(fileOf(toWrite.get(0).info));
          return;
        }
        // One article of the batch is refused: write them one by one to find it and keep the rest.
        for (ArticlePlan plan : toWrite) {
          try {
            write(List.of(plan), stored, hashes, stamps);
          } catch (ClientException single) {
            failures.add(plan.article() + ": " + single.getMessage());
            unstampedFiles.add(fileOf(plan.info));
          }
        }
      }
    } catch (Neo4jException e) {
      throw new GraphException(
          "lost the database while writing ("
              + e.getMessage()
              + "); "
              + written
              + " articles were written in this run and nothing of the others; loading again"
              + " finishes the rest",
          e);
    }
  }

  private Map<String, StoredArticle> storedArticles(List<List<Fact>> batch) {
    List<String> ids = batch.stream().map(facts -> facts.get(0).article()).toList();
    try (Session session = driver.session(sessionConfig)) {
      return session.executeRead(
          tx -> {
            Map<String, StoredArticle> stored = new HashMap<>();
            for (Record r :
                tx.run(GraphStatements.STORED_HASHES, Values.parameters("ids", ids)).list()) {
              stored.put(
                  r.get("id").asString(),
                  new StoredArticle(
                      r.get("hash").asString(""),
                      r.get("date").asString(null),
                      r.get("stamp").asString(null)));
            }
            return stored;
          });
    } catch (Neo4jException e) {
      throw new GraphException(
          "cannot read stored articles ("
              + e.getMessage()
              + "); "
              + written
              + " articles were written in this run; loading again finishes the rest",
          e);
    }
  }

  private void write(
      List<ArticlePlan> plans,
      Map<String, StoredArticle> stored,
      Map<String, String> hashes,
      Map<String, String> stamps) {
    Counters done;
    long start = System.nanoTime();
    long[] inside = {0};
    try (Session session = driver.session(sessionConfig)) {
      // The whole batch in one transaction; may run more than once when the driver retries.
      done =
          session.executeWrite(
              tx -> {
                long from = System.nanoTime();
                Counters counters =
                    BatchWrite.write(tx, plans, stored, hashes, stamps, corrections, profile);
                inside[0] += System.nanoTime() - from;
                return counters;
              });
    }
    // What the transaction took beyond its statements: beginning it, and the commit.
    profile.add("commit", System.nanoTime() - start - inside[0]);
    counters.add(done);
    for (ArticlePlan plan : plans) {
      written++;
      facts += plan.factCount;
      if (stored.containsKey(plan.article())) {
        replaced++;
      }
    }
  }

  private void prune() {
    List<String> unseen;
    try (Session session = driver.session(sessionConfig)) {
      unseen =
          session.executeRead(
              tx ->
                  tx.run(
                          GraphStatements.UNSEEN_ARTICLES,
                          Values.parameters("seen", new ArrayList<>(seen)))
                      .list(r -> r.get("id").asString()));
    }
    unseen = unseen.stream().filter(id -> !ofKeptFile(id)).toList();
    for (int from = 0; from < unseen.size(); from += config.batchSize()) {
      List<String> ids = unseen.subList(from, Math.min(unseen.size(), from + config.batchSize()));
      Counters done;
      try (Session session = driver.session(sessionConfig)) {
        done =
            session.executeWrite(
                transaction -> {
                  CountingTx tx = new CountingTx(transaction);
                  Set<String> careerNames = new TreeSet<>();
                  for (Record r : tx.run(GraphStatements.CAREER_NAMES, Map.of("ids", ids))) {
                    careerNames.add(r.get("name").asString());
                  }
                  List<String> touched =
                      tx.ids(GraphStatements.DETACH_STATEMENTS, Map.of("ids", ids));
                  tx.run(GraphStatements.DELETE_UNSUPPORTED, Map.of("ids", touched));
                  tx.run(GraphStatements.REFRESH, Map.of("ids", touched));
                  tx.run(GraphStatements.DELETE_ARTICLES, Map.of("ids", ids));
                  // What the pruned articles showed of careers no longer counts.
                  CareerConsolidation.consolidate(tx, careerNames, corrections);
                  return tx.counters();
                });
      }
      counters.add(done);
      pruned += ids.size();
    }
  }

  private Map<String, Map<String, String>> storedStamps() {
    if (storedStamps == null) {
      storedStamps = new HashMap<>();
      try (Session session = driver.session(sessionConfig)) {
        session.executeRead(
            tx -> {
              tx.run(GraphStatements.STORED_SOURCE_STAMPS)
                  .forEachRemaining(
                      r ->
                          storedStamps
                              .computeIfAbsent(r.get("file").asString(), file -> new HashMap<>())
                              .put(r.get("id").asString(), r.get("stamp").asString()));
              return null;
            });
      } catch (Neo4jException e) {
        throw new GraphException("cannot read stored articles (" + e.getMessage() + ")", e);
      }
    }
    return storedStamps;
  }

  /** Removes the stamps of the files with a failed article, so the next load reads them. */
  private void forgetStamps() {
    if (unstampedFiles.isEmpty()) {
      return;
    }
    try (Session session = driver.session(sessionConfig)) {
      session.executeWrite(
          tx ->
              tx.run(
                      GraphStatements.CLEAR_SOURCE_STAMPS,
                      Map.of("files", new ArrayList<>(unstampedFiles)))
                  .consume());
    } catch (Neo4jException e) {
      throw new GraphException(
          "lost the database at the end of the load ("
              + e.getMessage()
              + "); everything was written, but the files with a failed article may be"
              + " skipped as unchanged by the next load: load them with --force",
          e);
    }
  }

  /**
   * The stamp stored with an article: the file's stamp with the graph model's version and the
   * corrections in force, which belong to what was loaded as in {@link #loadHash}.
   */
  private String sourceStamp(String fileStamp) {
    return Corrections.sha256(
        fileStamp + '\n' + GraphLoader.MODEL_VERSION + '\n' + corrections.fingerprint());
  }

  /** The id of the file an article was read from: its {@code file}, or the id it is named by. */
  private static String fileOf(ArticleInfo info) {
    return info.file() != null ? info.file() : fileOf(info.article());
  }

  /** The file id of article {@code id}: {@code F} for {@code F} and for {@code F#n}. */
  private static String fileOf(String id) {
    int hash = id.lastIndexOf('#');
    return hash > 0 ? id.substring(0, hash) : id;
  }

  /** True when {@code id} is an article of a file kept by {@link #keepFailedFile}. */
  private boolean ofKeptFile(String id) {
    return keptFiles.contains(id) || keptFiles.contains(fileOf(id));
  }

  private String loadHash(ArticleInfo info) {
    // The graph model's version and the corrections in force belong to what was loaded: a change
    // of either re-processes the article.
    return Corrections.sha256(
        info.contentHash() + '\n' + GraphLoader.MODEL_VERSION + '\n' + corrections.fingerprint());
  }

  private void checkOpen() {
    if (closed) {
      throw new GraphException("this load session is finished; begin a new one");
    }
  }
}
