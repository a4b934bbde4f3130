package org.cadregraph.cli.neo4j;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * What a running {@code serve} leaves in its database folder so that {@code load} and {@code query}
 * on the same folder connect to it over Bolt instead of failing on the store lock. The database id
 * lets a reader make sure the server answering at that address is really this folder's (after a
 * crash, another server may have taken the port). Immutable and thread-safe.
 *
 * @param bolt the Bolt address clients connect to
 * @param browser Neo4j Browser's address, or null when HTTP is off
 * @param auth whether clients must log in (as {@link ServerOptions#USER})
 * @param pid the serving process
 * @param databaseId the id of the served database ({@code CALL db.info()})
 * @param started when the server finished starting, ISO-8601 (UTC)
 */
public record ServerMarker(
    URI bolt,
    URI browser,
    boolean auth,
    long pid,
    @JsonProperty("database_id") String databaseId,
    String started) {

  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  public ServerMarker {
    requireNonNull(bolt, "bolt");
    if (!"bolt".equals(bolt.getScheme()) || bolt.getHost() == null) {
      throw new IllegalArgumentException("bolt must be a bolt://host:port address, got " + bolt);
    }
    requireNonNull(databaseId, "database_id");
    Instant.parse(requireNonNull(started, "started")); // rejects anything but an ISO instant
  }

  /** The marker in {@code folder}, if there is a readable one; an unreadable one counts as none. */
  public static Optional<ServerMarker> read(DatabaseFolder folder) {
    try {
      return Optional.of(JSON.readValue(Files.readString(folder.marker()), ServerMarker.class));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty(); // half-written or edited by hand: treated like a stale marker
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the server marker " + folder.marker(), e);
    }
  }

  /** Writes the marker atomically, so a reader never sees half of it. */
  public void write(DatabaseFolder folder) {
    Path target = folder.marker();
    try {
      Path temp = Files.createTempFile(target.getParent(), ".cadregraph-server", ".tmp");
      Files.writeString(
          temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n");
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
