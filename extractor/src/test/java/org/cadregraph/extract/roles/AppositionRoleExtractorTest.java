package org.cadregraph.extract.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadregraph.extract.TestSupport.extractor;
import static org.cadregraph.extract.TestSupport.holds;
import static org.cadregraph.extract.TestSupport.participations;

import java.util.List;
import org.cadregraph.facts.Fact;
import org.junit.jupiter.api.Test;

/** Posts as the role stage reads them, through the whole pipeline. */
class AppositionRoleExtractorTest {

  private static List<Fact> extract(String body) {
    return extractor().extract("t.txt", "Test Report\nPyongyang, May 2 (KCNA) -- " + body);
  }

  @Test
  void appositionGivesRoleAndNestedOrganization() {
    assertThat(
            holds(
                extract(
                    "Speeches were made by Ho Tong Am, Party cell secretary of the second work-team"
                        + " of the Workshop No. 3 of the Taesong Station, and Jo Ung Mo, secretary"
                        + " of the Nampho City Committee of the WPK.")))
        .contains(
            "Ho Tong Am | Party cell secretary | second work-team of the Workshop No. 3 of the"
                + " Taesong Station",
            "Jo Ung Mo | secretary | Nampho City Committee of the WPK");
  }

  @Test
  void listOfNamesSharesTrailingRole() {
    assertThat(
            holds(
                extract(
                    "Testimonials were conferred on Pak Kwang Hyok, Kim Un Gyong and Ju Pyong Su,"
                        + " Party cell secretaries who set an example.")))
        .containsExactly(
            "Pak Kwang Hyok | Party cell secretary | null",
            "Kim Un Gyong | Party cell secretary | null",
            "Ju Pyong Su | Party cell secretary | null");
  }

  @Test
  void appositionWithSeveralPostsGivesEachPost() {
    assertThat(
            holds(
                extract(
                    "Kim Jong Un, general secretary of the Workers' Party of Korea and president of"
                        + " the State Affairs of the DPRK, inspected the unit.")))
        .containsExactly(
            "Kim Jong Un | general secretary | Workers' Party of Korea",
            "Kim Jong Un | president | State Affairs of the DPRK");
  }

  @Test
  void ccCommaWpkStaysOneOrganization() {
    assertThat(
            holds(
                extract(
                    "Present there were Kim Ki Nam and Choe Thae Bok, members of the Political"
                        + " Bureau and secretaries of the C.C., the WPK.")))
        .contains(
            "Kim Ki Nam | secretary | C.C., the WPK",
            "Choe Thae Bok | member | Political Bureau of the C.C., the WPK");
  }

  @Test
  void ranksAndTitlesBeforeNamesAreRoles() {
    assertThat(
            holds(
                extract(
                    "He was greeted by KPA Vice Marshal Choe Ryong Hae and Army Senior Colonel Yu"
                        + " Chang Son.")))
        .containsExactly(
            "Choe Ryong Hae | Vice Marshal | KPA", "Yu Chang Son | Army Senior Colonel | null");
  }

  @Test
  void electedMembersAreAppointedAtTheMeeting() {
    List<Fact> facts =
        extract(
            "The 4th Conference of the Workers' Party of Korea was held. Choe Ryong Hae was elected"
                + " member of the Presidium of the Political Bureau, Kim Jong Gak and Pak To Chun"
                + " members of the Political Bureau to fill vacancies.");
    assertThat(holds(facts))
        .contains(
            "Choe Ryong Hae | member | Presidium of the Political Bureau",
            "Kim Jong Gak | member | Political Bureau",
            "Pak To Chun | member | Political Bureau");
    assertThat(participations(facts))
        .contains(
            "Choe Ryong Hae as appointed", "Kim Jong Gak as appointed", "Pak To Chun as appointed");
  }

  @Test
  void pronounStatedCareerBelongsToTheNamedPerson() {
    assertThat(
            holds(
                extract(
                    "Kim Jong Gak, member of the Political Bureau. He was vice-minister of the"
                        + " People's Armed Forces and director of a training center.")))
        .contains(
            "Kim Jong Gak | vice-minister | People's Armed Forces",
            "Kim Jong Gak | director | training center");
  }

