package org.cadregraph.extract.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cadregraph.extract.ExtractionException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a file by its kind: HTML pages through jsoup (the article's text, not the page chrome:
 * the {@code <article>} or the element holding most paragraph text; the canonical link kept),
 * PDF through PDFBox (a corrupt PDF is a reported problem), anything else as text through the
 * {@link TextDecoder}. A file whose size is over the limit is refused before it is read.
 * Stateless and thread-safe.
 */
public final class FormatAwareDocumentReader implements DocumentReader {

  private final TextDecoder decoder = new TextDecoder();

  @Override
  public RawDocument read(Path file, long maxChars) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      long byteLimit = kind(file).equals("pdf") ? maxChars * 8 : maxChars * 4;
      if (size > byteLimit) {
        throw new ExtractionException("too large (" + size + " bytes; the limit is " + maxChars + " characters)");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ExtractionException("disappeared before it could be read", e);
    } catch (IOException e) {
      throw new ExtractionException("cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
    }
    RawDocument doc = switch (kind(file)) {
      case "html", "htm" -> html(bytes);
      case "pdf" -> pdf(bytes);
      default -> new RawDocument(decoder.decode(bytes), null);
    };
    if (doc.text().length() > maxChars) {
      throw new ExtractionException("too large (" + doc.text().length() + " characters; the limit is " + maxChars + ")");
    }
    return doc;
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
    page.select("script, style, nav, header, footer, aside, form, noscript, iframe, .menu, .nav, .footer, .header").remove();
    Element body = page.selectFirst("article");
    if (body == null) {
      body = bestTextBlock(page);
    }
    StringBuilder text = new StringBuilder();
    Element h = page.selectFirst("h1, h2, title");
    String title = h == null ? "" : h.text().trim();
    if (!title.isEmpty()) {
      text.append(title).append('\n');
    }
    Elements paragraphs = body == null ? new Elements() : body.select("p, h3, h4, li");
    if (paragraphs.isEmpty() && body != null) {
      text.append(body.wholeText().trim());
    }
    for (Element p : paragraphs) {
      String line = p.text().trim();
      if (!line.isEmpty() && !line.equals(title)) {
        text.append(line).append('\n');
      }
    }
    return new RawDocument(text.toString(), canonical == null || canonical.isEmpty() ? null : canonical);
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
      return new RawDocument(stripper.getText(doc), null);
    } catch (IOException e) {
      throw new ExtractionException("corrupt or unreadable PDF (" + e.getMessage() + ")", e);
    }
  }
}
