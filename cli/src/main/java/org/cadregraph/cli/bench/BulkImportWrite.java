package org.cadregraph.cli.bench;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.neo4j.cli.CommandProvider;
import org.neo4j.cli.CommandType;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Neo4j's own offline bulk importer ({@code neo4j-admin database import full}, run in this JVM from
 * the {@code neo4j-import-tool} classes) building the {@link GraphRows} graph from node and
 * relationship CSV files. Writing the CSV files is not timed; the import is, from the command's
 * start to its end (no JVM start). The importer builds no indexes or constraints. Not thread-safe.
 */
final class BulkImportWrite implements GraphWrite {
  /** Off-heap memory the importer may take: the machine is shared, the store is small. */
  static final String IMPORT_MEMORY = "1G";

  private final int threads;

  BulkImportWrite(int threads) {
    this.threads = threads;
  }

  @Override
  public Written write(Path factsFile, Path folder) {
    Path csv = folder.resolve("csv");
    Csv files = writeCsv(factsFile, csv);
    List<String> args = new ArrayList<>();
    for (Map.Entry<GraphRows.Label, Path> e : files.nodes.entrySet()) {
      args.add("--nodes=" + e.getKey().label + "=" + e.getValue());
    }
    for (Map.Entry<GraphRows.Type, List<Path>> e : files.relationshipFiles().entrySet()) {
      for (Path file : e.getValue()) {
        args.add("--relationships=" + e.getKey().name() + "=" + file);
      }
    }
    args.add("--threads=" + threads);
    args.add("--max-off-heap-memory=" + IMPORT_MEMORY);
    args.add("--report-file=" + folder.resolve("import.report"));
    args.add("neo4j");
    args.add(0, "full");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int status;
    long started;
    double seconds;
    try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
      Path conf = folder.resolve("conf");
      Files.createDirectories(conf);
      ExecutionContext context = new ExecutionContext(folder, conf, out, out, fs);
      CommandLine command = new CommandLine(importCommand(context), new ContextFactory(context));
      started = System.nanoTime();
      status = command.execute(args.toArray(String[]::new));
      seconds = (System.nanoTime() - started) / 1e9;
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED,
          folder + ": cannot run the bulk import (" + e.getMessage() + ")",
          e);
    }
    if (status != 0) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED,
          "the bulk import failed (exit "
              + status
              + "): "
              + log.toString(StandardCharsets.UTF_8).strip());
    }
    return new Written(files.facts, files.rows, seconds);
  }

  /**
   * {@code neo4j-admin database import}, found as neo4j-admin finds it (a service of the
   * neo4j-import-tool jar on the runtime classpath), so the benchmark runs Neo4j's own command.
   */
  private static Object importCommand(ExecutionContext context) {
    for (CommandProvider provider : ServiceLoader.load(CommandProvider.class)) {
      if (provider.commandType() == CommandType.IMPORT) {
        return provider.createCommand(context);
      }
    }
    throw new CliException(
        ExitStatus.INPUTS_FAILED,
        "neo4j-admin's import command is not on the classpath"
            + " (org.neo4j:neo4j-import-tool is missing from lib/)");
  }

  /**
   * Builds neo4j-admin's subcommands ({@code full}) as neo4j-admin does: with the execution context
   * their constructors take.
   */
  private record ContextFactory(ExecutionContext context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(ExecutionContext.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }

  /** The CSV files written, with what they hold. */
  private static final class Csv {
    final Map<GraphRows.Label, Path> nodes = new EnumMap<>(GraphRows.Label.class);
    final Map<String, Path> relationships = new LinkedHashMap<>();
    final Map<String, GraphRows.Type> relationshipTypes = new LinkedHashMap<>();
    long facts;
    long rows;

    Map<GraphRows.Type, List<Path>> relationshipFiles() {
      Map<GraphRows.Type, List<Path>> byType = new EnumMap<>(GraphRows.Type.class);
      relationships.forEach(
          (signature, file) ->
              byType
                  .computeIfAbsent(relationshipTypes.get(signature), t -> new ArrayList<>())
                  .add(file));
      return byType;
    }
  }

  private static Csv writeCsv(Path factsFile, Path folder) {
    Csv csv = new Csv();
    Map<String, Writer> writers = new LinkedHashMap<>();
    GraphRows rows = new GraphRows();
    try {
      Files.createDirectories(folder);
      try {
        FactFiles.forEachArticle(
            factsFile,
            article -> {
              csv.facts += article.size();
              GraphRows.ArticleRows some = rows.of(article);
              try {
                for (GraphRows.NodeRow node : some.nodes()) {
                  Writer out =
                      writers.computeIfAbsent(
                          "node:" + node.label(),
                          k ->
                              open(
                                  folder.resolve("nodes-" + node.label() + ".csv"),
                                  node.label().keyProperty + ":ID(" + node.label().label + "),name",
                                  file -> csv.nodes.put(node.label(), file)));
                  out.write(field(node.key()) + "," + field(node.name()) + "\n");
                  csv.rows++;
                }
                for (GraphRows.RelRow rel : some.relationships()) {
                  Writer out =
                      writers.computeIfAbsent(
                          "rel:" + rel.signature(),
                          k ->
                              open(
                                  folder.resolve(
                                      "rels-" + rel.signature().replace(':', '-') + ".csv"),
                                  ":START_ID("
                                      + rel.from().label
                                      + "),:END_ID("
                                      + rel.to().label
                                      + ")"
                                      + (rel.evidence() == null
                                          ? ""
                                          : ",sentence,start:int,end:int"),
                                  file -> {
                                    csv.relationships.put(rel.signature(), file);
                                    csv.relationshipTypes.put(rel.signature(), rel.type());
                                  }));
                  out.write(field(rel.fromKey()) + "," + field(rel.toKey()));
                  if (rel.evidence() != null) {
                    out.write(
                        ","
                            + field(rel.evidence().sentence())
                            + ","
                            + rel.evidence().start()
                            + ","
                            + rel.evidence().end());
                  }
                  out.write("\n");
                  csv.rows++;
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } finally {
        for (Writer out : writers.values()) {
          out.close();
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED,
          folder + ": cannot write the import files (" + e.getMessage() + ")",
          e);
    }
    return csv;
  }

  private static Writer open(Path file, String header, java.util.function.Consumer<Path> onCreate) {
    try {
      Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
      out.write(header + "\n");
      onCreate.accept(file);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A quoted CSV field: inner quotes doubled, line breaks made spaces (fields are one line each).
   */
  private static String field(String value) {
    if (value == null) {
      return "";
    }
    return '"' + value.replace("\"", "\"\"").replace('\r', ' ').replace('\n', ' ') + '"';
  }
}
