package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * People of the people lexicon named again (session 29), on the made-up people of the test lexicon
 * (src/test/resources/extract/lexicon/people.ttl): a listed person's surname alone names him once the article gave
 * his full name, a particle in the name or not; a title alone is the holder at the article's date, not a past holder
 * the article names; two listed relatives leave their surname alone to the one named before it in the sentence, else
 * to the one the article named first, never to a third person; a listed name after the noun of a building, a street or a prize names that thing, not the person.
 * Short sentences of our own.
 */
class ArabicHoldersS29Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, PUBLISHED);
    }

    // ------------------------------------------------------------- surnames alone

    @Test
    void theSurnameAfterAParticleOfAListedPersonNamesHim() {
        Extraction x = extract("استقبل الرئيس التركي رجب طيب أردوغان المبعوث فريد أبو سلوى في أنقرة. "
                + "واتهم أبو سلوى الحكومة الإيرانية بعرقلة المفاوضات.");
        assertThat(coded(x, "112")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/farid-abu-salwa"));
    }

    @Test
    void theLastWordOfAListedNameOpeningWithAParticleNamesHim() {
        Extraction x = extract("استقبل الرئيس التركي رجب طيب أردوغان الوسيط عبد الرحيم طوران في أنقرة. "
                + "وانتقد طوران الحكومة الإيرانية.");
        assertThat(coded(x, "111")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/abd-al-rahim-tawran"));
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).startsWith("name/"));
    }

    // ------------------------------------------------------------- a title alone at the article's date

    @Test
    void aTitleAloneIsNotAPastHolderTheArticleNames() {
        Extraction x = extract("وكان الرئيس التركي سليم قره داغ قد زار بغداد عام 1995. "
                + "وانتقد الرئيس التركي أمس الحكومة العراقية.");
        assertThat(coded(x, "111")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/recep-tayyip-erdogan"));
    }

    @Test
    void aTitleAloneInThePastHoldersYearsIsHim() {
        Extraction x = TestLexicons.extract("استقبل الرئيس التركي سليم قره داغ وفدا عراقيا. وانتقد الرئيس التركي الحكومة العراقية.",
                LocalDate.of(1996, 5, 2));
        assertThat(coded(x, "111")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/selim-karadag"));
    }

    // ------------------------------------------------------------- relatives sharing a surname

    @Test
    void aSharedSurnameAloneIsTheRelativeNamedBeforeItInTheSentence() {
        Extraction x = extract("أصيب نبيل القرمطي في انفجار في بغداد. "
                + "وبعد أن نجا هاني القرمطي من الانفجار اتهم القرمطي الحكومة العراقية بالتقصير.");
        assertThat(coded(x, "112")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/hani-qarmati"));
    }

    @Test
    void aSharedSurnameAloneFarFromEitherRelativeIsTheOneNamedFirstNeverAThird() {
        Extraction x = extract("أصيب نبيل القرمطي في انفجار في بغداد. ونقل هاني القرمطي إلى المستشفى. "
                + "وأمطرت السماء بغزارة في العاصمة. واتهم القرمطي الحكومة العراقية بالتقصير.");
        assertThat(coded(x, "112")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/nabil-qarmati"));
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.PERSON)
                .allSatisfy(a -> assertThat(a.key()).isIn("person/nabil-qarmati", "person/hani-qarmati"));
    }

    // ------------------------------------------------------------- things named after people

    @Test
    void anAirportNamedAfterAListedPersonIsAPlace() {
        Extraction x = extract("هبطت طائرة الوفد في مطار فريد أبو سلوى الدولي قرب بغداد.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("person/farid-abu-salwa"));
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActorType.PLACE);
            assertThat(a.labelEn()).endsWith("International Airport");
        });
    }

    @Test
    void aCampOfAListedPersonWithNoWordOfItsKindIsStillHim() {
        Extraction x = extract("يتنافس في الحزب معسكر عبد الرحيم طوران ومعسكر خصومه.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("person/abd-al-rahim-tawran"));
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.PLACE)
                .noneSatisfy(a -> assertThat(a.labelAr()).contains("طوران"));
    }

    @Test
    void aStreetNamedAfterAListedPersonIsNoMentionOfHim() {
        Extraction x = extract("تظاهر مئات الطلاب في شارع عبد الرحيم طوران وسط أنقرة.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("person/abd-al-rahim-tawran"));
        assertThat(coded(x, "14")).isNotEmpty();
    }
}
