package org.cadregraph.graph;

/**
 * The rule, across every stored report of one name, that tells two careers of one name apart: the
 * army (the KPA, its ranks, the General Staff, the Party's Central Military Commission) and the
 * foreign service (the foreign ministry, embassies, consulates). State media name each person by
 * their own posts and no one holds both, so:
 *
 * <ul>
 *   <li>a name whose reports show only one of the two careers (or neither) is one person, whatever
 *       any single report says;
 *   <li>a name with at least {@link #MIN_REPORTS} reports of each career, and no report that gives
 *       one person both, is two persons: the reports that know the person only by foreign-service
 *       posts go to {@code name @ foreign service}, every other report of the name stays on the
 *       plain name key;
 *   <li>a name with both careers but fewer reports of one (an extractor's slip that gives a leader
 *       "the ambassador" of the next clause is as likely as a second person), or with any report
 *       that gives one person both, stays one person, flagged for an analyst's review.
 * </ul>
 *
 * What each report shows is decided per article ({@link PersonIdentity}, stored on the person's
 * statement); this class only weighs the reports. Pure; immutable and thread-safe.
 */
final class Careers {
  /** Reports of each career a name needs before it becomes two persons. */
  static final int MIN_REPORTS = 2;

  /** The anchor of a person's second node, the one known only by foreign-service posts. */
  static final String FOREIGN_SERVICE_ANCHOR = "foreign service";

  private Careers() {}

  /** What one report shows of one person's career; stored on the statement by its name. */
  enum Career {
    /** An army post, no foreign-service post. */
    ARMY("army"),
    /** Foreign-service posts only. */
    FOREIGN_SERVICE("foreign service"),
    /** Both an army and a foreign-service post: in this report the careers touch. */
    BOTH("army and foreign service");

    private final String storedName;

    Career(String storedName) {
      this.storedName = storedName;
    }

    String storedName() {
      return storedName;
    }
  }

  /** What the rule concludes about one name. */
  enum Verdict {
    /** One career or none: one person. */
    ONE_CAREER,
    /** Two careers that never touch, each in enough reports: two persons. */
    TWO_CAREERS,
    /** Two careers, one of them in too few reports: one person, flagged for review. */
    TOO_FEW_REPORTS,
    /** A report gives one person both careers: one person, flagged for review. */
    CAREERS_TOUCH;

    boolean split() {
      return this == TWO_CAREERS;
    }
  }

  /**
   * How many stored reports of one name show each career. Immutable.
   *
   * @param army reports with an army post and no foreign-service post
   * @param foreignService reports with foreign-service posts only
   * @param both reports with both
   */
  record Tally(long army, long foreignService, long both) {
    Tally {
      if (army < 0 || foreignService < 0 || both < 0) {
        throw new IllegalArgumentException(
            "report counts are never negative: " + army + ", " + foreignService + ", " + both);
      }
    }

    Verdict verdict() {
      if (both > 0) {
        return Verdict.CAREERS_TOUCH;
      }
      if (army == 0 || foreignService == 0) {
        return Verdict.ONE_CAREER;
      }
      return army >= MIN_REPORTS && foreignService >= MIN_REPORTS
          ? Verdict.TWO_CAREERS
          : Verdict.TOO_FEW_REPORTS;
    }
  }

  /**
   * The person key, before corrections, of a report that knows {@code nameKey} only by
   * foreign-service posts, under the verdict for that name.
   */
  static String foreignServiceKey(String nameKey, Verdict verdict) {
    return verdict.split() ? nameKey + " @ " + FOREIGN_SERVICE_ANCHOR : nameKey;
  }
}
