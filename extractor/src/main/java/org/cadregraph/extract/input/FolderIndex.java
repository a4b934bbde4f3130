package org.cadregraph.extract.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The INDEX.tsv files beside articles (columns {@code file}, {@code published} or {@code date},
 * {@code source_url}), each read once per folder and kept for the run. Thread-safe.
 */
public final class FolderIndex {

  /** What an INDEX.tsv row says about one file. */
  public record Entry(String date, String sourceUrl) {}

  private final Map<Path, Map<String, Entry>> folders = new ConcurrentHashMap<>();
  private final Consumer<String> onProblem;

  public FolderIndex(Consumer<String> onProblem) {
    this.onProblem = onProblem;
  }

  /** The row for {@code file} in its folder's INDEX.tsv, or null. */
  public Entry lookup(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    if (folder == null) {
      return null;
    }
    Map<String, Entry> rows = folders.computeIfAbsent(folder, this::load);
    return rows.get(file.getFileName().toString());
  }

  private Map<String, Entry> load(Path folder) {
    Path index = folder.resolve("INDEX.tsv");
    Map<String, Entry> rows = new HashMap<>();
    if (!Files.isRegularFile(index)) {
      return rows;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(index, StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      onProblem.accept(index + ": cannot read (" + e.getMessage() + ")");
      return rows;
    }
    if (lines.isEmpty()) {
      return rows;
    }
    String[] header = lines.get(0).split("\t", -1);
    int file = -1;
    int date = -1;
    int url = -1;
    for (int i = 0; i < header.length; i++) {
      String h = header[i].trim().toLowerCase(Locale.ROOT);
      if (h.equals("file")) {
        file = i;
      } else if (h.equals("published") || h.equals("date") && date < 0) {
        date = i;
      } else if (h.equals("source_url")) {
        url = i;
      }
    }
    if (file < 0) {
      onProblem.accept(index + ":1: no 'file' column; index ignored");
      return rows;
    }
    for (int n = 1; n < lines.size(); n++) {
      String[] cols = lines.get(n).split("\t", -1);
      if (cols.length <= file || cols[file].isBlank()) {
        continue;
      }
      String d = date >= 0 && cols.length > date ? cols[date].trim() : null;
      String u = url >= 0 && cols.length > url ? cols[url].trim() : null;
      rows.put(cols[file].trim(), new Entry(d == null || d.isEmpty() ? null : d, u == null || u.isEmpty() ? null : u));
    }
    return rows;
  }
}
