package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Diplomatic measures (session 33): a body's own envoy recalled, his name after his post, is recalled from the state
 * he is posted in, his name no target; a chargé d'affaires or high commissioner with a pronoun is an envoy too; the
 * nisba after an envoy summoned names his state, the summons' target, not its doer; withdrawing a trade status or
 * freezing trade with a state is an embargo on it. Short sentences of our own, on other countries and people.
 */
class ArabicDiplomacyS33Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void anEnvoyNamedAfterHisPostIsRecalledFromTheStateHeIsPostedIn() {
        Extraction x = extract("وأعلنت تشيلي استدعاء سفيرها لدى الأرجنتين خوسيه أنطونيو فيغا، للتشاور.");
        assertThat(coded(x, "16")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CL");
            assertThat(e.targetKey()).isEqualTo("country/AR");
        });
    }

    @Test
    void anEnvoyRecalledHomeByNameIsNoTargetOfTheRecall() {
        Extraction x = extract("وقررت النرويج استدعاء سفيرها بيتر هانسن إلى أوسلو.");
        assertThat(coded(x, "16")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/NO");
            assertThat(e.targetKey()).isNull();
        });
    }

    @Test
    void aChargeDAffairesWithAPronounIsRecalledFromTheCapitalHeIsPostedIn() {
        Extraction x = extract("واستدعت بيرو القائم بأعمالها في كاراكاس.");
        assertThat(coded(x, "16")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/PE");
            assertThat(e.targetKey()).isEqualTo("country/VE");
        });
    }

    @Test
    void ambassadorsInTheGenitiveRecalledByAnAnswerAreRecalledFromTheFirstStateListed() {
        Extraction x = extract("وردت كولومبيا باستدعاء سفرائها لدى نيكاراغوا وكوبا للتشاور.");
        assertThat(coded(x, "16")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/CO");
            assertThat(e.targetKey()).isEqualTo("country/NI");
        });
    }

    @Test
    void theStateOfTheEnvoySummonedIsTheTargetNotTheDoer() {
        Extraction x = extract("أعلنت بنغلاديش تعليق الرحلات الجوية، واستدعت المفوض السامي الماليزي لديها.");
        assertThat(coded(x, "16")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/BD");
            assertThat(e.targetKey()).isEqualTo("country/MY");
        });
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).startsWith("name/"));
    }

    @Test
    void withdrawingATradeStatusInQuotesIsAnEmbargoOnTheStateItIsWithdrawnFrom() {
        Extraction x = extract("وقررت سريلانكا سحب صفة «الدولة الأولى بالرعاية» من ماليزيا.");
        assertThat(coded(x, "163")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/LK");
            assertThat(e.targetKey()).isEqualTo("country/MY");
        });
    }

    @Test
    void withdrawingAnAmbassadorIsNoTradeMeasure() {
        Extraction x = extract("وقررت سريلانكا سحب سفيرها من ماليزيا.");
        assertThat(coded(x, "163")).isEmpty();
    }

    @Test
    void freezingTradeWithAStateIsAnEmbargoOnIt() {
        Extraction x = extract("وأعلنت النرويج تجميد جميع التعاملات التجارية الجديدة مع بيلاروسيا.");
        assertThat(coded(x, "163")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/NO");
            assertThat(e.targetKey()).isEqualTo("country/BY");
        });
    }
}
