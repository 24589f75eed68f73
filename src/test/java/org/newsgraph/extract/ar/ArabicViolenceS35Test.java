package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Killings, attacks and fighting (session 35): doers described, not named (رجال مجهولون، مسلحون مجهولون) are a group
 * that does the act, after an agent marker or as the subject, the adjectives part of the group's mention; one man
 * so told (حارس شخصي، رجل ملثم) is a person, taken up again by his noun (الحارس); fire
 * opened or an attack made on one person is an assault on him (180), not a fight between forces (190). Short
 * sentences of our own, on other countries and people.
 */
class ArabicViolenceS35Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void unknownMenAtWhoseHandsACandidateWasBeatenBeatHim() {
        Extraction x = extract("تعرض المرشح الكيني جوزيف موانغي للضرب على أيدي رجال مجهولين في نيروبي.");
        assertThat(coded(x, "182")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/unknown-men");
            assertThat(e.targetKey()).isEqualTo("name/juzif-muangi");
        });
        assertThat(x.actors()).filteredOn(a -> a.key().equals("group/unknown-men"))
                .singleElement().satisfies(a -> assertThat(a.type()).isEqualTo(ActorType.GROUP));
    }

    @Test
    void unknownMenWhoKillAreTheKillers() {
        Extraction x = extract("قتل رجال مجهولون النائب الكيني جوزيف موانغي أمام منزله في نيروبي.");
        assertThat(coded(x, "18")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/unknown-men");
            assertThat(e.targetKey()).isEqualTo("name/juzif-muangi");
        });
    }

    @Test
    void gunmenDescribedAsUnknownInReportedSpeechAreTheKillers() {
        Extraction x = extract("وقال قائد الشرطة الكينية إن مسلحين مجهولين قتلوا الصحفي جوزيف موانغي في نيروبي.");
        assertThat(coded(x, "18")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isEqualTo("name/juzif-muangi");
        });
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).startsWith("group/unknown"));
    }

    @Test
    void fireOpenedByUnknownGunmenOnTheManOfTheSentenceAssaultsHim() {
        Extraction x = extract("نقل النائب الكيني جوزيف موانغي إلى المستشفى بعد أن أطلق مسلحون مجهولون النار عليه أمام منزله.");
        assertThat(coded(x, "18")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isEqualTo("name/juzif-muangi");
        });
        assertThat(coded(x, "19")).isEmpty();
    }

    @Test
    void gunmenAttackingAJournalistAssaultHim() {
        Extraction x = extract("وهاجم مسلحون الصحفي الكيني جوزيف موانغي أمام منزله في نيروبي.");
        assertThat(coded(x, "180")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isEqualTo("name/juzif-muangi");
        });
        assertThat(coded(x, "19")).isEmpty();
    }

    @Test
    void fireOpenedOnAnArmyStaysMilitaryForce() {
        Extraction x = extract("وأطلق المتمردون النار على الجيش الكيني قرب الحدود.");
        assertThat(coded(x, "19")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/rebels");
            assertThat(e.targetKey()).isEqualTo("org/KE/army");
        });
        assertThat(coded(x, "18")).isEmpty();
    }

    @Test
    void aGuardDescribedByWhatHeIsIsOnePersonKillingAndTakenUpByHisNoun() {
        Extraction x = extract("قتل الصحفي الكيني جوزيف موانغي على يد حارس شخصي في نيروبي. واعتقلت الشرطة الكينية الحارس بعد ساعات.");
        assertThat(coded(x, "18")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/described-personal-guard");
            assertThat(e.targetKey()).isEqualTo("name/juzif-muangi");
        });
        assertThat(coded(x, "17")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("person/described-personal-guard"));
        assertThat(x.actors()).filteredOn(a -> a.key().startsWith("person/described"))
                .singleElement().satisfies(a -> assertThat(a.type()).isEqualTo(ActorType.PERSON));
    }

    @Test
    void aMaskedManAtWhoseHandsAWriterWasKilledKilledHim() {
        Extraction x = extract("قتل الكاتب الكيني جوزيف موانغي على يد رجل ملثم في نيروبي.");
        assertThat(coded(x, "18")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("person/described-masked-man"));
    }
}
