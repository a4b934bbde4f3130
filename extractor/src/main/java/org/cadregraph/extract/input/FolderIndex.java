package org.cadregraph.extract.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.cadregraph.extract.model.ExtractionProblem;

/**
 * The INDEX.tsv files that describe articles (columns {@code file}, {@code published} or {@code
 * date}, {@code source_url}). An article is looked up in its own folder's index, then in each
 * folder above up to the folder named on the command line, where the {@code file} column holds the
 * path relative to the index ({@code 2011-01/2011-01-01-00001.txt}). Each index is read once and
 * kept for the run (a 20,000-row index is a few megabytes). Thread-safe.
 */
public final class FolderIndex {

  /** What an INDEX.tsv row says about one file. */
  public record Entry(String date, String sourceUrl) {}

  private final Map<Path, Map<String, Entry>> folders = new ConcurrentHashMap<>();
  private final Consumer<ExtractionProblem> onProblem;

  public FolderIndex(Consumer<ExtractionProblem> onProblem) {
    this.onProblem = onProblem;
  }

  /** The row for {@code file} in its folder's INDEX.tsv only, or null. */
  public Entry lookup(Path file) {
    return lookup(file, null);
  }

  /**
   * The row for {@code file} in the nearest INDEX.tsv that lists it, searching from the file's
   * folder up to {@code root} (inclusive; only the file's folder when root is null or not above
   * it); null when none does.
   */
  public Entry lookup(Path file, Path root) {
    Path absolute = file.toAbsolutePath().normalize();
    Path top = root == null ? null : root.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    boolean climb = top != null && absolute.startsWith(top);
    while (folder != null) {
      Map<String, Entry> rows = folders.computeIfAbsent(folder, this::load);
      Entry e =
          rows.isEmpty()
              ? null
              : rows.get(folder.relativize(absolute).toString().replace('\\', '/'));
      if (e != null || !climb || folder.equals(top)) {
        return e;
      }
      folder = folder.getParent();
    }
    return null;
  }

  private Map<String, Entry> load(Path folder) {
    Path index = folder.resolve("INDEX.tsv");
    Map<String, Entry> rows = new HashMap<>();
    if (!Files.isRegularFile(index)) {
      return Map.of();
    }
    try (BufferedReader in = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      if (first == null) {
        return Map.of();
      }
      String[] header = first.split("\t", -1);
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
        onProblem.accept(ExtractionProblem.aside(index + ":1", "no 'file' column; index ignored"));
        return Map.of();
      }
      String line;
      while ((line = in.readLine()) != null) {
        String[] cols = line.split("\t", -1);
        if (cols.length <= file || cols[file].isBlank()) {
          continue;
        }
        String d = date >= 0 && cols.length > date ? cols[date].trim() : null;
        String u = url >= 0 && cols.length > url ? cols[url].trim() : null;
        String key = cols[file].trim().replace('\\', '/');
        if (key.startsWith("./")) {
          key = key.substring(2);
        }
        rows.put(
            key,
            new Entry(d == null || d.isEmpty() ? null : d, u == null || u.isEmpty() ? null : u));
      }
    } catch (IOException | UncheckedIOException e) {
      onProblem.accept(ExtractionProblem.aside(index, "cannot read (" + e.getMessage() + ")"));
      return Map.of();
    }
    return rows;
  }
}
