package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.labels;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Actors an unseen article names (session 27): a name ends at إلى and أما written without their hamza, as many
 * papers write them; a birthplace is no Muscat; after الشيخ a given name keeps its chain of family names with the
 * article; a given name read as a function word behind ب (بنظير) before a foreign surname; envoys, the opposition's
 * candidate and its two leaders before their names; a national transitional council.
 * Short sentences of our own, on other people and places.
 */
class ArabicActors9S27Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 12);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- where a name ends

    @Test
    void aNameEndsAtIlaWrittenWithoutItsHamza() {
        Extraction x = extract("ودعت ادارة الرئيس فيكتور ماليندو الى حوار وطني شامل.");
        assertThat(labels(x)).contains("فيكتور ماليندو").noneMatch(l -> l.contains("الى"));
    }

    @Test
    void aNameEndsBeforeFaAfterAmmaWrittenWithoutItsHamza() {
        Extraction x = extract("اما رئيس الوزراء البلجيكي فيليب كارسمان فاعتبر ان القرار خاطئ.");
        assertThat(labels(x)).contains("فيليب كارسمان").noneMatch(l -> l.contains("فاعتبر"));
    }

    @Test
    void aBirthplaceIsNoCity() {
        Extraction x = extract("ودفن الشاعر في مدينة صور مسقط رأسه بحضور الآلاف.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).contains("muscat"));
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("country/OM"));
    }

    // ------------------------------------------------------------- names after an honorific

    @Test
    void withoutAnHonorificADefiniteWordAfterANameIsLeftToTheReader() {
        Extraction x = extract("وأعلن الرئيس فيكتور ماليندو الحرب على الفساد.");
        assertThat(labels(x)).contains("فيكتور ماليندو").noneMatch(l -> l.contains("الحرب"));
    }

    @Test
    void aGivenNameReadAsAFunctionWordBehindBaBeforeAForeignSurnameIsTheName() {
        Extraction x = extract("عادت رئيسة الوزراء السابقة بنظير كاريمي إلى البلاد بعد سنوات في المنفى.");
        assertThat(labels(x)).contains("بنظير كاريمي");
    }

    // ------------------------------------------------------------- what someone is, before the name

    @Test
    void anEnvoyIsAPerson() {
        Extraction x = extract("وقال المبعوث الأوروبي ماركو فيلانتي إن المحادثات ستستأنف.");
        assertThat(labels(x)).contains("ماركو فيلانتي");
        Extraction y = extract("وقال المبعوث إلى السودان توماس كارلوني إن المحادثات ستستأنف.");
        assertThat(labels(y)).contains("توماس كارلوني");
    }

    @Test
    void theOppositionsCandidateIsAPerson() {
        Extraction x = extract("ودعا مرشح المعارضة إدواردو مارتيلي أنصاره إلى التظاهر.");
        assertThat(labels(x)).contains("إدواردو مارتيلي");
    }

    @Test
    void theTwoLeadersOfTheOppositionAreBothPeople() {
        Extraction x = extract("واجتمع الرئيس مع زعيمي المعارضة ليفان غيورغادزه وزوراب شافيلي في القصر.");
        assertThat(labels(x)).contains("ليفان غيورغادزه", "زوراب شافيلي");
    }

    // ------------------------------------------------------------- bodies

    @Test
    void aNationalTransitionalCouncilIsOneBodyNotTheNationalCouncil() {
        Extraction x = extract("وأعلن المجلس الوطني الانتقالي في تشاد حل الحكومة.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("org/TD/national-transitional-council"));
    }
}
