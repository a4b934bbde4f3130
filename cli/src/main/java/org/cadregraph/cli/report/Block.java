package org.cadregraph.cli.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A part of a report page: a chart or a table, each with the saved query it shows. */
sealed interface Block permits Block.Chart, Block.Table {
  /** The saved query whose rows this block shows. */
  String query();

  /**
   * An ECharts chart of a saved query's rows: one drawn mark per row. Without rows the page shows
   * {@code empty} instead of an empty chart.
   *
   * @param id the element id, unique in the page
   * @param title the heading
   * @param text what the chart shows and how to read it
   * @param query the saved query behind it
   * @param rows the number of rows the query returned
   * @param height the chart's height in pixels
   * @param option the ECharts option (series data built from the rows)
   * @param empty the note shown when there are no rows
   */
  record Chart(
      String id,
      String title,
      String text,
      String query,
      int rows,
      int height,
      Map<String, Object> option,
      String empty)
      implements Block {
    public Chart {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(query, "query");
      option = Map.copyOf(option);
      Objects.requireNonNull(empty, "empty");
    }
  }

  /**
   * A table of a saved query's rows.
   *
   * @param title the heading
   * @param query the saved query behind it
   * @param columns the column headings
   * @param rows the cells, row by row (null for none)
   */
  record Table(String title, String query, List<String> columns, List<List<Object>> rows)
      implements Block {
    public Table {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(query, "query");
      columns = List.copyOf(columns);
      // Cells may be null (nothing reported), which List.copyOf refuses.
      rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }
  }
}
