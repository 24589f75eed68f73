package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.Term;

class InstitutionActorsTest {

    private static final ActorEntry RUSSIA = new ActorEntry("country/RU", ActorType.COUNTRY, List.of("روسيا"),
            List.of("Russia"), "Q159", null, null, List.of("روسي", "روسية", "روس"), List.of("Russian"), "RU", List.of());

    private static Term pattern(String key, String ar, String en) {
        return new Term(key, List.of(ar), List.of(en), List.of(), List.of(), Map.of());
    }

    @Test
    void keyAndLabelsInBothLanguagesWithTheNisbaAgreeingWithTheHeadNoun() {
        Actor ministry = InstitutionActors.actor(pattern("ministry-of-defence", "وزارة الدفاع", "Ministry of Defence"), RUSSIA);
        assertThat(ministry).isEqualTo(new Actor("org/RU/ministry-of-defence", ActorType.ORGANIZATION,
                "وزارة الدفاع الروسية", "Ministry of Defence of Russia", false, null, RUSSIA.key(), List.of()));
        Actor council = InstitutionActors.actor(pattern("national-security-council", "مجلس الأمن القومي", "National Security Council"), RUSSIA);
        assertThat(council.labelAr()).isEqualTo("مجلس الأمن القومي الروسي");
    }

    @Test
    void noArabicLabelIsMadeUpWhenTheCountryHasNoNisba() {
        ActorEntry lesotho = new ActorEntry("country/LS", ActorType.COUNTRY, List.of("ليسوتو"), List.of("Lesotho"), null,
                null, null, List.of(), List.of("Basotho"), "LS", List.of());
        Actor a = InstitutionActors.actor(pattern("parliament", "البرلمان", "Parliament"), lesotho);
        assertThat(a.labelAr()).isNull();
        assertThat(a.labelEn()).isEqualTo("Parliament of Lesotho");
    }

    @Test
    void onlyACountryWithACodeHasInstitutions() {
        ActorEntry place = new ActorEntry("place/almaty", ActorType.PLACE, List.of(), List.of("Almaty"), null, "country/KZ",
                null, List.of(), List.of(), null, List.of());
        assertThatThrownBy(() -> InstitutionActors.actor(pattern("parliament", "البرلمان", "Parliament"), place))
                .hasMessageContaining("place/almaty");
    }
}
