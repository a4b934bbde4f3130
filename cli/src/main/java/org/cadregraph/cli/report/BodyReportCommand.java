package org.cadregraph.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph report body BODY}: who was listed in a body when, with ranks where known, from
 * {@code body-membership}, and its members from {@code members-of-body}. Not thread-safe; one
 * instance per run.
 */
@Command(
    name = "body",
    mixinStandardHelpOptions = true,
    description = "A body's page: membership over time (who was listed when), ranks where known.")
final class BodyReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand ReportCommand parent;

  @Parameters(
      paramLabel = "BODY",
      description =
          "The body as written, e.g. \"Political Bureau of the WPK Central Committee\";"
              + " abbreviations resolve.")
  String body;

  @Option(names = "--subunits", description = "Also list posts in the units that are part of it.")
  boolean subunits;

  @Mixin ReportOptions options;

  @Override
  public Integer call() {
    return Reports.write(spec, parent, options, this::page);
  }

  private static Block.Table members(List<Map<String, Object>> rows) {
    List<String> columns = List.of("person", "role", "unit", "status", "first_seen", "last_seen");
    List<List<Object>> cells = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      List<Object> line = new ArrayList<>();
      columns.forEach(column -> line.add(row.get(column)));
      cells.add(line);
    }
    return new Block.Table(
        "Members, most recently reported first", "members-of-body", columns, cells);
  }

  private ReportPage page(SavedQueryRunner queries) {
    List<Map<String, Object>> rows =
        queries.rows("body-membership", Map.of("body", body, "subunits", subunits));
    if (rows.isEmpty()) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED,
          "no body '" + body + "' with members in the graph; nothing written");
    }
    String shown = String.valueOf(rows.get(0).get("body"));
    return new ReportPage(
        shown,
        "Body report from the loaded reports"
            + (shown.equals(body) ? "" : " (asked for as \"" + body + "\")"),
        List.of(
            Charts.membership(rows),
            members(queries.rows("members-of-body", Map.of("body", body, "subunits", subunits)))));
  }
}
