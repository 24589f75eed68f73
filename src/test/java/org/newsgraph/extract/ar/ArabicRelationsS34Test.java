package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Memberships, kinship and quantities (session 34). Short sentences of our own, on other countries and people than
 * the dev articles'.
 */
class ArabicRelationsS34Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aCrowdCountedAfterMoreThanStillProtests() {
        // أكثر من ends on من, which made the count after it the object of a preposition: the protest lost its doers
        // and was dropped, its size with it
        Extraction x = extract("وتظاهر أكثر من 700 شخص ضد الحكومة الموريتانية.");
        assertThat(coded(x, "14")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.quantities()).anySatisfy(q -> assertThat(q.amount().intValue()).isEqualTo(700));
        });
    }

    @Test
    void aCrowdCountedInWordsAfterNoFewerThanStillProtests() {
        Extraction x = extract("وتظاهر ما لا يقل عن ثلاثة آلاف شخص ضد الحكومة الموريتانية.");
        assertThat(coded(x, "14")).singleElement().satisfies(e ->
                assertThat(e.quantities()).anySatisfy(q -> assertThat(q.amount().intValue()).isEqualTo(3000)));
    }

    private static boolean spouses(Extraction x, String a, String b) {
        return x.relations().stream().anyMatch(r -> r.detail() != null && r.detail().equals("spouse")
                && (r.subjectKey().equals(a) && r.objectKey().equals(b) || r.subjectKey().equals(b) && r.objectKey().equals(a)));
    }

    @Test
    void herHusbandNamedInTheNextSentenceIsHerKin() {
        // زوجها reads as زوجة and an accusative alef in the matching form: her pronoun was lost, and the name after it
        // with it
        Extraction x = extract("اغتيلت الزعيمة الملاوية غريس كاموزو أمس. وكان زوجها ديفيد بندا قد وصل من ليلونغوي.");
        assertThat(spouses(x, "name/david-banda", "name/gharis-kamuzo")).isTrue();
    }
}
