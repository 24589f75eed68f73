package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Names read too long or not at all (session 29, second round): a preposition with a pronoun after a name is the
 * clause going on; a Maghrebi double given name (محمد + a given name with the article) goes on to the family name;
 * a given or family name that reads as a trigger verb in the first person plural (نزار: "we visit") is a name word
 * after another name word. Short sentences of our own, on other countries and people.
 */
class ArabicNamesS29bTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static void hasPerson(Extraction x, String labelAr) {
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.labelAr()).isEqualTo(labelAr);
            assertThat(a.type()).isEqualTo(ActorType.PERSON);
        });
    }

    // ------------------------------------------------------------- a preposition with a pronoun ends a name

    @Test
    void aPrepositionWithAPronounAfterANameIsNoWordOfIt() {
        Extraction x = extract("ونظمت ملاوي انتخابات رئاسية فاز المرشح لازاروس تشاكويرا فيها بأغلبية الأصوات.");
        hasPerson(x, "لازاروس تشاكويرا");
        assertThat(x.actors()).extracting(Actor::labelAr).noneMatch(l -> l != null && l.contains("فيها"));
    }

    @Test
    void withHimAfterANameEndsIt() {
        Extraction x = extract("واتصل الرئيس الكيني بالمعارض رايلا أوتينو وتحدث الوزير موسى كوريانو معه هاتفيا.");
        hasPerson(x, "موسى كوريانو");
        assertThat(x.actors()).extracting(Actor::labelAr).noneMatch(l -> l != null && l.contains("معه"));
    }

    // ------------------------------------------------------------- a double given name with the article

    @Test
    void aMaghrebiDoubleGivenNameGoesOnToTheFamilyName() {
        Extraction x = extract("وقال رئيس الحزب محمد الطاهر البرناوي إن الانتخابات ستجري في موعدها.");
        hasPerson(x, "محمد الطاهر البرناوي");
    }

    // ------------------------------------------------------------- a first person verb form inside a name

    @Test
    void aNameReadingAsWeVisitIsANameAfterAGivenName() {
        Extraction x = extract("وقال المتحدث باسم الجيش الأردني العقيد رامي نزار إن القوات انسحبت من الحدود.");
        hasPerson(x, "رامي نزار");
        assertThat(TestLexicons.coded(x, "010")).anySatisfy(e -> assertThat(e.sourceKey()).endsWith("rami-nazar"));
    }
}