  @Test
  void rosterHeadingsGiveEachNameItsPost() {
    String body =
        "The members of the State Sports Commission were appointed. They are as follows:, , "
            + " Chairman: Jang Song Thaek, ,  Vice-Chairmen: Ro Tu Chol, ,  Choe Pu Il, ,  Members:"
            + " Kim Ki Nam, ,  Pak To Chun, ,  The meeting closed.";
    assertThat(holds(extract(body)))
        .containsExactly(
            "Jang Song Thaek | Chairman | State Sports Commission",
            "Ro Tu Chol | Vice-Chairman | State Sports Commission",
            "Choe Pu Il | Vice-Chairman | State Sports Commission",
            "Kim Ki Nam | Member | State Sports Commission",
            "Pak To Chun | Member | State Sports Commission");
  }

  // The lines below are quoted from archive-2011-2012 reports; each shape stands in two or more.

  @Test
  void relativeClauseDoublesAsGivesTheSamePersonASecondPost() {
    assertThat(
            holds(
                extract(
                    "The floor was taken by Kim Sok Jun, minister of State Construction Control who"
                        + " doubles as chairman of the C.C., the Union of Architects of Korea, and"
                        + " others.")))
        .contains(
            "Kim Sok Jun | minister | State Construction Control",
            "Kim Sok Jun | chairman | C.C., the Union of Architects of Korea");
  }

  @Test
  void purposeOfABodyGoesOnAfterWith() {
    assertThat(
            holds(
                extract(
                    "Present at the ceremony were So Ho Won, vice-chairman of the Korean Committee"
                        + " for Cultural Relations with Foreign Countries, and KCSC members.")))
        .containsExactly(
            "So Ho Won | vice-chairman | Korean Committee for Cultural Relations with Foreign"
                + " Countries");
  }

  @Test
  void foreignEnvoyWithCountryBeforeTitleHoldsThePost() {
    assertThat(
            holds(
                extract(
                    "Arkady Lavrov, senior councilor of the Russian embassy, in a visitor's book"
                        + " wrote. Present there were Alexandr Matsegora, Russian ambassador to the"
                        + " DPRK, and his embassy members.")))
        .containsExactly(
            "Arkady Lavrov | senior councilor | Russian embassy",
            "Alexandr Matsegora | ambassador | Russian");
  }

  @Test
  void chineseNameStartingWithASharedSurnameIsAPerson() {
    assertThat(
            holds(
                extract(
                    "Present there was Wang Jiarui, head of the International Liaison Department"
                        + " of the CPC Central Committee.")))
        .containsExactly(
            "Wang Jiarui | head | International Liaison Department of the CPC Central Committee");
  }

  @Test
  void pluralPostAfterAnAppositionNamesOtherPersons() {
    assertThat(
            holds(
                extract(
                    "Present there were Pak Ku Ho, vice-chairman of the Chongryon Central Standing"
                        + " Committee, Kim Hong Chol, director of the General Affairs Department,"
                        + " officials of the Korean Youth League and others. Present at the"
                        + " stopping place were Kim Il Guk, minister of Physical Culture and Sports"
                        + " of the DPRK, members of the National Sports Guidance Committee and"
                        + " officials concerned.")))
        .containsExactly(
            "Pak Ku Ho | vice-chairman | Chongryon Central Standing Committee",
            "Kim Hong Chol | director | General Affairs Department",
            "Kim Il Guk | minister | Physical Culture and Sports of the DPRK");
  }

  @Test
  void deputyToAnAssemblySitsInIt() {
    assertThat(
            holds(
                extract(
                    "Remains of the late So Man Sul, deputy to the Supreme People's Assembly of the"
                        + " DPRK, lie in state.")))
        .containsExactly("So Man Sul | deputy | Supreme People's Assembly of the DPRK");
  }

  @Test
  void rankWrittenWithItsForceBeforeTheName() {
    assertThat(
            holds(
                extract(
                    "Vice Marshal of the Korean People's Army Kim Jong Gak, minister of the"
                        + " People's Armed Forces, on May 17 met the delegation.")))
        .containsExactly(
            "Kim Jong Gak | Vice Marshal | Korean People's Army",
            "Kim Jong Gak | minister | People's Armed Forces");
  }

