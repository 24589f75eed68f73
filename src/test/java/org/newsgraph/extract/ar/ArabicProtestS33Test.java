package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Protests and reductions of relations (session 33): chants against someone are a demonstration aimed at him, by
 * the crowd the clause names, one act with the march they are chanted in (a riot's acts stay each its own), and a
 * count of protesters after a crowd's verb is its doer even when the sentence before has another subject. A state
 * that answers by an act (ردت ب) does that act; its own ambassador recalled from a capital is recalled from that
 * capital's state, his name between or not. Short sentences of our own, on other countries and people.
 */
class ArabicProtestS33Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void chantsAgainstTheGovernmentAreAProtestAimedAtIt() {
        Extraction x = extract("وتجمع الطلاب في ساحة الاستقلال في أكرا، مرددين شعارات ضد الحكومة الغانية.");
        assertThat(coded(x, "14")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/students");
            assertThat(e.targetKey()).isEqualTo("org/GH/government");
        });
    }

    @Test
    void chantsAgainstAForeignStateAimAtItNotAtTheGovernment() {
        Extraction x = extract("وخرج مئات الطلاب إلى شوارع باماكو، ورددوا هتافات مناهضة لبلجيكا.");
        assertThat(coded(x, "14")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/students");
            assertThat(e.targetKey()).isEqualTo("country/BE");
        });
    }

    @Test
    void chantsInTheMarchTheyBelongToAreOneProtest() {
        Extraction x = extract("وتظاهر الطلاب في نيروبي، مرددين هتافات مناهضة للحكومة الكينية.");
        assertThat(coded(x, "14")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/students");
            assertThat(e.targetKey()).isEqualTo("org/KE/government");
        });
    }

    @Test
    void chantsPraisingSomeoneAreNoProtest() {
        Extraction x = extract("ورددت الجماهير في الملعب هتافات تمجد المنتخب البرازيلي.");
        assertThat(coded(x, "14")).isEmpty();
    }

    @Test
    void aStateAnsweringByCuttingTiesCutsThem() {
        Extraction x = extract("وردت الأرجنتين بقطع علاقاتها الدبلوماسية مع نيكاراغوا.");
        assertThat(coded(x, "16")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/AR");
            assertThat(e.targetKey()).isEqualTo("country/NI");
        });
    }

    @Test
    void anAmbassadorRecalledFromACapitalIsRecalledFromItsState() {
        Extraction x = extract("واستدعت ليتوانيا سفيرها من موسكو.");
        assertThat(coded(x, "16")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/LT");
            assertThat(e.targetKey()).isEqualTo("country/RU");
        });
    }

    @Test
    void theRecalledAmbassadorNamedThenHisPostKeepsThePostAsTarget() {
        Extraction x = extract("وقررت البرتغال استدعاء سفيرها جواو فيغيرا في برازيليا.");
        assertThat(coded(x, "16")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/BR"));
    }

    @Test
    void thousandsOfProtestersAfterTheVerbAreItsDoersAfterASentenceOfAnother() {
        Extraction x = extract("قال رئيس الوزراء الكيني وليام روتو إن الحكومة لن تتراجع. "
                + "وتظاهر آلاف المحتجين أمام مقر الحكومة الكينية في نيروبي.");
        assertThat(coded(x, "14")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("org/KE/government");
        });
    }

    @Test
    void stormingABuildingAndSettingItOnFireAreTwoActs() {
        Extraction x = extract("اقتحم محتجون مقر البرلمان البيروفي في ليما وأضرموا النار في جزء منه.");
        assertThat(coded(x, "145")).hasSize(2).allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/protesters"));
    }

    @Test
    void anActToldAfterAnotherPrepositionIsNoActOfTheOneWhoAnswers() {
        Extraction x = extract("وردت بلغراد باستدعاء سفيرها، في أحدث فصول التوتر منذ وصول العسكريين إلى الحكم.");
        assertThat(x.events()).noneSatisfy(e -> {
            assertThat(e.cameo()).startsWith("07");
            assertThat(e.sourceKey()).isEqualTo("country/RS");
        });
    }
}
