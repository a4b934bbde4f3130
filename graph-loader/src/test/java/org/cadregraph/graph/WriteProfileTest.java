package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WriteProfileTest {
  @Test
  void stepsAddUpAndTheSummaryPutsTheLargestFirst() {
    WriteProfile profile = new WriteProfile();
    profile.add("nodes Person", 100);
    profile.add("commit", 600);
    profile.add("nodes Person", 200);
    profile.add("links", 100);

    assertThat(profile.steps())
        .containsExactly(
            Map.entry("nodes Person", Duration.ofNanos(300)),
            Map.entry("commit", Duration.ofNanos(600)),
            Map.entry("links", Duration.ofNanos(100)));
    assertThat(profile.total()).isEqualTo(Duration.ofNanos(1000));
    assertThat(profile.summary()).isEqualTo("commit 60%, nodes Person 30%, links 10%");
  }

  @Test
  void anEmptyProfileHasNoSteps() {
    assertThat(new WriteProfile().summary()).isEmpty();
    assertThat(new WriteProfile().total()).isEqualTo(Duration.ZERO);
  }
}
