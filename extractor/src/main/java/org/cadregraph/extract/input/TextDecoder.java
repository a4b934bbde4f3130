package org.cadregraph.extract.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.cadregraph.extract.ExtractionException;

/**
 * Decodes a text file's bytes: a UTF-8 or UTF-16 byte-order mark decides; else strict UTF-8;
 * else Windows-1252, the usual encoding of older wire copy. Bytes that are not text (NULs, many
 * control characters) are refused with a message saying so. Stateless and thread-safe.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  public String decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return checkText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return checkText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return checkText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
    }
    checkNotBinary(bytes);
    try {
      return checkText(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return checkText(new String(bytes, WINDOWS_1252));
    }
  }

  private static void checkNotBinary(byte[] bytes) {
    int control = 0;
    int n = Math.min(bytes.length, 64 * 1024);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new ExtractionException("binary data (NUL bytes), not text");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (n > 0 && control > Math.max(8, n / 20)) {
      throw new ExtractionException("binary data (" + control + " control bytes in the first " + n + "), not text");
    }
  }

  private static String checkText(String text) {
    int control = 0;
    int n = Math.min(text.length(), 64 * 1024);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new ExtractionException("binary data (NUL characters), not text");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (n > 0 && control > Math.max(8, n / 20)) {
      throw new ExtractionException("binary data (" + control + " control characters), not text");
    }
    return text;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
