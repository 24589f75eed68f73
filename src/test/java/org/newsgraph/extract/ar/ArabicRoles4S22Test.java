package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Relation;

/**
 * Persons tied to their bodies (session 22): a speaker held in the parliament and a chief of staff in the army the
 * article names for the state. Short sentences of our own, on invented people.
 */
class ArabicRoles4S22Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

    private static final String PERU = "تشهد بيرو أزمة سياسية منذ استقالة الحكومة في بيرو. ";

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    /** Each membership as "person label: member of organisation key". */
    private static List<String> memberships(Extraction x) {
        return x.relations().stream().filter(r -> r.kind() == Relation.Kind.MEMBER_OF)
                .map(r -> TestLexicons.label(x, r.subjectKey()) + ": member of " + r.objectKey())
                .toList();
    }

    // ------------------------------------------------------------- an office that heads a body of its state

    @Test
    void aSpeakerIsHeldInTheParliamentTheArticleNames() {
        Extraction x = extract(PERU + "وصوت البرلمان على حجب الثقة عن الحكومة. "
                + "وقال رئيس البرلمان ميغيل فالديفيا إن التصويت كان قانونيا.");
        assertThat(TestLexicons.roles(x)).contains("ميغيل فالديفيا: speaker-of-parliament of org/PE/parliament")
                .noneMatch(r -> r.startsWith("ميغيل فالديفيا: speaker-of-parliament of country/"));
    }

    @Test
    void aSpeakerOfTheLowerHouseIsHeldInThatHouse() {
        Extraction x = extract(PERU + "ودعا رئيس مجلس النواب ميغيل فالديفيا إلى جلسة طارئة لمجلس النواب.");
        assertThat(TestLexicons.roles(x)).contains("ميغيل فالديفيا: speaker-of-parliament of org/PE/lower-house");
    }

    // (session 32: a speaker's title that names a listed chamber, رئيس البرلمان, names that chamber too, and the
    // office is held there: ArabicRolesS32Test; a title naming none keeps the state)
    @Test
    void aSpeakerOfAStateWhoseParliamentGoesUnnamedIsTheStates() {
        Extraction x = extract(PERU + "وقال رئيس المجلس الوطني ميغيل فالديفيا إن الأزمة ستنتهي قريبا.");
        assertThat(TestLexicons.roles(x)).contains("ميغيل فالديفيا: speaker-of-parliament of country/PE");
    }

    @Test
    void aChiefOfStaffIsHeldInTheArmyOfHisState() {
        Extraction x = extract(PERU + "وانتشر الجيش البيروفي في شوارع العاصمة. "
                + "وقال رئيس أركان الجيش الفريق أوسكار ميندوزا إن القوات ستبقى على الحياد.");
        assertThat(TestLexicons.roles(x)).contains("أوسكار ميندوزا: chief-of-staff of org/PE/army")
                .noneMatch(r -> r.equals("أوسكار ميندوزا: chief-of-staff of country/PE"));
    }

    @Test
    void anotherStatesArmyHoldsNoChiefOfStaffOfThisState() {
        Extraction x = extract(PERU + "وأعلن الجيش التشيلي رفع حالة التأهب على الحدود. "
                + "وقال رئيس أركان الجيش الفريق أوسكار ميندوزا إن القوات البيروفية جاهزة.");
        assertThat(TestLexicons.roles(x)).noneMatch(r -> r.startsWith("أوسكار ميندوزا: chief-of-staff of org/CL/"));
    }
}
