package org.cadregraph.extract.assembly;

/**
 * What is known about an article before its text is read. Immutable.
 *
 * @param id the article's id (its file's id, with {@code #k} when the file holds several)
 * @param file the id of the file it came from, or null when it was given as text
 * @param knownDate the date from the file name, an INDEX.tsv or the command line, or null
 * @param dateSource where {@code knownDate} came from, or null
 * @param sourceUrl the article's URL from an INDEX.tsv or the page's canonical link, or null
 * @param baseOffset the article's offset in its file's text, added to every evidence offset
 */
public record ArticleMeta(
    String id,
    String file,
    String knownDate,
    String dateSource,
    String sourceUrl,
    int baseOffset) {}
