package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Who did it (session 11): the subject of an event whose actor stands away from its trigger, read on sentences of
 * the shapes the blind articles of session 10 used. Short sentences of our own, on other countries and people.
 */
class ArabicSubjectsS11Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 20);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    /** The events whose CAMEO code starts with {@code prefix}, in the order found. */
    private static List<Event> coded(Extraction x, String prefix) {
        return x.events().stream().filter(e -> e.cameo().startsWith(prefix)).toList();
    }

    // ------------------------------------------------------------- the members of a body acting together

    @Test
    void leadersWrittenWithTaMarbutaAreNoAgentMarkerAfterAVerbOfSaying() {
        Extraction x = extract("قال قادة مجموعة السبع إنهم لا يعترفون بنتائج الاستفتاء.");
        assertThat(coded(x, "01")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/g7");
            assertThat(e.targetKey()).isNull();
        });
    }

    @Test
    void leadersOfAUnionAnnouncingAfterATimeAsideAreTheUnion() {
        Extraction x = extract("أعلن قادة الاتحاد الأفريقي، الجمعة، أنهم يرفضون الاعتراف بالحكومة الجديدة في النيجر.");
        assertThat(coded(x, "01")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/african-union"));
    }

    @Test
    void anAttackLedByAGroupStillReadsItsAgent() {
        Extraction x = extract("أسفر هجوم قاده مسلحون على قرية في شمال بوركينا فاسو عن مقتل 12 شخصا.");
        assertThat(coded(x, "19")).isNotEmpty()
                .anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/gunmen"));
    }

    // ------------------------------------------------------------- a verb going on with the sentence's subject

    @Test
    void aDecisionJoinedByWaAfterACondemnationIsTheCondemningStatesAct() {
        Extraction x = extract("أدانت فرنسا الهجوم، وقررت فرض عقوبات على قادة الانقلاب.");
        assertThat(coded(x, "16")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/FR");
            assertThat(e.targetKey()).isEqualTo("group/putschists");
        });
    }

    @Test
    void aClosureDecidedByTheBodyThatCondemnedIsItsOwn() {
        Extraction x = extract("وأدانت المجموعة الاقتصادية لدول غرب أفريقيا الانقلاب، وقررت إغلاق الحدود البرية مع غينيا.");
        assertThat(coded(x, "19")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/ecowas"));
    }

    @Test
    void aPluralVerbAfterWhatTheSpeakersSaidOfThemselvesKeepsTheSpeakers() {
        Extraction x = extract("أعلن قادة الاتحاد الأفريقي، الجمعة، أنهم يرفضون الانقلاب، وقرروا فرض عقوبات على المجلس العسكري.");
        assertThat(coded(x, "16")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/african-union"));
    }

    @Test
    void aPluralVerbNeverGoesOnWithOnePerson() {
        Extraction x = extract("انتقد الرئيس الكيني وليام روتو المحتجين، وقرروا تنظيم مسيرة جديدة في نيروبي.");
        assertThat(x.events()).noneSatisfy(e -> {
            assertThat(e.cameo()).startsWith("14");
            assertThat(e.sourceKey()).isEqualTo("name/william-ruto");
        });
    }

    @Test
    void aNewSubjectAfterTheVerbStaysTheSubject() {
        Extraction x = extract("أدانت فرنسا الهجوم، وقرر الاتحاد الأوروبي فرض عقوبات على قادة الانقلاب.");
        assertThat(coded(x, "16")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/eu"));
    }

    // ------------------------------------------------------------- an actor after another act's word is that act's

    @Test
    void theObjectOfAParticipleAfterACommaIsNoSubjectOfTheVerbBefore() {
        Extraction x = extract("ورفض الاعتراف بالنتائج، متهما الحكومة الكينية بالتزوير.");
        assertThat(x.events()).noneSatisfy(e -> {
            assertThat(e.cameo()).startsWith("12");
            assertThat(e.sourceKey()).isEqualTo("org/KE/government");
        });
    }

    @Test
    void aWelcomeIsNotSpokenByWhomTheParticipleAfterItAddresses() {
        Extraction x = extract("ورحب بالقرار، داعيا الحكومة الكينية إلى الحوار.");
        assertThat(coded(x, "05")).allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("org/KE/government"));
    }

    @Test
    void aSubjectAfterATimeAsideIsStillTheVerbsSubject() {
        Extraction x = extract("وأعلن، في بيان صدر الأحد، الجيش الباكستاني مقتل 20 مسلحا.");
        assertThat(coded(x, "01")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/PK/army"));
    }

    // ------------------------------------------------------------- bodies joined by و after a verb going on

    @Test
    void bodiesJoinedByWaAfterTheSpeakersNextVerbAreWhomItCallsOn() {
        Extraction x = extract("ونددت الرئيسة السابقة جانين آنيز باعتقالها ووصفته بأنه \"اضطهاد سياسي\"، ودعت منظمة الدول الأمريكية والاتحاد الأوروبي إلى إرسال بعثات.");
        assertThat(coded(x, "02")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/janin-aniz"))
                .anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/oas"));
    }

    @Test
    void aPersonCallingOnTwoBodiesAfterACondemnationStaysTheCaller() {
        Extraction x = extract("وندد الرئيس الكيني وليام روتو بالهجوم، ودعا الاتحاد الأفريقي والأمم المتحدة إلى التحرك.");
        assertThat(coded(x, "02")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/william-ruto"));
    }

    @Test
    void aSecondActorNotJoinedByWaIsStillTheObjectAfterANewSubject() {
        Extraction x = extract("أدان الرئيس الغاني الهجوم، واتهم الجيش حركة التمرد بالوقوف وراءه.");
        assertThat(coded(x, "112")).allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/army"));
    }
}
