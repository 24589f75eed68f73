package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.roles;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Roles of a title set off by a comma after the surname alone of someone the article named in full before (session
 * 34): "وأعلن فلان، زعيم حزب كذا،" gives that person the title as the whole name does. A word no one was named by
 * before the comma gives no one. A European commissioner (المفوض الأوروبي لشؤون كذا) is the European Commission's
 * member, or the Union's where the article names no Commission, whatever field follows the title. Short sentences
 * of our own, on other countries and people.
 */
class ArabicRolesS34Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aPartyLeadersTitleAfterHisSurnameIsHis() {
        Extraction x = extract("اعتقلت الشرطة المعارض خوان مندوزا أمس. وكان مندوزا، زعيم حزب العمل الشعبي، قد دعا "
                + "إلى الإضراب.");
        assertThat(roles(x)).anyMatch(r -> r.startsWith("خوان مندوزا: leader of org/"));
    }

    @Test
    void aStateTitleAfterTheSurnameIsHisToo() {
        Extraction x = extract("التقى الرئيس الفنلندي ماتي لاهتينن الوفد أمس. ويعد لاهتينن، وزير الدفاع الفنلندي "
                + "السابق، حليفا للحكومة.");
        assertThat(roles(x)).contains("ماتي لاهتينن: minister-of-defence of country/FI (former)");
    }

    @Test
    void aSurnameNoOneWasNamedByGivesNoRole() {
        Extraction x = extract("وكان مندوزا، زعيم حزب العمل الشعبي، قد دعا إلى الإضراب.");
        assertThat(roles(x)).noneMatch(r -> r.contains("leader of org/"));
    }

    @Test
    void aEuropeanCommissionerIsTheUnionsWhereNoCommissionIsNamed() {
        Extraction x = extract("وقال المفوض الأوروبي لشؤون الزراعة ميكال كوفاتش إن الاتحاد الأوروبي سيدعم المزارعين.");
        assertThat(roles(x)).contains("ميكال كوفاتش: european-commissioner of org/eu");
    }

    @Test
    void aEuropeanCommissionerIsTheCommissionsWhereTheArticleNamesIt() {
        Extraction x = extract("وقالت المفوضة الأوروبية لشؤون الطاقة، إيفا ماركوفا، إن المفوضية الأوروبية ستقترح "
                + "خطة جديدة.");
        assertThat(roles(x)).contains("إيفا ماركوفا: european-commissioner of org/european-commission");
    }

    @Test
    void aEuropeanCommissionerOfNoBodyNamedHasNoRole() {
        Extraction x = extract("وقال المفوض الأوروبي لشؤون الزراعة ميكال كوفاتش إن المزارعين سيحصلون على الدعم.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("ميكال كوفاتش"));
    }
}
