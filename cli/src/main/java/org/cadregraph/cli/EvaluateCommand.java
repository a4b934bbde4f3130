package org.cadregraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.cadregraph.extract.Extractor;
import org.cadregraph.extract.eval.EvaluationReport;
import org.cadregraph.extract.eval.FactEvaluator;
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
 * {@code cadregraph evaluate --gold DIR [PATH...]}: extracts the articles (by default the gold
 * folder itself) and prints the scorer's figures against the gold annotations, with the holds
 * errors on request. The scoring lives in the extractor module ({@link FactEvaluator}). Not
 * thread-safe; one instance per run.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Extract articles and score the facts against gold annotations (*.gold.json), with the"
          + " same figures as eval/score.py: holds strict/lenient, persons, part_of, participation."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description = "Folder of *.gold.json files.")
  Path gold;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Articles to extract (default: the gold folder).")
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
    if (!Files.isDirectory(gold)) {
      throw new CliException(
          ExitStatus.USAGE, gold + ": --gold must be a folder of *.gold.json files");
    }
    FactEvaluator evaluator = new FactEvaluator();
    List<FactEvaluator.GoldArticle> goldArticles;
    try {
      goldArticles = evaluator.loadGold(gold);
    } catch (ExtractionException e) {
      throw new CliException(ExitStatus.INPUTS_FAILED, e.getMessage(), e);
    }
    List<Fact> facts = new ArrayList<>();
    AtomicInteger problems = new AtomicInteger();
    Extractor.create(extraction.config(), NlpModels.fromClasspath())
        .run(
            inputs.isEmpty() ? List.of(gold) : inputs,
            facts::addAll,
            problem -> {
              problems.incrementAndGet();
              err.println(problem);
            });
    EvaluationReport report = evaluator.evaluateFacts(goldArticles, facts);
    out.print(report.format(showErrors));
    return problems.get() == 0 ? ExitStatus.OK.code() : ExitStatus.INPUTS_FAILED.code();
  }
}
