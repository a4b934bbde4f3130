package org.cadregraph.cli.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * A pass over article files that reads and analyzes each one, as the benchmark times it: the full
 * extractor, or the bare OpenNLP floor. Implementations are thread-safe; each run is independent.
 */
interface TokenPipeline {

  /** Processes every file with {@code threads} workers and says how much it did, and how fast. */
  Pass run(List<Path> files, int threads);

  /** One timed pass. */
  record Pass(long articles, long tokens, long facts, double seconds) {
    public Pass {
      if (articles < 0 || tokens < 0 || facts < 0 || !(seconds > 0)) {
        throw new IllegalArgumentException(
            "a pass needs counts >= 0 and a time > 0, got "
                + articles
                + " articles, "
                + tokens
                + " tokens, "
                + seconds
                + " s");
      }
    }

    double tokensPerSecond() {
      return tokens / seconds;
    }

    double articlesPerSecond() {
      return articles / seconds;
    }
  }
}
