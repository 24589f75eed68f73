package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.roles;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Roles whose holder's name comes after a word between it and the office (session 33): a rank after an office whose
 * field no lexicon reads, closed by the office's nisba (وزير الأمن الأوغندي، اللواء فلان), and a courtesy or academic
 * title (رئيس الوزراء الدكتور فلان، رئيس البرلمان المهندس فلان) still name the office's holder; a person noun that is
 * no courtesy title (الناشطة) is a second person. The opposition's leader leads the opposition the article names. Short sentences of our own, on other countries and people.
 */
class ArabicRolesS33Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- a rank after the office's nisba

    @Test
    void aRankAfterAnUnreadFieldAndTheNisbaNamesTheHolder() {
        Extraction x = extract("وقال وزير الأمن الأوغندي، اللواء صموئيل كيتوندا، إن الشرطة تسيطر على الوضع.");
        assertThat(roles(x)).contains("صموئيل كيتوندا: minister of country/UG");
    }

    @Test
    void aRankWithoutACommaAfterTheNisbaNamesTheHolderToo() {
        Extraction x = extract("وقال وزير الأمن الأوغندي اللواء صموئيل كيتوندا إن الشرطة تسيطر على الوضع.");
        assertThat(roles(x)).contains("صموئيل كيتوندا: minister of country/UG");
    }

    // ------------------------------------------------------------- the opposition's leader

    @Test
    void theOppositionLeaderLeadsTheOppositionTheArticleNames() {
        Extraction x = extract("شهدت زامبيا أزمة سياسية أمس. ورفض زعيم المعارضة باتريك مولينغا النتائج، ودعت "
                + "المعارضة إلى الإضراب.");
        assertThat(roles(x)).contains("باتريك مولينغا: opposition-leader of group/opposition");
    }

    @Test
    void withoutTheOppositionNamedItsLeaderStaysTheStates() {
        Extraction x = extract("شهدت زامبيا أزمة سياسية أمس. ورفض زعيم المعارضة باتريك مولينغا النتائج.");
        assertThat(roles(x)).contains("باتريك مولينغا: opposition-leader of country/ZM");
    }

    // ------------------------------------------------------------- a courtesy title before the holder

    @Test
    void anAcademicTitleBetweenTheOfficeAndTheNameKeepsTheRole() {
        Extraction x = extract("شهدت زامبيا أزمة سياسية أمس. وقال رئيس الوزراء الدكتور باتريك مولينغا إن "
                + "الحكومة ستجتمع اليوم.");
        assertThat(roles(x)).contains("باتريك مولينغا: prime-minister of country/ZM");
    }

    @Test
    void anEngineersTitleBetweenTheSpeakersOfficeAndTheNameKeepsTheRole() {
        Extraction x = extract("شهدت زامبيا أزمة سياسية أمس. وقال رئيس مجلس النواب المهندس باتريك مولينغا إن "
                + "الجلسة تأجلت.");
        assertThat(roles(x)).anyMatch(r -> r.startsWith("باتريك مولينغا: speaker-of-parliament of "));
    }

    @Test
    void anotherPersonNounAfterTheOfficeIsASecondPerson() {
        Extraction x = extract("شهدت زامبيا أزمة سياسية أمس. واستقبل رئيس الوزراء الناشطة ماري مولينغا في مكتبه.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("ماري مولينغا: prime-minister"));
    }
}
