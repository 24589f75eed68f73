package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Calls and consultations (session 35): a call received (تلقى اتصالا هاتفيا من فلان) is made by the one it came
 * from to the one who received it, the subject of the verb of receiving. Short sentences of our own, on other
 * countries and people than the dev articles'.
 */
class ArabicConsultS35Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aReceivedCallIsTheCallersAct() {
        Extraction x = extract("تلقى الرئيس الفرنسي إيمانويل ماكرون مساء الأحد اتصالا هاتفيا من المستشار الألماني "
                + "أولاف شولتس بحثا خلاله الأزمة.");
        assertThat(coded(x, "041")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/olaf-scholz");
            assertThat(e.targetKey()).isEqualTo("person/emmanuel-macron");
        });
    }

    @Test
    void callsReceivedFromLeadersNamedAmongThemAreEachLeadersAct() {
        Extraction x = extract("تلقى رئيس الوزراء الإيطالي اتصالات هاتفية من عدد من القادة الأوروبيين، بينهم "
                + "المستشار الألماني أولاف شولتس ورئيس الوزراء الإسباني بيدرو سانشيز.");
        assertThat(coded(x, "041")).hasSize(2).allSatisfy(e ->
                assertThat(e.targetKey()).isEqualTo("person/giorgia-meloni"));
        assertThat(coded(x, "041")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/olaf-scholz"));
    }

    @Test
    void aCallReceivedFromNoOneNamedIsNotTheReceiversAct() {
        Extraction x = extract("تلقى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا.");
        assertThat(coded(x, "041")).allSatisfy(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.targetKey()).isEqualTo("person/emmanuel-macron");
        });
    }

    @Test
    void aCallMadeStaysTheCallersAct() {
        Extraction x = extract("اتصل الرئيس الفرنسي إيمانويل ماكرون هاتفيا بالمستشار الألماني أولاف شولتس.");
        assertThat(coded(x, "041")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron");
            assertThat(e.targetKey()).isEqualTo("person/olaf-scholz");
        });
    }

    @Test
    void aCallTheSpeakerSpokeInIsTheSpeakersCall() {
        Extraction x = extract("وأعرب الرئيس الفرنسي إيمانويل ماكرون، في اتصال هاتفي مع المستشار الألماني أولاف شولتس، "
                + "عن قلقه البالغ.");
        assertThat(coded(x, "041")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron");
            assertThat(e.targetKey()).isEqualTo("person/olaf-scholz");
        });
    }

    @Test
    void aCallDuringWhichOneSaidSomethingIsTheSpeakersCall() {
        Extraction x = extract("وقال رئيس الوزراء الإسباني بيدرو سانشيز خلال مكالمة هاتفية مع المستشار الألماني "
                + "أولاف شولتس إن الوضع خطير.");
        assertThat(coded(x, "041")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isNotNull();
            assertThat(e.targetKey()).isEqualTo("person/olaf-scholz");
        });
    }

    @Test
    void aCallInTheReportedClauseOfAnotherIsNotTheReportersCall() {
        Extraction x = extract("وقالت الحكومة الإسبانية إن المستشار الألماني أولاف شولتس أبدى في اتصال هاتفي مع الرئيس "
                + "الفرنسي إيمانويل ماكرون دعمه الكامل.");
        assertThat(coded(x, "041")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/ES/government"));
    }

    @Test
    void aVisitTheSpeakerSpokeDuringIsNoCallOfHis() {
        Extraction x = extract("وقال وزير الخارجية الفرنسي، خلال زيارة إلى مدريد، إن بلاده قلقة.");
        assertThat(x.events()).noneSatisfy(e -> {
            assertThat(e.cameo()).startsWith("04");
            assertThat(e.sourceKey()).isNotNull();
        });
    }
}
