package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Events whose actors are found but were read wrong (session 12): the code or the attachment of acts the blind
 * articles of session 11 told in shapes the rules did not read. Short sentences of our own, on other countries.
 */
class ArabicEventsS12Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 20);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static java.util.List<String> sources(Extraction x, String code) {
        return coded(x, code).stream().map(Event::sourceKey).sorted().toList();
    }

    // ------------------------------------------------------------- each state of a coordinated subject breaks ties

    @Test
    void eachStateOfACoordinatedSubjectBreaksItsRelations() {
        Extraction x = extract("قطعت كينيا وأوغندا علاقاتهما مع رواندا.");
        assertThat(sources(x, "161")).containsExactly("country/KE", "country/UG");
        assertThat(coded(x, "161")).allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/RW"));
    }

    @Test
    void eachStateAnnouncingARuptureAfterADayAsideBreaksIt() {
        Extraction x = extract("أعلنت الأرجنتين والبرازيل، الخميس، قطع العلاقات الدبلوماسية مع فنزويلا، متهمة كراكاس بتزوير الانتخابات.");
        assertThat(sources(x, "161")).containsExactly("country/AR", "country/BR");
        assertThat(coded(x, "161")).allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/VE"));
    }

    @Test
    void bothOfIntroducesTheSubjectsThemselves() {
        Extraction x = extract("أعلنت كل من بيرو وتشيلي وكولومبيا، الجمعة، قطع علاقاتها مع نيكاراغوا.");
        assertThat(sources(x, "161")).containsExactly("country/CL", "country/CO", "country/PE");
    }

    // ------------------------------------------------------------- a deadline to leave

    @Test
    void aDeadlineToLeaveGivenToAMissionsMembersIsAnExpulsion() {
        Extraction x = extract("أمهلت الحكومة الكينية أعضاء البعثة الدبلوماسية الصومالية 72 ساعة لمغادرة البلاد.");
        assertThat(coded(x, "166")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/KE/government"));
        assertThat(coded(x, "139")).isEmpty();
    }

    @Test
    void aDeadlineForAnythingElseStaysAnUltimatum() {
        Extraction x = extract("أمهل الجيش القوى السياسية 48 ساعة للاتفاق على حكومة.");
        assertThat(coded(x, "166")).isEmpty();
        assertThat(coded(x, "139")).isNotEmpty();
    }

    // ------------------------------------------------------------- ending a participation

    @Test
    void endingACountrysParticipationReducesRelationsWithIt() {
        Extraction x = extract("أعلن حلف شمال الأطلسي إنهاء مشاركة تركيا في المناورات.");
        assertThat(coded(x, "16")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/nato");
            assertThat(e.targetKey()).isEqualTo("country/TR");
        });
    }

    @Test
    void endingAMembershipWithTheVerbReducesRelations() {
        Extraction x = extract("أنهت منظمة الدول الأمريكية عضوية نيكاراغوا.");
        assertThat(coded(x, "16")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/NI"));
    }

    @Test
    void aNumberOfDiplomatsIsStillTheObjectOfAnExpulsion() {
        Extraction x = extract("قررت تشاد، الأحد، طرد 12 دبلوماسيا سودانيا من أراضيها.");
        assertThat(coded(x, "16")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("country/TD"));
    }

    // ------------------------------------------------------------- a topic fronted by أما

    @Test
    void aMinisterFrontedByAmmaCriticisesTheBodyAfterTheVerb() {
        Extraction x = extract("أما وزير الخارجية التركي، هاكان فيدان، فانتقد الحكومة السورية.");
        assertThat(coded(x, "11")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/hakan-fidan");
            assertThat(e.targetKey()).isEqualTo("org/SY/government");
        });
    }

    @Test
    void aGovernmentFrontedByAmmaAccusesTheGroupAfterTheVerb() {
        Extraction x = extract("أما الحكومة الإثيوبية، فاتهمت جبهة تحرير تيغراي بمهاجمة قاعدة للجيش.");
        assertThat(coded(x, "112")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/ET/government"));
    }

    @Test
    void aStateFrontedByAmmaLetsItsOwnMinistrySpeak() {
        Extraction x = extract("أما البحرين، فأعلنت وزارة خارجيتها قطع العلاقات مع إيران.");
        assertThat(coded(x, "161")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/IR"));
    }

    // ------------------------------------------------------------- whose membership a verb suspends

    @Test
    void aBodySuspendingAStatesMembershipWithTheVerbTargetsTheState() {
        Extraction x = extract("وعلقت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) عضوية بوركينا فاسو في هيئاتها.");
        assertThat(coded(x, "16")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/ecowas");
            assertThat(e.targetKey()).isEqualTo("country/BF");
        });
    }

    @Test
    void aUnionFreezingAStatesMembershipTargetsTheState() {
        Extraction x = extract("جمد الاتحاد الأفريقي عضوية غينيا في جميع هيئاته.");
        assertThat(coded(x, "16")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/GN"));
    }

    // ------------------------------------------------------------- whom forces fire at to disperse them

    @Test
    void forcesFiringToDisperseThemTargetTheProtestersBefore() {
        Extraction x = extract("وخرج المحتجون إلى الشوارع، وأطلقت قوات الأمن الغاز المسيل للدموع لتفريقهم.");
        assertThat(coded(x, "175")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/security-forces");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void policeFiringToDisperseThemTargetTheStudentsWhoMarched() {
        Extraction x = extract("تظاهر آلاف الطلاب في داكا، بينما أطلقت الشرطة الرصاص المطاطي لتفريقهم.");
        assertThat(coded(x, "175")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/students"));
    }

    @Test
    void forcesAreNeverWhomTheyDisperse() {
        Extraction x = extract("أطلقت قوات الأمن الغاز المسيل للدموع لتفريقهم.");
        assertThat(coded(x, "175")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/security-forces"));
    }
}
