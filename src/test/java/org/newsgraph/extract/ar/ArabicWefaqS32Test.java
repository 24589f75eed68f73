package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * A title whose body no lexicon lists, an honorific and the holder (session 32): an association's name in construct
 * (جمعية + definite words) after a title with ل or without is the body the holder's office is in, and an honorific,
 * an academic title or a given name the matching form reads as a function word (علي as على) between the body and
 * the name, or after the title, makes no one lost. A bare association (جمعية خيرية) names no organisation. Short
 * sentences of our own, on other countries and people.
 */
class ArabicWefaqS32Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void secretaryGeneralOfAnUnlistedAssociationWithAnHonorificSpeaks() {
        Extraction x = extract("وقال الأمين العام لجمعية النهوض الوطني الديمقراطية الشيخ علي الكندري إن الجمعية ترفض قانون الانتخابات.");
        assertThat(TestLexicons.actor(x, "علي الكندري").type()).isEqualTo(ActorType.PERSON);
        assertThat(TestLexicons.actor(x, "جمعية النهوض الوطني الديمقراطية").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(TestLexicons.roles(x)).contains(
                "علي الكندري: secretary-general of " + TestLexicons.actor(x, "جمعية النهوض الوطني الديمقراطية").key());
        assertThat(coded(x, "010")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo(TestLexicons.actor(x, "علي الكندري").key()));
    }

    @Test
    void headOfAnUnlistedPartyWithAnAcademicTitleHoldsTheOffice() {
        Extraction x = extract("وقال رئيس حزب التجديد الدكتور سامر الحداد إن الحزب سيقاطع الانتخابات.");
        assertThat(TestLexicons.roles(x)).singleElement().satisfies(r -> assertThat(r).startsWith("سامر الحداد: "));
        assertThat(TestLexicons.actor(x, "حزب التجديد").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void anHonorificBeforeAliMakesAPerson() {
        Extraction x = extract("وقال الشيخ علي بركات إن الحكومة ترفض الحوار مع المعارضة.");
        assertThat(coded(x, "010")).singleElement().satisfies(e ->
                assertThat(e.sourceKey()).isEqualTo(TestLexicons.actor(x, "علي بركات").key()));
    }

    @Test
    void anAcademicTitleBeforeAliMakesAPerson() {
        Extraction x = extract("وقال نقيب المهندسين الدكتور علي الدباغ إن النقابة ترفض مشروع القانون.");
        assertThat(TestLexicons.hasPerson(x, "علي الدباغ")).isTrue();
    }

    @Test
    void onAfterAnHonorificStaysAPreposition() {
        Extraction x = extract("وأثنى الشيخ على الحكومة الماليزية.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.type()).isEqualTo(ActorType.PERSON));
    }

    @Test
    void aCharityNamesNoOrganisation() {
        Extraction x = extract("وقال رئيس جمعية خيرية سامر الحداد إن المساعدات وصلت إلى القرى.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).contains("جمعية"));
        assertThat(TestLexicons.roles(x)).isEmpty();
    }
}
