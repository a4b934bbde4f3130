package org.cadregraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.cli.neo4j.ConnectionOptions;
import org.cadregraph.cli.neo4j.LingerOptions;
import org.cadregraph.cli.neo4j.Neo4jConnection;
import org.cadregraph.cli.neo4j.Neo4jConnector;
import org.cadregraph.cli.neo4j.Neo4jTarget;
import org.cadregraph.graph.CypherFiles;
import org.cadregraph.graph.GraphException;
import org.cadregraph.graph.query.QueryParameter;
import org.cadregraph.graph.query.SavedQueries;
import org.cadregraph.graph.query.SavedQuery;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.SummaryCounters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph query}: runs Cypher given inline, in a file, or saved in the jar under a name,
 * with parameters, on the same database choices as {@code load}, and prints the result as a table,
 * JSON Lines or CSV. Read-only unless {@code --write}. Not thread-safe; one instance per run.
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Run a Cypher query (inline, --file or a saved query by --name) and print the result.",
      "It runs in a read transaction unless --write is given."
    })
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand CadregraphCommand parent;

  @Parameters(arity = "0..1", paramLabel = "CYPHER", description = "The query.")
  String cypher;

  @Option(
      names = "--file",
      paramLabel = "PATH",
      description = "Read the query from a .cypher file.")
  Path file;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "Run the saved query NAME (see --list).")
  String name;

  @Option(
      names = "--param",
      paramLabel = "KEY=VALUE",
      description =
          "A query parameter; VALUE is JSON where it parses as JSON (42, true, [1,2],"
              + " \"text\"), else plain text. Repeatable.")
  List<String> params = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description =
          "table, json (JSON Lines, one object per row) or csv (default: ${DEFAULT-VALUE}).")
  ResultFormat format;

  @Option(names = "--write", description = "Allow the query to write.")
  boolean write;

  @Option(names = "--list", description = "List the saved queries with their parameters, and exit.")
  boolean list;

  @Mixin ConnectionOptions connection;

  @Mixin LingerOptions linger;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "No notes on stderr (opening the database ...); a server left running is still said.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int sources =
        (cypher != null ? 1 : 0) + (file != null ? 1 : 0) + (name != null ? 1 : 0) + (list ? 1 : 0);
    if (sources != 1) {
      throw new CliException(
          ExitStatus.USAGE, "give exactly one of CYPHER, --file PATH, --name NAME or --list");
    }
    if (list) {
      list(out);
      return ExitStatus.OK.code();
    }
    Map<String, Object> parameters = QueryParameters.parse(params);
    List<String> statements;
    if (name != null) {
      SavedQuery saved = saved(name);
      try {
        parameters = saved.parameters(parameters);
      } catch (GraphException e) {
        throw new CliException(ExitStatus.USAGE, e.getMessage(), e);
      }
      statements = List.of(saved.cypher());
    } else if (file != null) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println(file + ": cannot read (" + Problems.reason(e) + ")");
        return ExitStatus.INPUTS_FAILED.code();
      }
      statements = CypherFiles.statements(text);
    } else {
      statements = List.of(stripSemicolon(cypher));
    }
    if (statements.isEmpty() || statements.get(0).isBlank()) {
      throw new CliException(ExitStatus.USAGE, "the query is empty");
    }
    Neo4jTarget target = connection.existingTarget(parent.environment());
    Neo4jConnector connector =
        new Neo4jConnector(
            quiet ? note -> {} : err::println,
            linger.linger(parent.environment(), parent.terminal(), err::println));
    try (Neo4jConnection neo4j = connector.connect(target)) {
      return run(neo4j, statements, parameters, out, err);
    }
  }

  private int run(
      Neo4jConnection neo4j,
      List<String> statements,
      Map<String, Object> parameters,
      PrintWriter out,
      PrintWriter err) {
    SessionConfig.Builder config =
        SessionConfig.builder().withDefaultAccessMode(write ? AccessMode.WRITE : AccessMode.READ);
    if (neo4j.database() != null) {
      config.withDatabase(neo4j.database());
    }
    // An explicit transaction, not a managed one: rows are printed as they arrive, and a retry
    // would print them twice.
    try (Session session = neo4j.driver().session(config.build());
        Transaction tx = session.beginTransaction()) {
      for (String statement : statements) {
        Result result = tx.run(statement, parameters);
        ResultWriter writer = format.writer(out);
        writer.start(result.keys());
        while (result.hasNext()) {
          Record record = result.next();
          List<Object> row = new ArrayList<>(record.size());
          record.values().forEach(value -> row.add(PlainValues.of(value)));
          writer.row(row);
        }
        writer.end();
        SummaryCounters counters = result.consume().counters();
        if (counters.containsUpdates()) {
          err.println(updates(counters));
        }
      }
      tx.commit();
      return ExitStatus.OK.code();
    } catch (ClientException e) {
      // The query itself is wrong (syntax, a write in a read transaction, ...): the query is the
      // input that failed.
      err.println(
          Failures.PREFIX
              + "query failed: "
              + e.getMessage()
              + (isWriteRefused(e) ? " (add --write to allow writes)" : ""));
      return ExitStatus.INPUTS_FAILED.code();
    }
  }

  private static boolean isWriteRefused(ClientException e) {
    return e.code() != null && e.code().contains("AccessMode");
  }

  private static String updates(SummaryCounters c) {
    return String.format(
        "nodes +%d -%d, relationships +%d -%d, properties set %d, labels +%d -%d",
        c.nodesCreated(),
        c.nodesDeleted(),
        c.relationshipsCreated(),
        c.relationshipsDeleted(),
        c.propertiesSet(),
        c.labelsAdded(),
        c.labelsRemoved());
  }

  private static void list(PrintWriter out) {
    for (SavedQuery query : SavedQueries.fromClasspath().list()) {
      out.println(query.name() + " -- " + query.description());
      for (QueryParameter param : query.params()) {
        out.println(
            "    --param "
                + param.signature()
                + (param.description().isEmpty() ? "" : "  " + param.description()));
      }
    }
    out.flush();
  }

  private static SavedQuery saved(String name) {
    try {
      return SavedQueries.fromClasspath().get(name);
    } catch (GraphException e) {
      throw new CliException(ExitStatus.USAGE, e.getMessage(), e);
    }
  }

  private static String stripSemicolon(String cypher) {
    String trimmed = cypher.strip();
    return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
