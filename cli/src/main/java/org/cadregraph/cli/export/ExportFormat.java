package org.cadregraph.cli.export;

/** The export formats {@code cadregraph export --format} offers. Immutable. */
public enum ExportFormat {
  /**
   * The facts as stored, as JSON Lines in the form {@code extract} writes (and {@code load} reads).
   */
  JSONL {
    @Override
    public GraphExport export() {
      return new FactLinesExport();
    }
  },
  /** Popolo JSON: persons, organizations, memberships, events (popoloproject.com). */
  POPOLO {
    @Override
    public GraphExport export() {
      return new PopoloExport();
    }
  },
  /** GraphML, for Gephi, yEd and other graph tools. */
  GRAPHML {
    @Override
    public GraphExport export() {
      return new GraphMlExport();
    }
  };

  public abstract GraphExport export();
}
