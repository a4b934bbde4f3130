package org.cadregraph.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line
 * break. Null is an empty field; lists, maps, nodes and relationships are JSON. Not thread-safe.
 */
final class CsvResultWriter implements ResultWriter {
  private final PrintWriter out;

  CsvResultWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void start(List<String> columns) {
    line(List.copyOf(columns));
  }

  @Override
  public void row(List<Object> values) {
    line(values);
  }

  @Override
  public void end() {
    out.flush();
  }

  private void line(List<?> values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(values.get(i)));
    }
    out.print(line.append("\r\n"));
  }

  static String field(Object value) {
    String text = value == null ? "" : value instanceof String s ? s : scalarOrJson(value);
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private static String scalarOrJson(Object value) {
    return value instanceof Number || value instanceof Boolean
        ? String.valueOf(value)
        : JsonText.of(value);
  }
}
