package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.person;
import static org.newsgraph.extract.ar.TestLexicons.rolesOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Which tokens form a name no lexicon lists, weighed with a dictionary of Arabic (session 13): an ordinary word
 * (an accusative adverb, a noun behind a clitic preposition) is no part of a transliterated name, and a name stands
 * where the words around it say a person is named. Short sentences of our own, read with every shipped lexicon.
 */
class ArabicNameVocabularyS13Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2020, 3, 10));
    }

    // 1. the dictionary

    @Test
    void theDictionaryTellsOrdinaryWordsFromTransliteratedNames() {
        assertThat(ArabicVocabulary.kind("حديثا")).isEqualTo(ArabicVocabulary.Kind.ADVERB);
        assertThat(ArabicVocabulary.kind("مؤخرا")).isEqualTo(ArabicVocabulary.Kind.ADVERB);
        assertThat(ArabicVocabulary.kind("بسبب")).isEqualTo(ArabicVocabulary.Kind.CLITIC_WORD);
        assertThat(ArabicVocabulary.kind("بغاز")).isEqualTo(ArabicVocabulary.Kind.CLITIC_WORD);
        assertThat(ArabicVocabulary.kind("تسميم")).isEqualTo(ArabicVocabulary.Kind.WORD);
        assertThat(ArabicVocabulary.kind("سكريبال")).isEqualTo(ArabicVocabulary.Kind.UNKNOWN);
        assertThat(ArabicVocabulary.kind("تورتشينوف")).isEqualTo(ArabicVocabulary.Kind.UNKNOWN);
        // a vowel letter after ب is a foreign syllable, no preposition; a nisba with its alef is a given name
        assertThat(ArabicVocabulary.kind("باولو")).isEqualTo(ArabicVocabulary.Kind.UNKNOWN);
        assertThat(ArabicVocabulary.kind("ماريا")).isNotEqualTo(ArabicVocabulary.Kind.ADVERB);
    }

    // 2. an ordinary word ends a transliterated name

    @Test
    void anAccusativeAdverbOpensNoName() {
        // after a participle, an adverb opens no name: the name is the words after it
        Extraction x = extract("وانتخب البرلمان رئيسه المنتخب حديثا يوري ماتفيينكو بالإجماع.");
        assertThat(labels(x)).noneMatch(l -> l.contains("حديثا"));
        Extraction y = extract("وخرج الآلاف إلى شوارع العاصمة احتفالا بالنصر.");
        assertThat(labels(y)).noneMatch(l -> l.contains("احتفالا"));
        // later in a name a form ending in ا is a foreign surname as often
        Extraction z = extract("وقال الزعيم السابق كارلوس ميسا إن حزبه فاز.");
        person(z, "كارلوس ميسا");
    }

    @Test
    void aNounBehindACliticPrepositionIsNoWordOfAName() {
        Extraction x = extract("وأصيبت الناشطة آنا كوفالسكا بغاز سام في المدينة.");
        person(x, "آنا كوفالسكا");
        assertThat(labels(x)).doesNotContain("آنا كوفالسكا بغاز");
    }

    @Test
    void anIndefiniteAccusativeDescriptorNamesNoOne() {
        // دبلوماسيا: the alef of the accusative is no pronoun making the noun definite
        Extraction x = extract("وطردت الحكومة 12 دبلوماسيا بولنديا بسبب تسميم كوفالسكي.");
        assertThat(labels(x)).noneMatch(l -> l.contains("بسبب"));
    }

    // 3. where the words around say a person is named

    @Test
    void aTransliteratedNameRightBeforeATitleHoldsIt() {
        Extraction x = extract("وقال ماتيو سالفيني زعيم حزب الرابطة إن الحكومة فشلت.");
        assertThat(rolesOf(x, "ماتيو سالفيني")).isNotEmpty();
        Extraction y = extract("واجتمع الرئيس مع قادة المعارضة: ميخائيل ساكاشفيلي زعيم حزب الحركة الوطنية، وغريغول فاشادزه "
                + "زعيم حزب الحلم الجورجي.");
        person(y, "ميخائيل ساكاشفيلي");
        person(y, "غريغول فاشادزه");
        // Arabic words before a title are the clause, no name (أعلن الحزب اليوم زعيم حزب كذا ...)
        Extraction z = extract("وانتقد المتظاهرون بشدة زعيم حزب الرابطة.");
        assertThat(labels(z)).noneMatch(l -> l.contains("بشدة"));
    }

    @Test
    void anAgentOrARepresentativeBeforeANameIsAPerson() {
        Extraction x = extract("وقال العميل الفرنسي السابق جان لوك بريفو إن الوضع خطير.");
        person(x, "جان لوك بريفو");
        Extraction y = extract("وقالت المندوبة البريطانية لدى الأمم المتحدة كارين بيرس إن المجلس سيجتمع.");
        person(y, "كارين بيرس");
    }

    @Test
    void aListOfCountriesAndNamesNamesEachPerson() {
        Extraction x = extract("وحضر الاجتماع وزراء خارجية ألمانيا فرانك فالتر شتاينماير وإيطاليا باولو جنتيلوني "
                + "والنمسا سيباستيان كورتس.");
        person(x, "باولو جنتيلوني");
        person(x, "سيباستيان كورتس");
    }

    @Test
    void aTemporalAdverbAfterATitleOpensNoName() {
        // آنذاك، حينها: particles the dictionary has no entry for, listed as name stops
        Extraction x = extract("وأطاح الجيش بالرئيس آنذاك ماركو فيلانويفا في انقلاب.");
        person(x, "ماركو فيلانويفا");
        Extraction y = extract("وقال وزير الدفاع حينها بيدرو ألفاريس إن الجيش مستعد.");
        person(y, "بيدرو ألفاريس");
    }
}
