package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * One person however the article shortens the name (session 32): a name of three words or more given in full, then
 * by its given and family name only, is one actor; a relative of another given name stays another. Sentences and
 * people of our own.
 */
class ArabicWhoIsWhoS32Test {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 10);

    @Test
    void theGivenAndFamilyNameAloneAreThePersonNamedInFullBefore() {
        Extraction x = TestLexicons.extractShipped("وأطلق النقيب سالم عمر حامد الكوليبي النار على المنصة. "
                + "وقال النقيب سالم الكوليبي إن العملية انتهت.", DAY);
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.PERSON).singleElement()
                .satisfies(a -> assertThat(a.labelAr()).isEqualTo("سالم عمر حامد الكوليبي"));
        assertThat(coded(x, "010")).singleElement().satisfies(e -> assertThat(TestLexicons.label(x, e.sourceKey()))
                .isEqualTo("سالم عمر حامد الكوليبي"));
    }

    @Test
    void aRelativeWithAnotherGivenNameIsAnotherPerson() {
        Extraction x = TestLexicons.extractShipped("وأطلق النقيب سالم عمر حامد الكوليبي النار على المنصة. "
                + "وقال الملازم يوسف الكوليبي إن العملية انتهت.", DAY);
        assertThat(coded(x, "010")).singleElement().satisfies(e -> assertThat(TestLexicons.label(x, e.sourceKey()))
                .isEqualTo("يوسف الكوليبي"));
    }
}
