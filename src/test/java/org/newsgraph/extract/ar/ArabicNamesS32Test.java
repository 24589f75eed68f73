package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Role;

/**
 * People no lexicon lists (session 32): a foreign name set off by a comma before any title is that title's holder,
 * even where no reader takes the body after the title; a name may open after a noun with a pronoun suffix (في
 * مقدمتهم فلان، حليفته فلانة); a given name the lexicon spells with و (ويليام) opens a title's holder; a verb that
 * needs a person as its object, right before "that", is a surname (هنت).
 * Short sentences of our own, on other countries and people.
 */
class ArabicNamesS32Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static List<String> persons(Extraction x) {
        return x.actors().stream().filter(a -> a.type() == ActorType.PERSON).map(a -> a.labelAr()).toList();
    }

    @Test
    void aForeignNameBeforeATitleOfAnUnlistedBodyIsItsHolder() {
        Extraction x = extract("وقال بيتر كوفاتش، زعيم تحالف الخضر المجري، إن الانتخابات لم تكن نزيهة.");
        assertThat(persons(x)).containsExactly("بيتر كوفاتش");
        assertThat(coded(x, "010")).singleElement().satisfies(e -> assertThat(e.sourceKey()).startsWith("name/"));
        assertThat(x.roles()).extracting(Role::office).containsExactly("leader");
    }

    @Test
    void aNameAfterANounWithAPronounOpensBeforeItsApposedTitle() {
        Extraction x = extract("وندد عدد من النواب بالقرار، في مقدمتهم إيفو موراليس، زعيم الحزب المعارض.");
        assertThat(persons(x)).containsExactly("إيفو موراليس");
    }

    @Test
    void aNameAfterANounWithItsPronounIsAPerson() {
        Extraction x = extract("واعتقلت الشرطة عشرات المحتجين، بينهم حليفته يوهانا ليندكفيست، أمام البرلمان.");
        assertThat(persons(x)).containsExactly("يوهانا ليندكفيست");
        Extraction y = extract("وقالت محاميته يوهانا ليندكفيست إن موكلها بريء.");
        assertThat(persons(y)).containsExactly("يوهانا ليندكفيست");
    }

    @Test
    void aNounWithAPronounBeforeACommonNounMakesNoOne() {
        Extraction x = extract("وخرج أنصاره الشوارع مطالبين برحيله.");
        assertThat(persons(x)).isEmpty();
    }

    @Test
    void aGivenNameSpelledWithWawOpensTheHolderAfterAnUnlistedField() {
        Extraction x = extract("وقال الباحث في معهد الدراسات الاستراتيجية ويليام ماركيز إن الأزمة ستطول.");
        assertThat(persons(x)).containsExactly("ويليام ماركيز");
    }

    @Test
    void aVerbThatNeedsAnObjectBeforeThatIsTheSurname() {
        Extraction x = extract("وقال وزير الخارجية الكندي مارك هنت إن بلاده قلقة.");
        assertThat(persons(x)).containsExactly("مارك هنت");
        assertThat(x.roles()).extracting(Role::office, Role::organizationKey)
                .containsExactly(tuple("minister-of-foreign-affairs", "country/CA"));
        assertThat(coded(x, "010")).singleElement().satisfies(e -> assertThat(e.sourceKey()).startsWith("name/"));
    }

    @Test
    void theSameVerbBeforeAPrepositionStaysTheVerb() {
        Extraction x = extract("وقال إن المدعو أوسكار قتل في الهجوم.");
        assertThat(persons(x)).noneMatch(p -> p.contains("قتل"));
    }
}
