package org.cadregraph.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cadregraph.extract.model.ExtractionException;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.FactJson;

/**
 * Turns facts into the rows the measures score: from a JSON Lines file as {@code extract} writes it
 * (and the scorer reads it), or from the extractor's fact records through their JSON form, so both
 * routes give the same rows. Stateless and thread-safe.
 */
public final class FactRowReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The rows of a JSON Lines file; blank lines are passed over. A line that is not a JSON object is
   * reported to {@code problems} as {@code path:line: what is wrong} and left out.
   *
   * @throws ExtractionException where the file cannot be read
   */
  public List<FactRow> read(Path jsonl, Consumer<String> problems) {
    List<FactRow> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode node = JSON.readTree(line);
          if (node.isObject()) {
            rows.add(row(node));
          } else {
            problems.accept(jsonl + ":" + n + ": not a JSON object");
          }
        } catch (JsonProcessingException e) {
          problems.accept(jsonl + ":" + n + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
      }
    } catch (IOException e) {
      throw new ExtractionException("cannot read facts " + jsonl + " (" + e.getMessage() + ")", e);
    }
    return rows;
  }

  /** The rows of facts as the extractor returns them, through the JSON that extract writes. */
  public List<FactRow> rows(List<? extends Fact> facts) {
    List<FactRow> rows = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      try {
        rows.add(row(JSON.readTree(FactJson.toJson(f))));
      } catch (JsonProcessingException e) {
        throw new ExtractionException("cannot convert a fact of " + f.article() + " to JSON", e);
      }
    }
    return rows;
  }

  private static FactRow row(JsonNode r) {
    String type = GoldReader.text(r.get("type"));
    return new FactRow(
        GoldReader.text(r.get("article")),
        type == null ? "" : type,
        GoldReader.text(r.get("person")),
        GoldReader.text(r.get("role")),
        GoldReader.text(r.get("organization")),
        GoldReader.text(r.get("child")),
        GoldReader.text(r.get("parent")),
        GoldReader.text(r.get("event")),
        GoldReader.text(r.get("as")));
  }
}
