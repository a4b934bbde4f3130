package org.cadregraph.cli.report;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph report person NAME}: the person's career timeline, protocol rank over time and
 * most frequent companions, from the saved queries {@code career-timeline}, {@code protocol-rank}
 * and {@code frequent-companions}. Not thread-safe; one instance per run.
 */
@Command(
    name = "person",
    mixinStandardHelpOptions = true,
    description =
        "A person's page: career timeline, protocol rank over time, who is most often at the"
            + " same events.")
final class PersonReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand ReportCommand parent;

  @Parameters(paramLabel = "NAME", description = "The person, in any spelling the loader joins.")
  String name;

  @Mixin ReportOptions options;

  @Override
  public Integer call() {
    return Reports.write(spec, parent, options, this::page);
  }

  private ReportPage page(SavedQueryRunner queries) {
    Map<String, Object> person = Map.of("name", name);
    List<Map<String, Object>> career = queries.rows("career-timeline", person);
    if (career.isEmpty()) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED,
          "no person '" + name + "' with posts or events in the graph; nothing written");
    }
    String shown = String.valueOf(career.get(0).get("person"));
    return new ReportPage(
        shown,
        "Person report from the loaded reports"
            + (shown.equals(name) ? "" : " (asked for as \"" + name + "\")"),
        List.of(
            Charts.careerTimeline(career),
            Charts.protocolRank(queries.rows("protocol-rank", person)),
            Charts.companions(queries.rows("frequent-companions", person))));
  }
}
