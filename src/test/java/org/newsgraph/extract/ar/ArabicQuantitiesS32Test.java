package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Quantity;

/**
 * Shares (session 32): a number before a percent sign or its words (٪، في المئة، بالمئة) is a share of what follows
 * it, its decimals kept (30.77, not 31) and percent its unit; المئة after it is what it is out of, never a hundred it
 * is multiplied by (55.5 بالمئة is no 5550). A span of time followed by من and the word of an act (بعد 11 يوما من
 * الاحتجاجات) is how long that act went on, a measure of its event, where a span with no act after it (خلال 48 ساعة،
 * بعد ثلاثة أيام من عودته) stays a deadline or a time ago. A number of people no list names, followed by the verb of
 * a counting trigger (إن نحو 10 من أفراد قوات الأمن قتلوا، إن 52 صربيا أصيبوا), counts what that verb befell them. Short sentences of our own, on other countries and people.
 */
class ArabicQuantitiesS32Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aShareWrittenInWordsKeepsItsDecimalsAndIsNoHundredfoldCount() {
        Extraction x = extract("قتل 12 شخصا في الهجوم الذي دمر 37.45 في المئة من المباني في البلدة.");
        assertThat(coded(x, "1823")).singleElement().satisfies(e -> assertThat(e.quantities())
                .anySatisfy(q -> {
                    assertThat(q.amount()).isEqualByComparingTo(new BigDecimal("37.45"));
                    assertThat(q.unit()).isEqualTo(Quantity.PERCENT);
                })
                .noneSatisfy(q -> assertThat(q.value()).isGreaterThan(1000L)));
    }

    @Test
    void aShareWithThePercentSignIsReadAsAShare() {
        Extraction x = extract("اعتقلت الشرطة الكينية 40 متظاهرا بعد أن رفعت الحكومة الضرائب 16.5٪ في نيروبي.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.quantities()).anySatisfy(q -> {
                assertThat(q.amount()).isEqualByComparingTo(new BigDecimal("16.5"));
                assertThat(q.unit()).isEqualTo(Quantity.PERCENT);
            });
            // the count of those arrested stays a count with no unit
            assertThat(e.quantities()).anySatisfy(q -> {
                assertThat(q.value()).isEqualTo(40L);
                assertThat(q.unit()).isNull();
            });
        });
    }

    @Test
    void aShareOfTheVotesCountsTheVotes() {
        Extraction x = extract("تظاهر آلاف من أنصار المعارضة في ليما بعد فوز الرئيس بنسبة 51.8 بالمئة من الأصوات.");
        assertThat(coded(x, "141")).singleElement().satisfies(e -> assertThat(e.quantities())
                .anySatisfy(q -> {
                    assertThat(q.amount()).isEqualByComparingTo(new BigDecimal("51.8"));
                    assertThat(q.counts()).isEqualTo("votes");
                }));
    }

    @Test
    void daysOfProtestsBeforeAResignationMeasureTheProtests() {
        Extraction x = extract("أعلن رئيس الوزراء الكيني استقالته من منصبه بعد 11 يوما من الاحتجاجات الحاشدة في نيروبي.");
        assertThat(coded(x, "141")).singleElement().satisfies(e -> assertThat(e.quantities())
                .anySatisfy(q -> {
                    assertThat(q.value()).isEqualTo(11L);
                    assertThat(q.counts()).isEqualTo("days");
                }));
    }

    @Test
    void daysWrittenInWordsBeforeTheActTheyMeasureAreReadToo() {
        Extraction x = extract("وجاء تنحي الرئيس الكيني بعد ثمانية عشر يوما من الاحتجاجات في نيروبي.");
        assertThat(x.events()).anySatisfy(e -> assertThat(e.quantities()).anySatisfy(q -> {
            assertThat(q.value()).isEqualTo(18L);
            assertThat(q.counts()).isEqualTo("days");
        }));
    }

    @Test
    void aTimeAgoBeforeAnActThatIsNoEventMeasuresNothing() {
        // عودته is no act the lexicon reads: the three days are when the arrest came, no size of it
        Extraction x = extract("اعتقلت الشرطة الكينية المعارض بعد ثلاثة أيام من عودته إلى نيروبي.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> assertThat(e.quantities()).isEmpty());
    }

    @Test
    void aDeadlineIsStillNoMeasureOfTheEvent() {
        Extraction x = extract("اعتقلت الشرطة الكينية 20 متظاهرا خلال 48 ساعة.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> assertThat(e.quantities())
                .extracting(q -> q.value()).containsExactly(20L));
    }

    @Test
    void aNumberOfPeopleTheVerbAfterThemBefellCountsThatVerb() {
        Extraction x = extract("وقال الرئيس الكيني إن نحو 12 من أفراد قوات الشرطة قتلوا في الاشتباكات.");
        assertThat(coded(x, "1823")).singleElement().satisfies(e -> assertThat(e.quantities())
                .anySatisfy(q -> {
                    assertThat(q.value()).isEqualTo(12L);
                    assertThat(q.counts()).isEqualTo("killed");
                    assertThat(q.approximate()).isTrue();
                }));
    }

    @Test
    void twoCountsJoinedBeforeOneVerbBothCountIt() {
        Extraction x = extract("وقال الوزير إن 31 من عناصر الجيش و40 مدنيا أصيبوا بجروح.");
        assertThat(coded(x, "182")).singleElement().satisfies(e -> assertThat(e.quantities())
                .extracting(q -> q.value()).contains(31L, 40L));
    }

    @Test
    void aCountWhoseNounIsReadAsACountryStillCountsTheVerbRightAfterIt() {
        Extraction x = extract("وقال الرئيس البيروفي إن 44 كوبيا أصيبوا في المواجهات.");
        assertThat(coded(x, "182")).singleElement().satisfies(e -> assertThat(e.quantities())
                .extracting(q -> q.value()).containsExactly(44L));
    }

    @Test
    void aCountingVerbPastTheClauseOfTheCountIsNotWhatBefellThem() {
        // the officials took refuge; the killing after the comma befell the guards, counted on their own
        Extraction x = extract("وقال الرئيس الكيني إن 20 من المسؤولين لجؤوا إلى السفارة، فيما قتل مسلحون 3 حراس.");
        assertThat(coded(x, "1823")).singleElement().satisfies(e -> assertThat(e.quantities())
                .extracting(q -> q.value()).containsExactly(3L));
    }
}
