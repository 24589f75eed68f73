package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.person;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Persons new articles name without a title the lexicon has before them (session 15, round 2): a name with the
 * person's age in brackets after it, a name set off before an indefinite title or person noun in construct. Short
 * sentences of our own, read with every shipped lexicon.
 */
class ArabicPersonsS15Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. an age in brackets after a name

    @Test
    void aNameBeforeAnAgeInBracketsIsAPerson() {
        Extraction x = extract("وأعلنت المحكمة إدانة بيتر كوامي (52 عاما) بتهمة الاحتيال.");
        person(x, "بيتر كوامي");
        Extraction y = extract("وأعلنت الشرطة مقتل أحمد سالم (35 عاما) في الهجوم.");
        person(y, "أحمد سالم");
        Extraction z = extract("وأعلنت اللجنة فوز ماركوس ليندغرين (61 سنة) بالمقعد.");
        person(z, "ماركوس ليندغرين");
    }

    @Test
    void aDurationInBracketsAfterOrdinaryWordsNamesNoOne() {
        Extraction x = extract("وأعلنت الشرطة أن الحريق استمر (3 سنوات) في المنطقة.");
        assertThat(labels(x)).containsExactly("الشرطة");
        Extraction y = extract("وقضى في السجن (20 عاما) قبل الإفراج عنه.");
        assertThat(labels(x)).noneMatch(l -> l.contains("السجن"));
        assertThat(labels(y)).isEmpty();
    }

    // 2. an indefinite title or person noun in construct after the name and a comma

    @Test
    void aNameBeforeAnAdviserOfAnOfficeIsAPerson() {
        Extraction x = extract("وقال كريم عادل، مستشار رئيس الوزراء العراقي، إن الاتفاق قريب.");
        person(x, "كريم عادل");
        Extraction y = extract("وقال بيتر كوامي، مستشار رئيس الوزراء الألماني، إن الاتفاق قريب.");
        person(y, "بيتر كوامي");
    }

    @Test
    void aNameBeforeACandidateOfABodyIsAPerson() {
        Extraction x = extract("وقال رضا منصور، مرشح الحزب الاشتراكي، إن الانتخابات مزورة.");
        person(x, "رضا منصور");
    }

    @Test
    void aParticipleAfterACommaOrAndWithAHamzaOpensNoApposition() {
        Extraction x = extract("ودعا الوزير الأطراف إلى ضبط النفس، وإلى السماح بالتظاهر السلمي.");
        assertThat(labels(x)).noneMatch(l -> l.contains("النفس"));
        Extraction y = extract("وطالب المحتجون برحيل الحكومة، متهمة إياها بالفساد.");
        assertThat(labels(y)).noneMatch(l -> l.contains("الحكومة "));
    }
}
