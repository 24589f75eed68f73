package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Session 15, round 2: who did it and to whom. Short sentences of our own, on other countries and people, with the
 * shipped lexicons.
 */
class ArabicAimS15bTest {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 3, 10));
    }

    // ------------------------------------------------- a relative clause whose verb carries the antecedent as object

    @Test
    void theActorAfterAVerbCarryingTheAntecedentAsObjectArrestedTheManBeforeIt() {
        Extraction x = extract("وقال الوزير السابق باسل حداد، الذي اعتقلته الشرطة الأردنية الأسبوع الماضي، إنه بريء.");
        assertThat(coded(x, "17")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/JO/police");
            assertThat(e.targetKey()).isEqualTo("name/basil-hadad");
        });
    }

    @Test
    void aBodyAfterAMasculineVerbWithItsPronounArrestedTheOpponentBeforeIt() {
        Extraction x = extract("وقال المعارض كريم منصور، الذي اعتقله جهاز الاستخبارات في عمّان، إن التهم ملفقة.");
        assertThat(coded(x, "17")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/JO/intelligence-service");
            assertThat(e.targetKey()).isEqualTo("name/karim-mansur");
        });
    }

    @Test
    void thePoliceAfterAPluralObjectPronounKilledThePeopleBeforeIt() {
        Extraction x = extract("ودفن الناشطون الذين قتلتهم الشرطة الكينية أمس.");
        assertThat(coded(x, "18")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/police");
            assertThat(e.targetKey()).isEqualTo("group/activists");
        });
    }

    @Test
    void theAuthoritiesAfterAFeminineObjectPronounHeldTheWomanBeforeIt() {
        Extraction x = extract("وأفرج عن الناشطة ليلى حسيني التي احتجزتها السلطات الإيرانية.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/IR");
            assertThat(e.targetKey()).isEqualTo("name/lili-hsini");
        });
    }

    @Test
    void aRelativeClauseWhoseVerbCarriesNoPronounStillHasTheAntecedentAsItsSubject() {
        Extraction x = extract("وقالت الشرطة الأردنية التي اعتقلت الوزير السابق باسل حداد إنه متهم بالفساد.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/JO/police");
            assertThat(e.targetKey()).isEqualTo("name/basil-hadad");
        });
    }
}
