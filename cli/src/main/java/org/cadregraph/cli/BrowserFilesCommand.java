package org.cadregraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cadregraph.cli.browser.BrowserFiles;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph browser-files}: writes the Neo4j Browser style and the guide to the saved
 * queries that {@code serve} gives Browser by itself, for a Neo4j server the project does not
 * start. With {@code --base-url}, prints the {@code neo4j.conf} lines that make Browser fetch them
 * from there on connect. Not thread-safe; one instance per run.
 */
@Command(
    name = "browser-files",
    mixinStandardHelpOptions = true,
    description = {
      "Write the Neo4j Browser style ("
          + BrowserFiles.STYLE
          + ") and the guide to the saved"
          + " queries ("
          + BrowserFiles.GUIDE
          + ") that serve gives Browser on connect, for a"
          + " Neo4j server you run yourself."
    })
final class BrowserFilesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "The folder to write the two files into (created if missing).")
  Path out;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "The URL of the folder the files will be served from (ending in /); prints the"
              + " neo4j.conf lines that make Browser apply the style and open the guide on"
              + " connect.")
  URI baseUrl;

  @Override
  public Integer call() {
    if (baseUrl != null && !baseUrl.toString().endsWith("/")) {
      throw new CliException(
          ExitStatus.USAGE, "--base-url must be a folder URL ending in '/', got " + baseUrl);
    }
    if (baseUrl != null && (baseUrl.getHost() == null || baseUrl.getScheme() == null)) {
      throw new CliException(
          ExitStatus.USAGE, "--base-url must be an absolute http(s) URL, got " + baseUrl);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      for (Path file : BrowserFiles.writeTo(out)) {
        stdout.println("wrote " + file);
      }
    } catch (UncheckedIOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, out + ": cannot write (" + Problems.reason(e) + ")", e);
    }
    if (baseUrl != null) {
      stdout.println("# neo4j.conf: Browser fetches both files on connect from " + baseUrl);
      stdout.println("browser.post_connect_cmd=" + BrowserFiles.postConnectCommand(baseUrl));
      stdout.println(
          "browser.remote_content_hostname_whitelist=guides.neo4j.com,localhost,"
              + baseUrl.getHost());
    }
    stdout.flush();
    return ExitStatus.OK.code();
  }
}
