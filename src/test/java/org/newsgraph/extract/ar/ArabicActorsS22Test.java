package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.hasPerson;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * People the extractor did not find (session 22): a European name with a particle inside it (فان دير، فان در), and a
 * name set off by commas after a title whose field the lexicons do not read whole (a field that reads as a verbal
 * noun, a body named in quotation marks, the field with a pronoun); an adjective after a town noun names no town;
 * international bodies the gazetteer lacked. Short sentences of our own, on other people and places.
 */
class ArabicActorsS22Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- particles inside European names

    @Test
    void aNameWithVanDerIsOnePerson() {
        Extraction x = extract("وأعرب وزير الخارجية كارل فان در مولن عن أسفه لما جرى في هايتي.");
        assertThat(hasPerson(x, "كارل فان در مولن")).as("%s", x.actors()).isTrue();
        Extraction y = extract("وقال رئيس الوزراء هانس فان دير برغ إن حكومته لن تستقيل.");
        assertThat(hasPerson(y, "هانس فان دير برغ")).as("%s", y.actors()).isTrue();
    }

    @Test
    void theParticleGivesTheEnglishSpelling() {
        Extraction x = extract("وقال رئيس الوزراء هانس فان دير برغ إن حكومته لن تستقيل.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.labelEn()).contains("Van Der"));
    }

    @Test
    void fanWithoutHamzaBeforeTheClauseIsNoParticle() {
        // فان written for فإن before a definite noun: the clause goes on, the name ends before it
        Extraction x = extract("وقال رئيس الوزراء بيتر يانسن فان الحكومة لن تستقيل.");
        assertThat(hasPerson(x, "بيتر يانسن")).as("%s", x.actors()).isTrue();
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).contains("فان"));
    }

    // ------------------------------------------------------------- a name set off by commas after the title's field

    @Test
    void aFieldReadAsAVerbalNounBeforeTheApposedName() {
        Extraction x = extract("وقال مفوض السلم في المجموعة الإقليمية، يوهانس مولر، إن المحادثات ستستأنف.");
        assertThat(hasPerson(x, "يوهانس مولر")).as("%s", x.actors()).isTrue();
    }

    @Test
    void aBodyNamedInQuotationMarksBeforeTheApposedName() {
        Extraction x = extract("وقال رئيس مفوضية \"سادك\"، يوهانس مولر، للصحفيين إن القمة ستعقد في موعدها.");
        assertThat(hasPerson(x, "يوهانس مولر")).as("%s", x.actors()).isTrue();
    }

    @Test
    void aFieldWithAPronounBeforeTheApposedName() {
        Extraction x = extract("وخرج مدير مكتبها، توماس برغر، إلى الصحفيين أمام المستشفى.");
        assertThat(hasPerson(x, "توماس برغر")).as("%s", x.actors()).isTrue();
    }

    @Test
    void noNameAfterTheCommaNoPerson() {
        Extraction x = extract("وقال رئيس الحزب في مقابلة مع صحيفة محلية، إن الحكومة فاشلة.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.type()).isEqualTo(ActorType.PERSON));
    }

    // ------------------------------------------------------------- places

    @Test
    void anAdjectiveAfterATownNounNamesNoTown() {
        Extraction x = extract("وقعت اشتباكات في بلدة صغيرة قرب الحدود.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.type()).isEqualTo(ActorType.PLACE));
    }

    // ------------------------------------------------------------- international bodies by name

    @Test
    void internationalBodiesTheGazetteerNowKnows() {
        Extraction x = extract("ودان الأمين العام لمنظمة الكومنولث استيلاء الجيش على السلطة في جزر فيجي.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("org/commonwealth"));
        Extraction y = extract("وأعلنت منظمة الوحدة الأفريقية تعليق عضوية البلاد.");
        assertThat(y.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("org/oau"));
    }
}
