package org.cadregraph.extract.dateline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes datelines by one regular expression over their known shapes: "Pyongyang, April 9
 * (KCNA) --", "Seoul, June 23 (KCNA Correspondent)", "Beijing, Jan. 5, 2012 (KCNA) -", with or
 * without the dashes and with the body glued to them ("--Kim Jong Un"). The expression is linear
 * (no nested quantifiers), so it cannot backtrack badly. Stateless and thread-safe.
 */
final class PatternDatelineParser implements DatelineParser {

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final Pattern DATELINE =
      Pattern.compile(
          "([A-Z][A-Za-z'.-]{1,30}(?: [A-Z][A-Za-z'.-]{1,30}){0,3}),? "
              + MONTH
              + "\\.? (\\d{1,2})(?:,? (\\d{4}))?"
              + " ?\\(([A-Za-z][A-Za-z .-]{1,40})\\)(?: ?-{1,3} ?| ?:)?");
  private static final int SEARCH_WINDOW = 1200;

  @Override
  public Optional<Dateline> find(String text) {
    Matcher m = DATELINE.matcher(text);
    m.region(0, Math.min(text.length(), SEARCH_WINDOW));
    while (m.find()) {
      Optional<Dateline> d = toDateline(m);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  @Override
  public List<Dateline> findAllAtLineStarts(String text) {
    List<Dateline> out = new ArrayList<>();
    Matcher m = DATELINE.matcher(text);
    while (m.find()) {
      if (opensLine(text, m.start())) {
        toDateline(m).ifPresent(out::add);
      }
    }
    return out;
  }

  private static boolean opensLine(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  private static Optional<Dateline> toDateline(Matcher m) {
    int month = month(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (day < 1 || day > 31) {
      return Optional.empty();
    }
    Integer year = m.group(4) == null ? null : Integer.valueOf(m.group(4));
    String agency = m.group(5).trim();
    int space = agency.indexOf(' ');
    String firstWord = space < 0 ? agency : agency.substring(0, space);
    if (!firstWord.equals(firstWord.toUpperCase(Locale.ROOT)) || firstWord.length() < 2) {
      agency = agency.replaceAll("\\s+", " ");
    } else {
      agency = firstWord;
    }
    int end = m.end();
    return Optional.of(new Dateline(m.group(1), month, day, year, agency, m.start(), end));
  }

  private static int month(String name) {
    String m = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return switch (m) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }
}
