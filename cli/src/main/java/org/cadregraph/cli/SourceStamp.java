package org.cadregraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The stamp of an article file for the next load: its size and modification time (to the nanosecond
 * where the file system keeps them) with the extractor's version. While all three are unchanged the
 * file is taken to give the same facts and is not read again, as make and rsync judge files; {@code
 * load --force} reads every file whatever its stamp.
 */
final class SourceStamp {
  /**
   * A file modified this recently may be written again within the file system's clock tick, same
   * size, same time: it gets no stamp, so the next load reads it again.
   */
  static final Duration SETTLING = Duration.ofSeconds(2);

  private SourceStamp() {}

  /**
   * The stamp of {@code file}, or null when it has none: its attributes cannot be read, or it was
   * modified less than {@link #SETTLING} ago. A file without a stamp is read by every load.
   */
  static String of(Path file, String extractorVersion) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
    if (a.lastModifiedTime().toInstant().isAfter(Instant.now().minus(SETTLING))) {
      return null;
    }
    return a.size()
        + " bytes, modified "
        + a.lastModifiedTime().to(TimeUnit.NANOSECONDS)
        + ", extractor "
        + extractorVersion;
  }
}
