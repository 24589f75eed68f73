package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Counts (session 28): a count, the noun counted and a group after من ("اقتحم 20 عنصرا من قوات الأمن المكتب") is
 * done by the group, "قتل ثلاثون شخصا من المحتجين" befalls it, a count out of a group with an object after it acts
 * on that object, and a count of forces sent is no target; a hundred thousand (مئة ألف) and the dual before its noun
 * (ألفي جندي) are read whole. Short sentences of our own.
 */
class ArabicCountedGroupsS28Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void membersCountedOutOfAForceThatStormAreThatForce() {
        Extraction x = extract("اقتحم 20 عنصرا من قوات الأمن الباكستانية مكتب الحزب في لاهور.");
        assertThat(coded(x, "180")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/PK/security-forces"));
    }

    @Test
    void aCountInWordsWithItsNounStillLeavesTheGroupAsTheDoer() {
        Extraction x = extract("واقتحم عشرون عنصرا من الشرطة الكينية منزل المعارض رايلا أودينغا.");
        assertThat(coded(x, "180")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/police");
            assertThat(e.targetKey()).isEqualTo("person/raila-odinga");
        });
    }

    @Test
    void peopleCountedOutOfAGroupAfterAKillingAreItsVictims() {
        Extraction x = extract("وقتل ثلاثون شخصا من المحتجين في نيروبي.");
        assertThat(coded(x, "18")).anySatisfy(e -> {
            assertThat(e.targetKey()).isEqualTo("group/protesters");
            assertThat(e.sourceKey()).isNull();
        });
    }

    @Test
    void aCountOutOfAGroupWithAnObjectAfterItActsOnThatObject() {
        Extraction x = extract("واعتقل خمسة من عناصر الشرطة الكينية الناشط بونيفاس موانغي.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/police");
            assertThat(e.targetKey()).isEqualTo("name/bunifas-muangi");
        });
        assertThat(coded(x, "173")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/KE/police"));
    }

    @Test
    void forcesCountedOutOfABodyAreSentNotTargeted() {
        Extraction x = extract("وقال رئيس الوزراء النيوزيلندي كريس هيبكنز إن حكومته سترسل 30 عنصرا من الشرطة النيوزيلندية، و20 من أفراد قوات الدفاع.");
        assertThat(coded(x, "074")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("org/NZ/police"));
    }

    @Test
    void aHundredThousandIsOneNumber() {
        Extraction x = extract("وتظاهر أمس نحو مئة ألف متظاهر في وسط العاصمة الرومانية بوخارست.");
        assertThat(coded(x, "141")).anySatisfy(e -> assertThat(e.quantities())
                .anySatisfy(q -> assertThat(q.value()).isEqualTo(100_000L)));
    }

    @Test
    void aDualThousandBeforeItsNounIsTwoThousandAndInIsNoNumber() {
        Extraction x = extract("واعتقلت الشرطة الرومانية ألفي متظاهر في بوخارست.");
        assertThat(coded(x, "173")).anySatisfy(e -> assertThat(e.quantities())
                .singleElement().satisfies(q -> assertThat(q.value()).isEqualTo(2_000L)));
    }
}
