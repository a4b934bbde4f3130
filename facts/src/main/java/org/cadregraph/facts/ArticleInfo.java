package org.cadregraph.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What is known of an article itself: title, date (possibly partial), where the date came from,
 * source URL, news agency, and the hash of its normalized text with the extractor's version so a
 * re-load can skip articles that have not changed.
 *
 * @param article the article's id
 * @param title the first line of the article, or null
 * @param date ISO date, or a partial one ({@code 2021}, {@code 2021-04}); null when unknown
 * @param dateSource how the date was found (e.g. {@code dateline+file-name}); null when unknown
 * @param sourceUrl the URL the text came from, where known
 * @param agency the agency named in the dateline (KCNA, Rodong Sinmun, ...), where known
 * @param file the file the text was read from, relative to the input folder
 * @param contentHash SHA-256 of the normalized text and the extractor version, hex
 * @param extractorVersion the version of the extractor that produced the facts
 * @param tokens the number of tokens in the article
 */
public record ArticleInfo(
    String article,
    String title,
    String date,
    @JsonProperty("date_source") String dateSource,
    @JsonProperty("source_url") String sourceUrl,
    String agency,
    String file,
    @JsonProperty("content_hash") String contentHash,
    @JsonProperty("extractor_version") String extractorVersion,
    int tokens)
    implements Fact {

  public ArticleInfo {
    Checks.text(article, "article");
    Checks.text(contentHash, "content_hash");
    Checks.text(extractorVersion, "extractor_version");
    title = Checks.optionalText(title);
    date = PartialDate.check(date);
    dateSource = Checks.optionalText(dateSource);
    sourceUrl = Checks.optionalText(sourceUrl);
    agency = Checks.optionalText(agency);
    file = Checks.optionalText(file);
  }

  @Override
  @JsonIgnore
  public FactType type() {
    return FactType.ARTICLE;
  }
}
