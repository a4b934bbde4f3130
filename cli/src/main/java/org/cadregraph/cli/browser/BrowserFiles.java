package org.cadregraph.cli.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cadregraph.graph.CypherFiles;
import org.cadregraph.graph.query.SavedQueries;

/**
 * What Neo4j Browser needs to show the project's graph the project's way: the style ({@code
 * cypher/browser-style.grass}) and a guide to the saved queries ({@link QueryGuide}), under fixed
 * file names. {@code serve} serves them on Neo4j's own HTTP port under {@link #MOUNT_POINT}
 * (through {@link BrowserFilesResource}) and makes Browser fetch both on connect with {@link
 * #postConnectCommand}; {@code browser-files} writes them to a folder for servers the project does
 * not start. Stateless and thread-safe.
 */
public final class BrowserFiles {
  /** Where {@code serve} mounts the files on Neo4j's HTTP port. */
  public static final String MOUNT_POINT = "/cadregraph";

  /** The file name of the style. */
  public static final String STYLE = "browser-style.grass";

  /** The file name of the guide. */
  public static final String GUIDE = "guide.html";

  private static final String STYLE_RESOURCE = "cypher/" + STYLE;

  private BrowserFiles() {}

  /** The style, as Browser's {@code :style URL} and its style panel read it. */
  public static String style() {
    return CypherFiles.read(STYLE_RESOURCE);
  }

  /** The guide to the saved queries on the classpath, as Browser's {@code :play URL} shows it. */
  public static String guide() {
    return QueryGuide.html(SavedQueries.fromClasspath().list());
  }

  /**
   * The Browser commands that apply the style and open the guide served at {@code base} (a folder
   * URL ending in {@code /}): Browser runs them in order once it has connected, for the value of
   * Neo4j's {@code browser.post_connect_cmd}, which separates commands with semicolons.
   */
  public static String postConnectCommand(URI base) {
    if (!base.toString().endsWith("/")) {
      throw new IllegalArgumentException("the base URL must end with '/', got " + base);
    }
    return "style " + base.resolve(STYLE) + "; play " + base.resolve(GUIDE);
  }

  /** Writes the style and the guide into {@code folder} (created if missing); returns the files. */
  public static List<Path> writeTo(Path folder) {
    try {
      Files.createDirectories(folder);
      Path style = Files.writeString(folder.resolve(STYLE), style(), StandardCharsets.UTF_8);
      Path guide = Files.writeString(folder.resolve(GUIDE), guide(), StandardCharsets.UTF_8);
      return List.of(style, guide);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the Browser files to " + folder, e);
    }
  }
}
