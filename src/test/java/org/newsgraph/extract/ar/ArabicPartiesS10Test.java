package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Targets and sources that are not one plainly named actor (session 10): appeals to "both sides", courts as the
 * source of a sentence, several people an act befalls, and subjects past an aside. Short sentences of our own.
 */
class ArabicPartiesS10Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 20);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }


    private static List<String> targets(List<Event> events) {
        return events.stream().map(Event::targetKey).toList();
    }

    // ------------------------------------------------------------- the two sides of the article's conflict

    @Test
    void theTwoCountriesAreTheCountriesOfTheArticlesConflict() {
        Extraction x = extract("طردت كينيا سفير أوغندا واتهمت أوغندا بدعم المتمردين. ودعا الاتحاد الأفريقي البلدين إلى الحوار.");
        assertThat(coded(x, "02")).allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/african-union"));
        assertThat(targets(coded(x, "02"))).containsExactlyInAnyOrder("country/KE", "country/UG");
    }

    @Test
    void theTwoCountriesOfAConflictBetweenAMinistryAndAStateAreTheirStates() {
        Extraction x = extract("اتهمت وزارة الخارجية الإثيوبية مصر بتهديد أمنها المائي. "
                + "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش البلدين إلى ضبط النفس.");
        assertThat(targets(coded(x, "02"))).containsExactlyInAnyOrder("country/ET", "country/EG");
    }

    @Test
    void bothSidesAfterASubjectInAnApposition() {
        Extraction x = extract("اتهم الجيش السوداني قوات الدعم السريع بقصف المدينة. "
                + "وحث رئيس مفوضية الاتحاد الأفريقي، التشادي موسى فقي محمد، الطرفين على الحوار.");
        assertThat(coded(x, "02")).allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/moussa-faki-mahamat"));
        assertThat(targets(coded(x, "02"))).containsExactlyInAnyOrder("org/SD/army", "org/rsf-sudan");
    }

    @Test
    void theWarringPartiesAreTheSidesOfTheFighting() {
        Extraction x = extract("هاجمت قوات الدعم السريع مواقع الجيش السوداني في الخرطوم. ودعت فرنسا الأطراف المتحاربة إلى ضبط النفس.");
        assertThat(targets(coded(x, "02"))).containsExactlyInAnyOrder("org/SD/army", "org/rsf-sudan");
    }

    @Test
    void bothSidesOfNoConflictToldAreNoOne() {
        Extraction x = extract("التقى الرئيس الفرنسي نظيره الألماني في برلين. ودعا الاتحاد الأوروبي الطرفين إلى الحوار.");
        assertThat(coded(x, "02")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void allPartiesOfAPoliticalCrisisAreNotTwoSides() {
        Extraction x = extract("اتهم الجيش الرئيس بالتآمر على الشعب. ودعا الاتحاد الأفريقي جميع الأطراف إلى الحوار.");
        assertThat(coded(x, "02")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void twoPartiesIndefiniteAreNoOnesParties() {
        Extraction x = extract("هاجمت قوات الدعم السريع مواقع الجيش السوداني في الخرطوم. ودعت فرنسا طرفين إلى ضبط النفس.");
        assertThat(coded(x, "02")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    // ------------------------------------------------------------- a state's authorities addressed after و

    @Test
    void authoritiesAfterASecondSpeechVerbAreItsAddressee() {
        Extraction x = extract("وانتقدت وزارة الخارجية الألمانية الحكم، ودعت السلطات التونسية إلى احترام حق الدفاع.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/DE/ministry-of-foreign-affairs");
            assertThat(e.targetKey()).isEqualTo("country/TN");
        });
    }

    @Test
    void authoritiesDemandedOfAfterACondemnation() {
        Extraction x = extract("وأدانت منظمة العفو الدولية القمع الدموي للاحتجاجات، وطالبت السلطات البنغلاديشية بمحاسبة المسؤولين.");
        assertThat(coded(x, "10")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/amnesty-international");
            assertThat(e.targetKey()).isEqualTo("country/BD");
        });
    }

    @Test
    void authoritiesAddressedAfterAStatementWithItsReportedClause() {
        Extraction x = extract("وقالت المفوضية الأوروبية إنها تتابع التطورات عن كثب، ودعت السلطات الصربية إلى احترام حق التظاهر.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/european-commission");
            assertThat(e.targetKey()).isEqualTo("country/RS");
        });
    }

    @Test
    void aBodyAfterAPersonsStatementAndAComma() {
        Extraction x = extract("وفي واشنطن، قال وزير الخارجية جون كيري إن الانقلاب \"لا مبرر له\"، ودعا الجيش إلى الإفراج عن المسؤولين.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/john-kerry");
            assertThat(e.targetKey()).isEqualTo("group/army");
        });
    }

    @Test
    void aBodyAfterAPersonsCondemnationAndAComma() {
        Extraction x = extract("وندد وزير الخارجية البريطاني ديفيد لامي بالهجوم، ودعا الجيش السوداني إلى ضبط النفس.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/david-lammy");
            assertThat(e.targetKey()).isEqualTo("org/SD/army");
        });
    }

    @Test
    void aBodyWithAnObjectOfItsOwnAfterAPersonsStatementSpeaksItself() {
        Extraction x = extract("قال الرئيس الفرنسي إيمانويل ماكرون إن بلاده تتابع الوضع، وانتقد الاتحاد الأوروبي قرار الحكومة.");
        assertThat(coded(x, "11")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/eu"));
    }

    @Test
    void authoritiesOpeningASentenceAreItsSpeaker() {
        Extraction x = extract("اقتحم محتجون مقر البرلمان. ودعت السلطات التونسية المواطنين إلى التزام منازلهم.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("country/TN"));
    }

    // ------------------------------------------------------------- several people after an aside

    @Test
    void eachTitledPersonAfterAPlaceAndATimeAsideIsATarget() {
        Extraction x = extract("اعتقل عسكريون متمردون في مالي، مساء الثلاثاء، الرئيس إبراهيم أبو بكر كيتا ورئيس الوزراء بوبو سيسيه، "
                + "ونقلوهما إلى معسكر كاتي.");
        assertThat(coded(x, "173")).allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/soldiers"));
        assertThat(targets(coded(x, "173"))).containsExactly("person/ibrahim-boubacar-keita", "name/bubo-sisia");
    }

    @Test
    void aDateWithItsNumberSetOffByCommasDoesNotHideTheObject() {
        Extraction x = extract("وأوقف جنود متمردون في ثكنة كاتي، صباح الأربعاء 19 أغسطس، رئيس الأركان الجنرال موسى ديارا "
                + "ووزير المالية عبد الله كوني.");
        assertThat(targets(coded(x, "173"))).containsExactly("name/moussa-diara", "name/abdullah-kuni");
    }

    // ------------------------------------------------------------- courts no lexicon lists, as sources

    @Test
    void aCourtInACityIsABodyOfItsCountryAndSentences() {
        Extraction x = extract("قضت محكمة في أنقرة بسجن الصحفي أحمد شيك خمس سنوات.");
        assertThat(coded(x, "17")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/TR/court-ankara"));
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.labelEn()).isEqualTo("Court in Ankara"));
    }

    @Test
    void anOrderNamingNoOneOrderedIsTheCourtsOwnAct() {
        Extraction x = extract("أمرت محكمة في مدينة لاباز البوليفية أمس الأحد بحبس الرئيسة السابقة جانين آنيز احتياطيا.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/BO/court-la-paz");
            assertThat(e.targetKey()).isEqualTo("person/jeanine-anez");
        });
        assertThat(x.mentions()).anySatisfy(m -> assertThat(m.actorKey()).isEqualTo("place/la-paz"));
    }

    @Test
    void anOrderToSomeoneIsNotTheOrderersAct() {
        Extraction x = extract("أمر الرئيس الإثيوبي آبي أحمد الجيش بشن عملية عسكرية في إقليم تيغراي.");
        assertThat(x.events()).filteredOn(e -> !e.trigger().equals("order"))
                .allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("name/abi-ahmed"));
    }

    @Test
    void aMilitaryCourtIsACourtOfTheArticlesCountry() {
        Extraction x = extract("اعتقلت السلطات في ميانمار الناشط كياو مين يو. وقضت محكمة عسكرية بإعدامه.");
        assertThat(TestLexicons.events(x, "sentence")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("org/MM/military-court"));
    }

    // ------------------------------------------------------------- several bodies an act on bodies targets

    @Test
    void eachBodyJoinedByWaIsDissolved() {
        Extraction x = extract("وأعلن رئيس مدغشقر أندري راجولينا حل الجمعية الوطنية والحكومة.");
        assertThat(targets(TestLexicons.events(x, "dissolve"))).containsExactly("org/MG/national-assembly", "org/MG/government");
    }

    @Test
    void eachBodyJoinedByWaIsDissolvedByTheVerbToo() {
        Extraction x = extract("وحل الرئيس الملاوي البرلمان والمحكمة الدستورية.");
        assertThat(targets(TestLexicons.events(x, "dissolve"))).containsExactly("org/MW/parliament", "org/MW/constitutional-court");
    }

    // ------------------------------------------------------------- summoning people, not only envoys

    @Test
    void theArmySummonsAFormerPrimeMinister() {
        Extraction x = extract("أعلن الجيش الغاني الاستيلاء على السلطة. واستدعى الجيش رئيسة الوزراء السابقة أكوسوا منساه إلى مقر قيادته.");
        assertThat(TestLexicons.events(x, "summon-person")).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("170");
            assertThat(e.sourceKey()).contains("army");
            assertThat(e.targetKey()).isEqualTo("name/akusua-mansah");
        });
    }

    @Test
    void theProsecutionSummonsAnOppositionFigureForQuestioning() {
        Extraction x = extract("استدعت النيابة العامة في كينيا زعيم المعارضة رايلا أودينغا للتحقيق معه.");
        assertThat(TestLexicons.events(x, "summon-person")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).contains("odinga"));
    }

    @Test
    void aSummonedPersonNamedByAPronoun() {
        Extraction x = extract("انتقد الرئيس الزامبي هاكايندي هيشيليما الحكومة السابقة. واستدعته الشرطة الزامبية أمس.");
        assertThat(TestLexicons.events(x, "summon-person")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("person/hakainde-hichilema"));
    }

    @Test
    void anEnvoySummonedIsStillAProtestAndReservesAreNoOneSummoned() {
        Extraction x = extract("استدعت وزارة الخارجية الكينية السفير الأوغندي. واستدعت الحكومة قوات الاحتياط. "
                + "وهو الأمر الذي استدعى تدخل الجيش.");
        assertThat(TestLexicons.events(x, "summon-envoy")).hasSize(1);
        assertThat(TestLexicons.events(x, "summon-person")).isEmpty();
    }

    @Test
    void aTitledPersonAfterACommaIsTheNextOneTheBodyActsOn() {
        Extraction x = extract("واستدعى الجيش الغاني رئيسة الوزراء السابقة أكوسوا منساه إلى مقر قيادته، "
                + "واحتجز رئيس الوزراء المؤقت كوفي أتا وعددا من قادة الحزب الحاكم.");
        assertThat(TestLexicons.events(x, "arrest")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).contains("army");
            assertThat(e.targetKey()).isEqualTo("name/kufi-ata");
        });
    }

    @Test
    void aPersonHeldAfterAnArrestByThePolice() {
        Extraction x = extract("اعتقلت الشرطة الكينية المعارض رايلا أودينغا، واحتجز وزير الداخلية السابق فريد ماتيانغي في منزله.");
        assertThat(TestLexicons.events(x, "arrest")).extracting(Event::sourceKey).containsOnly("org/KE/police");
        assertThat(targets(TestLexicons.events(x, "arrest"))).containsExactly("person/raila-odinga", "name/farid-matiangi");
    }

    @Test
    void aPersonWithAnObjectOfHisOwnAfterTheCommaStillActs() {
        Extraction x = extract("اعتقلت الشرطة الكينية المعارض رايلا أودينغا، واتهم الرئيس الكيني وليام روتو المعارضة بالتحريض.");
        assertThat(coded(x, "112")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("person/william-ruto"));
    }

    // ------------------------------------------------------------- a foreign given name alone names the person again

    @Test
    void aCourtRemovesAPrimeMinisterNamedByHerGivenName() {
        Extraction x = extract("أعلن الجيش التايلاندي استيلاءه على السلطة. واستدعى الجيش رئيسة الوزراء السابقة ينغلاك شيناواترا. "
                + "وكانت المحكمة الدستورية قد عزلت ينغلاك من منصبها في وقت سابق هذا الشهر.");
        assertThat(coded(x, "17")).filteredOn(e -> e.sourceKey().equals("org/TH/constitutional-court")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("person/yingluck-shinawatra"));
    }

    @Test
    void aSpeakerNamedByHisGivenName() {
        Extraction x = extract("اعتقلت الشرطة الكينية الناشط بونيفاس موانغي. وقال بونيفاس للصحفيين إن الشرطة ضربته.");
        assertThat(coded(x, "01")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/bunifas-muangi"));
    }

    @Test
    void aCommonGivenNameAloneIsNoOneNamedBefore() {
        Extraction x = extract("اعتقلت الشرطة الكينية الناشط إبراهيم موانغي. وقال إبراهيم للصحفيين إن الشرطة ضربته.");
        assertThat(coded(x, "01")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/ibrahim-muangi"));
    }

    // ------------------------------------------------------------- a day of a month is no word of the gap

    @Test
    void aDayOfAMonthBetweenTheSubjectAndTheCabinetDismissed() {
        Extraction x = extract("وأقال الرئيس الكيني وليام روتو في 11 يوليو/تموز جميع أعضاء حكومته باستثناء نائبه.");
        assertThat(TestLexicons.events(x, "dismiss")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("org/KE/government"));
    }

    @Test
    void aDayOfAMonthWithItsYearBeforeTheBodyAccused() {
        Extraction x = extract("واتهم زعيم المعارضة رايلا أودينغا في 3 مارس/آذار 2024 كل وزراء الحكومة الكينية بالفساد.");
        assertThat(coded(x, "112")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("org/KE/government"));
    }
}
