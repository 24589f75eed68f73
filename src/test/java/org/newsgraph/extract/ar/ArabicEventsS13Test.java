package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Who did it to whom (session 13): attachment errors that recurred on the articles nobody tuned for. Short sentences
 * of our own, on other countries and people.
 */
class ArabicEventsS13Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 20);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- condemning a coup whose doers are only named

    @Test
    void theLeadersOfACoupAttemptAreThePutschists() {
        Extraction x = extract("اعتقلت السلطات الغابونية أربعة من قادة محاولة الانقلاب الفاشلة.");
        assertThat(coded(x, "173")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/putschists"));
    }

    @Test
    void condemningACoupAttemptAimsAtThePutschistsTheArticleNames() {
        Extraction x = extract("اعتقلت السلطات الغابونية أربعة من قادة محاولة الانقلاب الفاشلة. "
                + "وأدان الاتحاد الأفريقي محاولة الانقلاب.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/african-union");
            assertThat(e.targetKey()).isEqualTo("group/putschists");
        });
    }

    @Test
    void condemningACoupAimsAtItsPlottersNamedAfterTheCondemnation() {
        Extraction x = extract("ودانت الجامعة العربية الانقلاب في السودان. وقال مدبرو الانقلاب إنهم حلوا الحكومة.");
        assertThat(coded(x, "111")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/putschists"));
    }

    @Test
    void condemningACoupNoOneIsNamedForAimsAtNoOne() {
        Extraction x = extract("وأدان الاتحاد الأفريقي محاولة الانقلاب.");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void condemningACoupToldAsSoldiersActsStillAimsAtTheSoldiers() {
        Extraction x = extract("اعتقل عسكريون الرئيس في النيجر. وأدانت فرنسا الانقلاب. وقال قادة الانقلاب إنهم حلوا الحكومة.");
        assertThat(coded(x, "111")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/soldiers"));
    }

    // ------------------------------------------------------------- "as" is no one describing anyone

    @Test
    void identifiedAsOfficersIsNoCriticism() {
        Extraction x = extract("وقالت الحكومة الكندية إن الدبلوماسيين جرى تحديدهم بوصفهم ضباط استخبارات.");
        assertThat(coded(x, "11")).isEmpty();
    }

    @Test
    void aConstitutionPresentingARegionAsARepublicIsNoCriticism() {
        Extraction x = extract("وقدم الدستور الإقليم بوصفه جمهورية ذات سيادة، وحضر الرئيس الكيني بصفته وسيطا.");
        assertThat(coded(x, "11")).isEmpty();
    }

    @Test
    void describingSomeoneWithAPronounStillCriticises() {
        Extraction x = extract("ووصفهم الرئيس الكيني بأنهم خونة.");
        assertThat(coded(x, "111")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("person/william-ruto"));
    }

    // ------------------------------------------------------------- a feminine verb goes on past a masculine group

    @Test
    void aMinistryThatSpokeThenUrgedTheArmyAndPoliceIsTheOneUrging() {
        Extraction x = extract("وقالت وزارة الخارجية الكندية إن أوتاوا \"قلقة\" من إعلان الطوارئ، "
                + "وحثت الرئيس والجيش والشرطة على احترام القانون.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/CA/ministry-of-foreign-affairs");
            assertThat(e.targetKey()).isEqualTo("group/army");
        });
    }

    @Test
    void aMinistryThatCriticisedThenCalledOnTheArmyIsTheOneCalling() {
        Extraction x = extract("وانتقدت وزارة الخارجية الكندية الحكم، ودعت الجيش إلى احترام القانون.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/CA/ministry-of-foreign-affairs");
            assertThat(e.targetKey()).isEqualTo("group/army");
        });
    }

    @Test
    void thePoliceAfterAFeminineVerbStillCallOn() {
        Extraction x = extract("وانتقد الوزير الكيني الحكم، ودعت الشرطة المواطنين إلى الهدوء.");
        assertThat(coded(x, "02")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("group/police"));
    }
}
