package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Events of unrest and repression as wire news tells them: violence against a building standing for its owner,
 * tear gas and live ammunition as repression, an arrest told by a verbal noun with a pronoun object and an agent
 * after على يد, and clashes. Short sentences of our own, with the test gazetteer.
 */
class ArabicUnrestEventsTest {

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, LocalDate.of(2024, 3, 10));
    }

    // ------------------------------------------------------------------ a building stands for its owner

    @Test
    void stormingTheOfficialResidenceOfANamedPresidentTargetsThePresident() {
        Extraction x = extract("اقتحم المحتجون المقر الرسمي للرئيس جان دوبوا.");
        Event e = event(x, "storm-by-crowd");
        assertThat(e.sourceKey()).isEqualTo("group/protesters");
        assertThat(e.targetKey()).isEqualTo(actor(x, "جان دوبوا").key());
    }

    @Test
    void aTitleAloneAfterTheBuildingIsTheHolderTheArticleNamed() {
        Extraction x = extract("قال الرئيس الفرنسي جان دوبوا إن الوضع خطير. واقتحم المحتجون المقر الرسمي للرئيس.");
        Event e = event(x, "storm-by-crowd");
        assertThat(e.sourceKey()).isEqualTo("group/protesters");
        assertThat(e.targetKey()).isEqualTo(actor(x, "جان دوبوا").key());
    }

    @Test
    void settingFireToTheHouseOfAMinisterTargetsTheMinister() {
        Extraction x = extract("أضرم محتجون النار في المنزل الخاص لرئيس الوزراء الفرنسي جان دوبوا.");
        Event e = event(x, "set-fire");
        assertThat(e.cameo()).isEqualTo("145");
        assertThat(e.sourceKey()).isEqualTo("group/protesters");
        assertThat(e.targetKey()).isEqualTo(actor(x, "جان دوبوا").key());
    }

    @Test
    void theHeadquartersOfABodyIsThatBody() {
        Event e = event(extract("أضرم محتجون النار في مقر البرلمان العراقي."), "set-fire");
        assertThat(e.targetKey()).isEqualTo("org/IQ/parliament");
    }

    @Test
    void attackingAnOfficeIsAnAttackOnItsOwnerNotACriticism() {
        Extraction x = extract("هاجم محتجون مكتب النائب جان دوبوا.");
        assertThat(x.events()).noneMatch(e -> e.trigger().equals("assail"));
        Event e = event(x, "storm-by-crowd");
        assertThat(e.cameo()).isEqualTo("145");
        assertThat(e.targetKey()).isEqualTo(actor(x, "جان دوبوا").key());
    }

    @Test
    void aPronounOnTheBuildingRefersToThePersonNamedBefore() {
        Extraction x = extract("قال الرئيس الفرنسي جان دوبوا إن الوضع خطير. ولم يظهر منذ اقتحام مقره.");
        assertThat(event(x, "storm").targetKey()).isEqualTo(actor(x, "جان دوبوا").key());
    }

    @Test
    void fireSetToAPartOfABuildingIsSetToItsOwnerAndAVerbInThePluralSharesTheSubject() {
        Extraction x = extract("اقتحم محتجون عراقيون، أمس الثلاثاء، مقر البرلمان العراقي في بغداد وأضرموا النار في جزء منه.");
        Event fire = event(x, "set-fire");
        assertThat(fire.sourceKey()).isEqualTo("group/protesters");
        assertThat(fire.targetKey()).isEqualTo("org/IQ/parliament");
        assertThat(event(extract("أضرم المحتجون النار في أجزاء من مقر البرلمان العراقي."), "set-fire").targetKey())
                .isEqualTo("org/IQ/parliament");
    }

    @Test
    void aPlaceAndADateBetweenSubjectAndBuildingDoNotHideTheOwner() {
        Extraction x = extract("اقتحم آلاف المحتجين في بغداد، أمس السبت، المقر الرسمي للرئيس جان دوبوا.");
        Event e = event(x, "storm-by-crowd");
        assertThat(e.targetKey()).isEqualTo(actor(x, "جان دوبوا").key());
        assertThat(e.placeKey()).isEqualTo("place/baghdad");
    }

    @Test
    void forcesDeployedAreNotTheTargetOfTheirDeployment() {
        Event e = event(extract("وأعلن وزير الدفاع الفرنسي جان دوبوا نشر قوات الجيش في العاصمة."), "deploy");
        assertThat(e.targetKey()).isNotEqualTo("group/army");
    }

    @Test
    void aHouseInAPlaceHasNoOwner() {
        Event e = event(extract("اقتحم المحتجون منزلا في بغداد."), "storm-by-crowd");
        assertThat(e.sourceKey()).isEqualTo("group/protesters");
        assertThat(e.targetKey()).isNull();
    }

    // ------------------------------------------------------------------------------- repression

    @Test
    void tearGasFiredAtProtestersIsViolentRepression() {
        Event e = event(extract("أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين."), "repress");
        assertThat(e.cameo()).isEqualTo("175");
        assertThat(e.sourceKey()).isEqualTo("group/police");
        assertThat(e.targetKey()).isEqualTo("group/protesters");
    }

    @Test
    void waterCannonUsedToDisperseIsOneEventWhoseTargetIsWhoWasDispersed() {
        Extraction x = extract("استخدمت قوات الأمن خراطيم المياه لتفريق المحتجين.");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.trigger()).isEqualTo("repress");
            assertThat(e.sourceKey()).isEqualTo("group/security-forces");
            assertThat(e.targetKey()).isEqualTo("group/protesters");
        });
    }

    @Test
    void dispersingIsRepressionOfItsObject() {
        Event e = event(extract("فرقت الشرطة المتظاهرين بالقوة."), "disperse");
        assertThat(e.cameo()).isEqualTo("175");
        assertThat(e.sourceKey()).isEqualTo("group/police");
        assertThat(e.targetKey()).isEqualTo("group/protesters");
    }

    @Test
    void liveAmmunitionWithoutATargetIsStillRepressionByItsSubject() {
        Event e = event(extract("أطلقت قوات الأمن الرصاص الحي."), "repress");
        assertThat(e.sourceKey()).isEqualTo("group/security-forces");
        assertThat(e.targetKey()).isNull();
    }

    @Test
    void theAgentOfAVerbInARelativeClauseIsTheActorBeforeThePronoun() {
        Event e = event(extract("ندد الناشطون بقوات الأمن التي أطلقت الرصاص الحي على المحتجين."), "repress");
        assertThat(e.sourceKey()).isEqualTo("group/security-forces");
        assertThat(e.targetKey()).isEqualTo("group/protesters");
    }

    @Test
    void firingWithTheSubjectBetweenVerbAndFireIsOpeningFire() {
        Event e = event(extract("أطلقت الشرطة النار على المحتجين."), "fire-on-crowd");
        assertThat(e.cameo()).isEqualTo("180");
        assertThat(e.sourceKey()).isEqualTo("group/police");
        assertThat(e.targetKey()).isEqualTo("group/protesters");
    }

    @Test
    void aVerbOfUsingWithoutAMeansOfRepressionIsNoEvent() {
        assertThat(extract("استخدمت الشرطة سيارات جديدة في العاصمة.").events()).isEmpty();
    }

    // ------------------------------------------------------------- agents after على يد and برصاص

    @Test
    void aVerbalNounWithAPronounTakesThePersonBeforeAsTargetAndTheAgentAfterOnHand() {
        Extraction x = extract("أفرج عن المعارض جان دوبوا بعد أسبوع من اعتقاله من قبل الشرطة.");
        Event e = event(x, "arrest");
        assertThat(e.sourceKey()).isEqualTo("group/police");
        assertThat(e.targetKey()).isEqualTo(actor(x, "جان دوبوا").key());
    }

    @Test
    void aFemininePronounRefersToTheWomanNamedBefore() {
        Extraction x = extract("اعتقلت الشرطة الصحفية ماري دوبوا. وتوفيت بعد يومين من توقيفها على أيدي الشرطة.");
        Event second = x.events().stream().filter(e -> e.trigger().equals("arrest") && e.sentence() == 1).findFirst()
                .orElseThrow();
        assertThat(second.sourceKey()).isEqualTo("group/police");
        assertThat(second.targetKey()).isEqualTo(actor(x, "ماري دوبوا").key());
    }

    @Test
    void aMasculinePronounDoesNotReferToAWoman() {
        Extraction x = extract("اعتقلت الشرطة الصحفية ماري دوبوا. وتحدثت عن اعتقاله على يد الشرطة.");
        Event second = x.events().stream().filter(e -> e.trigger().equals("arrest") && e.sentence() == 1).findFirst()
                .orElseThrow();
        assertThat(second.targetKey()).isNull();
    }

    @Test
    void killedByPoliceBulletsIsAKillingByThePolice() {
        Event e = event(extract("وقالت منظمة العفو الدولية إن خمسة أشخاص على الأقل قتلوا برصاص الشرطة."), "kill");
        assertThat(e.sourceKey()).isEqualTo("group/police");
    }

    @Test
    void anUnmarkedPassiveWithItsVictimsCountedBeforeTheAgent() {
        Event e = event(extract("قتل خمسة متظاهرين برصاص الشرطة."), "kill");
        assertThat(e.sourceKey()).isEqualTo("group/police");
        assertThat(e.targetKey()).isEqualTo("group/protesters");
        assertThat(e.quantities()).extracting(q -> q.value()).containsExactly(5L);
    }

    @Test
    void anOrderAfterTheObjectOfAnActiveVerbLeavesItActive() {
        Extraction x = extract("اعتقلت الشرطة المعارض الفرنسي جان دوبوا بأمر من النيابة.");
        Event e = event(x, "arrest");
        assertThat(e.sourceKey()).isEqualTo("group/police");
        assertThat(e.targetKey()).isEqualTo(actor(x, "جان دوبوا").key());
    }

    @Test
    void aVerbWithAnObjectPronounAfterAndSharesTheSubjectAndTakesThePersonBefore() {
        Extraction x = extract("اقتحمت الشرطة منزل المعارض جان دوبوا واعتقلته.");
        Event arrest = event(x, "arrest");
        assertThat(arrest.sourceKey()).isEqualTo("group/police");
        assertThat(arrest.targetKey()).isEqualTo(actor(x, "جان دوبوا").key());
    }

    // ----------------------------------------------------------------------------------- clashes

    @Test
    void clashesWithAndBetweenGiveBothSides() {
        Event with = event(extract("اشتبك محتجون مع قوات الأمن."), "clash");
        assertThat(with.sourceKey()).isEqualTo("group/protesters");
        assertThat(with.targetKey()).isEqualTo("group/security-forces");
        Event between = event(extract("اندلعت مواجهات بين المتظاهرين والشرطة."), "clash");
        assertThat(between.sourceKey()).isEqualTo("group/protesters");
        assertThat(between.targetKey()).isEqualTo("group/police");
    }

    @Test
    void clashesThatHappenedAreNoSigning() {
        Extraction x = extract("وقعت اشتباكات بين الجيش ومسلحين.");
        assertThat(x.events()).extracting(Event::trigger).containsExactly("clash");
        assertThat(event(extract("ووقعت فرنسا اتفاقا مع العراق."), "sign").targetKey()).isEqualTo("country/IQ");
    }

    @Test
    void stoningThePoliceIsRioting() {
        Event e = event(extract("رشق المحتجون الشرطة بالحجارة."), "riot");
        assertThat(e.cameo()).isEqualTo("145");
        assertThat(e.targetKey()).isEqualTo("group/police");
    }
}
