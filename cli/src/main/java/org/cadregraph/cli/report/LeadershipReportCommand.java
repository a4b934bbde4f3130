package org.cadregraph.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph report leadership --from D --to D}: the leader's public appearances per month,
 * the entourage frequency (chart and table) and who appeared or vanished against the period of
 * equal length before, from {@code leader-appearances}, {@code entourage-frequency} and {@code
 * entourage-change}. Not thread-safe; one instance per run.
 */
@Command(
    name = "leadership",
    mixinStandardHelpOptions = true,
    description =
        "The leader's page for a period: public appearances per month, entourage frequency, who"
            + " appeared or vanished against the period before.")
final class LeadershipReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand ReportCommand parent;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "D",
      description = "First date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD).")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "D",
      description = "Last date, inclusive; a partial date covers its whole year or month.")
  String to;

  @Option(
      names = "--leader",
      paramLabel = "NAME",
      defaultValue = "Kim Jong Un",
      description = "The leader (default: ${DEFAULT-VALUE}).")
  String leader;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "25",
      description = "The most persons in the entourage frequency (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin ReportOptions options;

  @Override
  public Integer call() {
    return Reports.write(spec, parent, options, this::page);
  }

  private ReportPage page(SavedQueryRunner queries) {
    Map<String, Object> period = Map.of("leader", leader, "from", from, "to", to);
    List<Map<String, Object>> entourage =
        queries.rows(
            "entourage-frequency",
            Map.of("leader", leader, "from", from, "to", to, "limit", limit));
    List<Map<String, Object>> change = queries.rows("entourage-change", period);
    String before =
        change.isEmpty()
            ? "the period of equal length before"
            : change.get(0).get("before_from") + " to " + change.get(0).get("before_to");
    return new ReportPage(
        leader + ": leadership " + (from.equals(to) ? from : from + " to " + to),
        "Public appearances and entourage from the loaded reports",
        List.of(
            Charts.appearances(queries.rows("leader-appearances", period)),
            Charts.entourage(entourage),
            table(
                "Entourage frequency table",
                "entourage-frequency",
                List.of("person", "events", "first", "last", "as"),
                entourage),
            Charts.entourageChange(change, before),
            table(
                "Appeared and vanished, in figures",
                "entourage-change",
                List.of("person", "change", "events", "events_before"),
                change)));
  }

  private static Block.Table table(
      String title, String query, List<String> columns, List<Map<String, Object>> rows) {
    List<List<Object>> cells = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      List<Object> line = new ArrayList<>();
      columns.forEach(column -> line.add(row.get(column)));
      cells.add(line);
    }
    return new Block.Table(title, query, columns, cells);
  }
}
