package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Material acts with their right sides (session 23): an arrest told of a person alone befalls that person, its doer
 * the hand the story names; a release told without its doer is by whoever held the person, unless it is only asked
 * for. Short sentences of our own, on other countries and people.
 */
class ArabicActs2S23Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aPersonAloneWithAnArrestVerbIsTheOneArrested() {
        Extraction x = extract("اعتقلت الشرطة الكينية عشرات المحتجين في نيروبي. واحتجز جنود أيضا وزير الداخلية جون موانغي في منزله.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.targetKey()).contains("muangi");
            assertThat(e.sourceKey()).isEqualTo("org/KE/police");
        });
        assertThat(coded(x, "173")).noneSatisfy(e -> assertThat(e.sourceKey()).contains("muangi"));
        Extraction y = extract("داهمت قوات الأمن منزل المعارض فيليب نغوغي فجر الأحد. وقالت زوجته إن نغوغي اعتقل في منزله.");
        assertThat(coded(y, "173")).noneSatisfy(e -> assertThat(e.sourceKey()).contains("ngugi"));
    }

    @Test
    void aMinisterAnnouncingArrestsStaysTheirVoice() {
        Extraction x = extract("وأعلن وزير الداخلية الكيني جون موانغي توقيف 13 ضابطا على صلة بالهجوم.");
        assertThat(coded(x, "173")).noneSatisfy(e -> assertThat(e.targetKey()).contains("muangi"));
    }

    @Test
    void aReleaseWithNoDoerIsByWhoeverHeldThePerson() {
        Extraction x = extract("وجاءت الاستقالة بعد ساعات من إطلاق سراح المعارض الكيني فيليب نغوغي، الذي اعتقلته الشرطة الأحد.");
        assertThat(coded(x, "084")).anySatisfy(e -> {
            assertThat(e.targetKey()).contains("ngugi");
            assertThat(e.sourceKey()).isEqualTo("group/police");
        });
    }

    @Test
    void aReleaseDemandedHasNotHappened() {
        Extraction x = extract("طالب الاتحاد الأوروبي بالإفراج عن المعارض الكيني فيليب نغوغي الذي اعتقلته الشرطة الأحد.");
        assertThat(coded(x, "084")).allSatisfy(e -> assertThat(e.sourceKey()).isNull());
    }
}
