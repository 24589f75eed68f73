package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * What the table of past office holders (session 30) took away, given back: a listed label with a title and no
 * lineage (الملك حسين) at the head of a longer name with a lineage is no longer that person whatever the lineage
 * (another man of that name), and no longer hides the title that gives the listed person his role; a city's name
 * after a title is a listed person's surname where the article names him in full, as an unlisted person's. Short
 * sentences of our own.
 */
class ArabicHolders3S30Test {

    @Test
    void aTitledLabelBeforeTheListedLineageLeavesTheTitleItsRole() {
        // "الملك حسين" and "حسين بن طلال" are both labels of Jordan's king: the title is read, then the name
        Extraction x = TestLexicons.extractShipped("وقال الملك حسين بن طلال إن الأردن يريد السلام.", LocalDate.of(1990, 5, 1));
        assertThat(x.roles()).singleElement().satisfies(r -> {
            assertThat(r.personKey()).isEqualTo("person/hussein-of-jordan");
            assertThat(r.office()).isEqualTo("king");
            assertThat(r.organizationKey()).isEqualTo("country/JO");
        });
    }

    @Test
    void aTitledLabelAtTheHeadOfAnotherLineageIsSomeoneElse() {
        Extraction x = TestLexicons.extractShipped("وأشاد الملك حسين بن ناصر بالأردن في خطابه.", LocalDate.of(1990, 5, 1));
        assertThat(x.actors()).noneMatch(a -> a.key().equals("person/hussein-of-jordan"));
        assertThat(x.actors()).anyMatch(a -> a.key().startsWith("name/hussein-bin-na"));
    }

    @Test
    void aCityAfterATitleIsTheSurnameOfAListedPersonNamedInFull() {
        // لاغوس is Nigeria's city and the surname of Chile's president Ricardo Lagos
        Extraction x = TestLexicons.extractShipped("وانتقد الرئيس لاغوس المعارضة في خطاب أمس. "
                + "وكان الرئيس التشيلي ريكاردو لاغوس قد زار بيرو الشهر الماضي.", LocalDate.of(2003, 5, 1));
        assertThat(x.actors()).noneMatch(a -> a.key().equals("place/lagos"));
        assertThat(coded(x, "111")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("person/ricardo-lagos"));
    }
}
