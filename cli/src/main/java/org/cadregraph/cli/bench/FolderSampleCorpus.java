package org.cadregraph.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.cadregraph.extract.input.ArticleFile;
import org.cadregraph.extract.input.InputWalker;

/**
 * A benchmark corpus of real files: the first {@code articles} article files of a folder, in the
 * order {@code load} reads them (walked recursively, sorted), copied under their relative paths so
 * that the bench measures exactly those bytes. INDEX.tsv files are not copied: the bench measures
 * speed, not dates. Immutable and thread-safe.
 */
final class FolderSampleCorpus implements CorpusGenerator {
  private final Path source;

  FolderSampleCorpus(Path source) {
    this.source = source;
  }

  @Override
  public GeneratedCorpus write(Path folder, int articles) {
    if (!Files.isDirectory(source)) {
      throw new CliException(ExitStatus.USAGE, "--corpus " + source + " is not a folder");
    }
    List<ArticleFile> files = new InputWalker().walk(List.of(source), problem -> {});
    if (files.isEmpty()) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED,
          "--corpus " + source + " holds no article files (.txt, .text, .html, .htm, .pdf)");
    }
    List<ArticleFile> chosen = files.subList(0, Math.min(articles, files.size()));
    long bytes = 0;
    long words = 0;
    for (ArticleFile file : chosen) {
      Path target = folder.resolve(file.id());
      try {
        Files.createDirectories(target.getParent());
        Files.copy(file.path(), target);
        bytes += Files.size(target);
        words += words(target);
      } catch (IOException e) {
        throw new CliException(
            ExitStatus.INPUTS_FAILED,
            file.path() + ": cannot copy into the bench corpus (" + e.getMessage() + ")",
            e);
      }
    }
    return new GeneratedCorpus(folder, chosen.size(), bytes, words);
  }

  /** Words of a text file (white-space separated); of an HTML or PDF file, of its bytes as text. */
  private static long words(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? 0 : text.split("\\s+").length;
  }
}
