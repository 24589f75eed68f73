package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Arrests of a crowd (session 31): the group after a quantifier's من (عددا من المتظاهرين، الكثير من الطلاب) is the
 * group counted, the one arrested, not a prepositional complement; people counted before a plural verb of arrest
 * (أن 300 شخص اعتقلوا) or after a passive or a verbal noun of it (واعتُقل 300 شخص، أعلنت الوزارة اعتقال 300 شخص)
 * are the article's crowd, when the sentence tells the unrest or the protest; the state body announcing the count
 * holds them, the activists who count them hold no one. A crowd of a group (حشد من المحتجين) is that group; some of
 * those an act before in the sentence was aimed at (فقتلت ثلاثة منهم) are the object of the verb joined to it, not its
 * subject. Short sentences of our own, on other countries and people.
 */
class ArabicArrestsS31Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static final String PROTEST = "تظاهر آلاف المحتجين في العاصمة الغانية أكرا احتجاجا على غلاء المعيشة. ";

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- some of a group

    @Test
    void someOfTheProtestersArrestedAreTheProtesters() {
        Extraction x = extract(PROTEST + "واعتقلت الشرطة عددا من المتظاهرين قرب مقر البرلمان.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/police");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void manyOfTheStudentsArrestedAreTheStudents() {
        Extraction x = extract("اعتقلت قوات الأمن الكثير من الطلاب في جامعة لاغوس.");
        assertThat(coded(x, "173")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/students"));
    }

    @Test
    void aGroupAfterAPlainPrepositionIsStillNoObject() {
        Extraction x = extract("اعتقلت الشرطة رجلا قرب مقر الحكومة بعد شكوى من المتظاهرين.");
        assertThat(coded(x, "173")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    // ------------------------------------------------------------- a crowd counted

    @Test
    void peopleCountedBeforeAPluralVerbOfArrestAreTheCrowdTheMinistryHolds() {
        Extraction x = extract(PROTEST + "وأعلنت وزارة الداخلية الغانية أن 310 أشخاص اعتقلوا خلال الاحتجاجات.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/GH/ministry-of-interior");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void peopleCountedAfterAPassiveOfArrestAreTheCrowd() {
        Extraction x = extract(PROTEST + "واعتُقل 120 شخصا خلال أعمال الشغب في المدينة.");
        assertThat(coded(x, "173")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    @Test
    void activistsCountingTheArrestedHoldNoOne() {
        Extraction x = extract(PROTEST + "وقال ناشطون إن 80 شخصا اعتقلوا خلال الاحتجاجات.");
        assertThat(coded(x, "173")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
        assertThat(coded(x, "173")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/activists"));
    }

    @Test
    void peopleCountedInASentenceOfNoUnrestAreNoCrowd() {
        Extraction x = extract("وقالت الوزارة إن خمسة أشخاص اعتقلوا للاشتباه في سرقة مصرف في أكرا.");
        assertThat(coded(x, "173")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }

    // ------------------------------------------------------------- a crowd of a group, some of those fired on

    @Test
    void firingOnACrowdOfProtestersFiresOnTheProtesters() {
        Extraction x = extract(PROTEST + "وفتحت قوات الأمن النار على حشد من المحتجين قرب القصر الرئاسي.");
        assertThat(coded(x, "180")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/security-forces");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void someOfThoseFiredOnAreKilledNotKilling() {
        Extraction x = extract("أطلقت قوات الأمن النار على المتظاهرين في مدينة كوماسي فقتلت ثلاثة منهم.");
        assertThat(coded(x, "18")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/security-forces");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
        assertThat(coded(x, "18")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/protesters"));
    }

    @Test
    void someOfTheCrowdAttackingAPoliceStationAreItsDoers() {
        Extraction x = extract("تظاهر الآلاف في مدينة كوماسي الغانية، وهاجم العشرات منهم مركز الشرطة.");
        assertThat(x.events()).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/protesters"));
    }
}
