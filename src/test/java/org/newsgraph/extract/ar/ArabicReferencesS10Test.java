package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Reactions whose object is an event named by a noun, not an actor (session 10): condemning the coup, criticising
 * the use of force or the verdict, welcoming the result of the vote are aimed at whoever did that act as the
 * article told it, in its own words or others (a coup told as soldiers arresting the president), and at no one
 * when the article told no such act. Short sentences of our own, with the test gazetteer.
 */
class ArabicReferencesS10Test {

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, LocalDate.of(2024, 6, 3));
    }

    private static Event criticism(String text) {
        return event(extract(text), "criticize");
    }

    // ------------------------------------------------------------------------- a coup told as what soldiers did

    @Test
    void condemningTheCoupAimsAtTheSoldiersWhoseArrestOfThePresidentToldIt() {
        String arrest = "اعتقل عسكريون متمردون، مساء الثلاثاء، الرئيس المالي في العاصمة. ";
        String soldiers = event(extract(arrest), "arrest").sourceKey();
        assertThat(criticism(arrest + "وأدان الاتحاد الأوروبي الانقلاب.").targetKey()).isEqualTo(soldiers);
        assertThat(criticism(arrest + "وندد الاتحاد الأوروبي بمحاولة الانقلاب.").targetKey()).isEqualTo(soldiers);
        // an acronym in brackets between the subject and the object
        assertThat(criticism(arrest + "كما أدانت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) الانقلاب.").targetKey())
                .isEqualTo(soldiers);
        String dissolved = "وأعلن الجيش حل الحكومة وتعليق العمل بالدستور. ";
        assertThat(criticism(dissolved + "ودانت فرنسا الانقلاب.").targetKey()).isEqualTo("group/army");
    }

    @Test
    void condemningAnyTakeoverByForceAimsAtTheSoldiersWhoTookPower() {
        String arrest = "اعتقل عسكريون متمردون، مساء الثلاثاء، الرئيس المالي في العاصمة. ";
        String soldiers = event(extract(arrest), "arrest").sourceKey();
        assertThat(criticism(arrest + "ودانت فرنسا \"أي استيلاء على السلطة بقوة السلاح\".").targetKey()).isEqualTo(soldiers);
        // any violence, where the article told none, is no one's
        assertThat(criticism(arrest + "ودانت فرنسا أي اعتداء على المتظاهرين.").targetKey()).isNull();
    }

    @Test
    void aCoupIsNoActOfAnUnarmedActorAndWithNoneTheCondemnationAimsAtNoOne() {
        Event e = criticism("أعلن الرئيس حل البرلمان. ودانت فرنسا الانقلاب.");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isNull();
    }

    @Test
    void whatASpeakerCallsACoupIsTheObjectReactedToAndTheCallingNoActOfItsOwn() {
        Extraction x = extract("أعلن الجيش استيلاءه على السلطة. "
                + "كما دانت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) ما وصفته بالانقلاب العسكري.");
        assertThat(TestLexicons.events(x, "criticize")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/ecowas");
            assertThat(e.targetKey()).isEqualTo("group/army");
        });
    }

    @Test
    void rejectingTheCoupAimsAtWhoeverMadeItFirstNotAtThoseWhoArrestedOthersAfter() {
        Event e = event(extract("عزل الجيش المصري الرئيس محمد مرسي مساء الأربعاء. "
                + "واعتقلت قوات الأمن قادة جماعة الإخوان المسلمين. "
                + "ورفض الرئيس في كلمة مسجلة ما وصفه بـ\"الانقلاب العسكري\"، ودعا أنصاره إلى التظاهر."), "reject");
        assertThat(e.targetKey()).isEqualTo("org/EG/army");
    }

    @Test
    void aStatementThatTheCoupIsUnjustifiedIsAboutItsDoerAndOneAboutAResignationIsNot() {
        assertThat(TestLexicons.events(extract("أعلن الجيش استيلاءه على السلطة. وقالت فرنسا إن الانقلاب \"لا مبرر له\"."), "say"))
                .filteredOn(x -> "country/FR".equals(x.sourceKey())).singleElement()
                .satisfies(x -> assertThat(x.targetKey()).isEqualTo("group/army"));
        String resigned = "أعلن الرئيس المالي استقالته. ";
        assertThat(TestLexicons.events(extract(resigned + "وقالت فرنسا إن الاستقالة غير كافية."), "say"))
                .filteredOn(x -> "country/FR".equals(x.sourceKey())).singleElement()
                .satisfies(x -> assertThat(x.targetKey()).isNull());
    }

    // ------------------------------------------------------------------------- nouns naming an act (lexv:EventNoun)

    @Test
    void criticisingTheUseOfForceOrTheCrackdownAimsAtWhoeverRepressedTheProtesters() {
        String repressed = "وأطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في العاصمة. ";
        assertThat(criticism(repressed + "وانتقد الاتحاد الأوروبي استخدام القوة ضد المتظاهرين.").targetKey())
                .isEqualTo("group/police");
        assertThat(criticism(repressed + "ونددت فرنسا بالاستخدام المفرط للقوة.").targetKey()).isEqualTo("group/police");
        // how strongly, between the verb and its object
        assertThat(criticism(repressed + "وأدانت فرنسا بشدة استخدام القوة ضد المتظاهرين.").targetKey()).isEqualTo("group/police");
        // no repression told: criticising the use of force aims at no one
        assertThat(criticism("تظاهر الآلاف في العاصمة. وانتقد الاتحاد الأوروبي استخدام القوة ضد المتظاهرين.").targetKey())
                .isNull();
    }

    @Test
    void theCrackdownCondemnedIsANounNotTheVerbQamaAndItsDoerIsWhoeverRepressed() {
        Extraction x = extract("وفرقت الشرطة المتظاهرين في العاصمة. وأدان الاتحاد الأوروبي القمع الدموي للمتظاهرين.");
        assertThat(event(x, "criticize").targetKey()).isEqualTo("group/police");
        // the condemning body is no one who cracked down
        assertThat(TestLexicons.events(x, "disperse")).extracting(Event::sourceKey).containsExactly("group/police");
        assertThat(criticism("وأطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في العاصمة. "
                + "وأدان الاتحاد الأوروبي القمع الدموي للمتظاهرين.").targetKey()).isEqualTo("group/police");
    }

    @Test
    void criticisingTheVerdictOrTheTrialAimsAtTheCourtThatSentenced() {
        String sentenced = "حكمت محكمة الجنايات العراقية على المعارض بالسجن عشرين عاما. ";
        String court = event(extract(sentenced), "sentence").sourceKey();
        assertThat(court).isNotNull();
        assertThat(criticism(sentenced + "وانتقدت وزارة الخارجية الفرنسية الحكم.").targetKey()).isEqualTo(court);
        assertThat(criticism(sentenced + "ووصفت فرنسا المحاكمة بأنها \"مهزلة\".").targetKey()).isEqualTo(court);
        assertThat(criticism("وقال الرئيس إن الحكم سيبقى للشعب. وانتقدت فرنسا الحكم.").targetKey()).isNull();
    }

    @Test
    void welcomingTheResultOfTheVoteAimsAtTheLegislatureThatVoted() {
        String voted = "صوت البرلمان الفرنسي، السبت، لصالح عزل الرئيس إيمانويل ماكرون. ";
        Event e = event(extract(voted + "ورحبت الولايات المتحدة بنتيجة التصويت."), "welcome");
        assertThat(e.sourceKey()).isEqualTo("country/US");
        assertThat(e.targetKey()).isEqualTo(event(extract(voted), "dismiss").sourceKey()).isNotNull();
        // no legislature's act told: the vote is no one's
        assertThat(event(extract("اعتقلت الشرطة المعارض. ورحبت الولايات المتحدة بنتيجة التصويت."), "welcome").targetKey())
                .isNull();
    }
    // ------------------------------------------------------------------------- what happened, this step (lexv:ActReference)

    @Test
    void condemningWhatHappenedAfterACondemnationOfTheCoupAimsAtWhomThatOneWasAimed() {
        String arrest = "اعتقل عسكريون متمردون، مساء الثلاثاء، الرئيس المالي في العاصمة. ";
        String soldiers = event(extract(arrest), "arrest").sourceKey();
        String told = arrest + "ودانت المجموعة الاقتصادية لدول غرب أفريقيا الانقلاب، وقررت إغلاق الحدود مع مالي. ";
        assertThat(TestLexicons.events(extract(told + "كما نددت فرنسا بما جرى."), "criticize"))
                .filteredOn(x -> "country/FR".equals(x.sourceKey())).singleElement()
                .satisfies(x -> assertThat(x.targetKey()).isEqualTo(soldiers));
        // a demonstrative and a noun, after a quoted manner of condemning, in a reported clause
        assertThat(TestLexicons.events(extract(told + "وقال وزير الخارجية إن فرنسا تدين \"بأشد العبارات\" هذا الحدث الخطير."),
                "criticize")).filteredOn(x -> "country/FR".equals(x.sourceKey())).singleElement()
                .satisfies(x -> assertThat(x.targetKey()).isEqualTo(soldiers));
    }

    @Test
    void describingWhatHappenedAimsAtTheDoerOfTheLatestActOfForceBefore() {
        Event e = criticism("اعتقلت الشرطة الصحفي المعارض بعد هبوط الطائرة. "
                + "وطالب الاتحاد الأوروبي بالإفراج الفوري عن الصحفي، فيما وصفت فرنسا ما حدث بأنه \"قرصنة\".");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isEqualTo("group/police");
    }

    @Test
    void criticisingThisDecisionAimsAtWhoeverDecidedAMeasureBefore() {
        String dissolved = "أعلن الجيش حل البرلمان وتعليق العمل بالدستور. ";
        assertThat(criticism(dissolved + "وانتقدت فرنسا هذا القرار.").targetKey()).isEqualTo("group/army");
        assertThat(event(extract(dissolved + "ورحبت الولايات المتحدة بهذه الخطوة."), "welcome").targetKey())
                .isEqualTo("group/army");
    }

    @Test
    void whatHappenedWithNoActOfForceToldOrOnlyTheSpeakersOwnIsNoOnes() {
        assertThat(criticism("وصل الرئيس الفرنسي إلى العاصمة. ودانت فرنسا ما جرى.").targetKey()).isNull();
        assertThat(criticism("طالب الاتحاد الأوروبي بالإفراج عن المعتقلين. ودانت فرنسا ما جرى.").targetKey()).isNull();
        assertThat(criticism("اعتقلت فرنسا المعارض. ودانت فرنسا ما جرى.").targetKey()).isNull();
    }
    // ------------------------------------------------------------------------- a government's make-up

    @Test
    void criticisingTheLineUpOfTheCabinetAimsAtTheGovernmentNamedBefore() {
        String formed = "أعلن رئيس الوزراء اللبناني تشكيل حكومة جديدة. ووقع الرئيس مرسوم تشكيل الحكومة اللبنانية. ";
        Event e = event(TestLexicons.extractShipped(formed + "وانتقدت فرنسا توزيع الحقائب.", LocalDate.of(2024, 6, 3)),
                "criticize");
        assertThat(e.targetKey()).isEqualTo("org/LB/government");
        assertThat(event(TestLexicons.extractShipped(formed + "ورفضت فرنسا التشكيلة الحكومية.", LocalDate.of(2024, 6, 3)),
                "reject").targetKey()).isEqualTo("org/LB/government");
        // the government still named in its own formation, as the object welcomed
        assertThat(event(TestLexicons.extractShipped("أعلن رئيس الوزراء تشكيل الحكومة اللبنانية. ورحبت فرنسا بتشكيل الحكومة.",
                LocalDate.of(2024, 6, 3)), "welcome").targetKey()).isEqualTo("org/LB/government");
        // no government named: the line-up is no one's
        assertThat(event(TestLexicons.extractShipped("وصل الرئيس اللبناني إلى باريس. وانتقدت فرنسا توزيع الحقائب.",
                LocalDate.of(2024, 6, 3)), "criticize").targetKey()).isNull();
    }
    // ------------------------------------------------------------------------- acts negated, in the future or past

    @Test
    void aVerbAfterANegatingParticleIsAnActNotDoneButRefusingToRecognizeIsOne() {
        assertThat(TestLexicons.events(extract("وأكدت فرنسا أنها لن تدين الجيش."), "criticize")).isEmpty();
        assertThat(TestLexicons.events(extract("ولم تعتقل الشرطة المعارض التركي."), "arrest")).isEmpty();
        assertThat(TestLexicons.events(extract("وقال الرئيس إن الحكومة لا تعتقل المعارضين."), "arrest")).isEmpty();
        assertThat(TestLexicons.events(extract("اعتقلت الشرطة المعارض التركي."), "arrest")).hasSize(1);
        assertThat(event(extract("وقالت فرنسا إنها لن تعترف بنتائج الانتخابات."), "not-recognize").sourceKey())
                .isEqualTo("country/FR");
    }
}
