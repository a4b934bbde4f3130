package org.cadregraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.extract.Extractor;
import org.cadregraph.extract.eval.EvaluationReport;
import org.cadregraph.extract.eval.FactEvaluator;
import org.cadregraph.extract.eval.FactRow;
import org.cadregraph.extract.eval.FactRowReader;
import org.cadregraph.extract.eval.GoldArticle;
import org.cadregraph.extract.eval.GoldReader;
import org.cadregraph.extract.eval.ReportPrinter;
import org.cadregraph.extract.model.ExtractionException;
import org.cadregraph.extract.nlp.NlpModels;
import org.cadregraph.facts.Fact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cadregraph evaluate --gold DIR... [PATH...]}: extracts the articles (by default the gold
 * folders themselves) or reads {@code .jsonl} facts written by {@code extract}, and prints the
 * scorer's figures against the gold annotations of all the gold folders together, then the F1 of
 * each measure genre by genre where the folders' {@code INDEX.tsv} names the genres, and the holds
 * errors on request. The scoring lives in the extractor module ({@link FactEvaluator}). Not
 * thread-safe; one instance per run.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Extract articles (or read .jsonl facts written by extract) and score the facts against"
          + " gold annotations (*.gold.json), with the same figures as eval/score.py: holds"
          + " strict/lenient, persons, part_of, participation; then each measure's F1 by genre"
          + " (the kind column of the gold folder's INDEX.tsv, up to ':')."
    })
final class EvaluateCommand implements Callable<Integer> {
  private static final String FACTS_SUFFIX = ".jsonl";

  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description =
          "Folder of *.gold.json files; repeat it to score several folders together"
              + " (article ids must differ between them).")
  List<Path> gold = new ArrayList<>();

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Articles to extract, or .jsonl fact files (default: the gold folders).")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--show-errors",
      paramLabel = "N",
      defaultValue = "0",
      description = "List the first N holds errors (missed / spurious).")
  int showErrors;

  @Mixin ExtractionOptions extraction;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path dir : gold) {
      if (!Files.isDirectory(dir)) {
        throw new CliException(
            ExitStatus.USAGE, dir + ": --gold must be a folder of *.gold.json files");
      }
    }
    List<GoldArticle> goldArticles;
    try {
      goldArticles = new GoldReader().read(gold);
    } catch (ExtractionException e) {
      throw new CliException(ExitStatus.INPUTS_FAILED, e.getMessage(), e);
    }
    AtomicInteger problems = new AtomicInteger();
    Consumer<String> onProblem =
        problem -> {
          problems.incrementAndGet();
          err.println(problem);
        };
    List<FactRow> rows = facts(inputs.isEmpty() ? gold : inputs, onProblem);
    EvaluationReport report = FactEvaluator.standard().evaluate(goldArticles, rows);
    out.print(new ReportPrinter().print(report, showErrors));
    return problems.get() == 0 ? ExitStatus.OK.code() : ExitStatus.INPUTS_FAILED.code();
  }

  /** The rows of the .jsonl inputs, then those the extractor finds in the other inputs. */
  private List<FactRow> facts(List<Path> paths, Consumer<String> onProblem) {
    FactRowReader reader = new FactRowReader();
    List<FactRow> rows = new ArrayList<>();
    List<Path> articles = new ArrayList<>();
    for (Path p : paths) {
      if (isFactFile(p)) {
        try {
          rows.addAll(reader.read(p, onProblem));
        } catch (ExtractionException e) {
          onProblem.accept(e.getMessage());
        }
      } else {
        articles.add(p);
      }
    }
    if (!articles.isEmpty()) {
      List<Fact> facts = new ArrayList<>();
      Extractor.create(extraction.config(), NlpModels.fromClasspath())
          .run(articles, facts::addAll, problem -> onProblem.accept(problem.line()));
      rows.addAll(reader.rows(facts));
    }
    return rows;
  }

  /** A path with the .jsonl suffix holds facts written by extract, as for {@code load}. */
  private static boolean isFactFile(Path input) {
    return input.getFileName() != null
        && input.getFileName().toString().endsWith(FACTS_SUFFIX)
        && !Files.isDirectory(input);
  }
}
