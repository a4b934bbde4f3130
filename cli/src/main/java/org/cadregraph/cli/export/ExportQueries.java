package org.cadregraph.cli.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The exports' Cypher, kept in {@code .cypher} files beside these classes. Stateless. */
final class ExportQueries {
  private ExportQueries() {}

  static String named(String name) {
    String file = name + ".cypher";
    try (InputStream in = ExportQueries.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is missing from the cadregraph jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " from the cadregraph jar", e);
    }
  }
}
