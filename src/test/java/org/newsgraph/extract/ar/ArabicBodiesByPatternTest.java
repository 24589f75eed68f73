package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.read.Article;

/** Bodies no lexicon lists, named by pattern: an institution or armed-force noun before an organisation or a nisba. */
class ArabicBodiesByPatternTest {

    private static Extraction extract(String text) {
        return TestLexicons.extractor().extract(new Article("test", text, null, "ar", LocalDate.of(2024, 3, 10), null));
    }

    private static Actor actor(Extraction x, String labelAr) {
        return x.actors().stream().filter(a -> labelAr.equals(a.labelAr())).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + labelAr + " in " + x.actors()));
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
