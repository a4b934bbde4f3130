package org.cadregraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cadregraph.facts.Fact;
import org.cadregraph.facts.Holds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The canonical bodies: one key per real body, its name shown, and paths resolved in an article.
 */
class OrganizationIdentityTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Political Bureau of the C.C., WPK | Political Bureau of the WPK Central Committee",
        "Political Bureau of the C.C, the WPK | Political Bureau of the WPK Central Committee",
        "Political Bureau of the Workers' Party of Korea | Political Bureau of the WPK Central"
            + " Committee",
        "on January 12 Political Bureau of the WPK Central Committee | Political Bureau of the WPK"
            + " Central Committee",
        "Central Military Commission of the CPC | Central Military Commission of China",
        "Central Military Commission of the People's Republic of China | Central Military"
            + " Commission of the Communist Party of China",
        "Central Military Commission of the PRC | Central Military Commission of China",
        "Political Bureau of the Communist Party of China | Political Bureau of the CPC Central"
            + " Committee",
        "Russian | Russia",
        "Chinese | China",
        "PRC | People's Republic of China",
        "Chinese delegation | delegation of China",
      })
  void spellingsOfOneBodyShareACanonicalKey(String a, String b) {
    assertThat(Keys.organization(a)).isEqualTo(Keys.organization(b));
  }

  @Test
  void homeAndForeignPoliticalBureausStayApart() {
    assertThat(Keys.organization("Political Bureau of the C.C., the CPC"))
        .isEqualTo("political bureau of central committee of communist party of china")
        .isNotEqualTo(Keys.organization("Political Bureau of the C.C., the WPK"));
  }

  @Test
  void aPathOfAbbreviationsHasTheCanonicalKey() {
    assertThat(
            OrganizationKeys.pathKey(List.of("Presidium", "Political Bureau", "C.C., WPK", "WPK")))
        .isEqualTo("presidium of political bureau of central committee of workers' party of korea");
  }

  @Test
  void everyNodeShowsItsCanonicalFullName() {
    assertThat(
            ArticlePlan.canonicalName(Keys.organization("political bureau of the c.c., the cpc")))
        .isEqualTo("Political Bureau of the CPC Central Committee");
    assertThat(
            ArticlePlan.canonicalName(
                OrganizationKeys.pathKey(List.of("Presidium", "Political Bureau", "C.C., WPK"))))
        .isEqualTo("Presidium of the Political Bureau of the WPK Central Committee");
    assertThat(ArticlePlan.canonicalName(Keys.organization("Russian"))).isEqualTo("Russia");
    assertThat(ArticlePlan.canonicalName("people's committee of south phyongan province"))
        .isEqualTo("People's Committee of South Phyongan Province");
  }

  private static List<String> paths(Facts facts) {
    List<Fact> all = facts.facts();
    OrganizationPaths paths = OrganizationPaths.of(all);
    return all.stream()
        .filter(Holds.class::isInstance)
        .map(f -> OrganizationKeys.pathKey(paths.of((Holds) f)))
        .toList();
  }

  @Test
  void aDatelinesWeekdayOrAYearOfTheJucheCalendarIsNoPartOfAName() {
    assertThat(
            Keys.organization("Presidium of the Supreme People's Assembly of the DPRK Wednesday"))
        .isEqualTo("presidium of supreme people's assembly");
    assertThat(Keys.organization("Juche 101 (2012) Pyongyang City People's Committee"))
        .isEqualTo("pyongyang city people's committee");
    assertThat(Keys.organization("Bangladesh Institute of the Juche Idea"))
        .isEqualTo("institute of bangladesh of juche idea");
  }

  @Test
  void aCommonNounInLowerCaseIsTheArticlesBodyOfThatKindOrNone() {
    assertThat(
            paths(
                Facts.article("a.txt", "2012")
                    .holds("Ri Kyong Sim", "head", "Pochonbo Electronic Band")
                    .holds("Kim Kwang Suk", "singer", "band")
                    .holds("Hwang Ho Yong", "manager", "house")
                    .holds("Pak Pong Ju", "premier", "cabinet")))
        .containsExactly("pochonbo electronic band", "pochonbo electronic band", "", "cabinet");
  }

  @Test
  void aWordCutFromALongerNameIsNoBody() {
    assertThat(
            paths(
                Facts.article("a.txt", "2012")
                    .holdsSaying(
                        "Rim Min Sik, secretary general of the Joint Secretariat of the"
                            + " Pan-national Alliance for Korea's Reunification, said so.",
                        "Rim Min Sik",
                        "secretary general",
                        "Joint Secretariat of the Pan",
                        "Joint Secretariat",
                        "Pan")
                    .holdsSaying(
                        "Pu Yong Uk and O Jae Se, chairpersons of the Osaka, Kanagawa and Kyoto"
                            + " prefectural headquarters of Chongryon, were there.",
                        "Pu Yong Uk",
                        "chairperson",
                        "Osaka")
                    .holdsSaying(
                        "Seizaburo Ekuchi, representative of the Tokyo-Pyongyang Rainbow Bridge,"
                            + " said so.",
                        "Seizaburo Ekuchi",
                        "representative",
                        "Tokyo")))
        .containsExactly("joint secretariat", "", "");
  }

  @Test
  void aListOfCountriesOrAWordWrittenWholeElsewhereIsNoCut() {
    assertThat(
            OrganizationPaths.cutFromLongerName(
                "Laos", "Thongloun, minister of Laos and Vietnam delegates attended."))
        .isFalse();
    assertThat(
            OrganizationPaths.cutFromLongerName(
                "Osaka", "Ri Chol of Osaka, and the Osaka-Kyoto delegation attended."))
        .isFalse();
    assertThat(
            OrganizationPaths.cutFromLongerName(
                "Switzerland", "Ri Chol, chairman of the Switzerland-Korea Committee, spoke."))
        .isTrue();
  }

  @Test
  void anHonorificBeforeANameIsNoBody() {
    assertThat(
            paths(
                Facts.article("a.txt", "2012")
                    .holdsSaying(
                        "Kim Jong Un received a floral basket from a bereaved family member of"
                            + " DPRK Hero An Tong Su.",
                        "An Tong Su",
                        "member",
                        "DPRK Hero")
                    .holds("Ho Jong Man", "chairman", "Chongryon")))
        .containsExactly("", "chongryon");
  }

  @Test
  void aForeignDelegateIsNeverGivenTheHomeOwner() {
    assertThat(
            paths(
                Facts.article("a.txt", "2012")
                    .holds(
                        "Kim Yong Nam",
                        "member",
                        "Political Bureau",
                        "Political Bureau",
                        "WPK Central Committee")
                    .holds("Li Jianguo", "member", "Political Bureau")
                    .holds(
                        "Li Jianguo",
                        "vice-chairman",
                        "Standing Committee of the Chinese National People's Congress",
                        "Standing Committee",
                        "Chinese National People's Congress")))
        .containsExactly(
            "political bureau of central committee of workers' party of korea",
            "",
            "standing committee of national people's congress of china");
  }

  @Test
  void aForeignDelegateGetsTheForeignBodyTheArticleNames() {
    assertThat(
            paths(
                Facts.article("a.txt", "2012")
                    .holds(
                        "Wang Jiarui",
                        "member",
                        "Political Bureau of the C.C., the CPC",
                        "Political Bureau",
                        "C.C.",
                        "CPC")
                    .holds("Li Jianguo", "member", "Political Bureau")))
        .containsExactly(
            "political bureau of central committee of communist party of china",
            "political bureau of central committee of communist party of china");
  }

  @Test
  void aBarePoliticalBureauOfAHomeHolderIsTheWpks() {
    assertThat(
            paths(Facts.article("a.txt", "2012").holds("Ri Yong Ho", "member", "Political Bureau")))
        .containsExactly("political bureau of central committee of workers' party of korea");
  }

  @Test
  void aBareGenericNounIsTheArticlesBodyOfThatKindOrNone() {
    assertThat(
            paths(
                Facts.article("a.txt", "2012")
                    .holds("Kim Ki Nam", "chairman", "National Funeral Committee")
                    .holds("Choe Thae Bok", "member", "the committee")
                    .holds("Pak Ui Chun", "head", "delegation")))
        .containsExactly("national funeral committee", "national funeral committee", "");
    // A body's kind cut from its name ("the Central Court" read as "Court") is no body alone.
    assertThat(
            paths(
                Facts.article("b.txt", "2012")
                    .holds("Kim Chol", "judge", "Court")
                    .holds("Ri Kum Sun", "chairwoman", "cooperative")))
        .containsExactly("", "");
  }

  @Test
  void aHomePostGivenToAForeignDelegateMovesToTheirSideOrGoes() {
    assertThat(
            paths(
                Facts.article("a.txt", "2011")
                    .holds(
                        "Wang Jiarui",
                        "member",
                        "Political Bureau of the C.C., the CPC",
                        "Political Bureau",
                        "C.C.",
                        "CPC")
                    .holds(
                        "Li Yuanchao",
                        "member",
                        "Political Bureau of C.C., the WPK",
                        "Political Bureau",
                        "C.C., the WPK",
                        "WPK")
                    .holds(
                        "Li Yuanchao",
                        "member",
                        "General Staff of the KPA",
                        "General Staff",
                        "KPA")))
        .containsExactly(
            "political bureau of central committee of communist party of china",
            "political bureau of central committee of communist party of china",
            "");
  }

  @Test
  void anOwnerlessOuterPartIsTheHomeBodyForAHomeHolder() {
    assertThat(
            paths(
                Facts.article("a.txt", "2011")
                    .holds(
                        "Kim Ki Nam",
                        "director",
                        "Propaganda Department of the Central Committee",
                        "Propaganda Department",
                        "Central Committee")))
        .containsExactly("propaganda department of central committee of workers' party of korea");
  }

  @Test
  void aMinistersFieldIsTheMinistry() {
    assertThat(
            paths(Facts.article("a.txt", "2011").holds("Ri Kyong Sik", "Minister", "Agriculture")))
        .containsExactly("ministry of agriculture");
  }

  @Test
  void anOuterGenericNounIsTheArticlesBodyOfThatKindOrTheWholePostHasNone() {
    assertThat(
            paths(
                Facts.article("a.txt", "2012")
                    .holds("Kim Won Hung", "minister", "State Security")
                    .holds(
                        "Kim Chang Sop",
                        "director",
                        "Political Bureau of the ministry",
                        "Political Bureau",
                        "ministry")
                    .holds(
                        "Ri Yong Hwan",
                        "secretary",
                        "Central Committee of the league",
                        "Central Committee",
                        "league")))
        .containsExactly(
            "ministry of state security", "political bureau of ministry of state security", "");
  }
}
