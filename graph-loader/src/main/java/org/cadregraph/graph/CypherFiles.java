package org.cadregraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The {@code .cypher} files shipped inside the graph-loader jar under {@code cypher/} (the schema
 * and the saved queries), read from the classpath whether it holds a jar or a folder. Stateless and
 * thread-safe.
 */
public final class CypherFiles {
  private CypherFiles() {}

  /**
   * File names of the {@code .cypher} resources directly in {@code folder} starting with {@code
   * prefix}, sorted.
   */
  public static List<String> list(String folder, String prefix) {
    TreeSet<String> names = new TreeSet<>();
    try {
      Enumeration<URL> roots = CypherFiles.class.getClassLoader().getResources(folder);
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if ("jar".equals(root.getProtocol())) {
          JarURLConnection connection = (JarURLConnection) root.openConnection();
          connection.setUseCaches(false);
          String inside = connection.getEntryName() + "/";
          try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
              String entry = entries.nextElement().getName();
              if (entry.startsWith(inside) && entry.indexOf('/', inside.length()) < 0) {
                names.add(entry.substring(inside.length()));
              }
            }
          }
        } else if ("file".equals(root.getProtocol())) {
          try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
            files.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the resources in " + folder, e);
    } catch (URISyntaxException e) {
      throw new GraphException("cannot list the resources in " + folder + ": " + e.getMessage(), e);
    }
    List<String> out = new ArrayList<>();
    for (String name : names) {
      if (name.startsWith(prefix) && name.endsWith(".cypher")) {
        out.add(name);
      }
    }
    return out;
  }

  /** The text of a classpath resource, e.g. {@code cypher/schema.cypher}. */
  public static String read(String resource) {
    try (InputStream in = CypherFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new GraphException("no resource '" + resource + "' on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * The statements of a Cypher file: line comments removed, split at semicolons that end a line,
   * blank statements dropped.
   */
  public static List<String> statements(String text) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("//")) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(trimmed, 0, trimmed.length() - 1);
        add(statements, current);
      } else {
        current.append(line).append('\n');
      }
    }
    add(statements, current);
    return statements;
  }

  private static void add(List<String> statements, StringBuilder current) {
    String statement = current.toString().strip();
    if (!statement.isEmpty()) {
      statements.add(statement);
    }
    current.setLength(0);
  }
}
