package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.PartialDate;

/**
 * Session 6, institutions, dates and quantities on unseen articles: a day word with its weekday, counts after a
 * number whose noun no lexicon lists and the total they are out of, spans of time, bodies named by what they are for
 * and paramilitary forces named by a word no lexicon knows.
 */
class ArabicUnitsS6Test {

    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, THURSDAY);
    }

    @Test
    void aDayWordWithItsWeekdayIsThatDay() {
        Event e = event(extract("واعتقلت الشرطة التركية المعارض سليم أحمد أمس الأربعاء."), "arrest");
        assertThat(e.date()).isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 13)));
        Event evening = event(extract("واعتقلت الشرطة التركية المعارض سليم أحمد مساء أول أمس الثلاثاء."), "arrest");
        assertThat(evening.date()).isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 12)));
    }

    @Test
    void tomorrowWithItsWeekdayLooksForwardNotBack() {
        Event e = event(extract("وستعتقل الشرطة التركية المعارض سليم أحمد غدا الجمعة."), "arrest");
        assertThat(e.date()).isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 15)));
    }

    @Test
    void theNightOfAWeekdayIsThatWeekdayNotTonight() {
        Event e = event(extract("واعتقلت الشرطة التركية المعارض سليم أحمد ليلة الاثنين."), "arrest");
        assertThat(e.date()).isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 11)));
    }

    @Test
    void outOfATotalIsTheWholeNotACountOfTheEvent() {
        Event e = event(extract("وقالت الشرطة الإيرانية إنها اعتقلت 120 متظاهرا من أصل 300."), "arrest");
        assertThat(e.quantities()).extracting(q -> q.value()).containsExactly(120L);
    }

    @Test
    void aWrittenNumberBeforeAPluralOfTimeIsHowLongAndATimeFrameIsNot() {
        Event e = event(extract("وأمرت محكمة تركية بحبس المعارض سليم أحمد خمسة أسابيع."), "arrest");
        assertThat(e.quantities()).extracting(q -> q.value() + " " + q.counts()).contains("5 weeks");
        Event within = event(extract("واعتقلت الشرطة التركية 12 شرطيا خلال 24 ساعة."), "arrest");
        assertThat(within.quantities()).extracting(q -> q.value()).containsExactly(12L);
    }

    @Test
    void aBodyNamedByWhatItIsForIsThatCountrysOrganisation() {
        Extraction x = extract("وأمرت محكمة لمكافحة الإرهاب في أنقرة بحبس المعارض سليم أحمد. وقال المكتب الوطني للمحاسبة في تركيا إن الاقتراع نزيه.");
        Actor court = actor(x, "محكمة لمكافحة الإرهاب");
        assertThat(court.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(court.key()).startsWith("org/TR/");
        assertThat(event(x, "order").sourceKey()).isEqualTo(court.key());
        assertThat(actor(x, "المكتب الوطني للمحاسبة").key()).startsWith("org/TR/");
    }

    @Test
    void aParamilitaryForceNamedByAnUnknownWordIsTheSubjectOfItsArrest() {
        Extraction x = extract("وقالت إيران إن الوضع هادئ. وكانت قوات الباسيج شبه العسكرية قد اعتقلت الناشط سليم أحمد.");
        Actor force = actor(x, "قوات الباسيج شبه العسكرية");
        assertThat(force.key()).startsWith("org/IR/");
        assertThat(event(x, "arrest").sourceKey()).isEqualTo(force.key());
    }

    @Test
    void aBodyNounBeforeAnOrdinaryPhraseIsNoBody() {
        Extraction x = extract("وزار وفد من تركيا مكتب الرئيس لبحث الأزمة.");
        assertThat(x.actors()).noneMatch(a -> a.labelAr().startsWith("مكتب") && a.transliterated());
        Extraction joint = extract("وقالت تركيا وإيران إنهما ستشكلان لجنة مشتركة لمراقبة الحدود.");
        assertThat(joint.actors()).noneMatch(a -> a.labelAr().contains("لجنة"));
        Extraction y = extract("وشاركت قوات تركية في المناورات.");
        assertThat(y.actors()).noneMatch(a -> a.labelAr().startsWith("قوات") && a.key().startsWith("org/"));
    }
}
