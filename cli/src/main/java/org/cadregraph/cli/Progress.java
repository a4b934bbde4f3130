package org.cadregraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.Fact;

/**
 * Progress of a long {@code extract} or {@code load} on stderr, with rate and time left: a bar
 * redrawn in place on a terminal, a plain line now and then otherwise (logs, CI), nothing with
 * {@code --quiet}. Files are counted as their articles arrive, against the number of input files
 * counted beforehand (0 when unknown, e.g. for fact files: then no time left is shown).
 * Thread-safe: problems may be reported from extraction threads while articles arrive.
 */
final class Progress {
  /** How often the bar is redrawn on a terminal. */
  static final Duration TERMINAL_EVERY = Duration.ofMillis(250);

  /** How often a plain line is printed when stderr is not a terminal. */
  static final Duration PLAIN_EVERY = Duration.ofSeconds(10);

  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private final int totalFiles;
  private final LongSupplier nanoTime;
  private final long started;
  private long lastPrinted;
  private int files;
  private String currentFile;
  private long articles;
  private long facts;
  private boolean barShown;

  Progress(
      PrintWriter err, boolean terminal, boolean quiet, int totalFiles, LongSupplier nanoTime) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
    this.totalFiles = totalFiles;
    this.nanoTime = nanoTime;
    this.started = nanoTime.getAsLong();
    this.lastPrinted = started;
  }

  /** Counts one article's facts and reports when it is time to. */
  synchronized void article(List<Fact> article) {
    articles++;
    facts += article.size();
    if (!article.isEmpty() && article.get(0) instanceof ArticleInfo info) {
      String file = info.file() != null ? info.file() : info.article();
      if (!file.equals(currentFile)) {
        currentFile = file;
        files++;
      }
    }
    long now = nanoTime.getAsLong();
    Duration every = terminal ? TERMINAL_EVERY : PLAIN_EVERY;
    if (!quiet && now - lastPrinted >= every.toNanos()) {
      lastPrinted = now;
      print(now);
    }
  }

  /** Counts a file skipped as unchanged since the last load (not read, so no articles). */
  synchronized void unchangedFile() {
    files++;
  }

  /** Prints a line of its own (a problem) without breaking the bar. */
  synchronized void println(String line) {
    clearBar();
    err.println(line);
  }

  /** Removes the bar, so what follows starts on a clean line. */
  synchronized void finish() {
    clearBar();
    err.flush();
  }

  synchronized long articles() {
    return articles;
  }

  /**
   * The status line, e.g. {@code 120/400 files (30%), 131 articles, 2 410 facts, 14.2 articles/s,
   * 0:19 left}.
   */
  String status(long now) {
    double seconds = Math.max(now - started, 1) / 1e9;
    StringBuilder line = new StringBuilder();
    if (totalFiles > 0) {
      line.append(files)
          .append('/')
          .append(totalFiles)
          .append(" files (")
          .append(Math.min(100, files * 100 / totalFiles))
          .append("%), ");
    }
    line.append(articles)
        .append(" articles, ")
        .append(facts)
        .append(" facts, ")
        .append(String.format("%.1f", articles / seconds))
        .append(" articles/s");
    if (totalFiles > 0 && files > 0 && files < totalFiles) {
      long left = Math.round(seconds * (totalFiles - files) / files);
      line.append(", ").append(clock(left)).append(" left");
    }
    return line.toString();
  }

  private void print(long now) {
    String status = status(now);
    if (terminal) {
      err.print("\r" + bar() + status + "\u001b[K");
      barShown = true;
    } else {
      err.println("progress: " + status);
    }
    err.flush();
  }

  private String bar() {
    if (totalFiles <= 0) {
      return "";
    }
    int filled = Math.min(BAR_WIDTH, files * BAR_WIDTH / totalFiles);
    return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] ";
  }

  private void clearBar() {
    if (barShown) {
      err.print("\r\u001b[K");
      barShown = false;
    }
  }

  static String clock(long seconds) {
    return seconds >= 3600
        ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format("%d:%02d", seconds / 60, seconds % 60);
  }
}
