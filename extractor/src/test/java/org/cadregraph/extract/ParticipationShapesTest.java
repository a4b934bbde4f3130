package org.cadregraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cadregraph.facts.EventFact;
import org.cadregraph.facts.Fact;
import org.junit.jupiter.api.Test;

/**
 * Who took part in the reported event, and how: shapes of the genre, each on lines quoted from the
 * archive (2011-2012) and bulk reports.
 */
class ParticipationShapesTest {

  private static List<Fact> extract(String body) {
    return TestSupport.extractor()
        .extract("t.txt", "Test Report\nPyongyang, May 3 (KCNA) -- " + body);
  }

  private static List<String> participations(String body) {
    return TestSupport.participations(extract(body));
  }

  private static List<String> events(List<Fact> facts) {
    return facts.stream()
        .filter(f -> f instanceof EventFact)
        .map(f -> ((EventFact) f).event())
        .toList();
  }

  @Test
  void namesListedAfterAnAnnouncedAppointmentAreAppointed() {
    List<String> parts =
        participations(
            "The minister of National Defence and members of the Cabinet newly appointed at the"
                + " 11th Session of the 14th Supreme People's Assembly (SPA) of the DPRK are as"
                + " follows:\n"
                + "No Kwang Chol, minister of National Defence\n"
                + "Ri Man Su, minister of State Construction Control\n"
                + "Kim Song Bin, chairman of the State Commission of Science and Technology -0-\n");
    assertThat(parts)
        .contains(
            "No Kwang Chol as appointed", "Ri Man Su as appointed", "Kim Song Bin as appointed");
  }

  @Test
  void aStatementAnnouncedWithAColonListsNobody() {
    List<String> parts =
        participations(
            "Kim Yo Jong, vice department director of the Central Committee of the Workers' Party"
                + " of Korea, released the following press statement on Thursday:\n"
                + "Kim Song Bin said that the ROK military is hard to evade its responsibility.\n");
    assertThat(parts).noneMatch(p -> p.endsWith("as dismissed") || p.endsWith("as appointed"));
  }

  @Test
  void theAudienceIncludedThoseNamed() {
    assertThat(
            participations(
                "The audience included An Tong Chun, minister of Culture, officials concerned,"
                    + " creators and artistes of the Mansudae Art Troupe.\n"))
        .contains("An Tong Chun as attended");
  }

  @Test
  void inHisSpeechSaidMakesASpeaker() {
    assertThat(
            participations(
                "A meeting was held in Pyongyang on Monday.\n"
                    + "Choe Thae Bok in his speech said the delegation's visit to the DPRK would"
                    + " offer an important occasion for further developing the relations.\n"))
        .contains("Choe Thae Bok as spoke");
  }

  @Test
  void anEventHostedWithTheIndefiniteArticleIsReported() {
    List<Fact> facts =
        extract(
            "The Supreme People's Assembly of the DPRK hosted a reception for the visiting"
                + " delegation of the National Assembly of the People's Democratic Republic of"
                + " Laos. Present there was Choe Thae Bok, chairman of the SPA.\n");
    assertThat(events(facts)).anyMatch(e -> e.startsWith("reception"));
    assertThat(TestSupport.participations(facts)).contains("Choe Thae Bok as attended");
  }

  @Test
  void aVisitToTheKumsusanPalaceIsHomageNotGuidance() {
    List<String> parts =
        participations(
            "Jurgen Klimke, member of the Federal Parliament from the Christian Democratic Union"
                + " of Germany, and his party visited the Kumsusan Memorial Palace on Wednesday to"
                + " pay homage to President Kim Il Sung.\n");
    assertThat(parts)
        .contains("Jurgen Klimke as attended")
        .doesNotContain("Jurgen Klimke as guided");
    assertThat(parts).noneMatch(p -> p.startsWith("Kim Il Sung"));
  }

  @Test
  void aLetterReceivedIsNoGathering() {
    assertThat(
            participations(
                "The dear respected Kim Jong Un received a letter from the participants in the"
                    + " international academic symposium of Kim Il Sung University on"
                    + " Wednesday.\n"))
        .isEmpty();
  }

  @Test
  void theReceiverOfATitleIsAwarded() {
    assertThat(
            participations(
                "Hong Chang Ui, U Ung Ho and five others received the title of Labor Hero of the"
                    + " DPRK together with gold medal.\n"))
        .contains("Hong Chang Ui as awarded", "U Ung Ho as awarded");
  }

  @Test
  void leadersNamedAfterAPrepositionAndTheirEpithetsAreOnlyMentioned() {
    List<String> parts =
        participations(
            "Choe Thae Bok and Ri Man Su visited the statues of President Kim Il Sung and leader"
                + " Kim Jong Il on Mansu Hill on the occasion of the birth anniversary of leader"
                + " Kim Jong Il.\n");
    assertThat(parts).anyMatch(p -> p.startsWith("Ri Man Su"));
    assertThat(parts).noneMatch(p -> p.startsWith("Kim Il Sung") || p.startsWith("Kim Jong Il"));
  }

  @Test
  void aNameInARelativeClauseOfPlaceIsOnlyMentioned() {
    assertThat(
            participations(
                "Kim Jong Un, accompanied by Choe Ryong Hae, entered the hall where Kim Jong Il"
                    + " lies in state.\n"))
        .contains("Choe Ryong Hae as attended")
        .noneMatch(p -> p.startsWith("Kim Jong Il"));
  }

