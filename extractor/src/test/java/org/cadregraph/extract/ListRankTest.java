package org.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Holds;
import org.cadregraph.facts.ListRank;
import org.cadregraph.facts.Participation;
import org.junit.jupiter.api.Test;

/** Protocol rank: each person's place in the ordered lists of a report, in the text's order. */
class ListRankTest {

  private static List<Fact> extract(String body) {
    return TestSupport.extractor()
        .extract("t.txt", "Test Report\nPyongyang, May 3 (KCNA) -- " + body);
  }

  /** "person as kind: position/size list-kind" of each participation, in order. */
  private static List<String> ranks(List<Fact> facts) {
    List<String> out = new ArrayList<>();
    for (Fact f : facts) {
      if (f instanceof Participation p) {
        out.add(p.person() + " as " + p.kind().jsonName() + ": " + place(p.rank()));
      }
    }
    return out;
  }

  private static List<String> postRanks(List<Fact> facts) {
    List<String> out = new ArrayList<>();
    for (Fact f : facts) {
      if (f instanceof Holds h) {
        out.add(h.person() + " | " + h.role() + ": " + place(h.rank()));
      }
    }
    return out;
  }

  private static String place(ListRank r) {
    return r == null ? "-" : r.position() + "/" + r.size() + " " + r.kind().jsonName();
  }

  @Test
  void accompanyingOfficialsAreRankedInTheTextsOrderAcrossLineWraps() {
    List<String> ranks =
        ranks(
            extract(
                "Kim Jong Un inspected the Kangdong Farm.\n"
                    + "He was accompanied by Jo Yong Won, Choe Ryong Hae,\nRi Pyong Chol and"
                    + " Kim Tok Hun."));
    assertThat(ranks)
        .containsExactly(
            "Kim Jong Un as guided: -",
            "Jo Yong Won as attended: 1/4 accompanying",
            "Choe Ryong Hae as attended: 2/4 accompanying",
            "Ri Pyong Chol as attended: 3/4 accompanying",
            "Kim Tok Hun as attended: 4/4 accompanying");
  }

  @Test
  void equalsSignsSeparateAListAsCommasDo() {
    assertThat(
            ranks(
                extract(
                    "Kim Jong Un inspected the Kangdong Farm. He was accompanied by Jo Yong Won ="
                        + " Choe Ryong Hae = Ri Pyong Chol.")))
        .contains(
            "Jo Yong Won as attended: 1/3 accompanying",
            "Choe Ryong Hae as attended: 2/3 accompanying",
            "Ri Pyong Chol as attended: 3/3 accompanying");
  }

  @Test
  void groupsWithASharedRoleKeepTheirPlaceInTheWholeList() {
    List<Fact> facts =
        extract(
            "Kim Jong Il provided field guidance to the Central Zoo. He was accompanied by"
                + " Kim Jong Un, Ri Yong Ho, Members of the Central Military Commission of the WPK"
                + " Kim Kyong Ok, Kim Won Hong and Yun Jong Rin and Department Director of the NDC"
                + " Hyon Chol Hae.");
    assertThat(ranks(facts))
        .contains(
            "Kim Jong Un as attended: 1/6 accompanying",
            "Ri Yong Ho as attended: 2/6 accompanying",
            "Kim Kyong Ok as attended: 3/6 accompanying",
            "Kim Won Hong as attended: 4/6 accompanying",
            "Yun Jong Rin as attended: 5/6 accompanying",
            "Hyon Chol Hae as attended: 6/6 accompanying");
    // the posts stated in the list have the same place; the identity's list_index is unchanged
    assertThat(postRanks(facts))
        .contains(
            "Kim Kyong Ok | Member: 3/6 accompanying",
            "Yun Jong Rin | Member: 5/6 accompanying",
            "Hyon Chol Hae | Department Director: 6/6 accompanying");
    assertThat(facts)
        .filteredOn(f -> f instanceof Holds h && h.person().equals("Yun Jong Rin"))
        .extracting(f -> ((Holds) f).listIndex())
        .containsExactly(2);
  }

