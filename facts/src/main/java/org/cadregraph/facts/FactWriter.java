package org.cadregraph.facts;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes facts as JSON Lines, one object per line, to a writer it owns. Not thread-safe: callers
 * that extract in parallel write from one thread or synchronize.
 */
public final class FactWriter implements Closeable {
  private final Writer out;
  private long written;

  public FactWriter(Writer out) {
    this.out = out;
  }

  public void write(Fact fact) {
    try {
      out.write(FactJson.toJson(fact));
      out.write('\n');
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write facts", e);
    }
  }

  public void writeAll(Iterable<? extends Fact> facts) {
    for (Fact fact : facts) {
      write(fact);
    }
  }

  /** The number of facts written so far. */
  public long written() {
    return written;
  }

  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write facts", e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
