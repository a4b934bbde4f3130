package org.cadregraph.extract.input;

import java.nio.file.Path;

/**
 * A file to read: its path, its id (the path relative to the folder named on the command line, or
 * its file name when named directly), and that folder, the highest one whose INDEX.tsv may describe
 * it. Immutable.
 */
public record ArticleFile(Path path, String id, Path root) {

  public ArticleFile {
    if (path == null || id == null || id.isBlank()) {
      throw new IllegalArgumentException("an article file needs a path and an id");
    }
    if (root == null) {
      root = path.toAbsolutePath().getParent();
    }
  }

  /** A file named on its own: its folder is the only one searched for an INDEX.tsv. */
  public ArticleFile(Path path, String id) {
    this(path, id, null);
  }
}
