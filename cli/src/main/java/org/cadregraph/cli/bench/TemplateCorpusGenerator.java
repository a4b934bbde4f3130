package org.cadregraph.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.cadregraph.cli.exit.CliException;
import org.cadregraph.cli.exit.ExitStatus;

/**
 * KCNA-like reports made from sentence templates (appointments, inspections, meetings with lists of
 * speakers, Party cell honours, and the reporting prose around them), with Korean names, posts and
 * work units permuted from built-in syllable, role and unit lists. Article {@code i} is drawn from
 * its own random stream seeded by {@code i}, so a corpus of N articles is the first N articles of
 * any larger one. Files go one per report into month folders, named by date like the real archive
 * ({@code 2011-03/2011-03-01-00042.txt}: title line, then the body). Immutable and thread-safe.
 */
final class TemplateCorpusGenerator implements CorpusGenerator {

  private static final String[] SURNAMES = {
    "Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Jo", "Yun", "Jang", "Han", "O", "So", "Hwang",
    "Sin", "Ho", "Mun", "Ryang", "Ko", "Son", "Paek", "Rim", "Chae", "Hyon", "Kye"
  };
  private static final String[] GIVEN = {
    "Chol", "Song", "Yong", "Hyok", "Il", "Nam", "Ho", "Su", "Kwang", "Myong", "Jin", "Chun", "Ung",
        "Mo",
    "Tong", "Am", "In", "Kum", "Ju", "Hui", "Sun", "Ok", "Gil", "Hak", "Bong", "Thae", "Ryong",
        "Chang",
    "Yon", "Sok", "Hyon", "Jun", "Man", "Sam", "Pong"
  };
  private static final String[] PLACES = {
    "Pyoksong", "Unsan", "Nampho", "Hyesan", "Sunchon", "Kangso", "Anju", "Kaechon", "Tokchon",
    "Kimchaek", "Chongjin", "Hamhung", "Sinuiju", "Wonsan", "Haeju", "Kanggye", "Sariwon",
        "Songrim",
    "Kusong", "Huichon", "Onchon", "Mundok", "Ryongchon", "Pukchang"
  };
  private static final String[] SECTORS = {
    "Metal Industry",
    "Chemical Industry",
    "Electric Power Industry",
    "Agriculture",
    "External Economic" + " Relations",
    "Public Health",
    "Light Industry",
    "Railways",
    "Land and Environment Protection",
    "Fisheries",
    "Coal Industry",
    "Forestry",
    "Education",
    "Culture"
  };
  private static final String[] PRODUCTS = {
    "Tile",
    "Machine",
    "Textile",
    "Fertilizer",
    "Cement",
    "Tractor",
    "Footwear",
    "Foodstuff",
    "Glass",
    "Paper",
    "Bearing",
    "Cable"
  };
  private static final String[] UNIT_POSTS = {
    "manager",
    "chief engineer",
    "secretary of the Party committee",
    "director",
    "head of the work-team"
  };
  private static final String[] COMMITTEE_POSTS = {
    "chief secretary", "secretary", "chairman", "vice-chairman"
  };
  private static final String[] ORDINALS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh"
  };
  private static final String[] OCCASIONS = {
    "the birthday of President Kim Il Sung",
    "the founding anniversary of the Workers' Party of Korea",
    "the Day of the Sun",
    "the anniversary of the Korean People's Army",
    "the completion of the new" + " production line",
    "the successful fulfilment of the yearly plan"
  };
  private static final String[] FILLER = {
    "The speakers stressed the need to hold fast to the principle of self-reliance in every field"
        + " of the economy and to raise production to a new high.",
    "They called upon all the officials and working people to carry out the tasks set forth at the"
        + " plenary meeting without fail, true to the intention of the Party Central Committee.",
    "The participants renewed their determination to bring about a fresh turn in the work of their"
        + " units by displaying the spirit of devotion and creative ingenuity.",
    "Noting that great successes were made in the modernization of the production processes, they"
        + " said that this year's targets would be attained ahead of schedule.",
    "The meeting reviewed the work done in the first half of the year and discussed measures for"
        + " improving the management of the enterprises concerned.",
    "Officials of the ministries and national institutions concerned, working people and students"
        + " were present at the ceremony, which was followed by an art performance.",
    "The sector has built up a solid foundation for increased production on its own strength and"
        + " technology, the report said, adding that new records are being reported every day."
  };

  private static final LocalDate FIRST_DAY = LocalDate.of(2011, 1, 1);
  private static final int ARTICLES_PER_DAY = 60;

  @Override
  public GeneratedCorpus write(Path folder, int articles) {
    if (articles < 1) {
      throw new IllegalArgumentException("articles must be at least 1, got " + articles);
    }
    long bytes = 0;
    long words = 0;
    try {
      for (int i = 0; i < articles; i++) {
        LocalDate day = FIRST_DAY.plusDays(i / ARTICLES_PER_DAY);
        Path month = folder.resolve(day.toString().substring(0, 7));
        Files.createDirectories(month);
        Path file = month.resolve(String.format(Locale.ROOT, "%s-%05d.txt", day, i + 1));
        String text = article(i, day);
        byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          out.write(text);
        }
        bytes += encoded.length;
        words += text.split("\\s+").length;
      }
    } catch (IOException e) {
      throw new CliException(
          ExitStatus.INPUTS_FAILED,
          folder + ": cannot write the benchmark corpus (" + e.getMessage() + ")",
          e);
    }
    return new GeneratedCorpus(folder, articles, bytes, words);
  }

  /** Article {@code i}: a title line and five to nine paragraphs. */
  String article(int i, LocalDate day) {
    SplittableRandom random = new SplittableRandom(0x5EED_0000L + i);
    String date =
        day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth();
    List<String> paragraphs = new ArrayList<>();
    String title;
    switch (random.nextInt(4)) {
      case 0 -> {
        String unit = factory(random);
        title = "Inspection of " + unit;
        paragraphs.add(
            "Pyongyang, "
                + date
                + " (KCNA) -- "
                + person(random)
                + ", "
                + committeePost(random)
                + ", inspected the "
                + unit
                + ".");
        paragraphs.add("He was accompanied by " + roster(random, 2 + random.nextInt(3)) + ".");
      }
      case 1 -> {
        String unit = committee(random);
        title = "Officials Appointed";
        paragraphs.add(
            "Pyongyang, "
                + date
                + " (KCNA) -- "
                + person(random)
                + " was appointed as "
                + pick(random, COMMITTEE_POSTS)
                + " of the "
                + unit
                + ", according to a decision of the"
                + " Central Committee of the Workers' Party of Korea.");
        paragraphs.add(
            person(random)
                + " was relieved of the post of "
                + pick(random, COMMITTEE_POSTS)
                + " of the "
                + unit
                + ".");
      }
      case 2 -> {
        title = "Meeting Marks " + capitalized(pick(random, OCCASIONS));
        paragraphs.add(
            "Pyongyang, "
                + date
                + " (KCNA) -- A meeting took place at the "
                + factory(random)
                + " on "
                + date
                + " to mark "
                + pick(random, OCCASIONS)
                + ".");
        paragraphs.add("Present there were " + roster(random, 2 + random.nextInt(4)) + ".");
        paragraphs.add("Speeches were made by " + cellRoster(random, 3 + random.nextInt(5)) + ".");
      }
      default -> {
        String unit = factory(random);
        title = "Party Cell of " + unit + " Honoured";
        paragraphs.add(
            "Pyongyang, "
                + date
                + " (KCNA) -- The Party cell of the "
                + pick(random, ORDINALS)
                + " work-team of the "
                + unit
                + " was awarded the Red Flag of the Party Central Committee.");
        paragraphs.add(
            "The flag was conveyed by "
                + person(random)
                + ", "
                + committeePost(random)
                + ", at a"
                + " ceremony held at the "
                + unit
                + ".");
      }
    }
    int filler = 3 + random.nextInt(5);
    for (int k = 0; k < filler; k++) {
      paragraphs.add(pick(random, FILLER) + " " + pick(random, FILLER));
    }
    return title + "\n" + String.join("\n\n", paragraphs) + "\n";
  }

  private static String roster(SplittableRandom random, int size) {
    List<String> people = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      people.add(
          person(random)
              + ", "
              + (random.nextBoolean()
                  ? committeePost(random)
                  : pick(random, UNIT_POSTS) + " of the " + factory(random)));
    }
    return listed(people);
  }

  private static String cellRoster(SplittableRandom random, int size) {
    List<String> people = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      people.add(
          person(random)
              + ", Party cell secretary of the "
              + pick(random, ORDINALS)
              + " work-team of the "
              + factory(random));
    }
    return listed(people);
  }

  private static String listed(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  private static String person(SplittableRandom random) {
    return pick(random, SURNAMES) + " " + pick(random, GIVEN) + " " + pick(random, GIVEN);
  }

  private static String committeePost(SplittableRandom random) {
    return pick(random, COMMITTEE_POSTS) + " of the " + committee(random);
  }

  private static String committee(SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> pick(random, PLACES) + " County Committee of the WPK";
      case 1 -> pick(random, PLACES) + " City People's Committee";
      default -> "Ministry of " + pick(random, SECTORS);
    };
  }

  private static String factory(SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> pick(random, PLACES) + " " + pick(random, PRODUCTS) + " Factory";
      case 1 -> pick(random, PLACES) + " Coal Mine";
      default -> pick(random, PLACES) + " Cooperative Farm";
    };
  }

  private static String capitalized(String s) {
    StringBuilder out = new StringBuilder();
    for (String word : s.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(
          word.length() > 3 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
    }
    return out.toString();
  }

  private static String pick(SplittableRandom random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