  @Test
  void speakersWithTheirPostsInBetweenAreRankedByWhereTheyAreNamed() {
    List<Fact> facts =
        extract(
            "The 6th Conference of Cell Secretaries of the WPK opened. Speeches were made by"
                + " Kim Song Yong, Party cell secretary of the Pyoksong County Forest Management"
                + " Station, Jo Ung Mo, secretary of the Nampho City Committee of the WPK, and"
                + " Ho Tong Am, a Party cell secretary of the August 21 Factory.");
    assertThat(ranks(facts))
        .contains(
            "Kim Song Yong as spoke: 1/3 speakers",
            "Jo Ung Mo as spoke: 2/3 speakers",
            "Ho Tong Am as spoke: 3/3 speakers");
  }

  @Test
  void aListAnnouncedInOneSentenceAndGivenInTheNextIsOneList() {
    List<String> ranks =
        ranks(
            extract(
                "The minister of National Defence and members of the Cabinet newly appointed at the"
                    + " 11th Session of the 14th Supreme People's Assembly (SPA) of the DPRK are as"
                    + " follows:\n"
                    + "No Kwang Chol, minister of National Defence\n"
                    + "Ri Man Su, minister of State Construction Control\n"
                    + "Kim Song Bin, chairman of the State Commission of Science and Technology"
                    + " -0-\n"));
    assertThat(ranks)
        .contains(
            "No Kwang Chol as appointed: 1/3 appointed",
            "Ri Man Su as appointed: 2/3 appointed",
            "Kim Song Bin as appointed: 3/3 appointed");
  }

  @Test
  void aPersonNamedAloneIsInNoList() {
    assertThat(
            ranks(
                extract(
                    "Kim Jong Un inspected the Kangdong Farm. He was accompanied by Jo Yong"
                        + " Won.")))
        .contains("Jo Yong Won as attended: -");
  }

  @Test
  void kcna066AccompanyingOfficialsInTheOrderOfTheText() throws Exception {
    Path shared = TestSupport.shared();
    assumeTrue(shared != null, "../shared is not there");
    Path file = shared.resolve("corpus/dev/kcna-066.txt");
    List<Fact> facts =
        TestSupport.extractor()
            .extract("kcna-066.txt", Files.readString(file, StandardCharsets.UTF_8));
    List<String> text =
        List.of(
            "Kim Jong Un",
            "Ri Yong Ho",
            "Kim Ki Nam",
            "Choe Thae Bok",
            "Jang Song Thaek",
            "Kim Jong Gak",
            "Kim Yang Gon",
            "Pak To Chun",
            "Choe Ryong Hae",
            "Thae Jong Su",
            "Kim Phyong Hae",
            "Mun Kyong Dok",
            "Ju Kyu Chang",
            "U Tong Chuk",
            "Kim Chang Sop",
            "Ri Myong Su",
            "Kim Kyong Ok",
            "Kim Won Hong",
            "Kim Yong Chol",
            "Yun Jong Rin",
            "Hyon Chol Hae");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      expected.add(text.get(i) + " as attended: " + (i + 1) + "/21 accompanying");
    }
    assertThat(ranks(facts)).containsSubsequence(expected);
  }

  @Test
  void seedSpeakersInTheOrderOfTheText() throws Exception {
    Path shared = TestSupport.shared();
    assumeTrue(shared != null, "../shared is not there");
    Path file = shared.resolve("corpus/dev/seed-6th-cell-secretaries.txt");
    List<Fact> facts =
        TestSupport.extractor().extract("seed.txt", Files.readString(file, StandardCharsets.UTF_8));
    List<String> text =
        List.of(
            "Kim Song Yong",
            "Jo Ung Mo",
            "Ho Tong Am",
            "Ri In Chol",
            "Pak Ju Song",
            "Kim Chol",
            "Ri Chun Hyok",
            "Ri Kum Chol",
            "Sin Kwang Ho");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      expected.add(text.get(i) + " as spoke: " + (i + 1) + "/9 speakers");
    }
    assertThat(ranks(facts)).containsSubsequence(expected);
    // Kim Jong Un's closing speech is another sentence: no place in the speakers' list
    assertThat(ranks(facts)).contains("Kim Jong Un as spoke: -");
  }
}
