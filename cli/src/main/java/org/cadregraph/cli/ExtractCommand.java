package org.cadregraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.extract.ExtractionSummary;
import org.cadregraph.extract.Extractor;
import org.cadregraph.extract.input.InputWalker;
import org.cadregraph.extract.nlp.NlpModels;
import org.cadregraph.facts.FactWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph extract}: articles in, facts out as JSON Lines (one object per line), to a file
 * or to standard output. Not thread-safe; one instance per run.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract facts from articles (files, or folders walked for .txt .text .html .htm .pdf)"
          + " and write them as JSON Lines.",
      "Each problem is reported on stderr as 'path: reason'; the other articles go on."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
  List<Path> inputs;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the facts here (default: standard output).")
  Path out;

  @Mixin ExtractionOptions extraction;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress and no summary; problems are still reported.")
  boolean quiet;

  @ParentCommand CadregraphCommand parent;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Extractor extractor = Extractor.create(extraction.config(), NlpModels.fromClasspath());
    // Counted up front (a cheap walk, problems left to the real one) to show the time left.
    int totalFiles = new InputWalker().walk(inputs, problem -> {}).size();
    Progress progress = new Progress(err, parent.terminal(), quiet, totalFiles, System::nanoTime);
    AtomicInteger problems = new AtomicInteger();
    long started = System.nanoTime();
    ExtractionSummary summary;
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      FactWriter facts = new FactWriter(stdout);
      summary = extract(extractor, facts, progress, problems);
      facts.flush(); // not closed: standard output belongs to the caller
    } else {
      summary = extractToFile(extractor, progress, problems);
    }
    progress.finish();
    double seconds = (System.nanoTime() - started) / 1e9;
    if (!quiet) {
      err.printf(
          "extracted %d articles from %d files: %d facts, %d problems; %.1f s (%.0f tokens/s)%n",
          summary.articles(),
          summary.files(),
          summary.facts(),
          problems.get(),
          seconds,
          seconds > 0 ? summary.tokens() / seconds : 0.0);
    }
    return problems.get() == 0 ? ExitStatus.OK.code() : ExitStatus.INPUTS_FAILED.code();
  }

  /**
   * Writes to a temporary file beside {@code --out} and moves it into place at the end, so the file
   * is never seen half-written and a failed run leaves the previous one.
   */
  private ExtractionSummary extractToFile(
      Extractor extractor, Progress progress, AtomicInteger problems) {
    Path target = out.toAbsolutePath();
    Path temp;
    try {
      temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, out + ": cannot write (" + e.getMessage() + ")", e);
    }
    try {
      ExtractionSummary summary;
      try (Writer writer =
              new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8));
          FactWriter facts = new FactWriter(writer)) {
        summary = extract(extractor, facts, progress, problems);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return summary;
    } catch (IOException | UncheckedIOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, out + ": cannot write (" + e.getMessage() + ")", e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        progress.println(temp + ": cannot remove the temporary file (" + e.getMessage() + ")");
      }
    }
  }

  private ExtractionSummary extract(
      Extractor extractor, FactWriter facts, Progress progress, AtomicInteger problems) {
    return extractor.run(
        inputs,
        article -> {
          facts.writeAll(article);
          progress.article(article);
        },
        problem -> {
          problems.incrementAndGet();
          progress.println(problem.line());
        });
  }
}
