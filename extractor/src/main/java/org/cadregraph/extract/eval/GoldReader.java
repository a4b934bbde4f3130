package org.cadregraph.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cadregraph.extract.model.ExtractionException;

/**
 * Reads gold folders: every {@code *.gold.json} of a folder, in name order, with the cleaned text
 * of the article it annotates (as the scorer reads them) and the article's genre from the folder's
 * {@code INDEX.tsv} where it has a {@code kind} column. Stateless and thread-safe.
 */
public final class GoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INDEX = "INDEX.tsv";

  /**
   * The gold of several folders, folder by folder. An article id may stand in one folder only,
   * since facts name their article by id alone.
   *
   * @throws ExtractionException where a folder cannot be read, a gold file is not valid JSON or has
   *     no article, or two folders annotate the same article id
   */
  public List<GoldArticle> read(List<Path> folders) {
    Map<String, Path> seen = new HashMap<>();
    List<GoldArticle> all = new ArrayList<>();
    for (Path folder : folders) {
      for (GoldArticle g : read(folder)) {
        Path before = seen.putIfAbsent(g.article(), folder);
        if (before != null) {
          throw new ExtractionException(
              "article "
                  + g.article()
                  + " has gold in both "
                  + before
                  + " and "
                  + folder
                  + "; gold folders scored together need distinct article ids");
        }
        all.add(g);
      }
    }
    return List.copyOf(all);
  }

  /**
   * The gold of one folder. Where two files annotate the same article the later one counts, in the
   * place of the first, as in the scorer.
   */
  public List<GoldArticle> read(Path folder) {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    } catch (IOException e) {
      throw new ExtractionException(
          "cannot list gold folder " + folder + " (" + e.getMessage() + ")", e);
    }
    Map<String, String> genres = genres(folder);
    Map<String, GoldArticle> byArticle = new LinkedHashMap<>();
    for (Path f : files) {
      GoldArticle g = readFile(f);
      byArticle.put(g.article(), g.withGenre(genres.get(fileOf(g.article()))));
    }
    return List.copyOf(byArticle.values());
  }

  private static GoldArticle readFile(Path f) {
    JsonNode g;
    try {
      g = JSON.readTree(f.toFile());
    } catch (IOException e) {
      throw new ExtractionException(f + ": not valid JSON (" + e.getMessage() + ")", e);
    }
    String article = g.path("article").isTextual() ? g.get("article").textValue() : null;
    if (article == null) {
      throw new ExtractionException(f + ": gold file has no \"article\" text field");
    }
    List<GoldArticle.Holds> holds = new ArrayList<>();
    for (JsonNode h : g.path("holds")) {
      holds.add(
          new GoldArticle.Holds(
              alts(h.get("person")), alts(h.get("role")), alts(h.get("organization"))));
    }
    List<GoldArticle.PartOf> partOf = new ArrayList<>();
    for (JsonNode p : g.path("part_of")) {
      partOf.add(new GoldArticle.PartOf(alts(p.get("child")), alts(p.get("parent"))));
    }
    List<GoldArticle.Event> events = new ArrayList<>();
    for (JsonNode e : g.path("events")) {
      List<GoldArticle.Participant> participants = new ArrayList<>();
      for (JsonNode p : e.path("participants")) {
        participants.add(new GoldArticle.Participant(alts(p.get("person")), text(p.get("as"))));
      }
      events.add(new GoldArticle.Event(alts(e.get("name")), participants));
    }
    return new GoldArticle(article, null, articleText(f, article), holds, partOf, events);
  }

  /** The cleaned text of the article beside the gold file, or null where there is none. */
  private static String articleText(Path goldFile, String article) {
    Path textFile = goldFile.getParent().resolve(fileOf(article));
    String name = textFile.getFileName().toString();
    if (!Files.isRegularFile(textFile)
        || !(name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm"))) {
      return null;
    }
    try {
      return TextMatch.clean(
          new String(Files.readAllBytes(textFile), StandardCharsets.UTF_8).replace("\r", " "));
    } catch (IOException e) {
      throw new ExtractionException(textFile + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * File name to genre from the folder's INDEX.tsv ({@code file} and {@code kind} columns; the
   * genre is the kind up to its first ":"); empty where there is no such index.
   */
  private static Map<String, String> genres(Path folder) {
    Path index = folder.resolve(INDEX);
    if (!Files.isRegularFile(index)) {
      return Map.of();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(index, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ExtractionException(index + ": cannot read (" + e.getMessage() + ")", e);
    }
    if (lines.isEmpty()) {
      return Map.of();
    }
    List<String> header = List.of(lines.get(0).strip().split("\t", -1));
    int file = header.indexOf("file");
    int kind = header.indexOf("kind");
    if (file < 0 || kind < 0) {
      return Map.of();
    }
    Map<String, String> genres = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      if (cells.length > Math.max(file, kind)) {
        String genre = cells[kind].split(":", -1)[0].strip();
        if (!genre.isEmpty()) {
          genres.put(cells[file].strip(), genre);
        }
      }
    }
    return genres;
  }

  private static String fileOf(String article) {
    return article.split("#", -1)[0];
  }

  /** score.py's {@code _alts}: null stands for [null], a list for itself, a value for [value]. */
  private static List<String> alts(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.forEach(x -> out.add(text(x)));
    } else {
      out.add(text(v));
    }
    if (out.isEmpty()) {
      out.add(null);
    }
    return out;
  }

  static String text(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
  }
}
