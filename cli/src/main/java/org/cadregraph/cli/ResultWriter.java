package org.cadregraph.cli;

import java.util.List;

/**
 * Prints a query's result in one format, row by row. Values arrive as {@link PlainValues}. An
 * instance prints one result to one stream; not thread-safe.
 */
interface ResultWriter {
  /** Called once, before any row, with the column names in order. */
  void start(List<String> columns);

  /** One row, its values in column order. */
  void row(List<Object> values);

  /** Called once after the last row; flushes. */
  void end();
}
