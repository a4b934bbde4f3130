package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.cadregraph.facts.ArticleInfo;
import org.cadregraph.facts.Evidence;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Mention;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final AtomicLong now = new AtomicLong();
  private final StringWriter err = new StringWriter();

  private Progress progress(boolean terminal, boolean quiet, int totalFiles) {
    return new Progress(new PrintWriter(err), terminal, quiet, totalFiles, now::get);
  }

  private static List<Fact> article(String file, String id) {
    return List.of(
        new ArticleInfo(id, null, null, null, null, null, file, "hash", "test", 10),
        new Mention(id, "Kim Jong Un", null, new Evidence("Kim Jong Un", 0, 11)));
  }

  private void at(long seconds) {
    now.set(TimeUnit.SECONDS.toNanos(seconds));
  }

  @Test
  void plainLinesComeAtMostEveryTenSecondsWithRateAndTimeLeft() {
    Progress progress = progress(false, false, 4);

    at(1);
    progress.article(article("a.txt", "a.txt"));
    at(5);
    progress.article(article("b.txt", "b.txt#1"));
    at(10);
    progress.article(article("b.txt", "b.txt#2"));

    assertThat(err.toString().lines())
        .containsExactly(
            "progress: 2/4 files (50%), 3 articles, 6 facts, 0.3 articles/s, 0:10 left");
  }

  @Test
  void withoutAKnownTotalNoTimeLeftIsShown() {
    Progress progress = progress(false, false, 0);

    at(20);
    progress.article(article("a.txt", "a.txt"));

    assertThat(err.toString())
        .isEqualTo("progress: 1 articles, 2 facts, 0.1 articles/s" + System.lineSeparator());
  }

  @Test
  void onATerminalTheBarIsRedrawnInPlaceAndClearedBeforeOtherLines() {
    Progress progress = progress(true, false, 2);

    at(1);
    progress.article(article("a.txt", "a.txt"));
    progress.println("b.txt: not readable");
    progress.finish();

    assertThat(err.toString())
        .startsWith("\r[############            ] 1/2 files (50%)")
        .contains("\r\u001b[Kb.txt: not readable")
        .doesNotContain("progress:");
  }

  @Test
  void quietShowsProblemsOnly() {
    Progress progress = progress(true, true, 2);

    at(100);
    progress.article(article("a.txt", "a.txt"));
    progress.println("b.txt: not readable");
    progress.finish();

    assertThat(err.toString().strip()).isEqualTo("b.txt: not readable");
    assertThat(progress.articles()).isEqualTo(1);
  }

  @Test
  void clockShowsHoursOnlyWhenNeeded() {
    assertThat(Progress.clock(59)).isEqualTo("0:59");
    assertThat(Progress.clock(3_725)).isEqualTo("1:02:05");
  }
}
