package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.event;
import static org.newsgraph.extract.ar.TestLexicons.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Events the extractor missed on wire reports it had never seen (session 8): what reported speech and warnings
 * are about, characterisations of an act as a coup or treason, participles sharing the speaker's subject, lists of
 * the people an act befalls, recognitions, calls, congratulations, solidarity, prevention, seizing control, legal
 * action, sit-ins, apologies, orders to leave, closed missions, and condemnations of arrests named by their noun.
 * Short sentences of our own, with the test gazetteer.
 */
class ArabicEventsS8Test {

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, LocalDate.of(2024, 5, 20));
    }

    // ------------------------------------------------------------- what reported speech is about

    @Test
    void aStatementIsAimedAtTheFirstActorItsReportedClauseNames() {
        Event e = event(extract("وقال الرئيس الفرنسي إيمانويل ماكرون إن العقوبات المفروضة على إيران ستبقى."), "say");
        assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron");
        assertThat(e.targetKey()).isEqualTo("country/IR");
    }

    @Test
    void aPersonAfterAPrepositionInTheReportedClauseIsWhatItIsAbout() {
        Event e = event(extract("وقال الرئيس الروسي فلاديمير بوتين إن الدعوى المرفوعة ضد بنيامين نتنياهو لن تؤثر."),
                "say");
        assertThat(e.targetKey()).isEqualTo("person/benjamin-netanyahu");
    }

    @Test
    void aWarningIsAimedAtTheStateOfTheNisbaInWhatItWarnsOf() {
        Event e = event(extract("وحذر وزير الخارجية الإيراني عباس عراقجي من أن أي هجوم أمريكي سيقابل برد حاسم."), "warn");
        assertThat(e.sourceKey()).isEqualTo("person/abbas-araghchi");
        assertThat(e.targetKey()).isEqualTo("country/US");
    }

    @Test
    void theSpeakersOwnCountryAndGroupsTheClauseReportsOnAreNoTargets() {
        Extraction x = extract("وقال الرئيس التركي رجب طيب أردوغان إن تركيا لن تتراجع. "
                + "وقال وزير الخارجية الفرنسي جان نويل بارو إن الشرطة اعتقلت 12 شخصا.");
        assertThat(events(x, "say")).hasSize(2).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void aHolderOfAnOfficeOfTheSpeakersOwnStateIsNotWhomTheStatementAddresses() {
        Extraction x = extract("وقال وزير الخارجية التركي هاكان فيدان إن الرئيس التركي رجب طيب أردوغان يتمتع بصحة جيدة. "
                + "وقال وزير الخارجية الفرنسي جان نويل بارو إن الرئيس التركي رجب طيب أردوغان يتمتع بصحة جيدة.");
        assertThat(events(x, "say")).hasSize(2);
        assertThat(events(x, "say").get(0).targetKey()).isNotEqualTo("person/recep-tayyip-erdogan");
        assertThat(events(x, "say").get(1).targetKey()).isEqualTo("person/recep-tayyip-erdogan");
    }

    @Test
    void aPresidentNamedWithoutACountryByHisOwnPresidencyIsNotWhomItAddresses() {
        Extraction x = TestLexicons.extractShipped("وذكرت الرئاسة الأوزبكية أن الرئيس بختيار كاريموف أصدر أمرا بإرسال قوات "
                + "إلى الحدود.", LocalDate.of(2024, 5, 20));
        assertThat(x.events()).filteredOn(e -> e.cameo().startsWith("01"))
                .extracting(Event::targetKey).allMatch(t -> t == null || !t.startsWith("name/"));
    }

    @Test
    void anActorFarIntoTheReportedClauseOrInAClauseReportedInsideItIsNotWhatTheStatementIsAbout() {
        Event e = event(extract("وقال الرئيس الروسي فلاديمير بوتين إن بلاده تتابع الوضع عن كثب وتأمل أن تلتزم فرنسا بالاتفاق."),
                "say");
        assertThat(e.targetKey()).isNull();
    }

    @Test
    void aNewsAgencyReportingAddressesNoOne() {
        Extraction x = TestLexicons.extractShipped("وذكرت وكالة رويترز أن الرئيس الروسي فلاديمير بوتين سيزور تركيا.",
                LocalDate.of(2024, 5, 20));
        assertThat(events(x, "say")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    // ------------------------------------------------------------- characterisations are accusations

    @Test
    void callingAnActACoupInReportedSpeechAccusesItsDoer() {
        Extraction x = extract("وقال الرئيس الفرنسي إيمانويل ماكرون إن ما أقدم عليه الرئيس التركي رجب طيب أردوغان "
                + "انقلاب على الديمقراطية.");
        Event e = event(x, "accuse");
        assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron");
        assertThat(e.targetKey()).isEqualTo("person/recep-tayyip-erdogan");
        assertThat(events(x, "coup")).isEmpty();
    }

    @Test
    void aCoupAsTheSecondObjectOfAVerbOfJudgingIsAnAccusation() {
        Extraction x = extract("واعتبر الرئيس الفرنسي إيمانويل ماكرون قرارات الرئيس التونسي قيس سعيد انقلابا.");
        Event e = event(x, "accuse");
        assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron");
        assertThat(e.targetKey()).isEqualTo("person/kais-saied");
        assertThat(events(x, "coup")).isEmpty();
    }

    @Test
    void treasonNamedInSpeechAccusesTheDoerAndIsNoEventElsewhere() {
        Extraction x = extract("وقال الرئيس الروسي فلاديمير بوتين إن ما فعله الرئيس الفرنسي إيمانويل ماكرون خيانة. "
                + "وخرجت في أنقرة مسيرة تحمل شعار الخيانة.");
        assertThat(events(x, "accuse")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/vladimir-putin");
            assertThat(e.targetKey()).isEqualTo("person/emmanuel-macron");
        });
        assertThat(events(x, "betrayal")).isEmpty();
    }

    @Test
    void aCoupAnnouncedByItsDoersStaysACoup() {
        Extraction x = extract("أعلن الجيش في النيجر استيلاءه على السلطة في انقلاب عسكري.");
        assertThat(events(x, "coup")).isNotEmpty();
        assertThat(events(x, "accuse")).isEmpty();
    }

    @Test
    void aDescriptionByACriticismVerbIsOneEventNotTwo() {
        Extraction x = extract("ووصف الرئيس الروسي فلاديمير بوتين ما قامت به حركة حماس بأنه خيانة.");
        assertThat(event(x, "criticize").targetKey()).isEqualTo("org/hamas");
        assertThat(events(x, "accuse")).isEmpty();
    }

    // ------------------------------------------------------------- participles share the subject

    @Test
    void anActAnnouncedByAParticipleIsTheSpeakersAndBefallsThoseNamedAmongTheGroup() {
        Extraction x = extract("وندد وزير الخارجية الأمريكي أنتوني بلينكن بالقرار، معلنا فرض عقوبات على ثلاثة مسؤولين، "
                + "بينهم وزير الخارجية الإيراني عباس عراقجي، والرئيس الإيراني مسعود بزشكيان.");
        assertThat(events(x, "sanction")).extracting(Event::sourceKey).containsOnly("person/antony-blinken");
        assertThat(events(x, "sanction")).extracting(Event::targetKey)
                .containsExactlyInAnyOrder("person/abbas-araghchi", "person/masoud-pezeshkian");
    }

    @Test
    void aParticipleAfterASentenceOpeningVerbSharesItsSubjectAndTheAllegedCoupIsNoEvent() {
        Extraction x = extract("وأمهلت الحكومة التركية السفير الفرنسي 48 ساعة لمغادرة البلاد، متهمة باريس بتدبير انقلاب.");
        Event expel = event(x, "expel-deadline");
        assertThat(expel.sourceKey()).isEqualTo("org/TR/government");
        assertThat(expel.targetKey()).isEqualTo("country/FR");
        Event accuse = event(x, "accuse");
        assertThat(accuse.sourceKey()).isEqualTo("org/TR/government");
        assertThat(accuse.targetKey()).isIn("country/FR", "place/paris");
        assertThat(events(x, "coup")).isEmpty();
    }

    @Test
    void aDeadlineForSomethingOtherThanLeavingIsNoExpulsion() {
        Extraction x = extract("ومنحت الحكومة التركية الشركات الأجنبية مهلة شهر لتسوية أوضاعها.");
        assertThat(events(x, "expel-deadline")).isEmpty();
    }

    @Test
    void groupsNamedAmongTheOnesArrestedAreNoListOfTargets() {
        Event e = event(extract("واعتقلت الشرطة التركية 300 متظاهر بينهم طلاب في إسطنبول."), "arrest");
        assertThat(e.targetKey()).isEqualTo("group/protesters");
    }

    // ------------------------------------------------------------- triggers: recognition, calls, support

    @Test
    void eachStateOfACoordinatedSubjectRecognisesThePersonThePronounRefersTo() {
        Extraction x = extract("وأدى الرئيس التونسي قيس سعيد اليمين، وسارعت فرنسا وروسيا وتركيا إلى الاعتراف به.");
        assertThat(events(x, "recognize")).extracting(Event::sourceKey)
                .containsExactlyInAnyOrder("country/FR", "country/RU", "country/TR");
        assertThat(events(x, "recognize")).extracting(Event::targetKey).containsOnly("person/kais-saied");
        assertThat(event(x, "recognize").cameo()).startsWith("05");
    }

    @Test
    void anAnnouncedRecognitionIsTheAnnouncersAndNotRecognisingIsARejection() {
        Extraction x = extract("وأعلن الرئيس الفرنسي إيمانويل ماكرون اعترافه بالرئيس الإيراني مسعود بزشكيان. "
                + "ولا تعترف روسيا بالرئيس الإيراني مسعود بزشكيان.");
        Event rec = event(x, "recognize");
        assertThat(rec.sourceKey()).isEqualTo("person/emmanuel-macron");
        assertThat(rec.targetKey()).isEqualTo("person/masoud-pezeshkian");
        Event no = event(x, "not-recognize");
        assertThat(no.sourceKey()).isEqualTo("country/RU");
        assertThat(events(x, "recognize")).hasSize(1);
    }

    @Test
    void callsByTelephoneAreConsultationsWithTheOtherParty() {
        Extraction x = extract("وهاتف الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين. "
                + "وتحدث الرئيس الفرنسي إيمانويل ماكرون هاتفيا مع الرئيس الإيراني مسعود بزشكيان.");
        Event call = event(x, "phone");
        assertThat(call.sourceKey()).isEqualTo("person/recep-tayyip-erdogan");
        assertThat(call.targetKey()).isEqualTo("person/vladimir-putin");
        assertThat(call.cameo()).isEqualTo("041");
        assertThat(event(x, "phone-split").sourceKey()).isEqualTo("person/emmanuel-macron");
    }

    @Test
    void talkingAboutSomethingIsNoCall() {
        Extraction x = extract("وتحدث الرئيس الفرنسي إيمانويل ماكرون عن الأزمة في مؤتمر صحفي.");
        assertThat(events(x, "phone")).isEmpty();
        assertThat(events(x, "phone-split")).isEmpty();
    }

    @Test
    void aCongratulationWithAnObjectPronounIsAimedAtThePersonNamedBefore() {
        Extraction x = extract("وفاز الرئيس التركي رجب طيب أردوغان بالانتخابات، وهنأه الرئيس الروسي فلاديمير بوتين.");
        Event e = event(x, "congratulate");
        assertThat(e.sourceKey()).isEqualTo("person/vladimir-putin");
        assertThat(e.targetKey()).isEqualTo("person/recep-tayyip-erdogan");
        assertThat(e.cameo()).startsWith("05");
    }

    @Test
    void solidarityDeclaredIsTheSpeakersAndAimedAtTheOneAfterMaa() {
        Event e = event(extract("وأعرب الرئيس الفرنسي إيمانويل ماكرون عن تضامنه مع تركيا بعد الزلزال."), "solidarity");
        assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron");
        assertThat(e.targetKey()).isEqualTo("country/TR");
    }

    @Test
    void anActWithAPronounAfterInnaIsWhatTheSpeakerTalksAboutNotTheSpeakersAct() {
        Extraction x = TestLexicons.extractShipped("واعتقلت الشرطة المعارض أليكسي كوزنتسوف أمس. وقال الرئيس الفرنسي إيمانويل "
                + "ماكرون إن توقيفه غير مقبول.", LocalDate.of(2024, 5, 20));
        assertThat(x.events()).filteredOn(e -> e.cameo().startsWith("17"))
                .extracting(Event::sourceKey).doesNotContain("person/emmanuel-macron");
    }

    @Test
    void laterIsNoProsecutionButTheVerbStillIs() {
        Extraction x = TestLexicons.extractShipped("وأعلن المجلس العسكري لاحقا تعيين الجنرال موسى داكو رئيسا انتقاليا. "
                + "وتلاحق النيابة العامة المعارض أليكسي كوزنتسوف بتهمة التحريض.", LocalDate.of(2024, 5, 20));
        assertThat(x.events()).filteredOn(e -> e.cameo().startsWith("17")).extracting(Event::sentence).containsOnly(1);
    }

    @Test
    void supportWithAPossessivePronounAfterAVerbOfSayingIsTheSpeakers() {
        Event e = event(extract("وأكدت روسيا دعمها للحكومة السودانية."), "solidarity");
        assertThat(e.sourceKey()).isEqualTo("country/RU");
    }

    // ------------------------------------------------------------- triggers: coercion, control, legal action

    @Test
    void preventingSomeoneIsCoercionOfThem() {
        Event e = event(extract("ومنعت الشرطة التركية الرئيس الفرنسي إيمانويل ماكرون من دخول المبنى."), "prevent");
        assertThat(e.sourceKey()).isEqualTo("org/TR/police");
        assertThat(e.targetKey()).isEqualTo("person/emmanuel-macron");
        assertThat(e.cameo()).startsWith("17");
    }

    @Test
    void takingControlOfACityHasTheCityAsTarget() {
        Extraction x = extract("وقالت وزارة الدفاع التركية إن الجيش التركي سيطر على بغداد.");
        Event e = event(x, "occupy");
        // the capital, or the state it stands for: not the speaker's country, not nothing
        assertThat(e.targetKey()).isIn("place/baghdad", "country/IQ");
        assertThat(e.sourceKey()).isEqualTo("org/TR/army");
    }

    @Test
    void openingACriminalCaseIsLegalActionAgainstThePersonAfterBihaqq() {
        Event e = event(extract("وفتحت النيابة العامة قضية جنائية بحق الرئيس الإيراني مسعود بزشكيان بتهمة الفساد."),
                "legal-action");
        assertThat(e.targetKey()).isEqualTo("person/masoud-pezeshkian");
        assertThat(e.cameo()).isEqualTo("173");
    }

    @Test
    void openingABorderCrossingIsNoLegalAction() {
        Extraction x = extract("وفتحت تركيا معبرا حدوديا مع إيران.");
        assertThat(events(x, "legal-action")).isEmpty();
    }

    @Test
    void aSitInIsAProtestOfThoseSittingIn() {
        Event e = event(extract("واعتصم مئات الطلاب أمام البرلمان التركي في أنقرة."), "protest");
        assertThat(e.sourceKey()).isEqualTo("group/students");
        assertThat(e.cameo()).startsWith("14");
    }

    @Test
    void anApologyIsTheSpeakersConcession() {
        Event e = event(extract("واعتذر الرئيس الفرنسي إيمانويل ماكرون عن تصريحاته بشأن الجزائر."), "apologize");
        assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron");
        assertThat(e.cameo()).isEqualTo("055");
    }

    @Test
    void closingAnEmbassyReducesRelations() {
        Event e = event(extract("وأغلقت السفارة الفرنسية في طهران أبوابها أمام المراجعين."), "close-mission");
        assertThat(e.sourceKey()).isNotNull();
        assertThat(e.cameo()).startsWith("16");
    }

    @Test
    void closingARoadIsNoClosedMission() {
        Extraction x = extract("وأغلقت الشرطة التركية الطريق المؤدي إلى البرلمان.");
        assertThat(events(x, "close-mission")).isEmpty();
    }

    // ------------------------------------------------------------- condemning arrests named by their noun

    @Test
    void condemningArrestsNamedByTheirPluralNounIsAimedAtWhoMadeThem() {
        Extraction x = extract("واعتقلت الشرطة التركية عشرات المعارضين في إسطنبول. "
                + "وندد الاتحاد الأوروبي بالاعتقالات التعسفية.");
        Event e = event(x, "criticize");
        assertThat(e.sourceKey()).isEqualTo("org/eu");
        assertThat(e.targetKey()).isEqualTo("org/TR/police");
    }

    // ------------------------------------------------------------- arguments: decrees, bare forces, asides, warnings

    @Test
    void whatADecreeOrdersIsItsIssuersActOnEachPersonNamed() {
        Extraction x = extract("وأصدر الرئيس التركي رجب طيب أردوغان مرسوما يقضي بإعفاء وزير الخارجية هاكان فيدان "
                + "والرئيس الإيراني مسعود بزشكيان من مهامهما.");
        assertThat(events(x, "dismiss")).extracting(Event::sourceKey).containsOnly("person/recep-tayyip-erdogan");
        assertThat(events(x, "dismiss")).extracting(Event::targetKey)
                .containsExactlyInAnyOrder("person/hakan-fidan", "person/masoud-pezeshkian");
    }

    @Test
    void bareForcesAreTheArmedBodyNamedBeforeAndTheOnesNamedAmongThoseArrestedAreTargets() {
        Extraction x = extract("وانتشرت قوات الحرس الرئاسي في أنقرة. "
                + "واعتقلت القوات عددا من الوزراء، بينهم وزير الخارجية التركي هاكان فيدان.");
        Event e = event(x, "arrest");
        assertThat(e.sourceKey()).isNotNull().doesNotStartWith("person/");
        assertThat(e.targetKey()).isEqualTo("person/hakan-fidan");
    }

    @Test
    void aMinisterNamedAmongThoseArrestedIsNeverTheArrester() {
        Event e = event(extract("واعتقلت القوات عددا من الوزراء، بينهم وزير الخارجية التركي هاكان فيدان."), "arrest");
        assertThat(e.targetKey()).isEqualTo("person/hakan-fidan");
        assertThat(e.sourceKey()).isNotEqualTo("person/hakan-fidan");
    }

    @Test
    void anAsideOpeningWithAPronounIsNoObject() {
        Extraction x = extract("ووصفت الحكومة التركية، وهي حليفة الرئيس الروسي فلاديمير بوتين، المتظاهرين بالمخربين.");
        Event e = event(x, "criticize");
        assertThat(e.sourceKey()).isEqualTo("org/TR/government");
        assertThat(e.targetKey()).isEqualTo("group/protesters");
    }

    @Test
    void theGenitiveOfAWarningFollowedByWhatItWarnsOfIsItsAgent() {
        Event e = event(extract("وجاء ذلك بعد يومين من تحذير وزير الخارجية الإيراني عباس عراقجي من أن أي هجوم سيقابل برد."),
                "warn");
        assertThat(e.sourceKey()).isEqualTo("person/abbas-araghchi");
        assertThat(e.targetKey()).isNull();
    }

    @Test
    void aWarningNounWithNothingWarnedOfAfterItsGenitiveKeepsItAsTarget() {
        Extraction x = extract("وندد الرئيس الروسي فلاديمير بوتين بتهديد الرئيس الفرنسي إيمانويل ماكرون.");
        assertThat(events(x, "threaten")).noneMatch(e -> "person/emmanuel-macron".equals(e.sourceKey()));
    }

    @Test
    void whoIsSentToMeetSomeoneMeetsThem() {
        Event e = event(extract("وأعلنت الرئاسة التركية أن أردوغان قرر إيفاد وزير الخارجية هاكان فيدان إلى موسكو للقاء بوتين."),
                "meet");
        assertThat(e.sourceKey()).isEqualTo("person/hakan-fidan");
        assertThat(e.targetKey()).isEqualTo("person/vladimir-putin");
    }

    // ------------------------------------------------------------- dates after منذ

    @Test
    void aDayAfterMunthIsWhenSomethingBeganNotTheDayOfTheEvent() {
        Extraction x = TestLexicons.extract("واعتقلت الشرطة التركية عشرات الطلاب المعتصمين منذ الثلاثاء أمام البرلمان.",
                LocalDate.of(2024, 5, 24));
        assertThat(event(x, "arrest").date()).isNull();
    }

    @Test
    void aDayWithoutMunthStillDatesTheEvent() {
        Extraction x = TestLexicons.extract("واعتقلت الشرطة التركية الثلاثاء عشرات الطلاب أمام البرلمان.",
                LocalDate.of(2024, 5, 24));
        assertThat(event(x, "arrest").date()).isNotNull();
    }

    // ------------------------------------------------------------- participles of the nearest clause, nouns like verbs

    @Test
    void aParticipleBelongsToTheVerbOfItsOwnClause() {
        Extraction x = extract("واعتصم مئات الطلاب أمام البرلمان التركي، فيما حذر الناشطون من أن القمع لن يجدي، "
                + "مطالبين بالإفراج عن المعتقلين.");
        assertThat(event(x, "demand").sourceKey()).isEqualTo("group/activists");
        assertThat(event(x, "protest").sourceKey()).isEqualTo("group/students");
    }

    @Test
    void aNounWithTheArticleThatLooksLikeAVerbIsNoEvent() {
        Extraction x = extract("واتهم الرئيس التركي رجب طيب أردوغان المعارضة بالتآمر على الدولة.");
        assertThat(events(x, "order")).isEmpty();
        assertThat(event(x, "accuse").targetKey()).isEqualTo("group/opposition");
    }
}
