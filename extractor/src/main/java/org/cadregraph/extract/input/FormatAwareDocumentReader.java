package org.cadregraph.extract.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadregraph.extract.model.ExtractionException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a file by its kind: HTML pages through jsoup (the article's text, not the page chrome: the
 * {@code <article>} or the element holding most paragraph text; the canonical link kept), PDF
 * through PDFBox (a corrupt PDF is a reported problem), anything else as text through the {@link
 * TextDecoder}. A file whose size is over the limit is refused before it is read. Stateless and
 * thread-safe.
 */
final class FormatAwareDocumentReader implements DocumentReader {

  private final TextDecoder decoder = new TextDecoder();

  @Override
  public RawDocument read(Path file, long maxChars) {
    byte[] bytes;
    try {
      // judged by attributes before opening: opening a named pipe would block, and a file over
      // the limit is refused without reading a byte of it
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        throw new ExtractionException(
            "not a regular file (folder, named pipe, socket or device); not opened");
      }
      long byteLimit = byteLimit(file, maxChars);
      if (attributes.size() > byteLimit) {
        throw new ExtractionException(
            "too large ("
                + attributes.size()
                + " bytes; the limit is "
                + maxChars
                + " characters, ExtractorConfig.maxArticleChars); not read");
      }
      try (InputStream in = Files.newInputStream(file)) {
        // bounded even if the file grows after its size was read
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, byteLimit + 1));
      }
      if (bytes.length > byteLimit) {
        throw new ExtractionException(
            "too large (grew past " + byteLimit + " bytes while being read); not read");
      }
    } catch (NoSuchFileException e) {
      throw new ExtractionException("disappeared before it could be read", e);
    } catch (IOException e) {
      throw new ExtractionException("cannot read (" + InputWalker.reason(e) + ")", e);
    }
    RawDocument doc =
        switch (kind(file)) {
          case "html", "htm" -> html(bytes);
          case "pdf" -> pdf(bytes);
          default -> new RawDocument(decoder.decode(bytes), null);
        };
    if (doc.text().length() > maxChars) {
      throw new ExtractionException(
          "too large (" + doc.text().length() + " characters; the limit is " + maxChars + ")");
    }
    return doc;
  }

  /**
   * Bytes that surely hold more than {@code maxChars} characters: 4 per character (UTF-8), 8 for
   * PDF.
   */
  private static long byteLimit(Path file, long maxChars) {
    long perChar = kind(file).equals("pdf") ? 8 : 4;
    return maxChars > Long.MAX_VALUE / perChar ? Long.MAX_VALUE : maxChars * perChar;
  }

  private static String kind(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static RawDocument html(byte[] bytes) {
    Document page;
    try {
      page = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
    } catch (IOException e) {
      throw new ExtractionException("cannot parse HTML (" + e.getMessage() + ")", e);
    }
    String canonical = null;
    Element link = page.selectFirst("link[rel=canonical][href]");
    if (link != null) {
      canonical = link.attr("href").trim();
    }
    page.select(
            "script, style, nav, header, footer, aside, form, noscript, iframe, .menu, .nav,"
                + " .footer, .header")
        .remove();
    Element body = page.selectFirst("article");
    if (body == null) {
      body = bestTextBlock(page);
    }
    StringBuilder text = new StringBuilder();
    String title = title(page, body);
    if (!title.isEmpty()) {
      text.append(title).append('\n');
    }
    Elements paragraphs = body == null ? new Elements() : body.select("p, h3, h4, li");
    int titleLength = text.length();
    if (paragraphs.isEmpty() && body != null) {
      text.append(body.wholeText().trim());
    }
    for (Element p : paragraphs) {
      String line = p.text().trim();
      if (!line.isEmpty() && !line.equals(title)) {
        text.append(line).append('\n');
      }
    }
    if (text.substring(titleLength).isBlank()) {
      throw new ExtractionException(
          "HTML page holds no article text (only a title, menus or scripts)");
    }
    return new RawDocument(
        text.toString(), canonical == null || canonical.isEmpty() ? null : canonical);
  }

  /**
   * The article's heading: an h1 (in the article first), else an h2, else the page title (site name
   * and all).
   */
  private static String title(Document page, Element body) {
    for (String tag : List.of("h1", "h2")) {
      Element h = body == null ? null : body.selectFirst(tag);
      if (h == null) {
        h = page.selectFirst(tag);
      }
      if (h != null && !h.text().isBlank()) {
        return h.text().trim();
      }
    }
    return page.title().trim();
  }

  /** The element whose direct paragraph children hold the most text: the article on most pages. */
  private static Element bestTextBlock(Document page) {
    Element best = page.body();
    int bestLength = -1;
    for (Element p : page.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int length = 0;
      for (Element child : parent.children()) {
        if (child.tagName().equals("p")) {
          length += child.text().length();
        }
      }
      if (length > bestLength) {
        bestLength = length;
        best = parent;
      }
    }
    return best;
  }

  private static RawDocument pdf(byte[] bytes) {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(doc);
      if (text.isBlank()) {
        throw new ExtractionException(
            "PDF holds no text (pages: "
                + doc.getNumberOfPages()
                + "; scanned images need OCR first)");
      }
      return new RawDocument(text, null);
    } catch (IOException e) {
      throw new ExtractionException("corrupt or unreadable PDF (" + e.getMessage() + ")", e);
    }
  }
}
