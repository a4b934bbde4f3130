package org.cadregraph.cli.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Extraction next to the OpenNLP floor on the same files, at one thread and at {@code threads},
 * each the median of its passes. Immutable.
 */
record ExtractionFigures(
    int threads,
    Median extractOne,
    Median extractAll,
    Median floorOne,
    Median floorAll,
    double peakHeapMb) {

  /** The median pass (by time) of each configuration. */
  record Median(TokenPipeline.Pass median, int runs) {}

  public ExtractionFigures {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  static Median median(List<TokenPipeline.Pass> passes) {
    List<TokenPipeline.Pass> sorted = new ArrayList<>(passes);
    Collections.sort(sorted, (a, b) -> Double.compare(a.seconds(), b.seconds()));
    return new Median(sorted.get(sorted.size() / 2), sorted.size());
  }

  /**
   * Full extraction's speed as a share of the floor's on the same text (time ratio, one thread).
   */
  double shareOfFloor() {
    return floorOne.median().seconds() / extractOne.median().seconds();
  }

  double shareOfFloorAllCores() {
    return floorAll.median().seconds() / extractAll.median().seconds();
  }

  double extractSpeedup() {
    return extractOne.median().seconds() / extractAll.median().seconds();
  }

  double floorSpeedup() {
    return floorOne.median().seconds() / floorAll.median().seconds();
  }
}