  @Test
  void bodyHeadedByATitledLeaderIsTheTitlesOrganization() {
    assertThat(
            holds(
                extract(
                    "They worked under the leadership of the WPK headed by General Secretary Kim"
                        + " Jong Il.")))
        .containsExactly("Kim Jong Il | General Secretary | WPK");
  }

  @Test
  void abbreviationInParenthesesDoesNotEndAChainOfPosts() {
    assertThat(
            holds(
                extract(
                    "Kim Jong Un was accompanied by Marshal Pak Jong Chon, vice-chairman of the"
                        + " Central Military Commission of the Workers' Party of Korea (WPK) and"
                        + " secretary of the C.C., the WPK. Kim Jong Il, general secretary of the"
                        + " Workers' Party of Korea (WPK) and chairman of the DPRK National Defence"
                        + " Commission (NDC), paid an unofficial visit.")))
        .contains(
            "Pak Jong Chon | vice-chairman | Central Military Commission of the Workers' Party of"
                + " Korea",
            "Pak Jong Chon | secretary | C.C., the WPK",
            "Kim Jong Il | general secretary | Workers' Party of Korea",
            "Kim Jong Il | chairman | DPRK National Defence Commission");
  }

  @Test
  void relativeClauseWhoIsGivesTheSamePersonASecondPost() {
    assertThat(
            holds(
                extract(
                    "It was accompanied by Kim Jin Bom, vice-chairman of the Central Committee of"
                        + " the Korea-China Friendship Society who is vice-chairman of the Korean"
                        + " Committee for Cultural Relations with Foreign Countries.")))
        .containsExactly(
            "Kim Jin Bom | vice-chairman | Central Committee of the Korea-China Friendship Society",
            "Kim Jin Bom | vice-chairman | Korean Committee for Cultural Relations with Foreign"
                + " Countries");
  }

  @Test
  void titleBeforeNameMayNameTheHostCountry() {
    assertThat(
            holds(
                extract(
                    "Also enjoying the concert were Chinese Ambassador to the DPRK Liu Hongcai,"
                        + " Russian Ambassador to the DPRK Valery Sukhinin and officials.")))
        .containsExactly(
            "Liu Hongcai | Ambassador | Chinese", "Valery Sukhinin | Ambassador | Russian");
  }

  @Test
  void titleEndingAnAppositionBelongsToTheNextName() {
    assertThat(
            holds(
                extract(
                    "Present there were the delegation of Chinese men of culture headed by Lei"
                        + " Wuwu, president of Guangxi Art School, Ambassador Liu Hongcai and staff"
                        + " members of the Chinese embassy.")))
        .containsExactlyInAnyOrder(
            "Lei Wuwu | president | Guangxi Art School", "Liu Hongcai | Ambassador | null");
  }

  @Test
  void conferredRankIsAPostOfItsHolder() {
    assertThat(
            holds(
                extract(
                    "The bulletin gave much space to the news that the title of Generalissimo of"
                        + " the DPRK was awarded to leader Kim Jong Il.")))
        .containsExactly("Kim Jong Il | Generalissimo | DPRK");
    assertThat(
            holds(
                extract(
                    "On February 14, the title of Generalissimo of the DPRK was conferred on Kim"
                        + " Jong Il, who had turned the DPRK into a power.")))
        .containsExactly("Kim Jong Il | Generalissimo | DPRK");
  }

  @Test
  void lowerCaseTitleAfterACountryBeforeTheName() {
    assertThat(holds(extract("DPRK premier Choe Yong Rim Sunday sent a message of greetings.")))
        .containsExactly("Choe Yong Rim | premier | DPRK");
    assertThat(
            holds(
                extract(
                    "A wreath was sent to the bier of leader Kim Jong Il by Lao president Choummaly"
                        + " Sayasone, general secretary of the Central Committee of the Lao"
                        + " People's Revolutionary Party.")))
        .contains("Choummaly Sayasone | president | Lao");
  }

  // career clauses, quoted from archive-2011-2012 and bulk reports

  @Test
  void postTakenUpByTheAddresseeOfAMessage() {
    assertThat(
            holds(
                extract(
                    "DPRK Premier Choe Yong Rim Thursday sent a congratulatory message to Fayez"
                        + " Tarawneh upon his appointment as prime minister of the Hashemite"
                        + " Kingdom of Jordan.")))
        .contains("Fayez Tarawneh | prime minister | Hashemite Kingdom of Jordan");
    assertThat(
            holds(
                extract(
                    "Choe Yong Rim, premier of the DPRK, sent a congratulatory message to Nguyen"
                        + " Tan Dung on Wednesday on his reelection as prime minister of Vietnam at"
                        + " the First Session of the 13th National Assembly.")))
        .contains("Nguyen Tan Dung | prime minister | Vietnam");
  }

