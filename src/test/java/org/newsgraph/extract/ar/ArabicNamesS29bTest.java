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

    @Test
    void aVerbalNounAfterAFamilyNameWithTheArticleIsTheObject() {
        Extraction x = extract("وقدم رئيس البرلمان الكويتي أحمد المطيرف اعتذار بلاده إلى الأردن عن الحادث.");
        hasPerson(x, "أحمد المطيرف");
    }

    // ------------------------------------------------------------- a first person verb form inside a name

    @Test
    void aNameReadingAsWeVisitIsANameAfterAGivenName() {
        Extraction x = extract("وقال المتحدث باسم الجيش الأردني العقيد رامي نزار إن القوات انسحبت من الحدود.");
        hasPerson(x, "رامي نزار");
        assertThat(TestLexicons.coded(x, "010")).anySatisfy(e -> assertThat(e.sourceKey()).endsWith("rami-nazar"));
    }

    // ------------------------------------------------------------- an honorific and a given name call one named before

    @Test
    void anHonorificAndAGivenNameCallThePersonNamedBefore() {
        Extraction x = extract("استقبل الشيخ منصور الهاملي وفدا من الكويت. وقال الشيخ منصور إن الوساطة نجحت.");
        assertThat(TestLexicons.coded(x, "010")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/mansur-al-hamli"));
        assertThat(x.actors()).extracting(Actor::labelAr).doesNotContain("الشيخ منصور");
    }

    @Test
    void aBodysHeadWithItsPronounOpensAName() {
        Extraction x = extract("أصدرت جبهة البوليساريو بيانا حول المفاوضات. وقال رئيسها سالم ولد أحمد إن الجبهة ستشارك فيها.");
        assertThat(TestLexicons.coded(x, "010")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/salem-ould-ahmed"));
        assertThat(x.roles()).anySatisfy(r -> {
            assertThat(r.personKey()).isEqualTo("name/salem-ould-ahmed");
            assertThat(r.organizationKey()).isEqualTo("org/polisario-front");
        });
    }

    // ------------------------------------------------------------- bodies and grounds

    @Test
    void aConstituentAssemblyIsTheCountrysBody() {
        Extraction x = extract("وعلق نواب المعارضة في نيبال عضويتهم في الجمعية التأسيسية احتجاجا على القرار.");
        assertThat(x.actors()).extracting(Actor::key).contains("org/NP/constituent-assembly");
    }

    @Test
    void aPopularFrontAloneIsNoPalestinianGroup() {
        Extraction x = extract("ودعت الجبهة الشعبية في لاتفيا إلى الإضراب العام.");
        assertThat(x.actors()).extracting(Actor::key).doesNotContain("org/pflp");
    }

    @Test
    void aSquareNamedByACommonWordIsAPlace() {
        Extraction x = extract("واعتصم الطلاب في ساحة الحرية وسط تبليسي.");
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActorType.PLACE);
            assertThat(a.labelEn()).isEqualTo("Freedom Square");
        });
    }

    @Test
    void theBattlefieldIsNoSquare() {
        Extraction x = extract("وانسحب الجنود من ساحة المعركة بعد ساعات.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.type()).isEqualTo(ActorType.PLACE));
    }
}
