package org.cadregraph.extract.input;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cadregraph.extract.model.ExtractionProblem;

/**
 * Turns the paths given on the command line into the article files to read: a file named directly
 * is read whatever its extension; a folder is walked recursively in sorted order and only article
 * files (.txt, .text, .html, .htm, .pdf) are taken, other files passed over silently. Only regular
 * files are ever taken, judged by their attributes, never by trying to open them: a named pipe,
 * device or socket named like an article is reported and never opened (opening a pipe would block),
 * a folder named like an article is walked as a folder, a broken link or a link loop is reported.
 * Folder loops through links are cut by remembering the real path of every folder entered. A
 * problem with an article file that exists (or existed when its folder was listed) names the file's
 * id, so that a loader keeps what it stored of it; a missing input or an unlistable folder names
 * none. Stateless and thread-safe.
 */
public final class InputWalker {

  private static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "html", "htm", "pdf");

  /** The files to read, in order; each path that cannot be used goes to {@code onProblem}. */
  public List<ArticleFile> walk(List<Path> inputs, Consumer<ExtractionProblem> onProblem) {
    List<ArticleFile> out = new ArrayList<>();
    for (Path input : inputs) {
      Path name = input.getFileName();
      String id = name == null ? input.toString() : name.toString();
      // A named input that does not exist is gone from the corpus, not a file that failed.
      BasicFileAttributes a = attributes(input, true, false, id, onProblem);
      if (a == null) {
        continue;
      }
      if (a.isDirectory()) {
        walkFolder(input, input, new HashSet<>(), out, onProblem);
      } else if (a.isRegularFile()) {
        out.add(new ArticleFile(input, id));
      } else {
        onProblem.accept(ExtractionProblem.ofFile(input, id, notRegular(input)));
      }
    }
    return out;
  }

  private static void walkFolder(
      Path root,
      Path folder,
      Set<Path> seen,
      List<ArticleFile> out,
      Consumer<ExtractionProblem> onProblem) {
    Path real;
    try {
      real = folder.toRealPath();
    } catch (IOException e) {
      onProblem.accept(
          ExtractionProblem.aside(folder, "cannot resolve folder (" + reason(e) + ")"));
      return;
    }
    if (!seen.add(real)) {
      if (folder.toAbsolutePath().normalize().startsWith(real) || isAncestorSeen(folder, real)) {
        onProblem.accept(
            ExtractionProblem.aside(
                folder, "symbolic link loop (leads back to " + real + "); not walked again"));
      }
      return;
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(folder)) {
      entries = list.sorted().toList();
    } catch (IOException e) {
      onProblem.accept(ExtractionProblem.aside(folder, "cannot list folder (" + reason(e) + ")"));
      return;
    }
    for (Path entry : entries) {
      boolean article = isArticleFile(entry);
      String id = root.relativize(entry).toString().replace('\\', '/');
      // Listed a moment ago: an article file missing now was deleted while the walk ran.
      BasicFileAttributes a = attributes(entry, article, true, id, onProblem);
      if (a == null) {
        continue;
      }
      if (a.isDirectory()) {
        walkFolder(root, entry, seen, out, onProblem);
      } else if (article && a.isRegularFile()) {
        out.add(new ArticleFile(entry, id, root));
      } else if (article) {
        onProblem.accept(ExtractionProblem.ofFile(entry, id, notRegular(entry)));
      }
    }
  }

  /** True when {@code real} is a folder above {@code folder}'s real parent: a link back up. */
  private static boolean isAncestorSeen(Path folder, Path real) {
    try {
      Path parent = folder.toAbsolutePath().getParent();
      return parent != null && parent.toRealPath().startsWith(real);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The attributes of {@code p}, links followed; null (reported when {@code report}) where the path
   * is missing, a broken link or a link loop. The problem names the file id {@code id} unless the
   * path is simply missing and {@code missingIsFailure} is false.
   */
  private static BasicFileAttributes attributes(
      Path p,
      boolean report,
      boolean missingIsFailure,
      String id,
      Consumer<ExtractionProblem> onProblem) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (report) {
        boolean link = Files.isSymbolicLink(p);
        String reason = link ? "broken symbolic link" : "no such file or directory";
        onProblem.accept(
            link || missingIsFailure
                ? ExtractionProblem.ofFile(p, id, reason)
                : ExtractionProblem.aside(p, reason));
      }
    } catch (FileSystemException e) {
      if (report) {
        onProblem.accept(
            ExtractionProblem.ofFile(
                p,
                id,
                (Files.isSymbolicLink(p)
                        ? "symbolic link loop or unreadable link"
                        : "cannot read attributes")
                    + " ("
                    + reason(e)
                    + "); not read"));
      }
    } catch (IOException e) {
      if (report) {
        onProblem.accept(
            ExtractionProblem.ofFile(
                p, id, "cannot read attributes (" + reason(e) + "); not read"));
      }
    }
    return null;
  }

  private static String notRegular(Path p) {
    String kind = "not a regular file";
    try {
      BasicFileAttributes a =
          Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (a.isOther()) {
        kind = "not a regular file (named pipe, socket or device)";
      }
    } catch (IOException e) {
      // the kind is only a detail of the message
    }
    return kind + "; not opened";
  }

  static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  static boolean isArticleFile(Path p) {
    Path name = p.getFileName();
    if (name == null) {
      return false;
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot > 0 && ARTICLE_EXTENSIONS.contains(s.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
