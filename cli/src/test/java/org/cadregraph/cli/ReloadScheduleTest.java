package org.cadregraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import org.junit.jupiter.api.Test;

/** The schedule of {@code load --every}, on a clock the test moves (no waiting). */
class ReloadScheduleTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** A clock that moves only when slept on, or when a run says it took time. */
  static final class FakeClock implements ReloadSchedule.Clock {
    Instant now = T0;
    final List<Instant> wokeAt = new ArrayList<>();

    @Override
    public Instant now() {
      return now;
    }

    @Override
    public void sleep(Duration duration) {
      assertThat(duration.isNegative()).isFalse();
      now = now.plus(duration);
      wokeAt.add(now);
    }
  }

  @Test
  void durationsAreReadInSecondsMinutesHoursAndDays() {
    assertThat(ReloadSchedule.parse("30m")).isEqualTo(Duration.ofMinutes(30));
    assertThat(ReloadSchedule.parse("6h")).isEqualTo(Duration.ofHours(6));
    assertThat(ReloadSchedule.parse("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(ReloadSchedule.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(ReloadSchedule.parse(" 2H ")).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void durationsWithoutAUnitOrOfZeroAreUsageErrors() {
    for (String bad : List.of("6", "h", "6 hours", "1.5h", "-1h", "0m", "")) {
      assertThatThrownBy(() -> ReloadSchedule.parse(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              CliException.class, e -> assertThat(e.status()).isEqualTo(ExitStatus.USAGE));
    }
  }

  @Test
  void runsStartAtFixedTimesWhateverEachRunTakes() {
    FakeClock clock = new FakeClock();
    List<Instant> starts = new ArrayList<>();
    List<String> notes = new ArrayList<>();

    int status =
        new ReloadSchedule(Duration.ofHours(6), 3, clock)
            .run(
                number -> {
                  starts.add(clock.now);
                  clock.now =
                      clock.now.plus(Duration.ofMinutes(number * 10L)); // the run takes time
                  return 0;
                },
                e -> 1,
                notes::add);

    assertThat(status).isZero();
    assertThat(starts)
        .containsExactly(T0, T0.plus(Duration.ofHours(6)), T0.plus(Duration.ofHours(12)));
    assertThat(notes).hasSize(2).allMatch(n -> n.startsWith("next load at "));
  }

  @Test
  void aRunLongerThanThePeriodSkipsTheMissedStartsInsteadOfPilingUp() {
    FakeClock clock = new FakeClock();
    List<Instant> starts = new ArrayList<>();
    List<String> notes = new ArrayList<>();

    new ReloadSchedule(Duration.ofMinutes(30), 2, clock)
        .run(
            number -> {
              starts.add(clock.now);
              clock.now = clock.now.plus(Duration.ofMinutes(75));
              return 0;
            },
            e -> 1,
            notes::add);

    assertThat(starts).containsExactly(T0, T0.plus(Duration.ofMinutes(90)));
    assertThat(notes.get(0)).contains("2 skipped"); // the starts at 0:30 and 1:00
  }

  @Test
  void aFailedRunIsReportedAndTheScheduleGoesOnWithTheWorstStatusReturned() {
    FakeClock clock = new FakeClock();
    List<Integer> ran = new ArrayList<>();
    List<String> notes = new ArrayList<>();

    int status =
        new ReloadSchedule(Duration.ofMinutes(30), 3, clock)
            .run(
                number -> {
                  ran.add(number);
                  if (number == 2) {
                    throw new CliException(ExitStatus.NEO4J_UNAVAILABLE, "Neo4j is unreachable");
                  }
                  return 0;
                },
                e -> ((CliException) e).status().code(),
                notes::add);

    assertThat(ran).containsExactly(1, 2, 3);
    assertThat(notes).contains("run 2 failed; the schedule goes on");
    assertThat(status).isEqualTo(ExitStatus.NEO4J_UNAVAILABLE.code());
  }

  @Test
  void anInterruptedWaitEndsTheScheduleAfterTheRunInProgress() {
    ReloadSchedule.Clock interrupted =
        new ReloadSchedule.Clock() {
          @Override
          public Instant now() {
            return T0;
          }

          @Override
          public void sleep(Duration duration) throws InterruptedException {
            throw new InterruptedException();
          }
        };
    List<Integer> ran = new ArrayList<>();

    int status =
        new ReloadSchedule(Duration.ofHours(1), 0, interrupted)
            .run(
                number -> {
                  ran.add(number);
                  return 0;
                },
                e -> 1,
                note -> {});

    assertThat(ran).containsExactly(1);
    assertThat(status).isZero();
    assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
  }

  @Test
  void periodsShorterThanASecondAreRefused() {
    assertThatThrownBy(() -> new ReloadSchedule(Duration.ofMillis(500), 0, new FakeClock()))
        .isInstanceOf(CliException.class);
  }
}
