package org.cadregraph.cli.neo4j;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * What a running server leaves in its database folder so that {@code load} and {@code query} on the
 * same folder connect to it over Bolt instead of failing on the store lock: a {@code serve}, or a
 * {@link LingeringServer} that an interactive command left behind (it has an idle time). The
 * database id lets a reader make sure the server answering at that address is really this folder's
 * (after a crash, another server may have taken the port). Written and read with Jackson's
 * streaming API: every command on a served folder reads it, and the data binder would add a fifth
 * of a second to each. Immutable and thread-safe.
 *
 * @param bolt the Bolt address clients connect to
 * @param browser Neo4j Browser's address, or null when HTTP is off
 * @param auth whether clients must log in (as {@link ServerOptions#USER})
 * @param pid the serving process
 * @param databaseId the id of the served database ({@code CALL db.info()})
 * @param started when the server finished starting, ISO-8601 (UTC)
 * @param idleSeconds for a lingering server, how long it stays up unused; 0 for a {@code serve},
 *     which runs until it is stopped (and in markers written before lingering servers existed)
 */
public record ServerMarker(
    URI bolt,
    URI browser,
    boolean auth,
    long pid,
    String databaseId,
    String started,
    long idleSeconds) {

  private static final JsonFactory JSON = new JsonFactory();

  public ServerMarker {
    requireNonNull(bolt, "bolt");
    if (!"bolt".equals(bolt.getScheme()) || bolt.getHost() == null) {
      throw new IllegalArgumentException("bolt must be a bolt://host:port address, got " + bolt);
    }
    requireNonNull(databaseId, "database_id");
    Instant.parse(requireNonNull(started, "started")); // rejects anything but an ISO instant
    if (idleSeconds < 0) {
      throw new IllegalArgumentException("idle_seconds must be 0 or more, got " + idleSeconds);
    }
  }

  /**
   * Whether a command left this server running, to stop by itself when unused: commands may stop it
   * (to back up, or to serve the folder), unlike a {@code serve} someone started.
   */
  public boolean lingering() {
    return idleSeconds > 0;
  }

  /** The marker in {@code folder}, if there is a readable one; an unreadable one counts as none. */
  public static Optional<ServerMarker> read(DatabaseFolder folder) {
    String text;
    try {
      text = Files.readString(folder.marker());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the server marker " + folder.marker(), e);
    }
    try {
      return Optional.of(parse(text));
    } catch (IOException | IllegalArgumentException | NullPointerException | DateTimeException e) {
      return Optional.empty(); // half-written or edited by hand: treated like a stale marker
    }
  }

  /** The marker in {@code text}; fields it does not know (from a newer version) are skipped. */
  private static ServerMarker parse(String text) throws IOException {
    try (JsonParser in = JSON.createParser(text)) {
      if (in.nextToken() != JsonToken.START_OBJECT) {
        throw new JsonParseException(in, "the marker is not a JSON object");
      }
      URI bolt = null;
      URI browser = null;
      boolean auth = false;
      long pid = 0;
      String databaseId = null;
      String started = null;
      long idleSeconds = 0;
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String field = in.currentName();
        JsonToken value = in.nextToken();
        switch (field) {
          case "bolt" -> bolt = uri(in);
          case "browser" -> browser = uri(in);
          case "auth" -> auth = value == JsonToken.VALUE_TRUE;
          case "pid" -> pid = in.getLongValue();
          case "database_id" -> databaseId = in.getValueAsString();
          case "started" -> started = in.getValueAsString();
          case "idle_seconds" -> idleSeconds = in.getLongValue();
          default -> in.skipChildren();
        }
      }
      if (in.currentToken() != JsonToken.END_OBJECT || in.nextToken() != null) {
        throw new JsonParseException(in, "the marker does not end where its object ends");
      }
      return new ServerMarker(bolt, browser, auth, pid, databaseId, started, idleSeconds);
    }
  }

  private static URI uri(JsonParser in) throws IOException {
    String text = in.getValueAsString();
    return text == null ? null : URI.create(text);
  }

  /** Writes the marker atomically, so a reader never sees half of it. */
  public void write(DatabaseFolder folder) {
    Path target = folder.marker();
    try {
      Path temp = Files.createTempFile(target.getParent(), ".cadregraph-server", ".tmp");
      Files.writeString(temp, json() + "\n");
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the server marker " + target, e);
    }
  }

  private String json() throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
      out.writeStartObject();
      out.writeStringField("bolt", bolt.toString());
      out.writeStringField("browser", browser == null ? null : browser.toString());
      out.writeBooleanField("auth", auth);
      out.writeNumberField("pid", pid);
      out.writeStringField("database_id", databaseId);
      out.writeStringField("started", started);
      out.writeNumberField("idle_seconds", idleSeconds);
      out.writeEndObject();
    }
    return text.toString();
  }

  /**
   * Removes the marker in {@code folder} if it is this one (a newer server may have replaced it).
   */
  public void removeFrom(DatabaseFolder folder) {
    if (read(folder).filter(this::equals).isPresent()) {
      removeAny(folder);
    }
  }

  /** Removes whatever marker {@code folder} holds, e.g. a stale one. */
  public static void removeAny(DatabaseFolder folder) {
    try {
      Files.deleteIfExists(folder.marker());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the server marker " + folder.marker(), e);
    }
  }

  /** Whether the process that wrote the marker is gone (so the marker is stale for sure). */
  public boolean writerIsGone() {
    return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }
}
