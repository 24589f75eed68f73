package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Whom reactions and statements are aimed at (session 29): condemning an act whose doer the article never names is
 * aimed at no one, not at its victim; the pronoun on a verb of accusing is the one accused, never an actor in the act
 * alleged after it; a spokesman telling what his own body's head does speaks for him, not of him.
 * Short sentences of our own, on other countries and people.
 */
class ArabicSpeechS29bTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void condemningAKillingByNoOneNamedIsAimedAtNoOne() {
        Extraction x = extract("اغتيل الصحفي البيروفي خوان بيريز أمام منزله في ليما. ودان الرئيس البيروفي الاغتيال.");
        assertThat(coded(x, "111")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void condemningAnAttackByNamedGunmenIsStillAimedAtThem() {
        Extraction x = extract("أطلق مسلحون النار على الصحفي البيروفي خوان بيريز في ليما. ودان الرئيس البيروفي الهجوم.");
        assertThat(coded(x, "111")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/gunmen"));
    }

    @Test
    void theAccusedIsThePronounOnTheVerbNotTheVictimOfTheAllegedAct() {
        Extraction x = extract("ويحكم الرئيس ألكسندر لوكاشينكو بيلاروسيا منذ عام 1994، وتتهمه منظمات حقوقية بملاحقة المعارضين في مينسك.");
        assertThat(coded(x, "112")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("group/opposition"));
    }

    @Test
    void anAccusationWithItsObjectNamedKeepsIt() {
        Extraction x = extract("واتهم الرئيس الفنزويلي نيكولاس مادورو المعارضة بالتخطيط لانقلاب.");
        assertThat(coded(x, "112")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/opposition"));
    }

    @Test
    void aSpokesmanTellingWhatHisBodysHeadFeelsSpeaksForHim() {
        Extraction x = extract("وقال المتحدث باسم حلف شمال الأطلسي أوانا لونجيسكو إن الأمين العام ينس ستولتنبرغ "
                + "\"يشعر بقلق بالغ\" إزاء التوتر في البلقان.");
        assertThat(coded(x, "010")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("person/jens-stoltenberg"));
    }
}
