package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Subjects (session 33): soldiers with their country's nisba are its army; a definite plural of people standing as
 * the subject keeps the actor after it as the object; an actor joined by و with a verb after it is that verb's
 * subject, no second object of the act before; who issued a statement (صادر عن) is no one it addresses. Sentences
 * of our own.
 */
class ArabicSubjectsS33Test {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 10);

    @Test
    void soldiersWithANisbaAreTheirCountrysArmy() {
        Extraction x = TestLexicons.extractShipped("واعتقل الجنود الروس عشرات المحتجين في المدينة.", DAY);
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/RU/army");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void soldiersAloneAreNoOneInParticular() {
        Extraction x = TestLexicons.extractShipped("واعتقل الجنود الطلاب في ساحة الجامعة.", DAY);
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.targetKey()).isEqualTo("group/students");
        });
    }

    @Test
    void anActorJoinedWithAVerbAfterItOpensAClauseOfItsOwn() {
        Extraction x = TestLexicons.extractShipped("ليما - وكالات\nالبرلمان البيروفي يعزل الرئيس سالم الكوليبي ونائبه "
                + "يوسف الحامدي يؤدي اليمين رئيسا للبلاد.", DAY);
        assertThat(coded(x, "172")).singleElement()
                .satisfies(e -> assertThat(TestLexicons.label(x, e.targetKey())).isEqualTo("سالم الكوليبي"));
    }

    @Test
    void twoPeopleJoinedAfterAnArrestAreBothArrested() {
        Extraction x = TestLexicons.extractShipped("واعتقلت الشرطة المعارض سالم الكوليبي والصحفي يوسف الحامدي أمس.", DAY);
        assertThat(coded(x, "173")).hasSize(2);
    }

    @Test
    void whoIssuedTheStatementIsNotWhomTheCallAddresses() {
        Extraction x = TestLexicons.extractShipped("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريس في بيان صادر عن المتحدث "
                + "باسمه ستيفان دوجاريك الحكومة السودانية إلى ضبط النفس.", DAY);
        assertThat(coded(x, "020")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/antonio-guterres");
            assertThat(e.targetKey()).isEqualTo("org/SD/government");
        });
    }
}
