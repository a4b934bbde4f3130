package org.cadregraph.extract.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.cadregraph.extract.model.ExtractionException;

/**
 * Decodes a text file's bytes: a UTF-8 or UTF-16 byte-order mark decides; else UTF-16 recognized by
 * its zero bytes; else strict UTF-8; else UTF-8 with replacement characters where a few bytes are
 * damaged in otherwise well-formed UTF-8; else Windows-1252, the usual encoding of older wire copy
 * (curly quotes as 0x93/0x94). Bytes that are not text (NULs, many control characters) are refused
 * with a message saying so. Stateless and thread-safe.
 */
final class TextDecoder {

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
    Charset utf16 = utf16WithoutMark(bytes);
    if (utf16 != null) {
      return checkText(new String(bytes, utf16));
    }
    checkNotBinary(bytes);
    try {
      return checkText(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      // UTF-8 with a few damaged bytes stays UTF-8 (each bad byte one U+FFFD); text without any
      // well-formed multi-byte sequence is the single-byte encoding of older wire copy
      return checkText(
          mostlyUtf8(bytes)
              ? new String(bytes, StandardCharsets.UTF_8)
              : new String(bytes, WINDOWS_1252));
    }
  }

  /**
   * UTF-16 without a byte-order mark, recognized by the zero high bytes of ASCII text: nearly every
   * byte at odd (LE) or even (BE) positions of the first kilobytes is zero, almost none of the
   * others. Null when the bytes do not look like that.
   */
  private static Charset utf16WithoutMark(byte[] bytes) {
    int n = Math.min(bytes.length, 4096) & ~1;
    if (n < 8) {
      return null;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < n; i += 2) {
      zeroEven += bytes[i] == 0 ? 1 : 0;
      zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (zeroOdd > pairs * 9 / 10 && zeroEven < pairs / 20) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroEven > pairs * 9 / 10 && zeroOdd < pairs / 20) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** True when well-formed UTF-8 multi-byte sequences outnumber the malformed bytes tenfold. */
  private static boolean mostlyUtf8(byte[] bytes) {
    int good = 0;
    int bad = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int len =
          b < 0x80
              ? 1
              : b >= 0xC2 && b <= 0xDF
                  ? 2
                  : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      if (len == 1) {
        i++;
        continue;
      }
      boolean ok = len > 0 && i + len <= bytes.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (bytes[i + k] & 0xC0) == 0x80;
      }
      if (ok) {
        good++;
        i += len;
      } else {
        bad++;
        i++;
      }
    }
    return good > 0 && good >= bad * 10;
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
      throw new ExtractionException(
          "binary data (" + control + " control bytes in the first " + n + "), not text");
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
