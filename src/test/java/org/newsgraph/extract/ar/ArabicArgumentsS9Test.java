package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Who did what to whom on wire reports the extractor had never seen (session 9): the subject a verb's pronoun stands
 * for, the agent of an act reported inside a speaker's words, the doer a condemnation of an act named by a noun aims
 * at, and authorities placed in a country. Short sentences of our own.
 */
class ArabicArgumentsS9Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 20);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }


    // ------------------------------------------------------------- the subject a verb's pronoun stands for

    @Test
    void aPluralVerbTakesTheLastPluralGroupNamedAsSubjectInItsSentence() {
        Extraction x = extract("تجمع المتظاهرون أمام مقر الولاية في المدينة، وأضرموا النار في سيارات الشرطة.");
        assertThat(coded(x, "14")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/protesters"));
    }

    @Test
    void aPluralVerbWithFaTakesTheSubjectOfTheVerbBefore() {
        Extraction x = extract("اقتحم المحتجون مبنى البلدية، فأضرموا النار في قاعة الاجتماعات.");
        assertThat(coded(x, "14")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/protesters"));
    }

    @Test
    void noSubjectCarriesAcrossAFullStop() {
        Extraction x = extract("تجمع المتظاهرون أمام مقر الولاية. وأضرموا النار في سيارات الشرطة.");
        // the gathering outside the building is the protesters' own protest (141); the fire after the full stop is not theirs
        assertThat(coded(x, "14")).filteredOn(e -> e.sentence() == 1)
                .allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("group/protesters"));
    }

    @Test
    void aGroupInsideARelativeClauseIsNoSubjectOfThePluralVerbAfter() {
        Extraction x = extract("وفي البلدة، التي يسيطر عليها المسلحون منذ أشهر، خرج السكان إلى الشوارع وأضرموا النار في مقر الحاكم.");
        assertThat(coded(x, "14")).allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("group/gunmen"));
    }

    @Test
    void aSingularVerbJoinedByWaTakesTheNewSubjectNotAPluralOfPeopleBefore() {
        Extraction x = extract("اقتحم المتظاهرون مقر البرلمان قبل أن تستعيد قوات الأمن السيطرة عليه وتعلن اعتقال 60 شخصا.");
        assertThat(coded(x, "173")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/security-forces"));
    }

    // ------------------------------------------------------------- acts inside a speaker's words

    @Test
    void aVerbJoinedByWaInAReportedClauseKeepsThatClausesSubjectNotTheSpeaker() {
        Extraction x = extract("وقال وزير الداخلية النيجيري محمد علي إن قوات الأمن استعادت السيطرة على السجن واعتقلت 40 مسلحا.");
        assertThat(coded(x, "173")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/security-forces");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }

    // ------------------------------------------------------------- condemning an act named by a noun

    @Test
    void condemningAnAssaultNamedByANounWithBaAimsAtTheDoerOfTheArticlesViolentAct() {
        Extraction x = extract("اقتحم مسلحون مقر التلفزيون الرسمي في العاصمة. وندد الرئيس الفرنسي إيمانويل ماكرون بالاعتداء.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }

    @Test
    void condemningAnAttackInQuotesAimsAtWhoeverStormedEvenWhenToldWithAnotherVerb() {
        Extraction x = extract("اقتحم متظاهرون مبنى البرلمان. ودانت الحكومة الألمانية \"الهجوم المشين\" على المؤسسات.");
        assertThat(coded(x, "111")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void anAsideBetweenCommasDoesNotHideTheViolenceCondemned() {
        Extraction x = extract("أحرق محتجون مقر الحزب الحاكم. ودان الرئيس الفرنسي إيمانويل ماكرون، في بيان مساء الأحد، أعمال العنف.");
        assertThat(coded(x, "111")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void condemningViolenceWhenTheArticleToldNoViolentActAimsAtNoOne() {
        Extraction x = extract("وقع البلدان اتفاقا للتعاون التجاري. ودان الرئيس الفرنسي إيمانويل ماكرون العنف.");
        assertThat(coded(x, "111")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    // ------------------------------------------------------------- authorities placed in a country

    @Test
    void authoritiesInACountryAreThatCountrysNotTheSpeakersState() {
        Extraction x = extract("ودعا وزير الخارجية البريطاني ديفيد لامي السلطات في ميانمار إلى الإفراج عن المعتقلين.");
        assertThat(coded(x, "02")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/MM"));
    }

    @Test
    void aTargetMarkerAfterTheArrestedPersonBelongsToAnotherPhrase() {
        Event arrest = TestLexicons.event(TestLexicons.extractShipped(
                "واعتقلت الشرطة الناشط كريم منصور، مؤسس صفحة معارضة على فيسبوك، في منزله.", PUBLISHED), "arrest");
        assertThat(arrest.targetKey()).isEqualTo("name/karim-mansur");
        Event split = TestLexicons.event(TestLexicons.extractShipped(
                "وألقت الشرطة، مساء الخميس، القبض على الناشط كريم منصور.", PUBLISHED), "arrest");
        assertThat(split.targetKey()).isEqualTo("name/karim-mansur");
    }

    @Test
    void onIsTheArrestsMarkerOnlyRightAfterItsOwnNoun() {
        Event arrest = TestLexicons.event(TestLexicons.extractShipped(
                "واعتقلت القوات عددا من الوزراء المحسوبين على جناح الوزيرة سلمى حداد.", PUBLISHED), "arrest");
        assertThat(arrest.targetKey()).isNotEqualTo(TestLexicons.actor(TestLexicons.extractShipped(
                "واعتقلت القوات عددا من الوزراء المحسوبين على جناح الوزيرة سلمى حداد.", PUBLISHED), "سلمى حداد").key());
    }
}
