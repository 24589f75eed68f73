package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;
import static org.newsgraph.extract.ar.TestLexicons.labels;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Names with a lineage and names written in parts (session 31, second round): after ولد or بن and the father's
 * name, a family or tribe name with the article closes the name where the name visibly ends (the Mauritanian and
 * Gulf forms run past the usual limit of words), or where the article wrote that whole name before; ولد is spelt
 * Ould, as the press writes it; the second half of a Central Asian given name written apart (بك) stays in the name;
 * listed presidents are found under the spellings the press uses; oil and gas companies are listed (BP apart from the
 * BBC, whose Arabic name opens with BP's), and so are the outlets armed groups send their claims to, read whole.
 * Sentences and people of our own.
 */
class ArabicNames2S31Test {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 10);

    @Test
    void aTribeNameWithTheArticleClosesAMauritanianNameBeforeAComma() {
        Extraction x = TestLexicons.extractShipped("وأعلن وزير الداخلية عبد الله ولد أحمد الشامخ، أن الهدوء عاد إلى "
                + "العاصمة.", DAY);
        assertThat(labels(x)).contains("عبد الله ولد أحمد الشامخ").doesNotContain("عبد الله ولد أحمد");
        assertThat(coded(x, "010")).anySatisfy(e -> assertThat(TestLexicons.label(x, e.sourceKey()))
                .isEqualTo("عبد الله ولد أحمد الشامخ"));
    }

    @Test
    void ouldIsSpeltAsThePressWritesIt() {
        Extraction x = TestLexicons.extractShipped("وقال النائب سالم ولد بوبكر إن البرلمان سيجتمع غدا.", DAY);
        assertThat(TestLexicons.person(x, "سالم ولد بوبكر").labelEn()).contains(" Ould ").doesNotContain("Walad");
    }

    @Test
    void aGulfFamilyNameAfterTheFathersNameClosesTheName() {
        Extraction x = TestLexicons.extractShipped("وقال وزير المالية ناصر بن حمد الكعبان إن الميزانية جاهزة.", DAY);
        assertThat(labels(x)).contains("ناصر بن حمد الكعبان").doesNotContain("ناصر بن حمد");
    }

    @Test
    void theSameLineageNameBeforeTheVerbsObjectIsTheManNamedBefore() {
        Extraction x = TestLexicons.extractShipped("وقال وزير المالية ناصر بن حمد الكعبان إن الميزانية جاهزة. "
                + "وانتقد النائب ناصر بن حمد الكعبان القرار، مؤكدا أنه خاطئ.", DAY);
        assertThat(labels(x)).doesNotContain("ناصر بن حمد");
        assertThat(coded(x, "111")).singleElement().satisfies(e -> {
            assertThat(TestLexicons.label(x, e.sourceKey())).isEqualTo("ناصر بن حمد الكعبان");
            assertThat(e.targetKey()).isNotEqualTo(e.sourceKey());
        });
    }

    @Test
    void aDefiniteNounAfterALineageNameIsStillTheVerbsObject() {
        Extraction x = TestLexicons.extractShipped("وانتقد النائب ناصر بن حمد الإجراء، مؤكدا أنه خاطئ.", DAY);
        assertThat(labels(x)).contains("ناصر بن حمد").doesNotContain("ناصر بن حمد الإجراء");
    }

    @Test
    void aCentralAsianGivenNameWrittenInTwoPartsStaysWhole() {
        Extraction x = TestLexicons.extractShipped("وقال زعيم الحزب نورلان بك ساديروف إن الحكومة فشلت.", DAY);
        assertThat(labels(x)).contains("نورلان بك ساديروف").doesNotContain("بك ساديروف");
    }

    @Test
    void aListedPresidentIsFoundUnderThePressSpellingOfHisGivenName() {
        Extraction x = TestLexicons.extractShipped("وقال الرئيس القرغيزي كرمان بك باكييف إن الانتخابات ستجرى في "
                + "موعدها.", DAY);
        assertThat(coded(x, "010")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/kurmanbek-bakiyev"));
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("place/kerman"));
    }

    @Test
    void oilCompaniesAreOrganisationsAndTheBbcStaysTheBbc() {
        Extraction x = TestLexicons.extractShipped("وهاجم مسلحون حقلا نفطيا تديره سوناطراك مع \"بي بي\" و\"ستات أويل\"، "
                + "بحسب ما نقلته بي بي سي عن مسؤولين.", DAY);
        assertThat(x.actors()).extracting(a -> a.key())
                .contains("org/sonatrach", "org/bp", "org/statoil", "org/bbc");
    }

    @Test
    void anOutletAGroupSendsItsClaimToIsReadWhole() {
        Extraction x = TestLexicons.extractShipped("وتبنت جماعة مسلحة الهجوم على الثكنة في بيان نشرته وكالة \"نواكشوط "
                + "للأنباء\" الخاصة، فيما نشر موقع «تشيتشن برس» بيانا آخر.", DAY);
        assertThat(x.actors()).extracting(a -> a.key()).contains("org/ani-mauritania", "org/chechenpress");
        assertThat(labels(x)).doesNotContain("نواكشوط");
    }
}
