package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.hasPerson;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Names cut short, misread or not found (session 29): a family name with the article closing a name before the
 * title apposed to it, a courtesy or academic title (السيد، الدكتور) before a full name, the word a name particle
 * governs (أبو، عبد) whatever else it reads as, a compound of a particle and a word with the article counted as one
 * name, a lineage (ولد فلان) naming the man named in full before, a foreign surname that reads as "and his ...", no
 * name opening right after a relative pronoun, a verb with its object after a title with no name, and worshippers
 * as a group. Short sentences of our own, on other countries and people.
 */
class ArabicNamesS29Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static long persons(Extraction x) {
        return x.actors().stream().filter(a -> a.type() == ActorType.PERSON).count();
    }

    @Test
    void aFamilyNameWithTheArticleClosesANameBeforeItsApposedTitle() {
        Extraction x = extract("غادر الوزير كمال يوسف العطار وزير المالية البلاد أمس.");
        assertThat(hasPerson(x, "كمال يوسف العطار")).isTrue();
        assertThat(hasPerson(x, "كمال يوسف")).isFalse();
    }

    @Test
    void aDefiniteNounAfterTwoNameWordsIsStillTheVerbsObject() {
        Extraction x = extract("وصف الوزير كمال حداد الحادثة بأنها مؤسفة.");
        assertThat(hasPerson(x, "كمال حداد الحادثة")).isFalse();
    }

    @Test
    void courtesyAndAcademicTitlesOpenAFullName() {
        assertThat(hasPerson(extract("وقال الدكتور نبيل فاخوري حداد إن المفاوضات ستستمر."), "نبيل فاخوري حداد")).isTrue();
        assertThat(hasPerson(extract("وقال السيد كريم ناصيف إن المفاوضات ستستمر."), "كريم ناصيف")).isTrue();
    }

    @Test
    void theMasterAloneIsNoOne() {
        assertThat(persons(extract("وقال السيد إن المفاوضات ستستمر."))).isZero();
    }

    @Test
    void theTitleWithoutItsArticleIsAGivenName() {
        assertThat(hasPerson(extract("وأعلن المجلس الأعلى تعيين سيد أحمد بوزيد رئيسا للحكومة التونسية."), "سيد أحمد بوزيد"))
                .isTrue();
    }

    @Test
    void theWordAParticleGovernsIsANameWord() {
        Extraction x = extract("أكد العقيد سالم أبو طالب أن الهدوء عاد إلى المدينة.");
        assertThat(hasPerson(x, "سالم أبو طالب")).isTrue();
    }

    @Test
    void aParticleAndItsWordWithTheArticleCountAsOneName() {
        Extraction x = extract("ونجا اللواء محمد عبد الكريم أبو شنب من الهجوم.");
        assertThat(hasPerson(x, "محمد عبد الكريم أبو شنب")).isTrue();
    }

    @Test
    void theLineageAloneNamesTheManNamedInFull() {
        Extraction x = extract("وقال العقيد سيدي محمد ولد بوبكر إن الحزب سيشارك. وأضاف ولد بوبكر أن الانتخابات نزيهة.");
        assertThat(persons(x)).isEqualTo(1);
        assertThat(x.events()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(e -> assertThat(e.sourceKey()).endsWith("sidi-mohammed-ould-bubkr"));
    }

    @Test
    void aVerbWithItsObjectAfterATitleIsNoName() {
        Extraction x = extract("وقال زعيم المعارضة إن قائد الجيش يشكل خطرا على البلاد.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).contains("يشكل"));
    }

    @Test
    void aForeignSurnameOpeningWithFaAndEndingInHaIsNoPossessedNoun() {
        Extraction x = extract("قال وزير الدفاع الهولندي يان فيلدفيله إن الحكومة ستقرر.");
        assertThat(hasPerson(x, "يان فيلدفيله")).isTrue();
    }

    @Test
    void andHisDeputyIsStillNoSurname() {
        Extraction x = extract("قال الوزير كمال حداد ونائبه إن الحكومة ستقرر.");
        assertThat(hasPerson(x, "كمال حداد")).isTrue();
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).contains("ونائبه"));
    }

    @Test
    void aPluralVerbIsNoGivenName() {
        Extraction x = extract("أعيد انتخاب الرئيس سردار بيرديموخاميدوف. وقال المرشحون الذين عارضوا بيرديموخاميدوف إن "
                + "النتائج مزورة.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).contains("عارضوا"));
    }

    @Test
    void worshippersAreAGroup() {
        Extraction x = extract("واحتجز المسلحون آلاف المصلين داخل المسجد.");
        assertThat(x.events()).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/worshippers"));
    }
}
