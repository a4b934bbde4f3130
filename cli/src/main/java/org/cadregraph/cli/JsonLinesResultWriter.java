package org.cadregraph.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON Lines: one object per row, keyed by column name in column order. Not thread-safe. */
final class JsonLinesResultWriter implements ResultWriter {
  private final PrintWriter out;
  private List<String> columns = List.of();

  JsonLinesResultWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void start(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  @Override
  public void row(List<Object> values) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      object.put(columns.get(i), values.get(i));
    }
    out.print(JsonText.of(object));
    out.print('\n');
  }

  @Override
  public void end() {
    out.flush();
  }
}
