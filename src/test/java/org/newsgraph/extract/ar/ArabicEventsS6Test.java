package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.events;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Arguments of events that the extractor read wrong on wire reports of coups and crackdowns it had never seen: the
 * accusative participles after a statement (متهما، داعية، ملوحين) as the speaker's own acts, a threat whose target
 * stands inside its complement, the country in the genitive after a subject and an apposition after it (no object
 * either), a condemnation aimed at the doer of an act rather than at those it befell, and the triggers of stripping
 * powers, taking someone away and ousting told in the passive. Short sentences of our own, with the test gazetteer.
 */
class ArabicEventsS6Test {

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, LocalDate.of(2024, 3, 10));
    }

    // --------------------------------------------------- participles after a statement: the speaker's own acts

    @Test
    void anAccusingParticipleAfterAStatementIsTheSpeakersAccusationOfItsObject() {
        Event e = event(extract("وقال الرئيس الفرنسي إيمانويل ماكرون إن الوضع مقلق، متهما روسيا بتأجيج الأزمة."), "accuse");
        assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron");
        assertThat(e.targetKey()).isEqualTo("country/RU");
    }

    @Test
    void aFeminineParticipleAfterACondemnationIsTheSameSpeakersDemandOfItsAddressee() {
        Event e = event(extract("ودانت فرنسا الانقلاب في النيجر، مطالبة الجيش بالإفراج عن المعتقلين."), "demand");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isEqualTo("group/army");
    }

    @Test
    void aParticipleJoinedByWawAfterAnotherOneIsStillTheSpeakers() {
        Extraction x = extract("وقال وزير الخارجية الأمريكي أنتوني بلينكن إن بلاده قلقة، متهما إيران بدعم المسلحين، "
                + "ومحذرا طهران من عواقب وخيمة.");
        assertThat(event(x, "accuse").sourceKey()).isEqualTo("person/antony-blinken");
        assertThat(event(x, "accuse").targetKey()).isEqualTo("country/IR");
        assertThat(event(x, "warn").sourceKey()).isEqualTo("person/antony-blinken");
    }

    @Test
    void theSeparatePronounAfterAParticipleIsTheObjectOfTheSpeakersVerb() {
        Event e = event(extract("وانتقد الاتحاد الأوروبي روسيا بشدة، متهما إياها بانتهاك القانون الدولي."), "accuse");
        assertThat(e.sourceKey()).isEqualTo("org/eu");
        assertThat(e.targetKey()).isEqualTo("country/RU");
    }

    @Test
    void aSeparatePronounWithNoObjectBeforeGivesNoTargetRatherThanAnActorFurtherOn() {
        Event e = event(extract("وقال الرئيس الأمريكي جو بايدن إن الأزمة تتفاقم، واصفا إياها بأنها خطيرة على العراق."),
                "criticize");
        assertThat(e.sourceKey()).isEqualTo("person/joe-biden");
        assertThat(e.targetKey()).isNull();
    }

    @Test
    void aPluralParticipleThreateningSanctionsTakesTheSanctionsTarget() {
        Event e = event(extract("وأدان قادة الاتحاد الأوروبي القمع، ملوحين بفرض عقوبات على بيلاروس."), "threaten");
        assertThat(e.sourceKey()).isEqualTo("org/eu");
        assertThat(e.targetKey()).isEqualTo("country/BY");
    }

    @Test
    void aParticipleWithNoCommaBeforeItIsAnAdjectiveNotAnAct() {
        Extraction x = extract("واعتقلت الشرطة التركية رجلا متهما بالتجسس لصالح إيران.");
        assertThat(events(x, "accuse")).isEmpty();
    }

    // ------------------------------------------------------------- a threat's target inside its complement

    @Test
    void aThreatToReimposeSanctionsAimsAtWhomTheSanctionsWouldHit() {
        Event e = event(extract("وهدد الرئيس الأمريكي دونالد ترامب بإعادة فرض عقوبات على العراق."), "threaten");
        assertThat(e.sourceKey()).isEqualTo("person/donald-trump");
        assertThat(e.targetKey()).isEqualTo("country/IQ");
    }

    @Test
    void aWarningAgainstImposingSanctionsAimsAtWhomTheyWouldHit() {
        Event e = event(extract("وحذرت روسيا من فرض عقوبات جديدة على إيران."), "warn");
        assertThat(e.sourceKey()).isEqualTo("country/RU");
        assertThat(e.targetKey()).isEqualTo("country/IR");
    }

    // --------------------------------------------- the genitive after a subject, an apposition after it

    @Test
    void theCountryInTheGenitiveOfTheSubjectIsNeverTheArrestsTarget() {
        Extraction x = extract("اعتقل جيش النيجر، فجر الأربعاء، وزير الخارجية الأمريكي أنتوني بلينكن.");
        Event e = event(x, "arrest");
        assertThat(e.targetKey()).isNotEqualTo("country/NE").isEqualTo("person/antony-blinken");
    }

    @Test
    void aCountryRightAfterAPersonSubjectIsTheObjectNotItsGenitive() {
        Event e = event(extract("دعا وزير الخارجية الفرنسي جان نويل بارو تركيا إلى احترام حرية الصحافة."), "appeal");
        assertThat(e.sourceKey()).isEqualTo("person/jean-noel-barrot");
        assertThat(e.targetKey()).isEqualTo("country/TR");
    }

    @Test
    void anAppositionAfterTheSubjectIsNotTheObjectOfACondemnation() {
        Event e = event(extract("وندد وزير الخارجية الفرنسي، الوزير جان نويل بارو، بقمع المحتجين في طهران."),
                "criticize");
        assertThat(e.targetKey()).isNull();
    }

    @Test
    void aPluralVerbJoinedByWawTakesItsSubjectFromTheClauseBeforeNotFromTheObject() {
        Extraction x = extract("احتجز العسكريون الرئيس في نيامي، وأعلنوا حل الحكومة.");
        assertThat(events(x, "say")).extracting(Event::sourceKey).containsExactly("group/soldiers");
        assertThat(event(x, "dissolve").sourceKey()).isEqualTo("group/soldiers");
    }

    @Test
    void noGenitiveStandsAcrossAComma() {
        Extraction x = extract("ودانت فرنسا الانقلاب، مطالبة الجيش بالعودة إلى الثكنات.");
        assertThat(events(x, "coup")).extracting(Event::targetKey).doesNotContain("group/army");
    }

    // ------------------------------------------- a condemnation of an act: its doer, never those it befell

    @Test
    void aCondemnationOfAnArrestIsAimedAtTheArresterNamedBefore() {
        Extraction x = extract("اعتقلت الشرطة التركية عشرات الصحفيين في إسطنبول. "
                + "ودان الاتحاد الأوروبي اعتقال الصحفيين.");
        Event e = events(x, "criticize").get(0);
        assertThat(e.sourceKey()).isEqualTo("org/eu");
        assertThat(e.targetKey()).isEqualTo("org/TR/police");
    }

    @Test
    void aCondemnationOfAnArrestWithNoArresterToldIsAimedAtNoOne() {
        Event e = event(extract("ودانت فرنسا اعتقال وزير الخارجية الأمريكي أنتوني بلينكن."), "criticize");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isNull();
    }

    // ---------------------------------------------- the pronoun on أن is the subject; words of support

    @Test
    void standingBySomeoneAfterAPronounComplementizerIsTheSpeakersSupportOfThem() {
        Event e = event(extract("وأكدت روسيا أنها ستقف إلى جانب إيران."), "support");
        assertThat(e.sourceKey()).isEqualTo("country/RU");
        assertThat(e.targetKey()).isEqualTo("country/IR");
    }

    @Test
    void goingOnSupportingSomeoneIsSupportAndTheActorAfterItIsNoSubject() {
        Event e = event(extract("وقال الرئيس الأمريكي جو بايدن إنه سيواصل دعم العراق."), "support");
        assertThat(e.sourceKey()).isEqualTo("person/joe-biden");
        assertThat(e.targetKey()).isEqualTo("country/IQ");
    }

    @Test
    void notRecognisingAGovernmentRejectsIt() {
        Event e = event(extract("وأعلنت فرنسا أنها لا تعترف بالحكومة الجديدة في مالي."), "not-recognize");
        assertThat(e.cameo()).isEqualTo("120");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isNotNull().isNotEqualTo("country/FR");
    }

    // ----------------------------------------------------------------------------- new triggers

    @Test
    void strippingSomeoneOfPowersIsAnAdministrativeSanctionOnThem() {
        Event e = event(extract("وجرد البرلمان وزير الدفاع الروسي أندريه بيلوسوف من صلاحياته."), "strip");
        assertThat(e.cameo()).isEqualTo("172");
        assertThat(e.sourceKey()).endsWith("parliament");
        assertThat(e.targetKey()).isEqualTo("person/andrei-belousov");
    }

    @Test
    void takingSomeoneAwayIsADetention() {
        Event e = event(extract("واقتادت قوات الدعم السريع وزير الخارجية الأمريكي أنتوني بلينكن إلى جهة مجهولة."),
                "arrest");
        assertThat(e.sourceKey()).isEqualTo("org/rsf");
        assertThat(e.targetKey()).isEqualTo("person/antony-blinken");
    }

    @Test
    void anOustingToldInThePassiveBefallsThePersonAfterBi() {
        Event e = event(extract("وأطيح بالرئيس الروسي فلاديمير بوتين في انقلاب."), "topple");
        assertThat(e.targetKey()).isEqualTo("person/vladimir-putin");
    }
}
