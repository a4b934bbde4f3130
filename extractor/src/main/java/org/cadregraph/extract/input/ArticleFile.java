package org.cadregraph.extract.input;

import java.nio.file.Path;

/**
 * A file to read: its path, its id (the path relative to the folder named on the command line,
 * or its file name when named directly), and the folder its INDEX.tsv would be in. Immutable.
 */
public record ArticleFile(Path path, String id) {

  public ArticleFile {
    if (path == null || id == null || id.isBlank()) {
      throw new IllegalArgumentException("an article file needs a path and an id");
    }
  }
}
