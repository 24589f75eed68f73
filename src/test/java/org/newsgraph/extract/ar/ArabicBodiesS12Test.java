package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.rolesOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Role;

/**
 * Bodies, places and forces unseen articles name that the extractor never found (session 12): a country's force
 * after a preposition or as the body of a spokesman, a party with a nationality after ل, a building or ground named
 * after its noun (an airport, an air base, a prison, a barracks), an area, a place whose name a compass word follows,
 * a capital named after the place noun and its nisba. Short sentences of our own, read with every shipped lexicon.
 */
class ArabicBodiesS12Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. national forces

    @Test
    void aForceAfterAPrepositionIsThatCountrysForce() {
        Extraction x = extract("وأصدر الرئيس أوامر إلى الجيش البيروفي بالانتشار في العاصمة.");
        assertThat(actor(x, "الجيش البيروفي").key()).isEqualTo("org/PE/army");
        Extraction y = extract("وأشاد الوزير بالشرطة الكينية بعد العملية.");
        assertThat(actor(y, "الشرطة الكينية").key()).isEqualTo("org/KE/police");
    }

    @Test
    void theForceASpokesmanSpeaksForIsThatCountrysForce() {
        Extraction x = extract("وقال المتحدث باسم الجيش التشادي، العقيد محمد بوركو، إن القوات انسحبت.");
        assertThat(actor(x, "الجيش التشادي").key()).isEqualTo("org/TD/army");
        assertThat(rolesOf(x, "محمد بوركو")).extracting(Role::organizationKey).contains("org/TD/army");
    }

    @Test
    void aForeignForceNamedOnceLeavesTheBareForceTheStorysOwn() {
        Extraction x = extract("مقديشو (رويترز) - قال مسؤولون صوماليون إن الجيش شن هجوما على مواقع المتمردين في الصومال. "
                + "وأرسل الجيش الكيني قوات إلى الحدود الصومالية.");
        assertThat(x.mentions()).filteredOn(m -> m.anchor().equals("الجيش")).extracting(m -> m.actorKey())
                .isNotEmpty().doesNotContain("org/KE/army");
    }

    // 2. parties

    @Test
    void aPartyWithANationalityAfterLamIsRead() {
        Extraction x = extract("وقال الأمين العام للحزب الشيوعي الفيتنامي إن الاقتصاد ينمو.");
        Actor party = actor(x, "الحزب الشيوعي الفيتنامي");
        assertThat(party.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(party.labelEn()).isEqualTo("Vietnamese Communist Party");
        Extraction y = extract("واحتج أنصار للحزب التقدمي المجري الحاكم أمام البرلمان.");
        assertThat(actor(y, "الحزب التقدمي المجري").labelEn()).isEqualTo("Hungarian Progressive Party");
    }

    // 3. buildings and grounds

    @Test
    void anAirportAndAnAirBaseAreNamedPlaces() {
        Extraction x = extract("وصل الوفد إلى مطار كوتوكا الدولي ثم نقل إلى قاعدة موي الجوية.");
        Actor airport = actor(x, "مطار كوتوكا الدولي");
        assertThat(airport.type()).isEqualTo(ActorType.PLACE);
        assertThat(airport.labelEn()).endsWith("International Airport");
        assertThat(actor(x, "قاعدة موي الجوية").labelEn()).endsWith("Air Base");
        // a known place's name misread inside the airport's (نينوي is Nineveh in matching form)
        Extraction y = extract("وصل الرئيس السابق إلى مطار نينوي أكينو الدولي في العاصمة.");
        assertThat(actor(y, "مطار نينوي أكينو الدولي").type()).isEqualTo(ActorType.PLACE);
    }

    @Test
    void aPrisonAndABarracksAreNamedPlacesAndACompassWordEndsTheName() {
        Extraction x = extract("أفرج المسلحون عن السجناء في سجن إيفين شمال العاصمة.");
        assertThat(actor(x, "سجن إيفين").type()).isEqualTo(ActorType.PLACE);
        Extraction y = extract("وهاجم مسلحون مستودعا في ثكنة كامبوسو العسكرية فجر الأحد.");
        // the kind's word is no part of the English name; the Arabic label is the name as written (session 28)
        assertThat(actor(y, "ثكنة كامبوسو العسكرية").labelEn()).endsWith("Barracks");
    }

    @Test
    void aFacilityNounThatMayBeAVerbOrAnotherWordNamesNoPlace() {
        Extraction x = extract("وسجن كيمبا ثلاث سنوات بعد المحاكمة.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PLACE);
        Extraction y = extract("وقال إن البيانات محفوظة في قاعدة بيانات مركزية.");
        assertThat(y.actors()).noneMatch(a -> a.type() == ActorType.PLACE);
    }

    // 4. places after a place noun

    @Test
    void anAreaIsANamedPlaceButNotBeforeAnAdjective() {
        Extraction x = extract("وقتل ثلاثة مدنيين في منطقة بوراما غربي البلاد.");
        assertThat(actor(x, "بوراما").type()).isEqualTo(ActorType.PLACE);
        Extraction y = extract("وأعلن الجيش السيطرة على منطقة عازلة قرب الحدود.");
        assertThat(y.actors()).noneMatch(a -> a.type() == ActorType.PLACE);
    }

    @Test
    void aCompassWordAfterATownsNameIsNoPartOfIt() {
        Extraction x = extract("واعتقل الناشط في منزله بمدينة كاراتو جنوبي البلاد.");
        assertThat(labels(x)).contains("كاراتو").doesNotContain("كاراتو جنوبي");
    }

    @Test
    void aCapitalNamedAfterThePlaceNounAndItsNisbaIsThePlace() {
        Extraction x = extract("وتوجه الوسطاء إلى العاصمة الغامبية بانجول للقاء الرئيس.");
        assertThat(actor(x, "بانجول").type()).isEqualTo(ActorType.PLACE);
    }
}
