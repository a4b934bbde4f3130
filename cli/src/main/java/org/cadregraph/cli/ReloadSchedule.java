package org.cadregraph.cli;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Runs a task now and then again every period, for {@code load --every}: runs start at fixed times
 * (start, start + period, ...), a run that takes longer than the period skips the start times it
 * missed instead of piling up, and a run that fails is reported and the schedule goes on. It runs
 * until the process ends (Ctrl-C) or, when a limit is given, that many runs are done. The clock is
 * passed in so that tests need not wait. Not thread-safe; one instance per command.
 */
final class ReloadSchedule {
  /** Shortest period accepted: a load every few seconds would only hammer the database. */
  static final Duration MIN_PERIOD = Duration.ofSeconds(1);

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})([smhd])");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
          .withZone(ZoneId.systemDefault());

  /** Where the schedule reads the time and waits. */
  interface Clock {
    Instant now();

    void sleep(Duration duration) throws InterruptedException;

    /** The system clock and {@link Thread#sleep}. */
    Clock SYSTEM =
        new Clock() {
          @Override
          public Instant now() {
            return Instant.now();
          }

          @Override
          public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(Math.max(0, duration.toMillis()));
          }
        };
  }

  /** One run's outcome: the exit status it would have ended a single load with. */
  interface Run {
    int run(int number);
  }

  private final Duration period;
  private final int maxRuns;
  private final Clock clock;

  /**
   * @param period the time from one run's start to the next's
   * @param maxRuns stop after this many runs; 0 for no limit
   */
  ReloadSchedule(Duration period, int maxRuns, Clock clock) {
    this.period = requireNonNull(period, "period");
    if (period.compareTo(MIN_PERIOD) < 0) {
      throw new CliException(
          ExitStatus.USAGE, "--every must be at least " + MIN_PERIOD.toSeconds() + "s");
    }
    if (maxRuns < 0) {
      throw new CliException(
          ExitStatus.USAGE, "--runs must be 0 (no limit) or more, got " + maxRuns);
    }
    this.maxRuns = maxRuns;
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Runs {@code run} on schedule. A run that throws is reported to {@code notes} with the status
   * {@code failure} gives it, and counts like any other.
   *
   * @return the worst status of all runs (only returns when there is a limit, or when interrupted)
   */
  int run(Run run, Function<RuntimeException, Integer> failure, Consumer<String> notes) {
    Instant first = clock.now();
    int worst = ExitStatus.OK.code();
    for (int number = 1; maxRuns == 0 || number <= maxRuns; number++) {
      int status;
      try {
        status = run.run(number);
      } catch (RuntimeException e) {
        status = failure.apply(e);
        notes.accept("run " + number + " failed; the schedule goes on");
      }
      worst = Math.max(worst, status);
      if (maxRuns != 0 && number == maxRuns) {
        break;
      }
      Instant now = clock.now();
      Instant next = nextStart(first, now);
      long skipped = Duration.between(first, next).dividedBy(period) - number;
      notes.accept(
          "next load at "
              + TIME.format(next)
              + (skipped > 0
                  ? " (the run took longer than --every; " + skipped + " skipped)"
                  : ""));
      try {
        clock.sleep(Duration.between(now, next));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return worst;
  }

  /** The first start time of the schedule after {@code now}. */
  Instant nextStart(Instant first, Instant now) {
    long done = Duration.between(first, now).dividedBy(period);
    return first.plus(period.multipliedBy(done + 1));
  }

  /** Reads {@code 30m}, {@code 6h}, {@code 1d} (and seconds, {@code 90s}). */
  static Duration parse(String text) {
    Matcher m = DURATION.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new CliException(
          ExitStatus.USAGE,
          "'" + text + "' is not a duration; write a number and a unit: 90s, 30m, 6h, 1d");
    }
    long amount = Long.parseLong(m.group(1));
    Duration duration =
        switch (m.group(2)) {
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        };
    if (duration.isZero()) {
      throw new CliException(ExitStatus.USAGE, "'" + text + "' is no time at all; give e.g. 6h");
    }
    return duration;
  }

  /** picocli's converter for {@code --every}: a bad value is a usage error naming the option. */
  static final class Converter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return parse(value);
      } catch (CliException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
