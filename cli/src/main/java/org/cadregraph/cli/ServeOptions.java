package org.cadregraph.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.cli.neo4j.ConnectionOptions;
import org.cadregraph.cli.neo4j.ServerOptions;
import picocli.CommandLine.Option;

/**
 * How {@code serve} (and {@code load --serve}) expose the database: ports, and the address to
 * listen on. Beyond the loopback interface a password is required, read from {@code NEO4J_PASSWORD}
 * or {@code --password-file} (never an option value: it would show in the process list). Not
 * thread-safe; one instance per command.
 */
final class ServeOptions {
  static final int DEFAULT_BOLT_PORT = 7687;
  static final int DEFAULT_HTTP_PORT = 7474;
  static final String DEFAULT_LISTEN = "127.0.0.1";

  @Option(
      names = "--bolt-port",
      paramLabel = "PORT",
      defaultValue = "" + DEFAULT_BOLT_PORT,
      description = "Bolt port (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int bolt;

  @Option(
      names = "--http-port",
      paramLabel = "PORT",
      defaultValue = "" + DEFAULT_HTTP_PORT,
      description = "HTTP port of Neo4j Browser (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int http;

  @Option(
      names = "--listen",
      paramLabel = "ADDRESS",
      defaultValue = DEFAULT_LISTEN,
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only, no"
              + " authentication). Any other address turns authentication on: user neo4j, password"
              + " from $"
              + ConnectionOptions.ENV_PASSWORD
              + " or --password-file. Connections are not encrypted.")
  String listen;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description =
          "Read the password of user neo4j from the first line of FILE; turns authentication on.")
  Path passwordFile;

  ServerOptions options(Map<String, String> environment) {
    InetAddress address;
    try {
      address = InetAddress.getByName(listen);
    } catch (UnknownHostException e) {
      throw new CliException(
          ExitStatus.USAGE, "--listen " + listen + " is not an address of this machine", e);
    }
    String password = null;
    if (passwordFile != null) {
      password = readPassword(passwordFile);
    } else if (!address.isLoopbackAddress()) {
      String fromEnvironment = environment.get(ConnectionOptions.ENV_PASSWORD);
      password = fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment;
    }
    return new ServerOptions(address, bolt, http, password);
  }

  private static String readPassword(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return text.lines().findFirst().orElse("");
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.USAGE,
          "--password-file " + file + ": cannot read (" + Problems.reason(e) + ")",
          e);
    }
  }
}
