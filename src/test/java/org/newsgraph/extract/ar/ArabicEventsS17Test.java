package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Session 17: restricting and unblocking online platforms, and a word after a verb and its subject read as the
 * verb's object rather than as a second verb. Short sentences of our own, with the shipped lexicons.
 */
class ArabicEventsS17Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 3, 10));
    }

    // ------------------------------------------------- blocking and restricting platforms

    @Test
    void blockingCountedPlatformsAfterADateAimsAtThePlatformsNamed() {
        Extraction x = extract("وكانت الحكومة الباكستانية قد حجبت، الخميس الماضي، 12 منصة بينها يوتيوب وتويتر.");
        assertThat(coded(x, "17")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("1721");
            assertThat(e.sourceKey()).isEqualTo("org/PK/government");
            assertThat(e.targetKey()).isIn("org/youtube", "org/twitter");
        });
    }

    @Test
    void aBanOnAnAppIsACensorshipOfIt() {
        Extraction x = extract("وأعلنت الحكومة الإيرانية حظرا على تطبيق تلغرام.");
        assertThat(coded(x, "17")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("1721");
            assertThat(e.targetKey()).isEqualTo("org/telegram");
        });
    }

    @Test
    void aRestrictionOfTheUseOfSocialMediaIsTheAnnouncersAct() {
        Extraction x = extract("وأعلن وزير الداخلية الغاني كوفي منساه تقييدا مؤقتا لاستخدام منصات التواصل الاجتماعي.");
        assertThat(coded(x, "17")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("1721");
            assertThat(e.sourceKey()).startsWith("name/kufi");
        });
    }

    @Test
    void aPlatformNamedAloneIsWhatIsBlocked() {
        Extraction x = extract("وحجبت السلطات التركية فيسبوك ويوتيوب.");
        assertThat(coded(x, "17")).first().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/TR");
            assertThat(e.targetKey()).isEqualTo("org/facebook");
        });
    }

    @Test
    void aVoteOfNoConfidenceIsNoCensorship() {
        Extraction x = extract("وصوت البرلمان الكيني على حجب الثقة عن الحكومة.");
        assertThat(x.events()).noneSatisfy(e -> assertThat(e.cameo()).isEqualTo("1721"));
    }

    @Test
    void liftingABanOnAPlatformEasesItForThePlatform() {
        Extraction x = extract("ورفعت الحكومة الباكستانية الحظر عن موقع يوتيوب.");
        assertThat(coded(x, "08")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("081");
            assertThat(e.sourceKey()).isEqualTo("org/PK/government");
            assertThat(e.targetKey()).isEqualTo("org/youtube");
        });
    }

    @Test
    void liftingACurfewStaysALiftedCurfew() {
        Extraction x = extract("ورفعت السلطات الكينية حظر التجول في نيروبي.");
        assertThat(coded(x, "08")).singleElement().satisfies(e -> assertThat(e.cameo()).isEqualTo("0813"));
    }

    // ------------------------------------------------- after a verb and its subject comes its object

    @Test
    void aCriticisedBlockingIsNotTheCriticsAct() {
        Extraction x = extract("وانتقدت المعارضة التركية حجب مواقع التواصل الاجتماعي.");
        assertThat(coded(x, "11")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("group/opposition"));
        assertThat(coded(x, "17")).allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("group/opposition"));
    }

    @Test
    void aVerbOpeningAClauseAfterASubjectStaysAVerb() {
        Extraction x = extract("قال مسؤول إن الشرطة الكينية حجبت مواقع التواصل الاجتماعي.");
        assertThat(coded(x, "17")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/KE/police"));
    }
}
