package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Statements, appeals, demands, rejections and threats (session 34): a vow not to give in (لن ترضخ، لن ينصاع، لن
 * نتفاوض) is a rejection by the subject of its clause, aimed at whose pressure, orders or talks are refused; said in
 * a quotation in the first person after لن ("لن نقبل"، "لن أستقيل"), its speaker is the one quoted. A vow to pursue
 * or punish (تعهد بملاحقة المنفذين) is a threat against those to be punished. Short sentences of our own, on other
 * countries and people.
 */
class ArabicSpeechS34Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aStateThatWillNotBowToPressureRejectsWhoPresses() {
        Extraction x = extract("وقال وزير الخارجية البلجيكي فيليب دو مور إن بلاده لن ترضخ لضغوط السلطات الروسية.");
        assertThat(coded(x, "120")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/BE");
            assertThat(e.targetKey()).isEqualTo("country/RU");
        });
    }

    @Test
    void aCommanderWhoWillNotObeyOrdersRejectsWhoGaveThem() {
        Extraction x = extract("وأكد قائد الجيش التشيلي أنه لن ينصاع لأوامر الرئيس سلفادور أليندي.");
        assertThat(coded(x, "120")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/CL/army");
            assertThat(e.targetKey()).isEqualTo("person/salvador-allende");
        });
    }

    @Test
    void aGovernmentThatWillNotNegotiateRejectsTheOtherSide() {
        Extraction x = extract("وقال الرئيس الفنزويلي نيكولاس مادورو إن حكومته لن تتفاوض مع المعارضة.");
        assertThat(coded(x, "120")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/VE/government");
            assertThat(e.targetKey()).isEqualTo("group/opposition");
        });
    }

    @Test
    void aQuotedVowInTheFirstPersonPluralIsTheSpeakers() {
        Extraction x = extract("وقال زعيم المعارضة التشيلية ماركو إنريكيث في مؤتمر صحفي: \"لن نقبل بهذه النتائج\".");
        assertThat(coded(x, "120")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).endsWith("marko-anrikith"));
    }

    @Test
    void aQuotedRefusalToResignInTheFirstPersonSingularAnswersTheProtesters() {
        Extraction x = extract("طالب المحتجون في بيرو الرئيس بيدرو كاستيو بالاستقالة. وقال كاستيو: \"لن أستقيل\".");
        assertThat(coded(x, "1231")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/pedro-castillo");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void aVerbAfterLanThatYieldsNothingIsNoRejection() {
        Extraction x = extract("وقال وزير الخارجية البلجيكي فيليب دو مور إن بلاده لن تحضر القمة في موسكو.");
        assertThat(coded(x, "120")).isEmpty();
    }

    @Test
    void aVowToPursueTheAttackersIsAThreatAgainstThem() {
        Extraction x = extract("وتعهد رئيس الوزراء الإسباني بيدرو سانشيز بملاحقة منفذي الهجوم على المحطة.");
        assertThat(coded(x, "130")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).endsWith("bidro-sanshiz");
            assertThat(e.targetKey()).isEqualTo("group/attackers");
        });
        assertThat(coded(x, "173")).isEmpty();
    }

    @Test
    void aVowOfElectionsIsNoThreat() {
        Extraction x = extract("وتعهد الرئيس الكيني وليام روتو بإجراء انتخابات حرة.");
        assertThat(coded(x, "13")).isEmpty();
    }
}