  @Test
  void postsWorkedInBelongToTheAntecedentOfHe() {
    assertThat(
            holds(
                extract(
                    "Kim Chol, member of the WPK Central Committee, died. He devoted himself to the"
                        + " development of the Party and revolutionary ranks and the victory of the"
                        + " revolutionary cause of Juche, working as an instructor, section chief,"
                        + " vice department director and first vice department director of the"
                        + " Party Central Committee from 1962.")))
        .contains(
            "Kim Chol | instructor | Party Central Committee",
            "Kim Chol | first vice department director | Party Central Committee");
  }

  @Test
  void aNameInsideAPhraseIsNoAntecedentOfHe() {
    assertThat(
            holds(
                extract(
                    "Kim Chol, member of the WPK Central Committee, died. He grew up under the care"
                        + " of President Kim Il Sung. He devoted himself to the Party, working as"
                        + " an instructor of the Party Central Committee from 1962.")))
        .contains("Kim Chol | instructor | Party Central Committee")
        .noneMatch(h -> h.startsWith("Kim Il Sung | instructor"));
  }

  @Test
  void itsBodyIsTheDelegationsOrganization() {
    assertThat(
            holds(
                extract(
                    "The delegation of the Lao Women's Union headed by Sysay Leudedmounsone,"
                        + " president of its Central Committee, arrived here by air on May 9.")))
        .containsExactly(
            "Sysay Leudedmounsone | president | Central Committee of the Lao Women's Union");
  }

  @Test
  void curatorAndCommandingOfficerArePosts() {
    assertThat(
            holds(
                extract(
                    "Among them were Hwang Sun Hui, curator of the Korean Revolution Museum,"
                        + " officials of the Ministry of Land and Marine Transport.")))
        .contains("Hwang Sun Hui | curator | Korean Revolution Museum");
  }

  @Test
  void quotedNameIsPartOfTheOrganization() {
    assertThat(
            holds(
                extract(
                    "They also included Vishwanath, director-general of the International Institute"
                        + " of the Juche Idea, and Johnny Hon, chairman of the \"International Kim"
                        + " Il Sung Foundation\".")))
        .contains("Johnny Hon | chairman | \"International Kim Il Sung Foundation\"");
    assertThat(
            holds(
                extract(
                    "Konstantin Doroshenko, chairman of the \"Sun of Juche\" Association of"
                        + " Journalists and Men of Culture for the Study of Kimjongilism in"
                        + " Ukraine, made a speech.")))
        .anyMatch(
            h -> h.startsWith("Konstantin Doroshenko | chairman | \"Sun of Juche\" Association"));
  }

  @Test
  void titledHeadOfADelegationPresidesOverItsBody() {
    assertThat(
            holds(
                extract(
                    "A delegation of the Korean Kimilsungia-Kimjongilia Committee led by Chairman"
                        + " Kim Chang Do also flew here on the same day.")))
        .contains("Kim Chang Do | Chairman | Korean Kimilsungia-Kimjongilia Committee");
  }

  @Test
  void generalAfterTheHeadIsPartOfTheTitle() {
    assertThat(
            holds(
                extract(
                    "Present were Juan Vela Valdes, chairman of the Committee for Supporting"
                        + " Korea's Reunification; Alfonso Fraga Perez, secretary general of the"
                        + " Organization of Solidarity of the Peoples of Africa, Asia, and Latin"
                        + " America.")))
        .anyMatch(h -> h.startsWith("Alfonso Fraga Perez | secretary general | Organization of"));
  }

  @Test
  void lowerCaseRankBeforeTheForceIsAPost() {
    assertThat(holds(extract("Kim Yong Rok, general of the KPA, told KCNA.")))
        .contains("Kim Yong Rok | general | KPA");
    assertThat(holds(extract("Yun Tong Hyon, a general of the Korean People's Army, told KCNA.")))
        .contains("Yun Tong Hyon | general | Korean People's Army");
  }
}
