package org.cadregraph.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Function;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.cli.neo4j.Neo4jConnection;
import org.cadregraph.cli.neo4j.Neo4jConnector;
import org.cadregraph.cli.neo4j.Neo4jTarget;
import org.cadregraph.graph.query.SavedQueries;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the three reports do alike: connect as {@code query} does, build the page from the saved
 * queries, write it, and say where. Stateless.
 */
final class Reports {
  private Reports() {}

  /**
   * Builds the page with {@code build} against the options' database and writes it to {@code
   * --out}.
   */
  static int write(
      CommandSpec spec,
      ReportCommand parent,
      ReportOptions options,
      Function<SavedQueryRunner, ReportPage> build) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Neo4jTarget target = options.connection.existingTarget(parent.environment());
    EChartsScript echarts = EChartsScript.fromClasspath();
    ReportPage page;
    Neo4jConnector connector =
        new Neo4jConnector(
            options.quiet ? note -> {} : err::println,
            options.linger.linger(parent.environment(), parent.terminal(), err::println));
    try (Neo4jConnection neo4j = connector.connect(target)) {
      page = build.apply(new SavedQueryRunner(neo4j, SavedQueries.fromClasspath()));
    }
    try {
      page.write(options.out, echarts);
    } catch (IOException e) {
      err.println(options.out + ": cannot write (" + e.getMessage() + ")");
      return ExitStatus.INPUTS_FAILED.code();
    }
    long charts = page.blocks().stream().filter(b -> b instanceof Block.Chart).count();
    out.println(
        "wrote "
            + options.out
            + " ("
            + page.title()
            + ", "
            + charts
            + (charts == 1 ? " chart)" : " charts)"));
    out.flush();
    return ExitStatus.OK.code();
  }
}
