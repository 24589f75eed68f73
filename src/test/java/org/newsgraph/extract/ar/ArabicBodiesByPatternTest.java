package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/** Bodies no lexicon lists, named by pattern: an institution or armed-force noun before an organisation or a nisba. */
class ArabicBodiesByPatternTest {

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, LocalDate.of(2024, 3, 10));
    }

    @Test
    void theHeadOfAnOrganisationsCommissionIsAPersonWithThatRole() {
        Extraction x = extract("وقال رئيس مفوضية الاتحاد الأوروبي سمير داود إن الاتحاد قلق.");
        Actor commission = actor(x, "مفوضية الاتحاد الأوروبي");
        assertThat(commission.key()).isEqualTo("org/eu/commission");
        assertThat(commission.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(commission.labelEn()).isEqualTo("European Union Commission");
        Actor head = actor(x, "سمير داود");
        assertThat(head.type()).isEqualTo(ActorType.PERSON);
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON && a.labelAr().contains("مفوضية"));
        assertThat(x.roles()).singleElement().satisfies(r -> {
            assertThat(r.personKey()).isEqualTo(head.key());
            assertThat(r.organizationKey()).isEqualTo("org/eu/commission");
        });
    }

    @Test
    void anInstitutionNounWordsAndANisbaAreThatCountrysOrganisation() {
        Extraction x = extract("وقررت هيئة الإعلام والاتصالات العراقية حجب المواقع.");
        Actor body = actor(x, "هيئة الإعلام والاتصالات العراقية");
        assertThat(body.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(body.key()).startsWith("org/IQ/");
    }

    @Test
    void forcesWithWordsAndANisbaAreAnArmedGroupOfThatCountry() {
        Extraction x = extract("وهاجمت قوات شبه عسكرية إيرانية قرية حدودية.");
        Actor group = actor(x, "قوات شبه عسكرية إيرانية");
        assertThat(group.type()).isEqualTo(ActorType.GROUP);
        assertThat(group.key()).startsWith("group/IR/");
        assertThat(x.events()).allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo(group.key()));
    }
}
