package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Names no lexicon lists (session 32, second round): a noun with a clitic preposition (لبلدية، بحماية، بموافقة)
 * where a name may stand after a title is the title's complement or the clause going on, never the first word of a
 * person's or a place's name; a tatweel standing alone is a dash that ends a body's name (حزب كذا ـ جناح فلان is
 * the party's wing, no person named after its leader's title); a verb before a listed person's surname (وافق
 * فلان، ويعد فلان) is no given name of someone else of that family. Short sentences of our own, on other
 * countries and people.
 */
class ArabicNamesS32bTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aTitlesComplementWithAPrepositionIsNoName() {
        Extraction x = extract("وأطلقت الشرطة سراح المعارضة ماريا كوفاتشيفا، الرئيسة السابقة لبلدية بلوفديف، من السجن أمس.");
        assertThat(x.actors()).noneMatch(a -> a.labelAr().startsWith("لبلدية"));
        assertThat(x.actors()).anyMatch(a -> a.type() == ActorType.PERSON && a.labelAr().equals("ماريا كوفاتشيفا"));
    }

    @Test
    void aNounWithBAfterAParticipleIsNoName() {
        Extraction x = extract("وقال الضابط المكلف بحماية كبار الزوار في نيروبي إن الحراسة شددت.");
        assertThat(x.actors()).noneMatch(a -> a.labelAr().startsWith("بحماية"));
    }

    @Test
    void aLoneTatweelIsADashThatEndsTheBodysName() {
        Extraction x = extract("وقال رئيس الوزراء الأسبق كمال حسين، زعيم حزب الشعب الوطني ـ جناح عارف، إن الحزب سيقاطع الانتخابات.");
        assertThat(x.actors()).noneMatch(a -> a.labelAr().startsWith("جناح"));
        assertThat(x.roles()).anySatisfy(r -> {
            assertThat(r.personKey()).isEqualTo("name/kamal-hussein");
            assertThat(r.office()).isEqualTo("leader");
        });
    }

    @Test
    void aVerbBeforeAListedSurnameIsNoGivenName() {
        Extraction x = extract("وتم توقيع الاتفاق بعد أن وافق أردوغان، بحسب مصادر تركية. ويعد أردوغان من أبرز الداعمين له.");
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.PERSON)
                .extracting(a -> a.key()).containsOnly("person/recep-tayyip-erdogan");
    }
}
