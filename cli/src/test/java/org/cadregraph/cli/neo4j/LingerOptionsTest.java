package org.cadregraph.cli.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class LingerOptionsTest {
  @Command
  static final class Options {
    @Mixin LingerOptions linger;
  }

  private static Linger linger(Map<String, String> environment, boolean terminal, String... args) {
    Options options = new Options();
    new CommandLine(options).parseArgs(args);
    return options.linger.linger(environment, terminal, line -> {});
  }

  @Test
  void onlyAnInteractiveTerminalLeavesAServerByDefault() {
    assertThat(linger(Map.of(), true).idle()).isEqualTo(LingerOptions.DEFAULT_IDLE);
    assertThat(linger(Map.of(), false).on()).isFalse();
  }

  @Test
  void theOptionOrTheEnvironmentTurnsItOff() {
    assertThat(linger(Map.of(), true, "--no-linger").on()).isFalse();
    assertThat(linger(Map.of(LingerOptions.ENV, "0"), true).on()).isFalse();
    assertThat(linger(Map.of(LingerOptions.ENV, "off"), true).on()).isFalse();
  }

  @Test
  void theEnvironmentSetsTheMinutes() {
    assertThat(linger(Map.of(LingerOptions.ENV, "30"), true).idle())
        .isEqualTo(Duration.ofMinutes(30));
    assertThat(linger(Map.of(LingerOptions.ENV, "30"), false).on()).isFalse();
  }

  @Test
  void aBadValueIsAUsageErrorInATerminalAndIgnoredElsewhere() {
    assertThatThrownBy(() -> linger(Map.of(LingerOptions.ENV, "10m"), true))
        .isInstanceOfSatisfying(
            CliException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.USAGE))
        .hasMessageContaining("not a number of minutes");
    assertThat(linger(Map.of(LingerOptions.ENV, "10m"), false).on()).isFalse();
  }

  @Test
  void theHiddenTestOptionLingersAnywhereButNotAgainstTheOption() {
    assertThat(linger(Map.of(), false, "--linger-seconds", "3").idle())
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(linger(Map.of(), false, "--linger-seconds", "3", "--no-linger").on()).isFalse();
  }
}
