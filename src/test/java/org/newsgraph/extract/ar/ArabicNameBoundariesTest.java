package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Where names and gazetteer entries end: words that read as a trigger or a place only through a stripped
 * clitic, and unknown words that are no name (verbs, adjectives, possessed nouns). Short sentences of their own.
 */
class ArabicNameBoundariesTest {

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, LocalDate.of(2024, 3, 10));
    }

    @Test
    void aNameWordThatIsATriggerOnlyAfterStrippingAConjunctionStaysInTheName() {
        Extraction x = extract("انتقد وزير الخارجية الإيراني حسين فدان السياسة الأمريكية.");
        Actor minister = actor(x, "حسين فدان");
        assertThat(minister.type()).isEqualTo(ActorType.PERSON);
        assertThat(x.actors()).noneMatch(a -> "حسين".equals(a.labelAr()));
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.trigger()).isEqualTo("criticize");
            assertThat(e.sourceKey()).isEqualTo(minister.key());
        });
    }

    @Test
    void anOfficeInTheAccusativeIsWhatSomeoneBecomesNotATitleBeforeAName() {
        Extraction x = extract("وعين البرلمان العقيد سالم داود رئيسا انتقاليا للبلاد.");
        assertThat(x.actors()).noneMatch(a -> a.labelAr() != null && a.labelAr().contains("انتقالي"));
    }

    @Test
    void aPossessedNounAfterATitleIsNoName() {
        Extraction x = extract("وغادر الوزير التركي وأسرته العاصمة أنقرة.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON && a.labelAr() != null
                && a.labelAr().contains("أسرته"));
    }

    @Test
    void aClauseOpeningWithAConjunctionAfterATitleAndACommaIsNoName() {
        Extraction x = extract("وانتقدت النقابة قرار وزير الخارجية الإيراني، ودخل عمال المصانع في إضراب.");
        assertThat(x.actors()).noneMatch(a -> a.labelAr() != null && a.labelAr().contains("عمال"));
    }

    @Test
    void aTehMarbutaIsNoPronounSuffixSoAChannelIsNoCity() {
        Extraction x = extract("وقالت قناة محلية إن الشرطة اعتقلت عشرة أشخاص. وزار الوزير قنا أمس.");
        assertThat(x.mentions()).filteredOn(m -> m.actorKey().equals("place/qena")).singleElement()
                .satisfies(m -> assertThat(m.anchor()).isEqualTo("قنا"));
    }

    @Test
    void aTermOfOfficeWithAnOrdinalIsNoProvince() {
        Extraction x = extract("ويسعى الرئيس الإيراني إلى ولاية ثالثة في الانتخابات.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PLACE);
    }
}
