package org.cadregraph.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One report as a self-contained HTML page: headings, tables, and charts drawn by ECharts inlined
 * into the page, so that it opens from disk, by mail or from an archive with nothing fetched.
 * Immutable.
 *
 * @param title the page's heading (the person's or body's name, or the period)
 * @param subtitle one line under it: what the page is drawn from
 * @param blocks the charts and tables, in page order
 */
record ReportPage(String title, String subtitle, List<Block> blocks) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Draws each chart from its option; a custom series (the career timeline's bars) is given the
   * function that draws a bar from the first to the last date, which JSON cannot carry.
   */
  private static final String DRAW =
      """
      function timelineBar(params, api) {
        var start = api.coord([api.value(1), api.value(0)]);
        var end = api.coord([api.value(2), api.value(0)]);
        var height = api.size([0, 1])[1] * 0.5;
        var right = params.coordSys.x + params.coordSys.width;
        // A post reported once is a bar of 4 px, kept inside the plot at its right edge.
        var width = Math.max(end[0] - start[0], 4);
        var x = Math.min(start[0], right - width);
        var rect = echarts.graphic.clipRectByRect(
          {x: x, y: start[1] - height / 2, width: width, height: height},
          {x: params.coordSys.x, y: params.coordSys.y,
           width: params.coordSys.width, height: params.coordSys.height});
        return rect && {type: 'rect', shape: rect, style: api.style()};
      }
      document.querySelectorAll('[data-chart]').forEach(function (el) {
        var option = JSON.parse(document.getElementById(el.id + '-option').textContent);
        option.series.forEach(function (s) { if (s.type === 'custom') { s.renderItem = timelineBar; } });
        echarts.init(el, null, {renderer: 'svg'}).setOption(option);
      });
      """;

  private static final String STYLE =
      """
      body { font: 15px/1.45 system-ui, sans-serif; color: #222; margin: 24px auto; max-width: 1100px; padding: 0 16px; }
      h1 { margin-bottom: 0; } .subtitle { color: #666; margin-top: 4px; }
      h2 { margin-top: 32px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
      .chart { width: 100%; } .query { color: #888; font-size: 13px; }
      .empty { background: #f6f6f6; border-left: 4px solid #bbb; padding: 12px 16px; color: #555; }
      table { border-collapse: collapse; font-size: 14px; margin-top: 8px; }
      th, td { border-bottom: 1px solid #e4e4e4; padding: 3px 10px; text-align: left; vertical-align: top; }
      th { background: #f3f3f3; } td.n { text-align: right; }
      footer { margin-top: 40px; color: #888; font-size: 13px; }
      """;

  ReportPage {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    blocks = List.copyOf(blocks);
  }

  /** The page, with the given ECharts script inlined. */
  String html(EChartsScript echarts) {
    StringBuilder html = new StringBuilder(echarts.text().length() + 65_536);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(escape(title))
        .append(" · cadregraph</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n<script>\n")
        .append(echarts.text())
        .append("\n</script>\n</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<p class=\"subtitle\">")
        .append(escape(subtitle))
        .append("</p>\n");
    for (Block block : blocks) {
      if (block instanceof Block.Chart chart) {
        chart(html, chart);
      } else if (block instanceof Block.Table table) {
        table(html, table);
      }
    }
    html.append("<footer>Written by cadregraph from its saved queries. Charts by Apache ECharts ")
        .append(escape(echarts.version()))
        .append(" (Apache-2.0), inlined.</footer>\n<script>\n")
        .append(DRAW)
        .append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  /** Writes the page to a file beside {@code file}, then moves it into place. */
  void write(Path file, EChartsScript echarts) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    // Not Files.createTempFile: its owner-only permissions would stay on the page.
    Path temporary = parent.resolve("." + absolute.getFileName() + ".tmp");
    try {
      Files.writeString(temporary, html(echarts), StandardCharsets.UTF_8);
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void chart(StringBuilder html, Block.Chart chart) {
    heading(html, chart.title(), chart.query());
    html.append("<p>").append(escape(chart.text())).append("</p>\n");
    if (chart.rows() == 0) {
      html.append("<p class=\"empty\" data-query=\"")
          .append(escape(chart.query()))
          .append("\">")
          .append(escape(chart.empty()))
          .append("</p>\n");
      return;
    }
    html.append("<div class=\"chart\" data-chart id=\"")
        .append(escape(chart.id()))
        .append("\" data-query=\"")
        .append(escape(chart.query()))
        .append("\" style=\"height:")
        .append(chart.height())
        .append("px\"></div>\n<script type=\"application/json\" id=\"")
        .append(escape(chart.id()))
        .append("-option\">")
        .append(json(chart.option()))
        .append("</script>\n");
  }

  private static void table(StringBuilder html, Block.Table table) {
    heading(html, table.title(), table.query());
    if (table.rows().isEmpty()) {
      html.append("<p class=\"empty\">No rows.</p>\n");
      return;
    }
    html.append("<table data-query=\"").append(escape(table.query())).append("\">\n<tr>");
    for (String column : table.columns()) {
      html.append("<th>").append(escape(column)).append("</th>");
    }
    html.append("</tr>\n");
    for (List<Object> row : table.rows()) {
      html.append("<tr>");
      for (Object cell : row) {
        html.append(cell instanceof Number ? "<td class=\"n\">" : "<td>")
            .append(escape(cell == null ? "" : text(cell)))
            .append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n");
  }

  private static String text(Object cell) {
    if (cell instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      list.forEach(item -> parts.add(String.valueOf(item)));
      return String.join(", ", parts);
    }
    return cell.toString();
  }

  private static void heading(StringBuilder html, String title, String query) {
    html.append("<h2>")
        .append(escape(title))
        .append("</h2>\n<p class=\"query\">saved query <code>")
        .append(escape(query))
        .append("</code></p>\n");
  }

  private static String json(Object value) {
    try {
      // "</" would end the script element early; "<\/" is the same string to JSON.
      return JSON.writeValueAsString(value).replace("</", "<\\/");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a chart's option as JSON", e);
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
