package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Protests and their dispersal (session 31): a crowd's protest whose sentence names no one it is aimed at is aimed
 * at the government of the state where it happens, when the article names that government; a person's protest or
 * a story that never names the government gets no such target. A dispersal whose sentence names only the sit-in
 * or the gatherings is aimed at the crowd whose protest the article tells. Short sentences of our own, on other
 * countries and people.
 */
class ArabicProtestsS31Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- whom a protest is aimed at

    @Test
    void aCrowdTakingToTheStreetsIsAimedAtTheGovernmentTheArticleNames() {
        Extraction x = extract("رفعت الحكومة البيروفية أسعار الوقود الأسبوع الماضي. وخرج آلاف المحتجين إلى الشوارع في ليما "
                + "مساء الأحد هاتفين بشعارات غاضبة.");
        assertThat(coded(x, "141")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("org/PE/government");
        });
    }

    @Test
    void aStrikeOfStudentsIsAimedAtTheirStatesGovernment() {
        Extraction x = extract("أعلنت الحكومة الكينية خفض منح الجامعات. وبدأ الطلاب إضرابا مفتوحا في نيروبي.");
        assertThat(coded(x, "143")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/students");
            assertThat(e.targetKey()).isEqualTo("org/KE/government");
        });
    }

    @Test
    void aProtestInAnotherStateIsNotAimedAtTheArticlesGovernment() {
        Extraction x = extract("قالت الحكومة البيروفية إنها ستدرس الطلب. وتظاهر مئات المحتجين في مدينة بوينس آيرس الأرجنتينية.");
        assertThat(coded(x, "141")).allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("org/PE/government"));
    }

    @Test
    void noGovernmentNamedNoTargetMade() {
        Extraction x = extract("تظاهر آلاف المحتجين في ليما مساء الأحد.");
        assertThat(coded(x, "141")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/protesters"));
        assertThat(coded(x, "141")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    // ------------------------------------------------------------- whom a dispersal is aimed at

    @Test
    void dispersingTheSitInIsAimedAtTheCrowdThatHeldIt() {
        Extraction x = extract("اعتصم مئات الطلاب أمام مبنى البرلمان في نيروبي. وفرقت الشرطة الكينية الاعتصام فجر السبت.");
        assertThat(coded(x, "175")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/police");
            assertThat(e.targetKey()).isEqualTo("group/students");
        });
    }

    @Test
    void aDispersalWithNoProtestToldHasNoCrowdAsTarget() {
        Extraction x = extract("فرقت الشرطة الكينية التجمعات في نيروبي فجر السبت.");
        assertThat(coded(x, "175")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    // ------------------------------------------------------------- who protests, what is stormed

    @Test
    void aProtestNounWithLamNamesItsCrowd() {
        Extraction x = extract("بيرو: قتيلان في مظاهرة للمعارضة بمدينة كوسكو");
        assertThat(coded(x, "141")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/opposition"));
    }

    @Test
    void aPluralVerbAfterItsSubjectTakesTheBodyAfterItAsObject() {
        Extraction x = extract("قوميون يقتحمون وزارة الداخلية في دكا.");
        assertThat(coded(x, "18")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/BD/ministry-of-interior"));
        assertThat(x.events()).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/BD/ministry-of-interior"));
    }
}
