package org.cadregraph.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.cli.neo4j.DatabaseFolder;
import org.cadregraph.cli.neo4j.Neo4jConnection;
import org.cadregraph.cli.neo4j.Neo4jConnector;
import org.cadregraph.cli.neo4j.Neo4jTarget;
import org.cadregraph.graph.GraphLoader;
import org.cadregraph.graph.LoadReport;
import org.cadregraph.graph.LoadSession;
import org.cadregraph.graph.LoaderConfig;
import org.cadregraph.graph.WriteProfile;

/**
 * The real load, as {@code cadregraph load FACTS.jsonl --db DIR} does it ({@link GraphLoader} with
 * the default configuration, over Bolt to the embedded database), timed from {@link
 * GraphLoader#begin()} to the end of {@link LoadSession#finish()}; then the same file again,
 * unchanged, into the same store. Not thread-safe.
 */
final class CypherMergeWrite implements GraphWrite {
  private final List<LoadReport> reports = new ArrayList<>();
  private final HeapPeak heap;
  private double peakHeapMb;
  private double reloadSeconds;
  private WriteProfile profile;

  /**
   * @param heap reset before the first load and read after the re-load: the loading phase's peak
   */
  CypherMergeWrite(HeapPeak heap) {
    this.heap = heap;
  }

  @Override
  public Written write(Path factsFile, Path folder) {
    Neo4jConnector connector = new Neo4jConnector(note -> {});
    try (Neo4jConnection neo4j =
        connector.connect(new Neo4jTarget.Folder(new DatabaseFolder(folder), null))) {
      GraphLoader loader =
          new GraphLoader(neo4j.driver(), LoaderConfig.defaults().withDatabase(neo4j.database()));
      loader.applySchema(); // an empty store's indexes come online before the clock starts
      heap.reset();
      LoadSession first = loader.begin();
      LoadReport full = loadOnce(first, factsFile);
      profile = first.profile();
      LoadReport again = loadOnce(loader.begin(), factsFile);
      peakHeapMb = heap.megabytes();
      reports.add(full);
      reports.add(again);
      if (!full.failures().isEmpty() || again.written() != 0) {
        throw new CliException(
            ExitStatus.INPUTS_FAILED,
            "the benchmark load did not go as expected: "
                + full.summary()
                + " / again: "
                + again.summary()
                + (full.failures().isEmpty() ? "" : "; " + full.failures().get(0)));
      }
      reloadSeconds = again.elapsed().toNanos() / 1e9;
      return new Written(
          full.facts(),
          (long) full.nodesCreated() + full.relationshipsCreated(),
          full.elapsed().toNanos() / 1e9);
    }
  }

  private static LoadReport loadOnce(LoadSession begun, Path factsFile) {
    try (LoadSession session = begun) {
      FactFiles.forEachArticle(factsFile, session::accept);
      return session.finish();
    }
  }

  /** The reports of the full load and of the unchanged re-load, in that order. */
  List<LoadReport> reports() {
    return List.copyOf(reports);
  }

  /** Where the full load's writing time went. */
  WriteProfile profile() {
    return profile;
  }

  double reloadSeconds() {
    return reloadSeconds;
  }

  double peakHeapMb() {
    return peakHeapMb;
  }
}
