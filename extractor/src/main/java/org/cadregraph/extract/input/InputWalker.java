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

/**
 * Turns the paths given on the command line into the article files to read: a file named directly
 * is read whatever its extension; a folder is walked recursively in sorted order and only article
 * files (.txt, .text, .html, .htm, .pdf) are taken, other files passed over silently. Only regular
 * files are ever taken, judged by their attributes, never by trying to open them: a named pipe,
 * device or socket named like an article is reported and never opened (opening a pipe would block),
 * a folder named like an article is walked as a folder, a broken link or a link loop is reported.
 * Folder loops through links are cut by remembering the real path of every folder entered.
 * Stateless and thread-safe.
 */
public final class InputWalker {

  private static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "html", "htm", "pdf");

  /** The files to read, in order; each path that cannot be used goes to {@code onProblem}. */
  public List<ArticleFile> walk(List<Path> inputs, Consumer<String> onProblem) {
    List<ArticleFile> out = new ArrayList<>();
    for (Path input : inputs) {
      BasicFileAttributes a = attributes(input, true, onProblem);
      if (a == null) {
        continue;
      }
      if (a.isDirectory()) {
        walkFolder(input, input, new HashSet<>(), out, onProblem);
      } else if (a.isRegularFile()) {
        Path name = input.getFileName();
        out.add(new ArticleFile(input, name == null ? input.toString() : name.toString()));
      } else {
        onProblem.accept(input + ": " + notRegular(input));
      }
    }
    return out;
  }

  private static void walkFolder(
      Path root, Path folder, Set<Path> seen, List<ArticleFile> out, Consumer<String> onProblem) {
    Path real;
    try {
      real = folder.toRealPath();
    } catch (IOException e) {
      onProblem.accept(folder + ": cannot resolve folder (" + reason(e) + ")");
      return;
    }
    if (!seen.add(real)) {
      if (folder.toAbsolutePath().normalize().startsWith(real) || isAncestorSeen(folder, real)) {
        onProblem.accept(
            folder + ": symbolic link loop (leads back to " + real + "); not walked again");
      }
      return;
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(folder)) {
      entries = list.sorted().toList();
    } catch (IOException e) {
      onProblem.accept(folder + ": cannot list folder (" + reason(e) + ")");
      return;
    }
    for (Path entry : entries) {
      boolean article = isArticleFile(entry);
      BasicFileAttributes a = attributes(entry, article, onProblem);
      if (a == null) {
        continue;
      }
      if (a.isDirectory()) {
        walkFolder(root, entry, seen, out, onProblem);
      } else if (article && a.isRegularFile()) {
        out.add(new ArticleFile(entry, root.relativize(entry).toString().replace('\\', '/'), root));
      } else if (article) {
        onProblem.accept(entry + ": " + notRegular(entry));
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
   * is missing, a broken link or a link loop.
   */
  private static BasicFileAttributes attributes(
      Path p, boolean report, Consumer<String> onProblem) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (report) {
        onProblem.accept(
            p
                + ": "
                + (Files.isSymbolicLink(p) ? "broken symbolic link" : "no such file or directory"));
      }
    } catch (FileSystemException e) {
      if (report) {
        onProblem.accept(
            p
                + ": "
                + (Files.isSymbolicLink(p)
                    ? "symbolic link loop or unreadable link"
                    : "cannot read attributes")
                + " ("
                + reason(e)
                + "); not read");
      }
    } catch (IOException e) {
      if (report) {
        onProblem.accept(p + ": cannot read attributes (" + reason(e) + "); not read");
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
