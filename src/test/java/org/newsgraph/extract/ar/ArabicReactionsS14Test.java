package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Session 14: a reaction whose object is an act (the coup, the arrest, what happened) is aimed at whoever did that
 * act, which the sentence itself does not name. Short sentences of our own, with the test gazetteer.
 */
class ArabicReactionsS14Test {

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, LocalDate.of(2024, 3, 10));
    }

    // ------------------------------------------------------------------ reactions voiced with أعرب، أبدى، عبّر

    @Test
    void aCondemnationVoicedOfTheCoupIsACriticismOfTheSoldiers() {
        Extraction x = extract("أطاح جنود من الجيش بالرئيس النيجري محمد بازوم. وعبّرت فرنسا عن إدانتها للانقلاب.");
        Event e = event(x, "voice-condemnation");
        assertThat(e.cameo()).isEqualTo("111");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isEqualTo("group/army");
    }

    @Test
    void aRejectionVoicedOfWhatHappenedIsAimedAtTheDoerOfTheActToldBefore() {
        Extraction x = extract("أطاح جنود من الجيش بالرئيس النيجري محمد بازوم. وأعرب الاتحاد الأوروبي بدوره عن رفضه لما جرى.");
        Event e = event(x, "voice-rejection");
        assertThat(e.cameo()).isEqualTo("120");
        assertThat(e.sourceKey()).isEqualTo("org/eu");
        assertThat(e.targetKey()).isEqualTo("group/army");
    }

    @Test
    void aCondemnationVoicedOfAnArrestIsAimedAtWhoArrestedNotAtWhoWasArrested() {
        Extraction x = extract("اعتقلت الشرطة المعارض فلان الفلاني في باريس. وعبرت الولايات المتحدة عن إدانتها لاعتقال المعارض.");
        Event e = event(x, "voice-condemnation");
        assertThat(e.sourceKey()).isEqualTo("country/US");
        assertThat(e.targetKey()).isEqualTo("group/police");
    }

    @Test
    void aWelcomeVoicedOfAnActIsPraiseOfItsDoer() {
        Extraction x = extract("اعتقلت الشرطة المعارض فلان الفلاني في باريس. وأبدت روسيا ترحيبها بالاعتقال.");
        Event e = event(x, "voice-welcome");
        assertThat(e.cameo()).isEqualTo("051");
        assertThat(e.sourceKey()).isEqualTo("country/RU");
        assertThat(e.targetKey()).isEqualTo("group/police");
    }

    @Test
    void crossingAndOtherFeelingsAreNoReaction() {
        Extraction x = extract("عبرت القوات الروسية الحدود إلى بيلاروس. ويعبر المتظاهرون عن غضبهم.");
        assertThat(x.events()).noneMatch(e -> e.trigger().startsWith("voice-"));
    }

    // ------------------------------------------------------------------------- which coup is "the coup"

    @Test
    void theCoupCondemnedIsTheArticlesMainOneNotOneToldAsBackground() {
        Extraction x = extract("أطاح ضباط من الجيش بالرئيس النيجري محمد بازوم صباح الأربعاء. وهو الانقلاب الذي "
                + "أعقبته مرحلة انتقالية قادها البرلمان. وأدانت فرنسا الانقلاب.");
        Event e = event(x, "criticize");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isEqualTo("group/army");
    }

    @Test
    void theCoupToldInItsOwnWordsIsCondemnedAtWhoDidItNotAtWhoArrestedLater() {
        Extraction x = extract("أعلن ضباط في الجيش النيجري الاستيلاء على السلطة. وأضاف أن قوات الأمن أوقفت وزير "
                + "الداخلية. وأدانت فرنسا الانقلاب.");
        Event e = event(x, "criticize");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isNotEqualTo("group/security-forces");
    }

    // ------------------------------------------------------------------ what a decision refers to

    @Test
    void aWelcomeOfDecisionsByTwoStatesIsAimedAtTheirMakerNotAtTheSecondState() {
        Extraction x = extract("ورحبت كل من فرنسا ومصر بالقرارات التي اتخذتها الحكومة العراقية.");
        assertThat(x.events()).filteredOn(e -> e.trigger().equals("welcome"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/IQ/government"));
    }

    // ------------------------------------------------------------------ an aside between reaction and object

    @Test
    void anAsideDescribingTheSubjectStandsBetweenTheReactionAndWhatHappened() {
        Extraction x = extract("أطاح جنود من الجيش بالرئيس النيجري محمد بازوم. ودانت فرنسا، الشريك الأبرز لمالي، ما جرى.");
        Event e = event(x, "criticize");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isEqualTo("group/army");
    }

    @Test
    void anAsideNamingAPlaceInItsGenitiveStandsBetweenTheReactionAndTheCoup() {
        Extraction x = extract("أطاح جنود من الجيش بالرئيس النيجري محمد بازوم. ودانت فرنسا، وهي القوة الاستعمارية "
                + "السابقة في النيجر، الانقلاب.");
        assertThat(event(x, "criticize").targetKey()).isEqualTo("group/army");
    }
}
