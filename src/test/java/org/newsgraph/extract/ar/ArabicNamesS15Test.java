package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.person;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Where a person's name ends and what may stand inside it (session 15): the clause going on after a foreign name, a
 * clitic reading of a surname, a place in a title's body, a name introduced by يدعى. Short sentences of our own,
 * read with every shipped lexicon.
 */
class ArabicNamesS15Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. the name is cut before the clause, not dropped

    @Test
    void aPossessedNounAfterAForeignNameEndsIt() {
        Extraction x = extract("لقي الرئيس البيروفي السابق ماركو ألفاريز حتفه في حادث سير.");
        assertThat(labels(x)).contains("ماركو ألفاريز").doesNotContain("ماركو ألفاريز حتفه");
        Extraction y = extract("ولقي زعيم المعارضة بيدرو كاستانيو مصرعه في انفجار.");
        person(y, "بيدرو كاستانيو");
    }

    @Test
    void aSurnameInYehStaysInTheName() {
        Extraction x = extract("وقال الناطق باسم الحكومة جان ميشيليه إن الوضع مستقر.");
        person(x, "جان ميشيليه");
        Extraction y = extract("وكان الشاب ريكس ماساي قد قتل برصاص الشرطة.");
        person(y, "ريكس ماساي");
    }

    @Test
    void aSurnameSpelledLikeAParticleEndsTheName() {
        Extraction x = extract("وقال رئيس الوزراء السابق كينجي آبي إن الوضع مستقر.");
        person(x, "كينجي آبي");
    }

    @Test
    void anAdverbWithAPronounAfterItIsWhatTheNamedOneBecame() {
        Extraction x = extract("وقرر الرئيس إقالة قائد الشرطة وتعيين العميد توماس أوكيلو خلفا له.");
        assertThat(labels(x)).contains("توماس أوكيلو").doesNotContain("توماس أوكيلو خلفا له");
        Extraction y = extract("وانتخب البرلمان ماريا سانتوس نائبا له.");
        assertThat(labels(y)).doesNotContain("ماريا سانتوس نائبا له");
    }

    // 2. a word of a foreign name that reads as a clitic and the article, or a clitic and a listed surname

    @Test
    void aForeignNameOpeningWithCalIsNoArticle() {
        Extraction x = extract("وقال وزير الدفاع ماركو كالديرون إن الوضع مستقر.");
        person(x, "ماركو كالديرون");
        Extraction y = extract("وقال وزير الخارجية، روبرت كالينياك، للصحفيين أمام المستشفى.");
        person(y, "روبرت كالينياك");
    }

    @Test
    void aSurnameBetweenCommasIsNoClitic() {
        // بابيش reads as ب + أبيش, a listed person's surname
        Extraction x = extract("وقال رئيس الوزراء البولندي، توماش بابيش، إن بلاده ستطرد الدبلوماسيين.");
        person(x, "توماش بابيش");
        Extraction y = extract("التقى الرئيس الفرنسي إيمانويل ماكرون بنظيره.");
        person(y, "إيمانويل ماكرون");
    }

    // 3. a place in the body of a title, then the holder

    @Test
    void aPlaceAfterTheBodysNounIsNoGivenName() {
        Extraction x = extract("وقال رئيس حكومة كيرالا بينارايي فيجايان إن الوضع مستقر.");
        person(x, "بينارايي فيجايان");
        assertThat(labels(x)).doesNotContain("كيرالا بينارايي فيجايان");
    }

    // 4. a name introduced by يدعى

    @Test
    void aNameAfterANamingVerbIsAPerson() {
        Extraction x = extract("واعتقلت الشرطة شابا يدعى خوان ميندوزا بعد الهجوم.");
        person(x, "خوان ميندوزا");
        Extraction y = extract("وذكرت الصحف أنه يدعى ميلان هورفات، وهو كاتب من بلدة صغيرة.");
        person(y, "ميلان هورفات");
        Extraction z = extract("وأوقفت الشرطة المدعو بيتر هولمان في المطار.");
        person(z, "بيتر هولمان");
    }

    // 5. a name set off before an apposition of prominence

    @Test
    void aNameBeforeAnAppositionOfProminenceIsAPerson() {
        Extraction x = extract("اعتقلت السلطات، صباح أمس، كمال الهاشمي، أبرز وجوه المعارضة.");
        person(x, "كمال الهاشمي");
        Extraction y = extract("وأوقفت الشرطة رئيس بلدية المدينة، بيتر هولمان، أحد أبرز منتقدي الحكومة.");
        person(y, "بيتر هولمان");
        Extraction z = extract("وقال الحزب، أبرز أحزاب المعارضة، إن الانتخابات مزورة.");
        assertThat(labels(z)).noneMatch(l -> l.contains("الحزب"));
    }

    @Test
    void aNameBeforeAKinshipAppositionIsAPerson() {
        Extraction x = extract("وقال ماركو ألفاريز، شقيق الوزير، إن الاعتقال تعسفي.");
        person(x, "ماركو ألفاريز");
        Extraction y = extract("وعين الجيش بيدرو كاستانيو، نجل الرئيس الراحل، رئيسا للبلاد.");
        person(y, "بيدرو كاستانيو");
    }

    @Test
    void claimingIsNoNamingVerb() {
        Extraction x = extract("وكان المتهم يدعي امتلاك وثائق سرية.");
        assertThat(labels(x)).doesNotContain("امتلاك وثائق");
    }
}
