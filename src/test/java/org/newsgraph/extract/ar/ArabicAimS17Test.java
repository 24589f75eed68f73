package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Session 17: who condemns, accuses and appeals when the sentence before named another speaker. Short sentences of
 * our own, on other countries and people, with the shipped lexicons.
 */
class ArabicAimS17Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 3);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------- a man whose family name ends like a feminine word
    // A masculine verb before a feminine noun takes it as object and the subject of the sentence before; a man's
    // family name ending in ات or ة (عرفات، بركات، جمعة) is no feminine noun: he is the verb's subject.

    @Test
    void aManWhoseFamilyNameEndsInAtCondemnsInHisOwnName() {
        Extraction x = extract("وأعلنت واشنطن أن الرئيس سيزور المنطقة. ودان زعيم المعارضة الأردنية سليم بركات الهجوم.");
        assertThat(coded(x, "11")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("country/US"));
    }

    @Test
    void aTitledManWithAFamilyNameInAtIsTheSubjectNotTheObject() {
        Extraction x = extract("وقالت باريس إن الوزير سيزور المنطقة. ودان رئيس السلطة الوطنية الفلسطينية خليل نشوات التفجير.");
        assertThat(coded(x, "11")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("name/khalil-nshuat");
            assertThat(e.targetKey()).isNull();
        });
    }

    @Test
    void aManWhoseFamilyNameEndsInTaMarbutaCondemnsInHisOwnName() {
        Extraction x = extract("وأعلنت لندن أن الوزير سيزور القاهرة. وندد الأمين العام للحزب الليبي علي حمزة بالاعتقال.");
        assertThat(coded(x, "11")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("country/GB"));
    }

    // ------------------------------------------------- asking for help: an appeal for aid to whom help is asked of

    @Test
    void aGovernmentAskingForABureausHelpAppealsToThatBureau() {
        Extraction x = extract("وأعلن رئيس الوزراء الكيني أن حكومته طلبت مساعدة مكتب التحقيقات الفدرالي الأمريكي في التحقيق.");
        assertThat(coded(x, "023")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/government");
            assertThat(e.targetKey()).isEqualTo("org/fbi");
        });
    }

    @Test
    void askingForTheHelpOfTheUnitedNationsAppealsToIt() {
        Extraction x = extract("وطلبت الحكومة النيجيرية مساعدة الأمم المتحدة في إيواء النازحين.");
        assertThat(coded(x, "023")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/NG/government");
            assertThat(e.targetKey()).isEqualTo("org/un");
        });
    }

    @Test
    void askingForAnythingButHelpIsNoAppealForAid() {
        Extraction x = extract("وطلب الرئيس البيروفي تأجيل الجلسة.");
        assertThat(coded(x, "023")).isEmpty();
    }
}
