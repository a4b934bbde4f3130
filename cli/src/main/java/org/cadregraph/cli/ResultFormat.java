package org.cadregraph.cli;

import java.io.PrintWriter;

/** The output formats of {@code query --format}. */
enum ResultFormat {
  /** Aligned columns for people, with a row count. */
  TABLE {
    @Override
    ResultWriter writer(PrintWriter out) {
      return new TableResultWriter(out);
    }
  },
  /** JSON Lines: one object per row keyed by column. */
  JSON {
    @Override
    ResultWriter writer(PrintWriter out) {
      return new JsonLinesResultWriter(out);
    }
  },
  /** RFC 4180 CSV with a header row; nested values as JSON. */
  CSV {
    @Override
    ResultWriter writer(PrintWriter out) {
      return new CsvResultWriter(out);
    }
  };

  abstract ResultWriter writer(PrintWriter out);
}
