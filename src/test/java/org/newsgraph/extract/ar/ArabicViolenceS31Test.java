package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Attacks, seizures and hostages told of groups (session 31): hostages named as a group (الرهائن) are an actor, the
 * target of the hostage-taking and of their release; the noun a trigger needs as its object (احتجاز الرهائن) is what
 * the act is done to, never its doer, so that a condemnation of the attack is aimed at the hostage-takers, not at
 * their hostages. Short sentences of our own, on other countries and people.
 */
class ArabicViolenceS31Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void hostagesNamedAsAGroupAreTheTargetOfTheirTaking() {
        Extraction x = extract("احتجز مسلحون عشرات الرهائن في فندق بمدينة مومباسا.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("group/hostages"));
        assertThat(coded(x, "181")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isEqualTo("group/hostages");
        });
    }

    @Test
    void theHostagesInTheGenitiveOfTheTakingAreNotItsDoer() {
        Extraction x = extract("وانتهت عملية احتجاز الرهائن في فندق بمدينة مومباسا مساء السبت.");
        assertThat(coded(x, "181")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.targetKey()).isEqualTo("group/hostages");
        });
    }

    @Test
    void aCondemnationOfTheAttackIsAimedAtTheHostageTakers() {
        Extraction x = extract("احتجز مسلحون عشرات الرهائن في فندق بمدينة مومباسا. ودان الرئيس التنزاني الهجوم، "
                + "واصفا احتجاز الرهائن بأنه جريمة.");
        assertThat(coded(x, "111")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/gunmen"));
    }

    @Test
    void forcesFreeingTheHostagesAimAtThem() {
        Extraction x = extract("وحررت القوات الخاصة الكينية الرهائن فجر الأحد.");
        assertThat(coded(x, "0841")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/hostages"));
    }

    @Test
    void hostagesIndefiniteSayWhatOthersAreHeldAsAndMakeNoGroup() {
        Extraction x = extract("واحتجز المتمردون وزير الدفاع وأعضاء حكومته رهائن داخل البرلمان. وكان فلان قد سجن بتهمة احتجاز رهائن.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("group/hostages"));
    }

    @Test
    void theOfficeAnAppointmentNeedsIsNoOneItIsAimedAt() {
        Extraction x = extract("وكان قد عيّن، الإثنين، موساليا مودافادي رئيسا جديدا للوزراء.");
        assertThat(coded(x, "050")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo(e.sourceKey()));
    }

    @Test
    void aFigureOfSpeechWithOneHostageMakesNoHostages() {
        Extraction x = extract("وقال الرئيس إنه لن يسمح لأحد بأن يأخذ البلاد رهينة لمصالحه.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("group/hostages"));
    }
}
