package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Reactions and statements (session 31, second round): blaming (حمّل X المسؤولية) reaches its responsibility noun
 * and its object across an aside set off by commas, after the subject or after the one blamed, and is told as the
 * speaker's participle too (محملا); an aside right after the subject is passed over to the object, unless the
 * subject is itself a name set off by commas; an act the article dates months before its day is a past it
 * recalls, not the attack a later condemnation names; a spokesman's first person "ندين" is a condemnation, its
 * object no act of his. Short sentences of our own, on other countries and people.
 */
class ArabicReactions3S31Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- blaming

    @Test
    void blameReachesItsNounPastAnAsideOnTheOneBlamed() {
        Extraction x = extract("وحملت الحكومة النيجيرية جماعة بوكو حرام المتشددة، المرتبطة بتنظيم داعش، المسؤولية عن الهجوم.");
        assertThat(coded(x, "112")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/NG/government");
            assertThat(e.targetKey()).isEqualTo("org/boko-haram");
        });
    }

    @Test
    void blameReachesItsObjectPastAnAsideOnTheSubject() {
        Extraction x = extract("وحمل رايلا أودينغا، زعيم المعارضة في البلاد، الحكومة الكينية مسؤولية العنف.");
        assertThat(coded(x, "112")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/raila-odinga");
            assertThat(e.targetKey()).isEqualTo("org/KE/government");
        });
    }

    @Test
    void afterANameSetOffByCommasTheNextCommasHoldTheObject() {
        Extraction x = extract("ووصفت المتحدثة باسم وزارة الخارجية الأمريكية، كارين جان بيير، تصريح رجب طيب أردوغان، "
                + "بشأن قوات حلف شمال الأطلسي، بأنه غير مقبول.");
        assertThat(coded(x, "111")).anySatisfy(
                e -> assertThat(e.targetKey()).isEqualTo("person/recep-tayyip-erdogan"));
        assertThat(coded(x, "111")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/nato"));
    }

    @Test
    void blameToldAsTheSpeakersParticiple() {
        Extraction x = extract("وقال رايلا أودينغا في بيان إن الانتخابات مزورة، محملا الحكومة الكينية مسؤولية العنف.");
        assertThat(coded(x, "112")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/raila-odinga");
            assertThat(e.targetKey()).isEqualTo("org/KE/government");
        });
    }

    @Test
    void aLoadedTruckBlamesNoOne() {
        Extraction x = extract("ووصلت شاحنات محملة بالمساعدات الغذائية إلى ميناء مومباسا الكيني.");
        assertThat(coded(x, "112")).isEmpty();
    }

    // ------------------------------------------------------------- a past act recalled

    @Test
    void aCondemnationIsNotAimedAtTheDoerOfAnAttackYearsAgo() {
        Extraction x = extract("اقتحم مسلحون فندقا في مدينة مومباسا الكينية مساء الجمعة واحتجزوا عشرات النزلاء. "
                + "ويرجح مسؤولون أن تكون حركة الشباب، التي هاجمت مركزا تجاريا في نيروبي عام 2013، وراء الهجوم. "
                + "ودان الرئيس الكيني وليام روتو الهجوم.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/william-ruto");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }

    // ------------------------------------------------------------- first person condemnations

    @Test
    void whatASpokesmanSaysWeCondemnIsNoActOfHis() {
        Extraction x = extract("وقال المتحدث باسم وزارة الخارجية البلجيكية: \"ندين الانقلاب\".");
        assertThat(coded(x, "18")).isEmpty();
        Extraction y = extract("وقال المتحدث باسم وزارة الخارجية البلجيكية إننا ندين الاستيلاء على السلطة بالقوة.");
        assertThat(coded(y, "18")).isEmpty();
    }
}
