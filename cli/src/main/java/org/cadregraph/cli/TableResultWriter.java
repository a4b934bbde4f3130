package org.cadregraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns for reading in a terminal, followed by the row count. It must see every row to
 * size the columns, so it holds the result in memory: use json or csv for large results. Strings
 * print as they are (line breaks and tabs escaped so rows stay one line), null as {@code null},
 * nested values as JSON. Not thread-safe.
 */
final class TableResultWriter implements ResultWriter {
  private final PrintWriter out;
  private List<String> columns = List.of();
  private final List<List<String>> rows = new ArrayList<>();

  TableResultWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void start(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  @Override
  public void row(List<Object> values) {
    List<String> cells = new ArrayList<>(values.size());
    values.forEach(value -> cells.add(cell(value)));
    rows.add(cells);
  }

  @Override
  public void end() {
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width(columns.get(i));
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    if (!columns.isEmpty()) {
      line(columns, widths);
      StringBuilder rule = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
      }
      out.println(rule);
      rows.forEach(row -> line(row, widths));
    }
    out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    out.flush();
  }

  private void line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      line.append(i == 0 ? "" : " | ").append(cell);
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - width(cell)));
      }
    }
    out.println(line);
  }

  static String cell(Object value) {
    if (value == null) {
      return "null";
    }
    String text =
        value instanceof String s
            ? s
            : value instanceof Number || value instanceof Boolean
                ? String.valueOf(value)
                : JsonText.of(value);
    return text.replace("\\", "\\\\")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t");
  }

  /** Display width in code points (enough for the Latin and Korean romanized text seen here). */
  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