  @Test
  void anHonourNamedAfterALeaderGivesHimNoPart() {
    assertThat(
            participations(
                "Kim Il Sung Order went to Jon In Ok, secretary of the primary committee of the"
                    + " WPK of the troupe.\n"))
        .contains("Jon In Ok as awarded")
        .noneMatch(p -> p.startsWith("Kim Il Sung"));
  }

  @Test
  void aCueInARelativeClauseAboutOthersGivesTheNamedNoPart() {
    assertThat(
            participations(
                "Kim Jong Un hosted a reception in congratulation of the people who received the"
                    + " orders of honour.\n"))
        .doesNotContain("Kim Jong Un as attended", "Kim Jong Un as awarded");
  }

  @Test
  void aSpeechNamedAfterInWithItsModifiersMakesASpeaker() {
    assertThat(
            participations(
                "A meeting was held in Pyongyang on Monday.\n"
                    + "Pak Myong Chol, minister of Physical Culture and Sports, in his opening"
                    + " address called on all sportspersons and coaches to win.\n"))
        .contains("Pak Myong Chol as spoke");
  }

  @Test
  void theNamesAMeetingAppointsAreAppointed() {
    assertThat(
            participations(
                "The meeting appointed Ri Hi Yong, former first deputy department director of the"
                    + " Organizational Leadership Department of the WPK Central Committee, as chief"
                    + " secretary of the North Phyongan Provincial Committee of the WPK, Pak Song"
                    + " Chol, chief secretary of the North Phyongan Provincial Committee of the"
                    + " WPK, as chief secretary of the Jagang Provincial Committee of the WPK.\n"))
        .contains("Ri Hi Yong as appointed", "Pak Song Chol as appointed");
  }

  @Test
  void leadersNamedBetweenAndAfterTheirEpithetsAreOnlyMentioned() {
    // the archive's "... agreement reached at the meeting and talks between General Secretary Kim
    // Jong Il and President Dmitri Anatoliyevich Medvedev", with a cue added before it
    List<String> parts =
        participations(
            "Choe Thae Bok met the delegation in line with the spirit of the agreement reached at"
                + " the meeting and talks between General Secretary Kim Jong Il and President"
                + " Dmitri Anatoliyevich Medvedev.\n");
    assertThat(parts).contains("Choe Thae Bok as attended");
    assertThat(parts).noneMatch(p -> p.startsWith("Kim Jong Il"));
  }

  @Test
  void personsInReportedSpeechAreWhatWasSaid() {
    // the archive's "He referred to the fact that General Secretary Kim Jong Il sent out of his
    // loving care relief fund to the Korean victims in Japan", with a cue added before it
    assertThat(
            participations(
                "Present at the meeting, he referred to the fact that General Secretary Kim Jong Il"
                    + " sent out of his loving care relief fund to the Korean victims in Japan.\n"))
        .noneMatch(p -> p.startsWith("Kim Jong Il"));
  }

  @Test
  void aCongressInABodysNameIsNoFurtherEvent() {
    List<Fact> facts =
        extract(
            "The embassy gave a reception on Monday.\n"
                + "Present there on invitation were Li Zhaoxing, chairman of the Foreign Affairs"
                + " Committee of the Chinese National People's Congress, and Wu Donghe, chairman of"
                + " the China-Korea Friendship Association.\n");
    assertThat(events(facts)).noneMatch(e -> e.contains("Congress"));
  }

  @Test
  void theLeaderAnHonourIsConferredInHonourOfReceivesNothing() {
    // the archive's "State academic degrees and titles were conferred on intellectuals who have
    // performed scientific and technological achievements on the occasion of the 100th
    // anniversary of the birth of President Kim Il Sung", the recipients named
    assertThat(
            participations(
                "State academic degrees and titles were conferred on Ri Man Su and Kim Song Bin on"
                    + " the occasion of the 100th anniversary of the birth of President Kim Il"
                    + " Sung.\n"))
        .contains("Ri Man Su as awarded")
        .noneMatch(p -> p.startsWith("Kim Il Sung"));
  }

  @Test
  void aVisitReportedAsAFactIsNoGuidance() {
    assertThat(
            participations(
                "He referred to the fact that Kim Jong Il visited China twice last year and had"
                    + " significant meetings with the Chinese collective leadership including"
                    + " General Secretary Hu Jintao.\n"))
        .noneMatch(p -> p.startsWith("Kim Jong Il"));
  }

  @Test
  void personsBeforeASpeechTagAreWhatWasSaid() {
    assertThat(
            participations(
                "They visited homeland under the particular concern of Kim Jong Un and received"
                    + " warm loving care they used to receive from Kim Jong Il, the letter"
                    + " said.\n"))
        .noneMatch(p -> p.startsWith("Kim Jong Il") || p.startsWith("Kim Jong Un"));
  }

  @Test
  void bouquetsPresentedAreNoHonour() {
    assertThat(
            participations(
                "A grand performance was given.\n"
                    + "Children presented bouquets to Kim Jong Un and war veterans.\n"))
        .doesNotContain("Kim Jong Un as awarded");
  }

  @Test
  void aEulogyIsASpeech() {
    assertThat(
            participations(
                "A state funeral was held.\n"
                    + "Choe Thae Bok, secretary of the Central Committee of the Workers' Party of"
                    + " Korea, made an eulogy.\n"))
        .contains("Choe Thae Bok as spoke");
  }
}
