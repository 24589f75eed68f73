package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;
import static org.newsgraph.extract.ar.TestLexicons.roles;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * The acts of a takeover and the roles they tell (session 28): a body's head named after it by a relative clause
 * when the body takes its country from a nisba; an officer named with his rank, then his command with no comma; the
 * statement standing for whoever issued it (وأعلن البيان ...); a list of verbal nouns going on past an apposition;
 * closing a legislature; the shorter spelling of a state of emergency. Short sentences of our own, on other
 * countries and people.
 */
class ArabicCoupS28Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------------------------------------------ roles

    @Test
    void theHeadNamedInARelativeClauseHeadsABodyOfANisbasCountry() {
        Extraction x = extract("فتحت لجنة التحقيق الكينية، التي يرأسها جون موانغي، تحقيقا في الحادث.");
        assertThat(x.roles()).anySatisfy(r -> {
            assertThat(r.personKey()).endsWith("muangi");
            assertThat(r.organizationKey()).startsWith("org/KE/");
        });
    }

    @Test
    void anOfficerNamedWithHisRankHoldsTheCommandAfterHisName() {
        Extraction x = extract("ويضم المجلس في بوليفيا الجنرال خوان زونيغا قائد الجيش، والجنرال بيدرو رويز قائد القوات الجوية.");
        assertThat(roles(x)).contains("بيدرو رويز: commander of org/BO/air-force");
        assertThat(x.roles()).anySatisfy(r -> {
            assertThat(r.personKey()).endsWith("zuniga");
            assertThat(r.office()).isEqualTo("commander");
        });
    }

    @Test
    void aCommandAfterANameWithNoRankIsTheVerbsObject() {
        Extraction x = extract("واستقبل الرئيس البوليفي لويس آرسي قائد الجيش في القصر.");
        assertThat(x.roles()).noneSatisfy(r -> assertThat(r.office()).isEqualTo("commander"));
    }

    // ------------------------------------------------------------------------------------- the statement's acts

    @Test
    void whatTheStatementAnnouncesIsItsIssuers() {
        Extraction x = extract("أذاع المجلس العسكري في النيجر بيانا عبر التلفزيون. وأعلن البيان تعليق العمل بالدستور.");
        assertThat(coded(x, "1721")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/NE/military-council"));
    }

    @Test
    void aStatementNoOneIssuedStandsForNoOne() {
        Extraction x = extract("وقال البيان إن الوضع هادئ في النيجر.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).isEqualTo("البيان"));
        assertThat(x.events()).allSatisfy(e -> assertThat(e.sourceKey()).isNull());
    }

    @Test
    void aListOfActsGoesOnPastAnApposition() {
        Extraction x = extract("وأعلن الجيش في غينيا حل الحزب الحاكم، أكبر أحزاب البلاد، وحل البرلمان.");
        assertThat(coded(x, "1722")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/army");
            assertThat(e.targetKey()).isEqualTo("org/GN/parliament");
        });
        assertThat(coded(x, "1722")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/GN/parliament"));
    }

    @Test
    void closingTheLegislatureBansIt() {
        Extraction x = extract("وأعلن المجلس العسكري في النيجر فرض حظر التجول وإغلاق البرلمان.");
        assertThat(coded(x, "1722")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/NE/military-council");
            assertThat(e.targetKey()).isEqualTo("org/NE/parliament");
        });
    }

    @Test
    void aGovernmentClosingSchoolsBansNoBody() {
        Extraction x = extract("وأغلقت الحكومة النيجرية المدارس والجامعات.");
        assertThat(coded(x, "1722")).isEmpty();
    }

    @Test
    void theShorterSpellingOfAStateOfEmergencyIsOne() {
        Extraction x = extract("وأعلن الجيش في النيجر حال الطوارئ في البلاد.");
        assertThat(coded(x, "1724")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/army"));
    }

    // ------------------------------------------------------------------------------------------ appointments

    @Test
    void aDecreeAppointingAPrimeMinisterIsThePresidentsActAndGivesTheRole() {
        Extraction x = extract("ثم أصدر الرئيس التونسي مرسوما بتعيين كوفي أدو رئيسا للوزراء.");
        assertThat(coded(x, "050")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/kais-saied");
            assertThat(e.targetKey()).endsWith("kufi-ado");
        });
        assertThat(roles(x)).contains("كوفي أدو: prime-minister of country/TN");
    }

    @Test
    void anOfficerNamedWithHisRankIsAppointedToTheOfficeAfterHisName() {
        Extraction x = extract("وأعلن الرئيس الغاني جون ماهاما تعيين الجنرال ياو مينسا رئيسا للوزراء.");
        assertThat(coded(x, "050")).anySatisfy(e -> {
            assertThat(e.sourceKey()).endsWith("mahama");
            assertThat(e.targetKey()).endsWith("yaw-minsa");
        });
        assertThat(roles(x)).contains("ياو مينسا: prime-minister of country/GH");
    }

    @Test
    void anEyeIsNoAppointment() {
        Extraction x = extract("ورأى الشاهد الحادث بأم عينه في أكرا.");
        assertThat(coded(x, "050")).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ names

    @Test
    void anUncleAfterANameIsNoWordOfIt() {
        Extraction x = extract("أعدمت السلطات في غامبيا لامين جوف عم الرئيس الغامبي أداما بارو.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.labelAr()).isEqualTo("لامين جوف"));
        assertThat(x.relations()).anySatisfy(r -> assertThat(r.objectKey()).endsWith("adama-barrow"));
    }

    // --------------------------------------------------------------------------------------------- datelines

    @Test
    void aDatelineUnderAHeadlineOfSeveralSentencesTellsTheArticlesCountry() {
        Extraction x = extract("""
                أزمة في بيرو
                الكونغرس يعزل الرئيس.. وواشنطن تتابع.. والولايات المتحدة تحذر
                ليما - وكالات الأنباء:
                قال الرئيس خوان بيريث إن الولايات المتحدة تتدخل في شؤون بلاده. وردت الولايات المتحدة بأنها لا تتدخل.
                """);
        assertThat(roles(x)).contains("خوان بيريث: president of country/PE");
    }

    @Test
    void aDatelineWithTheDayOfTheMonthTellsTheArticlesCountry() {
        Extraction x = extract("""
                أزمة في بيرو
                الكونغرس يعزل الرئيس
                ليما في 11 ـ وكالات الأنباء ـ قال الرئيس خوان بيريث إن الولايات المتحدة تتدخل. وردت الولايات المتحدة بأنها لا تتدخل، وإن الولايات المتحدة تتابع.
                """);
        assertThat(roles(x)).contains("خوان بيريث: president of country/PE");
    }

    @Test
    void theAirArmIsTheAirForceOfItsNisbasCountry() {
        Extraction x = extract("وأعلن سلاح الطيران السوري أنه قصف مواقع المسلحين في إدلب.");
        assertThat(coded(x, "190")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/SY/air-force"));
    }
}
