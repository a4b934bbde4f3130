package org.cadregraph.facts;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines fact file line by line, streaming: grouped by article in the order articles
 * first appear, so a loader can write one article at a time. A bad line is reported through the
 * error handler as {@code source:line: what is wrong} and skipped; the rest goes on. Not
 * thread-safe.
 */
public final class FactReader implements Closeable {
  private final BufferedReader in;
  private final String source;
  private final Consumer<String> onError;
  private int lineNumber;

  public FactReader(BufferedReader in, String source, Consumer<String> onError) {
    this.in = in;
    this.source = source;
    this.onError = onError;
  }

  /** The next fact, or null at the end. */
  public Fact next() {
    try {
      String line;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          return FactJson.fromJson(line);
        } catch (FactException e) {
          onError.accept(source + ":" + lineNumber + ": " + e.getMessage());
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read facts", e);
    }
  }

  /**
   * Reads every fact and hands them to {@code sink} one article at a time, streaming: the facts of
   * an article must stand together, as {@code extract} writes them. Facts of an article that turn
   * up again after other articles are reported and skipped, since the article they belong to has
   * already been handed on whole.
   */
  public void forEachArticle(Consumer<List<Fact>> sink) {
    Set<String> done = new HashSet<>();
    List<Fact> group = new ArrayList<>();
    Fact fact;
    while ((fact = next()) != null) {
      if (!group.isEmpty() && !group.get(0).article().equals(fact.article())) {
        done.add(group.get(0).article());
        sink.accept(group);
        group = new ArrayList<>();
      }
      if (done.contains(fact.article())) {
        onError.accept(
            source
                + ":"
                + lineNumber
                + ": facts of article '"
                + fact.article()
                + "' must stand together; this line comes after other articles and is skipped");
        continue;
      }
      group.add(fact);
    }
    if (!group.isEmpty()) {
      sink.accept(group);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
