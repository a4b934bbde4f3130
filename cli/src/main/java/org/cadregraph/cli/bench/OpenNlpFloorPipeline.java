package org.cadregraph.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.extract.nlp.NlpModels;

/**
 * The floor any OpenNLP pipeline pays on the same text: read the file, detect sentences, tokenize
 * each sentence, tag its parts of speech; nothing else. Uses the extractor's own models ({@link
 * NlpModels}, loaded once and passed in). Thread-safe: every worker thread has its own detector,
 * tokenizer and tagger over the shared models.
 */
final class OpenNlpFloorPipeline implements TokenPipeline {
  private final ThreadLocal<Tools> tools;

  OpenNlpFloorPipeline(NlpModels models) {
    this.tools =
        ThreadLocal.withInitial(
            () ->
                new Tools(
                    new SentenceDetectorME(models.sentences()),
                    new TokenizerME(models.tokens()),
                    new POSTaggerME(models.pos(), POSTagFormat.PENN)));
  }

  private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger) {}

  @Override
  public Pass run(List<Path> files, int threads) {
    AtomicInteger next = new AtomicInteger();
    AtomicLong tokens = new AtomicLong();
    long started = System.nanoTime();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "cadregraph-bench-floor");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < files.size();
                      i = next.getAndIncrement()) {
                    tokens.addAndGet(analyze(read(files.get(i))));
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(
          ExitStatus.INPUTS_FAILED, "interrupted while timing the OpenNLP floor", e);
    } catch (ExecutionException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, "the OpenNLP floor failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Pass(files.size(), tokens.get(), 0, (System.nanoTime() - started) / 1e9);
  }

  /** Sentences, tokens and tags of one text; returns the number of tokens. */
  private int analyze(String text) {
    Tools t = tools.get();
    int count = 0;
    for (Span sentence : t.sentences().sentPosDetect(text)) {
      String[] words = t.tokenizer().tokenize(sentence.getCoveredText(text).toString());
      if (words.length > 0) {
        t.tagger().tag(words);
        count += words.length;
      }
    }
    return count;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED, file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }
}
