package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Who spoke and to whom (session 26): what was said "in" a call or a note named before, the people and parties a
 * speaker goes on to urge after a comma, and the body that issued a statement, which speaks and is not spoken to.
 * Short sentences of our own, on other countries and people.
 */
class ArabicSpeech5S26Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- said in a call or a note

    @Test
    void aStateAfterAMasculineVerbSaidInACallIsWhomTheCallerUrges() {
        Extraction x = extract("من جانبه، أجرى وزير الخارجية البريطاني ديفيد لامي اتصالا هاتفيا بالرئيس الكيني وليام روتو، "
                + "دعا فيه إثيوبيا إلى وقف العمليات العسكرية فورا.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/david-lammy");
            assertThat(e.targetKey()).isEqualTo("country/ET");
        });
    }

    @Test
    void aManAfterTheVerbSaidInASpeechIsItsSpeaker() {
        Extraction x = extract("وبث التلفزيون الكيني خطابا مسجلا دعا فيه الرئيس الكيني وليام روتو إلى الهدوء.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("person/william-ruto"));
    }

    // ------------------------------------------------------------- the speaker goes on

    @Test
    void twoPeopleJoinedAfterASecondAppealAreWhomTheSpeakerUrges() {
        Extraction x = extract("ودان الرئيس الفرنسي إيمانويل ماكرون الهجوم على المدينة «بشدة»، "
                + "وحث بوتين وزيلينسكي على العودة إلى طاولة المفاوضات.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron");
            assertThat(e.targetKey()).isEqualTo("person/vladimir-putin");
        });
    }

    @Test
    void allTheCountrysPartiesAreWhomTheMinistryGoesOnToAsk() {
        Extraction x = extract("وأعربت وزارة الخارجية الأردنية عن «قلقها العميق» إزاء المعارك، "
                + "وطالبت جميع الأطراف الليبية بضبط النفس.");
        assertThat(coded(x, "10")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/JO/ministry-of-foreign-affairs");
            assertThat(e.targetKey()).isEqualTo("country/LY");
        });
    }

    @Test
    void toUrgeWithHaddaIsAnAppeal() {
        Extraction x = extract("واندلعت اشتباكات في العاصمة الكينية، فيما حض الأمين العام للأمم المتحدة أنطونيو غوتيريش "
                + "جميع الأطراف على وقف العنف فورا.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("person/antonio-guterres"));
    }

    // ------------------------------------------------------------- who issued the statement

    @Test
    void theBodyThatIssuedTheStatementIsNotWhomItCallsOn() {
        Extraction x = extract("ودعا الاتحاد الأفريقي في بيان أصدرته الرئاسة الموريتانية إلى وقف القتال.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/african-union");
            assertThat(e.targetKey()).isNotEqualTo("org/MR/presidency");
        });
    }

    @Test
    void anAppealPastTheStatementsIssuerIsAimedAtTheCountryInCrisis() {
        Extraction x = extract("أطاح الجيش التايلاندي بحكومة رئيس الوزراء في بانكوك، مساء الثلاثاء. "
                + "ودعا الاتحاد الأوروبي في بيان أصدرته الرئاسة البرتغالية إلى «العودة إلى النظام الدستوري».");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/eu");
            assertThat(e.targetKey()).isEqualTo("country/TH");
        });
    }

    @Test
    void whomTheVerbActsOnMayFollowTheStatementsIssuer() {
        Extraction x = extract("وفي واشنطن، دان الرئيس الأمريكي جو بايدن اغتيال المعارض، "
                + "ودعا في بيان أصدره البيت الأبيض الحكومة البيلاروسية إلى إجراء تحقيق شفاف.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/joe-biden");
            assertThat(e.targetKey()).isEqualTo("org/BY/government");
        });
    }
}
