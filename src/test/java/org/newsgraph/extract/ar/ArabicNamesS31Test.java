package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;
import static org.newsgraph.extract.ar.TestLexicons.labels;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Names no lexicon lists, read whole (session 31): a compound given name before two more names, a grandfather's name
 * with the article closing a name of three words, and a verb after a title that is no one-word name; a bare title
 * before a listed person is his office where the lexicon says he held it then. Sentences and people of our own.
 */
class ArabicNamesS31Test {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 10);

    @Test
    void aCompoundGivenNameIsNoFieldOfTheTitleBeforeIt() {
        Extraction x = TestLexicons.extractShipped("وقال الوزير سيف الدين أحمد كوليبالي إن الحكومة ستجتمع غدا.", DAY);
        assertThat(labels(x)).contains("سيف الدين أحمد كوليبالي").doesNotContain("أحمد كوليبالي");
        assertThat(coded(x, "010")).singleElement().satisfies(e -> assertThat(TestLexicons.label(x, e.sourceKey()))
                .isEqualTo("سيف الدين أحمد كوليبالي"));
    }

    @Test
    void aCompoundGivenNameAfterAKinNounKeepsItsFirstHalf() {
        Extraction x = TestLexicons.extractShipped("وأعلن الجيش أن الرئيس أحمد سالم قيد الإقامة الجبرية، وأن نجله "
                + "نور الدين سالم فيرو اعتقل مع عدد من المسؤولين.", DAY);
        assertThat(labels(x)).contains("نور الدين سالم فيرو").doesNotContain("سالم فيرو");
        assertThat(coded(x, "173")).anySatisfy(e -> assertThat(TestLexicons.label(x, e.targetKey()))
                .isEqualTo("نور الدين سالم فيرو"));
    }

    @Test
    void aGivenNameWithTheArticleClosesAThreeWordNameBeforeAComma() {
        Extraction x = TestLexicons.extractShipped("واعتقلت السلطات قائد الشرطة اللواء حامد يوسف الحسن، وعددا من "
                + "الوزراء.", DAY);
        assertThat(labels(x)).contains("حامد يوسف الحسن").doesNotContain("حامد يوسف");
    }

    @Test
    void aDefiniteNounAfterAThreeWordNameIsStillTheVerbsObject() {
        Extraction x = TestLexicons.extractShipped("وانتقد الوزير حامد يوسف كوليبالي القرار، مؤكدا أنه غير قانوني.", DAY);
        assertThat(labels(x)).contains("حامد يوسف كوليبالي").doesNotContain("حامد يوسف كوليبالي القرار");
    }

    @Test
    void aVerbAfterARankIsNoOneWordName() {
        Extraction x = TestLexicons.extractShipped("وقال مقاتلون إن العقيد لجأ بعد القصف إلى مبنى مهجور.", DAY);
        assertThat(labels(x)).doesNotContain("لجأ");
    }

    @Test
    void aGivenNameThatIsAlsoAVerbStillNamesOneAfterATitle() {
        Extraction x = TestLexicons.extractShipped("وقال الأمير فهد إن المملكة تدعم الحوار.", DAY);
        assertThat(labels(x)).contains("فهد");
    }

    @Test
    void aBareTitleBeforeAListedForeignLeaderIsHisOfficeNotTheArticleCountrys() {
        Extraction x = TestLexicons.extractShipped("اجتاحت القوات السوفيتية تشيكوسلوفاكيا أمس واعتقلت قادة الحزب في براغ، "
                + "وندد ليندون جونسون بالغزو. وأبلغ السفير السوفيتي الرئيس جونسون بدخول القوات، فيما قالت الولايات "
                + "المتحدة إنها تتابع الوضع.", LocalDate.of(1968, 8, 22));
        assertThat(x.roles()).filteredOn(r -> r.personKey().equals("person/lyndon-b-johnson"))
                .extracting(r -> r.organizationKey()).containsExactly("country/US");
    }

    @Test
    void aLoneSurnameAfterATitleIsTheListedHolderOfThatOfficeInTheArticlesYear() {
        Extraction early = TestLexicons.extractShipped("وقال الرئيس الأمريكي بوش إن بلاده تتابع الوضع في الخليج. "
                + "وأضاف بوش أن القوات ستبقى.", LocalDate.of(1991, 2, 10));
        Extraction late = TestLexicons.extractShipped("وقال الرئيس الأمريكي بوش إن بلاده تتابع الوضع في الخليج. "
                + "وأضاف بوش أن القوات ستبقى.", LocalDate.of(2005, 2, 10));
        assertThat(coded(early, "010")).extracting(e -> e.sourceKey()).contains("person/george-h-w-bush")
                .doesNotContain("person/george-w-bush", "name/bush");
        assertThat(coded(late, "010")).extracting(e -> e.sourceKey()).contains("person/george-w-bush")
                .doesNotContain("person/george-h-w-bush", "name/bush");
    }

    @Test
    void aLoneSurnameTheLexiconGivesSomeoneNotYetInOfficeIsTheOneInOfficeThen() {
        Extraction x = TestLexicons.extractShipped("اجتاحت القوات السوفيتية تشيكوسلوفاكيا أمس. وأبلغ السفير السوفيتي "
                + "الرئيس جونسون بدخول القوات، فيما قالت الولايات المتحدة إنها تتابع الوضع.", LocalDate.of(1968, 8, 22));
        assertThat(x.actors()).extracting(a -> a.key()).contains("person/lyndon-b-johnson")
                .doesNotContain("person/boris-johnson");
    }

    @Test
    void aOneWordNameAfterATitleNoListedHolderFitsStaysUnlisted() {
        Extraction x = TestLexicons.extractShipped("وقال الرئيس الأمريكي كوليبالي إن بلاده تتابع الوضع.",
                LocalDate.of(1998, 2, 10));
        assertThat(x.actors()).filteredOn(a -> "كوليبالي".equals(a.labelAr())).extracting(a -> a.key())
                .allMatch(k -> k.startsWith("name/"));
    }

    @Test
    void aMeasureBeforeANumberIsNoOneWordNameAfterATitle() {
        Extraction x = TestLexicons.extractShipped("وأعلنت لجنة الانتخابات فوز الرئيس بنسبة 61 في المئة من الأصوات، "
                + "وقال رئيس الوزراء كوليبالي إن النتيجة نهائية.", DAY);
        assertThat(labels(x)).doesNotContain("بنسبة").contains("كوليبالي");
    }

    @Test
    void aGivenNameWithAHamzaOnItsAlefTakesItsEnglishSpelling() {
        Extraction x = TestLexicons.extractShipped("وقال رئيس الجمهورية ألكسندر فان كوليبالي إن الحكومة ستستقيل.", DAY);
        assertThat(x.actors()).filteredOn(a -> "ألكسندر فان كوليبالي".equals(a.labelAr()))
                .extracting(a -> a.labelEn()).singleElement().asString().startsWith("Alexander ");
    }

    @Test
    void aBareChancellorIsTheOfficeOnlyInAStateThatHasIt() {
        Extraction vienna = TestLexicons.extractShipped("شهدت النمسا أزمة سياسية أمس. وقال المستشار يوهان كوليبالي إن "
                + "الحكومة النمساوية ستجتمع.", DAY);
        Extraction cairo = TestLexicons.extractShipped("شهدت مصر أزمة سياسية أمس. وقال المستشار يوهان كوليبالي إن "
                + "الحكومة المصرية ستجتمع.", DAY);
        assertThat(TestLexicons.rolesOf(vienna, "يوهان كوليبالي")).extracting(r -> r.office() + " of " + r.organizationKey())
                .containsExactly("chancellor of country/AT");
        assertThat(TestLexicons.rolesOf(cairo, "يوهان كوليبالي")).isEmpty();
    }
}
