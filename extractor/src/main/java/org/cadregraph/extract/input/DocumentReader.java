package org.cadregraph.extract.input;

import java.nio.file.Path;

/** The reading stage: one file's bytes to text. Implementations are thread-safe. */
public interface DocumentReader {

  /**
   * Reads the file; throws {@link org.cadregraph.extract.model.ExtractionException} saying what is
   * wrong.
   */
  RawDocument read(Path file, long maxChars);

  /** HTML through jsoup, PDF through PDFBox, anything else as decoded text. */
  static DocumentReader formatAware() {
    return new FormatAwareDocumentReader();
  }
}
