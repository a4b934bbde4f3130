package org.cadregraph.cli.bench;

/**
 * The real load next to the raw {@code UNWIND ... CREATE} and the bulk importer on the same facts,
 * and the unchanged re-load. Ratios compare times on the same facts (the graphs are close, not
 * identical). Immutable.
 */
record LoadFigures(
    GraphWrite.Written load,
    double reloadSeconds,
    GraphWrite.Written create,
    GraphWrite.Written bulkImport,
    double peakHeapMb) {

  /** The real load's speed as a share of the raw CREATE's, on the same facts. */
  double shareOfCreate() {
    return create.seconds() / load.seconds();
  }

  /** The real load's speed as a share of the bulk importer's, on the same facts. */
  double shareOfImport() {
    return bulkImport.seconds() / load.seconds();
  }

  /** The unchanged re-load's time as a share of the full load's. */
  double reloadShare() {
    return reloadSeconds / load.seconds();
  }
}
