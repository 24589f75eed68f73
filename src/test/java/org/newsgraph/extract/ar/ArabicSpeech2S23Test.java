package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Who said what to whom (session 23): a speaker named between commas before قد and its verb is the subject, not the
 * actor after the verb; the feminine participle داعية calls on, it names no preacher; a sentence opening with a time
 * before its verb still gives its subject to a verb joined after a comma; denying or rejecting accusations is aimed
 * at who made them; a time set off by commas between a verb and its object hides no target. Short sentences of our
 * own.
 */
class ArabicSpeech2S23Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- the speaker before قد

    @Test
    void aSpeakerNamedBetweenCommasBeforeQadIsTheSubject() {
        Extraction x = extract("وكانت السفيرة البريطانية في نيروبي، جين ماريوت، قد دعت الرئيس الكيني إلى الحوار.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).startsWith("name/");
            assertThat(e.targetKey()).isEqualTo("person/william-ruto");
        });
    }

    // ------------------------------------------------------------- the feminine participle

    @Test
    void theFeminineParticipleOfCallingIsAnAppealOfTheSpeaker() {
        Extraction x = extract("ودانت ألمانيا الانقلاب في النيجر، داعية إلى العودة إلى النظام الدستوري.");
        assertThat(coded(x, "02")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("country/DE"));
    }

    // ------------------------------------------------------------- a time before the opening verb

    @Test
    void aVerbAfterACommaSharesTheSubjectOfAVerbAfterAFrontedTime() {
        Extraction x = extract("وبعد الظهر، ألقى الرئيس الفرنسي كلمة أمام النواب، وقال إن بلاده لن تتراجع.");
        assertThat(coded(x, "01")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron"));
    }

    // ------------------------------------------------------------- denying accusations

    @Test
    void denyingTheAccusationsIsAimedAtTheAccuser() {
        Extraction x = extract("واتهمت الحكومة الفنزويلية الولايات المتحدة بدعم الانقلاب. ونفت واشنطن هذه الاتهامات.");
        assertThat(coded(x, "016")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/US");
            assertThat(e.targetKey()).isEqualTo("org/VE/government");
        });
    }

    @Test
    void aSpokesmanRejectingTheAccusationsAgainstHisStateAimsAtTheAccuser() {
        Extraction x = extract("واتهم رئيس الوزراء الإسرائيلي إيران بتمويل الإرهاب. ورفض المتحدث باسم وزارة الخارجية "
                + "الإيرانية الاتهامات.");
        assertThat(coded(x, "12")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/IR/ministry-of-foreign-affairs");
            assertThat(e.targetKey()).isEqualTo("person/benjamin-netanyahu");
        });
    }

    @Test
    void denyingAccusationsNoOneWasToldToMakeAimsAtNoOne() {
        Extraction x = extract("ونفت واشنطن هذه الاتهامات.");
        assertThat(coded(x, "016")).singleElement().satisfies(e -> assertThat(e.targetKey()).isNull());
    }

    // ------------------------------------------------------------- a time between the verb and its object

    @Test
    void aTimeSetOffByCommasBeforeTheObjectHidesNoTarget() {
        Extraction x = extract("ودان وزير الخارجية الأمريكي، الجمعة، تحرك الحكومة الصربية للسيطرة على الحدود.");
        assertThat(coded(x, "11")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("org/RS/government"));
    }
}
