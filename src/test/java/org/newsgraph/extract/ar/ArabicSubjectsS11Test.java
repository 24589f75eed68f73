package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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
        // closing borders with a named state reads as an embargo on it (163), no longer 191
        assertThat(coded(x, "163")).isNotEmpty()
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
            assertThat(e.sourceKey()).isEqualTo("person/william-ruto");
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
        assertThat(coded(x, "02")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/jeanine-anez"))
                .anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/oas"));
    }

    @Test
    void aPersonCallingOnTwoBodiesAfterACondemnationStaysTheCaller() {
        Extraction x = extract("وندد الرئيس الكيني وليام روتو بالهجوم، ودعا الاتحاد الأفريقي والأمم المتحدة إلى التحرك.");
        assertThat(coded(x, "02")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/william-ruto"));
    }

    @Test
    void aSecondActorNotJoinedByWaIsStillTheObjectAfterANewSubject() {
        Extraction x = extract("أدان الرئيس الغاني الهجوم، واتهم الجيش حركة التمرد بالوقوف وراءه.");
        assertThat(coded(x, "112")).allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/army"));
    }

    // ------------------------------------------------------------- an actor in the object's phrase is no subject

    @Test
    void anActorInTheWelcomedStanceIsNoWelcomerAfterASubjectNoActor() {
        Extraction x = extract("ورحّب التحالف بموقف الرئيس الكيني وليام روتو، وشنت مقاتلاته غارات على مواقع المتمردين.");
        assertThat(coded(x, "05")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.targetKey()).isEqualTo("person/william-ruto");
        });
    }

    @Test
    void anActorInTheDecisionACouncilWelcomesIsNoWelcomer() {
        Extraction x = extract("ورحب المجلس بقرار الرئيس الكيني وليام روتو.");
        assertThat(coded(x, "05")).allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("person/william-ruto"));
    }

    @Test
    void aWelcomerNamedRightAfterTheVerbStaysTheWelcomer() {
        Extraction x = extract("ورحبت فرنسا بقرار الرئيس الكيني وليام روتو.");
        assertThat(coded(x, "05")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/FR");
            assertThat(e.targetKey()).isEqualTo("person/william-ruto");
        });
    }

    // ------------------------------------------------------------- a man after a feminine verb is its object

    @Test
    void aCourtThatIssuedARulingInvitesTheManNamedAfterItsNextVerb() {
        Extraction x = extract("وأصدرت المحكمة العليا قرارا، ودعت الرئيس الكيني وليام روتو إلى الاستقالة.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/supreme-court");
            assertThat(e.targetKey()).isEqualTo("person/william-ruto");
        });
    }

    @Test
    void aTitledManAfterAFeminineVerbWithNoSubjectToCarryIsOnlyItsObject() {
        Extraction x = extract("وأصدرت هيئة قرارا بشغور المنصب، ودعت العقيد مايكل راندريانيرينا إلى ممارسة مهام رئيس الدولة.");
        assertThat(coded(x, "02")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isNull();
            assertThat(e.targetKey()).isEqualTo("person/michael-randrianirina");
        });
    }

    @Test
    void aWomanAfterAFeminineVerbStaysItsSubject() {
        Extraction x = extract("ودعت الرئيسة السابقة جانين آنيز إلى الحوار.");
        assertThat(coded(x, "02")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/jeanine-anez"));
    }

    // ------------------------------------------------------------- a speaker named with a medium

    @Test
    void aTweetIsAStatementOfWhoTweets() {
        Extraction x = extract("وغرد الرئيس الكيني وليام روتو على منصة إكس قائلا إن الحكومة لن تتراجع.");
        assertThat(coded(x, "01")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/william-ruto"));
    }

    @Test
    void aTweetQuotedAfterAColonIsTheTweetersStatement() {
        Extraction x = extract("وغردت الرئيسة السابقة جانين آنيز على تويتر: \"لن أستسلم\".");
        assertThat(coded(x, "01")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/jeanine-anez"));
    }

    @Test
    void whoSpeaksInAVideoIsWhoPostedIt() {
        Extraction x = extract("ونشر الرئيس الكيني وليام روتو مقطع فيديو على فيسبوك، قال فيه إنه لن يستقيل.");
        assertThat(coded(x, "01")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/william-ruto"));
    }

    @Test
    void aVideoPostedIsNoPartOfThePostersName() {
        Extraction x = extract("ونشر الرئيس الكيني وليام روتو مقطع فيديو قال فيه إنه لن يستقيل.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).contains("fidiyo"));
        assertThat(coded(x, "01")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/william-ruto"));
    }

    @Test
    void whoSpeaksInASpeechIsWhoAppearedInIt() {
        Extraction x = extract("وكان الرئيس الكيني وليام روتو قد ظهر مساء الاثنين في خطاب بث عبر التلفزيون، قال فيه \"لن أستقيل\".");
        assertThat(coded(x, "01")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/william-ruto"));
    }

    // ------------------------------------------------------------- forces named by a pronoun are its body's

    @Test
    void jetsOfTheBodyThatWelcomedStrikeForIt() {
        Extraction x = extract("ورحب الجيش الباكستاني بالقرار، وشنت مقاتلاته غارات على مواقع المسلحين.");
        assertThat(coded(x, "19")).isNotEmpty().allSatisfy(e -> {
            // the army with its country's nisba is that country's force
            assertThat(e.sourceKey()).isEqualTo("org/PK/army");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }

    @Test
    void planesOfAStateThatCondemnedStrikeForIt() {
        Extraction x = extract("وأدانت نيجيريا الهجوم، وشنت طائراتها غارات على مواقع المسلحين.");
        assertThat(coded(x, "19")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("country/NG"));
    }

    @Test
    void jetsOfABodyNamedInTheSentenceBeforeAreLeftUnread() {
        Extraction x = extract("وأعلن الجيش الباكستاني أنه يرفض القرار. وشنت مقاتلاته غارات على مواقع المسلحين.");
        assertThat(coded(x, "19")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isNull());
    }
}
