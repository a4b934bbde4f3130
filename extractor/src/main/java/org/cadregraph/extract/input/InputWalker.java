package org.cadregraph.extract.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the paths given on the command line into the article files to read: a file named
 * directly is read whatever its extension; a folder is walked recursively in sorted order and
 * only article files (.txt, .text, .html, .htm, .pdf) are taken, the rest passed over silently.
 * Named pipes, devices and other non-regular files are never opened; symbolic-link loops are cut
 * by remembering the real path of every folder entered. Stateless and thread-safe.
 */
public final class InputWalker {

  private static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "html", "htm", "pdf");

  /** The files to read, in order; each path that cannot be used goes to {@code onProblem}. */
  public List<ArticleFile> walk(List<Path> inputs, Consumer<String> onProblem) {
    List<ArticleFile> out = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        walkFolder(input, input, new HashSet<>(), out, onProblem);
      } else if (Files.isRegularFile(input)) {
        Path name = input.getFileName();
        out.add(new ArticleFile(input, name == null ? input.toString() : name.toString()));
      } else if (Files.exists(input, LinkOption.NOFOLLOW_LINKS) && !Files.exists(input)) {
        onProblem.accept(input + ": broken symbolic link");
      } else if (Files.exists(input)) {
        onProblem.accept(input + ": not a regular file (named pipe, device or socket); not read");
      } else {
        onProblem.accept(input + ": no such file or directory");
      }
    }
    return out;
  }

  private static void walkFolder(Path root, Path folder, Set<Path> seen, List<ArticleFile> out, Consumer<String> onProblem) {
    try {
      if (!seen.add(folder.toRealPath())) {
        return;
      }
    } catch (IOException e) {
      onProblem.accept(folder + ": cannot resolve folder (" + e.getMessage() + ")");
      return;
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(folder)) {
      entries = list.sorted().toList();
    } catch (IOException e) {
      onProblem.accept(folder + ": cannot list folder (" + e.getMessage() + ")");
      return;
    }
    for (Path entry : entries) {
      if (Files.isDirectory(entry)) {
        walkFolder(root, entry, seen, out, onProblem);
      } else if (Files.isRegularFile(entry) && isArticleFile(entry)) {
        out.add(new ArticleFile(entry, root.relativize(entry).toString().replace('\\', '/')));
      }
    }
  }

  static boolean isArticleFile(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && ARTICLE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
