package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Resignations and protests of bodies (session 32): the head who announces his government's resignation (أعلن
 * استقالة حكومته) is its doer and the government the body his act ends; the people who take part in a protest told
 * by its noun (اعتصامات شارك فيها آلاف المواطنين) are its doers, not the place that saw it; an act called by someone
 * (بدعوة من) with no other doer told is the caller's; a resignation in a letter (في رسالة وجهها إلى) is handed to
 * whom it is addressed. Short sentences of our own, on other countries and people.
 */
class ArabicPoliticsS32Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- a government's resignation

    @Test
    void theHeadWhoAnnouncesHisGovernmentsResignationResignsAndItIsWhatGoes() {
        Extraction x = extract("أعلن رئيس الوزراء الكرواتي أندريه بلينكوفيتش أمس استقالة حكومته بعد أسابيع من الاحتجاجات.");
        assertThat(coded(x, "0831")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isNotEqualTo("org/HR/government");
            assertThat(x.actors()).anySatisfy(a -> {
                assertThat(a.key()).isEqualTo(e.sourceKey());
                assertThat(a.type()).isEqualTo(ActorType.PERSON);
            });
            assertThat(e.targetKey()).isEqualTo("org/HR/government");
        });
    }

    @Test
    void aGovernmentsResignationHandedToThePresidentIsYieldedToHim() {
        Extraction x = extract("وقدم رئيس الوزراء البرتغالي أنطونيو كوستا استقالة حكومته إلى الرئيس مارسيلو ريبيلو دي سوزا.");
        assertThat(coded(x, "0831")).singleElement().satisfies(e -> {
            assertThat(e.targetKey()).isNotNull().isNotEqualTo("org/PT/government");
        });
    }

    @Test
    void aResignationInALetterIsHandedToWhomTheLetterIsAddressed() {
        Extraction x = extract("وأعلن رئيس الوزراء الكرواتي أندريه بلينكوفيتش استقالة حكومته، "
                + "في رسالة وجهها إلى الرئيس زوران ميلانوفيتش، اتهمه فيها بالتقصير.");
        assertThat(coded(x, "0831")).singleElement().satisfies(e -> {
            assertThat(e.targetKey()).isNotNull().isNotEqualTo("org/HR/government");
            assertThat(x.actors()).anySatisfy(a -> {
                assertThat(a.key()).isEqualTo(e.targetKey());
                assertThat(a.labelAr()).contains("ميلانوفيتش");
            });
        });
    }

    @Test
    void aResignationHandedAfterAnotherAnnouncementIsNotTheAnnouncersAct() {
        Extraction x = extract("أعلن رئيس الوزراء الكرواتي أندريه بلينكوفيتش نهاية ائتلافه مع الحزب الاجتماعي "
                + "الديمقراطي وقدّم استقالة حكومته.");
        assertThat(coded(x, "0831")).singleElement().satisfies(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void aPersonsOwnResignationStillAimsAtNoOne() {
        Extraction x = extract("أعلن رئيس الوزراء الكرواتي أندريه بلينكوفيتش أمس استقالته من منصبه.");
        assertThat(coded(x, "0831")).singleElement().satisfies(e -> assertThat(e.targetKey()).isNull());
    }

    // ------------------------------------------------------------- who takes part, who calls

    @Test
    void thoseWhoTakePartInSitInsAreTheirDoersNotThePlaceThatSawThem() {
        Extraction x = extract("وشهدت العاصمة الكينية اعتصامات ليلية شارك فيها آلاف المواطنين ضد الحكومة.");
        assertThat(coded(x, "14")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("org/KE/government");
        });
    }

    @Test
    void aProtestCalledByTheOppositionWithNoOtherDoerIsTheOppositions() {
        Extraction x = extract("واندلعت الاحتجاجات في نيروبي بدعوة من المعارضة الكينية، احتجاجا على الضرائب.");
        assertThat(coded(x, "14")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("group/opposition"));
    }
}
