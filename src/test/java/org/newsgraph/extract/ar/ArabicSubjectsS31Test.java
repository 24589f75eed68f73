package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * A sentence opening with و and a verb of speaking takes the man the sentence before spoke of as its subject only
 * when it names none (session 31: "ودعا قادة دول المنطقة" was given the European official of the sentence before).
 * Sentences of our own.
 */
class ArabicSubjectsS31Test {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 10);

    @Test
    void aCollectiveNounAfterTheVerbIsASubjectOfItsOwn() {
        Extraction x = TestLexicons.extractShipped("وطالب وزير الخارجية البريطاني ديفيد كاميرون بالإفراج عن المعتقلين. "
                + "ودعا قادة دول المنطقة، كينيا وأوغندا وتنزانيا، الاتحاد الأفريقي إلى التدخل.", DAY);
        assertThat(coded(x, "02")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/david-cameron"));
    }

    @Test
    void aVerbNamingNoSubjectStillGoesOnWithTheManBefore() {
        Extraction x = TestLexicons.extractShipped("وطالب وزير الخارجية البريطاني ديفيد كاميرون بالإفراج عن المعتقلين. "
                + "ودعا إلى التهدئة وضبط النفس.", DAY);
        assertThat(coded(x, "02")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/david-cameron"));
    }
}
