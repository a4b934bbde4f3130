package org.cadregraph.cli.bench;

import java.nio.file.Path;

/**
 * One way of writing the facts of a JSON Lines file into a new Neo4j store, as the benchmark times
 * it: the real load, a raw {@code UNWIND ... CREATE}, Neo4j's bulk importer. Each write goes to its
 * own fresh folder. Implementations are not meant to run concurrently.
 */
interface GraphWrite {

  /**
   * Writes the facts in {@code factsFile} into the store in {@code folder}, timing only the write
   * itself.
   */
  Written write(Path factsFile, Path folder);

  /**
   * What one timed write did.
   *
   * @param facts facts written
   * @param rows nodes plus relationships created
   * @param seconds the time of the write alone (not preparing inputs, not starting Neo4j)
   */
  record Written(long facts, long rows, double seconds) {
    public Written {
      if (facts < 0 || rows < 0 || !(seconds > 0)) {
        throw new IllegalArgumentException(
            "a write needs counts >= 0 and a time > 0, got "
                + facts
                + " facts, "
                + rows
                + " rows, "
                + seconds
                + " s");
      }
    }

    double rowsPerSecond() {
      return rows / seconds;
    }

    double factsPerSecond() {
      return facts / seconds;
    }
  }
}
