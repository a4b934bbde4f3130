package org.cadregraph.cli.neo4j;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import picocli.CommandLine.Option;

/**
 * Where a command finds Neo4j: the embedded database in {@code --db DIR} (default {@code ./data}),
 * or a server named by {@code --uri} or {@code NEO4J_URI}. An option on the command line beats the
 * environment. The password is never an option (it would show in the process list and shell
 * history): it comes from {@code NEO4J_PASSWORD}. A picocli mixin of every command that reads or
 * writes the graph. Not thread-safe; one instance per command.
 */
public final class ConnectionOptions {
  public static final String DEFAULT_DB = "data";
  public static final String DEFAULT_USER = "neo4j";
  public static final String ENV_URI = "NEO4J_URI";
  public static final String ENV_USER = "NEO4J_USERNAME";
  public static final String ENV_PASSWORD = "NEO4J_PASSWORD";

  @Option(
      names = "--db",
      paramLabel = "DIR",
      description = "The embedded database folder (default: ./" + DEFAULT_DB + ").")
  Path db;

  @Option(
      names = "--uri",
      paramLabel = "URI",
      description =
          "A Neo4j server or cluster instead: bolt://, neo4j://, neo4j+s:// ... (default: $"
              + ENV_URI
              + " when --db is not given).")
  String uri;

  @Option(
      names = "--user",
      paramLabel = "USER",
      description =
          "User for --uri (default: $"
              + ENV_USER
              + ", else "
              + DEFAULT_USER
              + "); the password is read from $"
              + ENV_PASSWORD
              + ".")
  String user;

  @Option(
      names = "--database",
      paramLabel = "NAME",
      description = "Database on the server (default: the server's default).")
  String database;

  /**
   * The target of a command that only reads or exports a graph: as {@link #target}, refused when it
   * is a folder with no database yet (opening would create an empty one: most likely --db is
   * mistyped).
   */
  public Neo4jTarget existingTarget(Map<String, String> environment) {
    Neo4jTarget target = target(environment);
    if (target instanceof Neo4jTarget.Folder local && !local.folder().hasStore()) {
      throw new CliException(
          ExitStatus.NEO4J_UNAVAILABLE,
          "there is no database in "
              + local.folder()
              + " yet; load articles into it first (cadregraph load PATH --db "
              + local.folder()
              + ")");
    }
    return target;
  }

  /** The target these options and the environment name. */
  public Neo4jTarget target(Map<String, String> environment) {
    if (uri != null && db != null) {
      throw new CliException(ExitStatus.USAGE, "give either --db or --uri, not both");
    }
    String chosenUri =
        uri != null ? uri : db == null ? blankToNull(environment.get(ENV_URI)) : null;
    if (chosenUri == null) {
      if (user != null || database != null) {
        throw new CliException(
            ExitStatus.USAGE, "--user and --database go with --uri (or $" + ENV_URI + ")");
      }
      return new Neo4jTarget.Folder(
          new DatabaseFolder(db == null ? Path.of(DEFAULT_DB) : db),
          blankToNull(environment.get(ENV_PASSWORD)));
    }
    String chosenUser = user != null ? user : environment.getOrDefault(ENV_USER, DEFAULT_USER);
    return new Neo4jTarget.Server(
        parse(chosenUri), chosenUser, blankToNull(environment.get(ENV_PASSWORD)), database);
  }

  private static URI parse(String uri) {
    try {
      URI parsed = new URI(uri);
      if (parsed.getScheme() == null || parsed.getHost() == null) {
        throw new URISyntaxException(uri, "needs a scheme and a host, e.g. bolt://localhost:7687");
      }
      return parsed;
    } catch (URISyntaxException e) {
      throw new CliException(
          ExitStatus.USAGE, "--uri '" + uri + "' is not a URI: " + e.getReason(), e);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
