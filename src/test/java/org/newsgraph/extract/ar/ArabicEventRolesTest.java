package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Who is source and who is target of an event in the patterns wire news uses that the sample does not: the
 * target of a sanction given as counted or qualified things, the object of a verb of appeal or accusation after
 * و, a capital as the subject right after its verb, and verbs of attack that also aim without arms. Short
 * sentences of our own, with the test gazetteer.
 */
class ArabicEventRolesTest {

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, LocalDate.of(2024, 3, 10));
    }

    // --------------------------------------------------------------------------------- sanctions: the target

    @Test
    void countedThingsLinkedToACountryMakeThatCountryTheTargetAndTheirNumberAQuantity() {
        Event e = event(extract("فرضت الحكومة الفرنسية عقوبات على 35 كيانا مرتبطين بإيران."), "sanction");
        assertThat(e.sourceKey()).isEqualTo("org/FR/government");
        assertThat(e.targetKey()).isEqualTo("country/IR");
        assertThat(e.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(35);
            assertThat(q.counts()).isEqualTo("entities");
        });
    }

    @Test
    void thingsQualifiedByANisbaAreThatCountrysAndACapitalImposingIsItsState() {
        Event e = event(extract("وفرضت واشنطن عقوبات جديدة على شركات إيرانية."), "sanction");
        assertThat(e.sourceKey()).isEqualTo("country/US");
        assertThat(e.targetKey()).isEqualTo("country/IR");
    }

    @Test
    void aNumberAloneIsNoTargetButStillCountsWhatWasSanctioned() {
        Event e = event(extract("وفرضت فرنسا عقوبات على 12 شركة."), "sanction");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isNull();
        assertThat(e.quantities()).extracting(q -> q.value()).containsExactly(12L);
    }

    @Test
    void aPlaceAfterAnAffiliationWordIsNoTarget() {
        Event e = event(extract("وفرضت فرنسا عقوبات على 4 شركات مرتبطة بطهران."), "sanction");
        // a capital after ب is where, not who: the companies are "linked to Tehran" as a place
        assertThat(e.targetKey()).isNotEqualTo("place/tehran");
    }

    // -------------------------------------------------------------------------- appeals and accusations after و

    @Test
    void aMasculineVerbBeforeAFeminineNounTakesItAsObjectAndSharesTheSubjectBefore() {
        Extraction x = extract("ورحب الرئيس الفرنسي جان دوبوا بالقرار، ودعا الحكومة العراقية إلى ضبط النفس.");
        Event appeal = event(x, "appeal");
        assertThat(appeal.sourceKey()).isEqualTo(actor(x, "جان دوبوا").key());
        assertThat(appeal.targetKey()).isEqualTo("org/IQ/government");
    }

    @Test
    void theSubjectSharedMayComeFromTheSentenceBefore() {
        Extraction x = extract("قال الرئيس الفرنسي جان دوبوا إن الوضع خطير. وطالب الحكومة العراقية بوقف العمليات.");
        Event demand = event(x, "demand");
        assertThat(demand.sourceKey()).isEqualTo(actor(x, "جان دوبوا").key());
        assertThat(demand.targetKey()).isEqualTo("org/IQ/government");
    }

    @Test
    void aFeminineVerbAgreesWithTheNounAfterItWhichIsItsSubject() {
        Extraction x = extract("ورحب الرئيس الفرنسي جان دوبوا بالقرار، ودعت الحكومة العراقية إيران إلى الحوار.");
        Event appeal = event(x, "appeal");
        assertThat(appeal.sourceKey()).isEqualTo("org/IQ/government");
        assertThat(appeal.targetKey()).isEqualTo("country/IR");
    }

    @Test
    void aMasculineVerbBeforeAMasculineNounHasItAsSubject() {
        Extraction x = extract("وقال الرئيس الفرنسي جان دوبوا إن الوضع خطير. ودعا الجيش إلى ضبط النفس.");
        assertThat(event(x, "appeal").sourceKey()).isEqualTo("group/army");
    }

    @Test
    void anAccusedCapitalAfterTheVerbIsTheTargetWhenTheChargeFollowsIt() {
        Extraction x = extract("وأعلن وزير الخارجية العراقي أحمد كمال مقتل 10 جنود، واتهم أنقرة بانتهاك الحدود العراقية.");
        Event accuse = event(x, "accuse");
        assertThat(accuse.sourceKey()).isEqualTo(actor(x, "أحمد كمال").key());
        assertThat(accuse.targetKey()).isEqualTo("country/TR");
    }

    @Test
    void whatFollowsThatIsWhatIsSaidNotWhoSaysIt() {
        Extraction x = extract("ووصف المتحدث باسم وزارة الخارجية الروسية سامي ناصر العقوبات بأنها غير قانونية، وقال إن روسيا سترد.");
        Actor nasser = actor(x, "سامي ناصر");
        assertThat(x.events()).filteredOn(e -> e.trigger().equals("say"))
                .allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo(nasser.key()));
    }

    // ------------------------------------------------------------------------------ capitals as the subject

    @Test
    void twoCapitalsAfterAVerbAreItsSourceAndTargetWhateverTheVerbsGender() {
        for (String verb : new String[] {"واتهمت", "واتهم"}) {
            Event e = event(extract(verb + " طهران أنقرة بإيواء المعارضين."), "accuse");
            assertThat(e.sourceKey()).as(verb).isEqualTo("country/IR");
            assertThat(e.targetKey()).as(verb).isEqualTo("country/TR");
        }
    }

    @Test
    void aCapitalRightAfterItsVerbIsItsStateActing() {
        Extraction x = extract("ورفضت موسكو الاتهامات الفرنسية.");
        Event e = event(x, "reject");
        assertThat(e.sourceKey()).isEqualTo("country/RU");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PLACE);
    }

    // ------------------------------------------------------------------------------ attacks without arms

    @Test
    void measuresThatTargetSomethingAttackNoOne() {
        Extraction x = extract("وقال وزير الخارجية الفرنسي جان دوبوا إن العقوبات تستهدف شبكات تمويل الجيش الروسي. "
                + "وأعلنت الحكومة العراقية إجراءات تستهدف التهرب الضريبي.");
        assertThat(x.events()).noneMatch(e -> e.cameo().startsWith("19") || e.cameo().startsWith("18"));
    }

    @Test
    void targetingPositionsPlacesOrPeopleIsAnAttack() {
        Extraction x = extract("واستهدف الجيش مواقع للمسلحين قرب بغداد. واستهدفت القوات الروسية المدنيين.");
        assertThat(x.events()).filteredOn(e -> e.cameo().equals("190")).hasSize(2)
                .allSatisfy(e -> assertThat(e.trigger()).isEqualTo("attack"));
    }

    @Test
    void assailingIsAnAttackWhenArmedMenDoItAndACriticismWhenAPresidentDoes() {
        Event armed = event(extract("وهاجم مسلحون قرية قرب بغداد."), "attack");
        assertThat(armed.cameo()).isEqualTo("190");
        Extraction x = extract("وهاجم الرئيس الفرنسي جان دوبوا الحكومة العراقية.");
        Event words = event(x, "assail");
        assertThat(words.cameo()).isEqualTo("111");
        assertThat(words.sourceKey()).isEqualTo(actor(x, "جان دوبوا").key());
        assertThat(words.targetKey()).isEqualTo("org/IQ/government");
    }

    // ------------------------------------------------------------------------------ person objects

    @Test
    void anUnknownNameAfterADismissalVerbAndItsSubjectIsThePersonDismissed() {
        Extraction x = extract("وأقالت الحكومة العراقية خالد منصور الطائي، بعد اتهامه بالفساد.");
        Actor p = actor(x, "خالد منصور الطائي");
        assertThat(p.type()).isEqualTo(ActorType.PERSON);
        assertThat(event(x, "dismiss").targetKey()).isEqualTo(p.key());
    }

    // ------------------------------------------------------------------------------ case and number agreement

    @Test
    void aPluralVerbAfterWawHasNoSubjectAfterItSoTheActorThereIsItsObject() {
        Extraction x = extract("وأعلن الجيش الفرنسي، الجمعة، السيطرة على المطار، واعتقلوا وزير الدفاع العراقي أحمد كمال.");
        Event arrest = event(x, "arrest");
        assertThat(arrest.sourceKey()).isEqualTo("org/FR/army");
        assertThat(arrest.targetKey()).isEqualTo(actor(x, "أحمد كمال").key());
    }

    @Test
    void aPluralInYeenAfterTheVerbIsInTheObjectCase() {
        Extraction x = extract("وأدانت فرنسا الهجوم، ودعا المحتجين إلى الهدوء.");
        Event appeal = event(x, "appeal");
        assertThat(appeal.sourceKey()).isEqualTo("country/FR");
        assertThat(appeal.targetKey()).isEqualTo("group/protesters");
    }

    @Test
    void aFeminineVerbBeforeAMasculineBodyTakesItAsObject() {
        Extraction x = extract("وقالت وزارة الخارجية العراقية إن القرار مؤسف، واتهمت الجيش الفرنسي بالتصعيد.");
        Event accuse = event(x, "accuse");
        assertThat(accuse.sourceKey()).isEqualTo("org/IQ/ministry-of-foreign-affairs");
        assertThat(accuse.targetKey()).isEqualTo("org/FR/army");
    }

    // ------------------------------------------------------------------------------ agents and readings

    @Test
    void aVerbalNounAnnouncedHasTheAnnouncerAsAgentNotAnActorInBetween() {
        Extraction x = extract("أعلن ضباط في جيش مالي، فجر الجمعة، الاستيلاء على السلطة وحل الحكومة.");
        Event coup = event(x, "coup");
        assertThat(coup.sourceKey()).isNotEqualTo("country/ML");
        assertThat(coup.sourceKey()).isNotNull();
        // the government belongs to the next noun, حل, not to the coup
        assertThat(coup.targetKey()).isNull();
    }

    @Test
    void aWordOfSeveralTriggersIsTheOneWhoseObjectFollows() {
        Extraction x = extract("وعلقت المجموعة الاقتصادية لدول غرب أفريقيا عضوية مالي في هيئاتها.");
        Event e = event(x, "suspend-membership");
        assertThat(e.cameo()).isEqualTo("160");
        assertThat(e.targetKey()).isEqualTo("country/ML");
        assertThat(extract("وعلقت الولايات المتحدة مساعداتها العسكرية لمالي.").events())
                .extracting(Event::trigger).contains("suspend-aid").doesNotContain("suspend-membership");
        assertThat(extract("وعلق المجلس العسكري العمل بالدستور.").events()).isEmpty();
    }

    @Test
    void aThreatHasTheTargetOfTheActItThreatens() {
        Event threat = event(extract("وهددت فرنسا بفرض عقوبات على إيران."), "threaten");
        assertThat(threat.sourceKey()).isEqualTo("country/FR");
        assertThat(threat.targetKey()).isEqualTo("country/IR");
    }

    @Test
    void theNisbaOfCountedPeopleIsWhoseTheyAre() {
        Event e = event(extract("وأعلنت باريس مساء الجمعة طرد 12 دبلوماسيا إيرانيا."), "expel-diplomat");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isEqualTo("country/IR");
        assertThat(e.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(12);
            assertThat(q.counts()).isEqualTo("diplomats");
        });
    }

    @Test
    void hoursAndWeekdaysAreNoCountOfWhatCameBefore() {
        Extraction x = extract("وطردت فرنسا 12 دبلوماسيا إيرانيا خلال 48 ساعة. واعتقلت الشرطة الفرنسية 30 محتجا ليل الاثنين.");
        assertThat(event(x, "expel-diplomat").quantities()).extracting(q -> q.value()).containsExactly(12L);
        assertThat(event(x, "arrest").quantities()).extracting(q -> q.value()).containsExactly(30L);
    }

    @Test
    void condemningAnEventToldBeforeActsOnItsAgent() {
        Extraction x = extract("واعتقلت الشرطة الإيرانية عشرات المحتجين في طهران. وأدانت فرنسا الاعتقال.");
        assertThat(x.events()).filteredOn(e -> e.trigger().equals("criticize")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("org/IR/police"));
        // an event the article has not told gives no target
        assertThat(event(extract("وأدانت فرنسا الانقلاب."), "criticize").targetKey()).isNull();
    }

    @Test
    void othersCountedAfterAPassiveVerbAreMoreOfThePeopleBefore() {
        Extraction x = extract("قتل 12 جنديا عراقيا وأصيب 20 آخرون في هجوم قرب بغداد.");
        Event injure = event(x, "injure");
        assertThat(injure.targetKey()).isEqualTo("country/IQ");
        assertThat(injure.quantities()).extracting(q -> q.value()).containsExactly(20L);
    }

    @Test
    void countriesJoinedToTheSubjectByWaAreMoreSubjectsNotTheObject() {
        Event e = event(extract("وطالبت فرنسا وألمانيا وإيطاليا روسيا بالانسحاب."), "demand");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isEqualTo("country/RU");
    }
}
