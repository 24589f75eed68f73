package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Quantity;

/**
 * Counts of people and the verbs joined by و that tell them (session 24): "اثنين" without its article is two, not
 * Monday; a number, من and people the article names no group of (سبعة من قادة المعارضة) counts those the act befell;
 * the word for one counts only after its noun; a verb joined by و after the object of the verb before takes that
 * verb's subject, and "N آخرين" are more of the group that verb befell. Short sentences of our own.
 */
class ArabicNumbers4S24Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 3, 3));
    }

    private static List<Long> values(Event e) {
        return e.quantities().stream().map(Quantity::value).toList();
    }

    @Test
    void twoWithoutTheArticleIsANumberNotMonday() {
        Extraction x = extract("واعتقلت الشرطة اثنين من المحتجين قرب البرلمان.");
        Event arrest = TestLexicons.coded(x, "173").get(0);
        assertThat(values(arrest)).containsExactly(2L);
        assertThat(arrest.date()).isNull();
    }

    @Test
    void aNumberOfPeopleNamedByANounCountsThoseTheActBefell() {
        Extraction x = extract("وأفرجت السلطات الأوغندية عن سبعة من قادة المعارضة بعد أسبوع من اعتقالهم.");
        Event release = TestLexicons.coded(x, "084").get(0);
        assertThat(release.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(7L);
            assertThat(q.counts()).isEqualTo("قادة المعارضة");
        });
    }

    @Test
    void peopleAfterANumberInASayingAreNoCountOfTheSaying() {
        Extraction x = extract("وقال المتحدث إن ثلاثة من الوزراء سيزورون العاصمة الأسبوع المقبل.");
        assertThat(x.events()).allSatisfy(e -> assertThat(e.quantities()).isEmpty());
    }

    @Test
    void theWordForOneCountsOnlyAfterItsNoun() {
        Extraction counted = extract("وأسفر الهجوم عن مقتل شرطي واحد قرب الحدود.");
        assertThat(values(TestLexicons.coded(counted, "18").get(0))).containsExactly(1L);
        Extraction oneOf = extract("واعتقلت الشرطة رئيس المحكمة وأحد قضاتها في العاصمة.");
        assertThat(TestLexicons.coded(oneOf, "173")).allSatisfy(e -> assertThat(e.quantities()).isEmpty());
    }

    @Test
    void aVerbJoinedAfterTheObjectOfTheVerbBeforeKeepsItsSubject() {
        Extraction x = extract("وقالت الشرطة إنها قتلت ثلاثة من المسلحين واعتقلت اثنين آخرين.");
        Event arrest = TestLexicons.coded(x, "173").get(0);
        Event killing = TestLexicons.coded(x, "18").get(0);
        assertThat(TestLexicons.label(x, arrest.sourceKey())).isEqualTo("الشرطة");
        assertThat(arrest.targetKey()).isNotNull().isEqualTo(killing.targetKey());
        assertThat(values(arrest)).containsExactly(2L);
    }

    @Test
    void aHeadlineSecondVerbIsTheDoersNotTheObjects() {
        Extraction x = extract("الجيش يعتقل الرئيس ويعلق العمل بالدستور\nوقال الجيش في بيان إنه تولى السلطة.");
        Event suspend = x.events().stream().filter(e -> e.sentence() == 0 && !e.cameo().startsWith("173")).findFirst()
                .orElseThrow(() -> new AssertionError("no second act in " + x.events()));
        assertThat(TestLexicons.label(x, suspend.sourceKey())).isEqualTo("الجيش");
    }
}
