package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Names cut, glued or lost (session 30): a given name and a surname with the article before و (the clause going on,
 * or the next of two) is a name, as before a comma; a compound given name (عبد الله، عبد الحليم) counts as one word
 * of the name; a part of a month after a name, or ل "so as to" before a verb with its object pronoun, is no word of
 * it; squares and roundabouts the press names by a common word are places. Short sentences of our own, on other
 * countries and people.
 */
class ArabicNamesS30Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static void assertPerson(Extraction x, String labelAr) {
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.PERSON).extracting(Actor::labelAr).contains(labelAr);
    }

    // ------------------------------------------------------------- و after a surname with the article

    @Test
    void aSurnameWithTheArticleBeforeAVerbWithWawEndsTheName() {
        Extraction x = extract("قال وزير الداخلية الأردني كمال الخطيب وأضاف أن الوضع هادئ في عمان.");
        assertPerson(x, "كمال الخطيب");
    }

    @Test
    void aSurnameWithTheArticleBeforeTheNextTitledPersonEndsTheName() {
        Extraction x = extract("واستقبل الملك رئيس مجلس الأعيان فيصل المبارك ورئيس مجلس النواب سمير القضاة في القصر.");
        assertPerson(x, "فيصل المبارك");
        assertPerson(x, "سمير القضاة");
    }

    @Test
    void aSurnameBeforeWawAndAQuotationEndsTheName() {
        Extraction x = extract("أعلن الجيش الموريتاني عزل الرئيس سيدي الشريف و«احتجازه» في مكان آمن.");
        assertPerson(x, "سيدي الشريف");
    }

    @Test
    void aCompoundGivenNameCountsAsOneWordBeforeTheSurname() {
        Extraction x = extract("وقال رئيس البرلمان الليبي عبد الحليم الزروق، في بيان، إن الجلسة أجلت.");
        assertPerson(x, "عبد الحليم الزروق");
    }

    // ------------------------------------------------------------- what is glued to a name

    @Test
    void aPartOfTheMonthAfterANameIsNoWordOfIt() {
        Extraction x = extract("وقدم السفير الكيني لدى الأمم المتحدة مارتن أوتينو مذكرة مطلع الشهر الماضي.");
        assertPerson(x, "مارتن أوتينو");
        assertThat(x.actors()).extracting(Actor::labelAr).noneMatch(l -> l.contains("مطلع"));
    }

    @Test
    void purposeVerbWithItsObjectAfterANameIsNoWordOfIt() {
        Extraction x = extract("واستدعت الخارجية الكينية سفير أوغندا جون أوكيلو لتبلغه احتجاجها.");
        assertPerson(x, "جون أوكيلو");
        assertThat(x.actors()).extracting(Actor::labelAr).noneMatch(l -> l.contains("لتبلغه"));
    }

    @Test
    void purposeVerbTheLexiconReadsAsATriggerIsNoWordOfTheName() {
        Extraction x = extract("وحاول الاتصال بالرئيس البيلاروسي أندريه كوزلوف ليطالبه بالإفراج عن المعتقلين.");
        assertPerson(x, "أندريه كوزلوف");
    }

    @Test
    void whereSomeoneIsAfterANameIsNoWordOfIt() {
        Extraction x = extract("وقال الرئيس إن قائد الجيش البوسني ميلان ستانيتش موجود قرب الحدود.");
        assertPerson(x, "ميلان ستانيتش");
    }

    @Test
    void aKinPronounBeforeTheFullNameOfASurnameNamedEarlierIsRead() {
        // the son's full name, in which the father's surname stands, comes after the pronoun: reading used to stop
        // on a surname with no unit yet
        Extraction x = extract("وأعلن الجيش أن الرئيس كامارا قيد الإقامة الجبرية، وأن نجله نور الدين كامارا فالنتان اعتقل.");
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.PERSON).extracting(Actor::labelAr)
                .anyMatch(l -> l.endsWith("كامارا فالنتان"));
    }

    @Test
    void aDualNounWithTheOwnersPronounAfterANameIsNoWordOfIt() {
        Extraction x = extract("وأعلن وزير المالية الكولومبي ماوريسيو كارديناس ووزير العدل سيزار أرويو استقالتيهما أمس.");
        assertPerson(x, "سيزار أرويو");
        assertThat(x.actors()).extracting(Actor::labelAr).noneMatch(l -> l.contains("استقالتيهما"));
    }

    // ------------------------------------------------------------- given names the lexicon reads as something else

    @Test
    void aGivenNameReadAsAFutureVerbOpensTheNameAfterATitle() {
        Extraction x = extract("وقال وزير الداخلية البيروفي سيزار أرويو إن الشرطة ستتولى حماية المباني.");
        assertPerson(x, "سيزار أرويو");
    }

    @Test
    void aGivenNameReadAsAFutureVerbOpensANameSetOffByCommas() {
        Extraction x = extract("وقال قائد الشرطة في الإقليم، سيزار أرويو، إن الوضع تحت السيطرة.");
        assertPerson(x, "سيزار أرويو");
    }

    @Test
    void aGivenNameReadAsAKinNounOpensTheNameBeforeAForeignSurname() {
        Extraction x = extract("وقالت وزيرة الصحة الجزائرية كريمة بوطالب إن المستشفيات جاهزة.");
        assertPerson(x, "كريمة بوطالب");
    }

    // ------------------------------------------------------------- squares named by a common word

    @Test
    void aSquareNamedByAnActsNounIsAPlace() {
        Extraction x = extract("وتجمع مئات الطلاب في ساحة التحرير وسط بغداد رافعين الأعلام.");
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActorType.PLACE);
            assertThat(a.labelEn()).isEqualTo("Tahrir Square (Baghdad)");
        });
    }

    @Test
    void aSurnameOpeningWithLamAndAVowelStaysInTheName() {
        Extraction x = extract("وقال وزير الزراعة البولندي ماريك ليبيديف إن المزارعين سيحصلون على تعويضات.");
        assertPerson(x, "ماريك ليبيديف");
    }
}
