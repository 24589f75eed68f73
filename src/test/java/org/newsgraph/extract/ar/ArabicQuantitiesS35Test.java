package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.Relation;

/**
 * Counts of things and people that other lists read as something else (session 35): a number before a target, a
 * charge, countries or children counts them, and the event of its sentence carries that count. And the member
 * states of a body listed in apposition after "دول" and the body. Short sentences of our own, on other countries and
 * people than the dev articles'.
 */
class ArabicQuantitiesS35Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static boolean counts(Quantity q, long value, String what) {
        return q.value() == value && what.equals(q.counts());
    }

    @Test
    void childrenAmongTheDeadAreACountOfTheKilling() {
        Extraction x = extract("وقتل 40 شخصا على الأقل بينهم 9 أطفال في قصف استهدف سوقا في دارفور.");
        assertThat(coded(x, "1823")).singleElement().satisfies(e -> {
            assertThat(e.quantities()).anyMatch(q -> counts(q, 40, "killed"));
            assertThat(e.quantities()).anyMatch(q -> counts(q, 9, "children"));
        });
    }

    @Test
    void countriesAnEnvoyIsWithdrawnFromAreCounted() {
        Extraction x = extract("وسحبت بوليفيا سفراءها من 5 دول.");
        assertThat(coded(x, "161")).singleElement()
                .satisfies(e -> assertThat(e.quantities()).anyMatch(q -> counts(q, 5, "countries")));
    }

    @Test
    void chargesBroughtAreCounted() {
        Extraction x = extract("وأعلن القضاء الأرجنتيني توجيه 6 تهم إلى الوزير السابق بالفساد.");
        assertThat(x.events()).anySatisfy(e -> assertThat(e.quantities()).anyMatch(q -> counts(q, 6, "charges")));
    }

    @Test
    void targetsDestroyedAreCounted() {
        Extraction x = extract("وقالت الحكومة النيجيرية إن الطائرات دمرت 14 هدفا للمتمردين.");
        assertThat(x.events()).anySatisfy(e -> assertThat(e.quantities()).anyMatch(q -> counts(q, 14, "sites")));
    }

    @Test
    void aPlaceNounStillOpensThePlaceNamedAfterIt() {
        Extraction x = extract("وقتل شرطيان في بلدة نوبول المجاورة.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("place/nubul"));
    }

    @Test
    void aStateNamedByItsNisbaStaysTheCountry() {
        // the singular دولة is no counted noun: the nisba after it names the state supported
        Extraction x = extract("أيدت النرويج إقامة دولة فلسطينية.");
        assertThat(coded(x, "051")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("country/PS"));
    }

    private static java.util.List<String> members(Extraction x) {
        return x.relations().stream().filter(r -> r.kind() == Relation.Kind.MEMBER_OF)
                .map(r -> r.subjectKey() + " " + r.objectKey()).toList();
    }

    @Test
    void theStatesOfABodyListedAfterACommaAreItsMembers() {
        Extraction x = extract("وكانت دول مجموعة السبع، اليابان وكندا وإيطاليا، قد رحبت بالاتفاق.");
        assertThat(members(x)).contains("country/JP org/g7", "country/CA org/g7", "country/IT org/g7");
    }

    @Test
    void theStatesOfABodyNamedAfterNamelyAreItsMembers() {
        Extraction x = extract("وأيدت دول مجلس التعاون الخليجي، وهي قطر والكويت وسلطنة عمان، الاتفاق.");
        assertThat(members(x)).contains("country/QA org/gcc", "country/KW org/gcc", "country/OM org/gcc");
    }

    @Test
    void aTimeAfterTheCommaListsNoMembers() {
        Extraction x = extract("وطالبت دول الاتحاد الأفريقي، الثلاثاء، غينيا بإجراء انتخابات.");
        assertThat(members(x)).noneMatch(m -> m.startsWith("country/GN"));
    }
}
