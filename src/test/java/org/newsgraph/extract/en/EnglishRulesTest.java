package org.newsgraph.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.ExtractorFactory;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Statement;
import org.newsgraph.read.Article;

/** The English rules one at a time, on short sentences (published on Saturday 16 March 2024). */
class EnglishRulesTest {

    static final LocalDate SATURDAY = LocalDate.of(2024, 3, 16);

    static Extraction extract(String text) {
        return TestLexicons.extractor().extract(new Article("test", text, null, "en", SATURDAY, null));
    }

    static Actor actor(Extraction x, String key) {
        return x.actors().stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + key + " in " + x.actors()));
    }

    @Test
    void theFactoryIsFoundByLanguage() {
        assertThat(ServiceLoader.load(ExtractorFactory.class).stream().map(ServiceLoader.Provider::get)
                .map(ExtractorFactory::language)).contains("en", "ar");
    }

    @Test
    void sentencesEndAtStopsButNotAfterAbbreviationsOrInitials() {
        Extraction x = extract("The U.S. envoy arrived on Jan. 6 with Mr. Smith. He left.\nA headline without a stop\n\"Go,\" she said. Done!");
        assertThat(x.sentences()).extracting(Sentence::text).containsExactly(
                "The U.S. envoy arrived on Jan. 6 with Mr. Smith.", "He left.", "A headline without a stop",
                "\"Go,\" she said.", "Done!");
    }

    @Test
    void aPassiveTakesItsSubjectAsTargetAndTheAgentAfterByAsSource() {
        Extraction x = extract("Hassan Karimi, a journalist, was arrested by the police in Tehran on Thursday.");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("173");
            assertThat(e.sourceKey()).isEqualTo("group/police");
            assertThat(e.targetKey()).isEqualTo("name/hassan-karimi");
            assertThat(e.placeKey()).isEqualTo("place/tehran");
            assertThat(e.date()).hasToString("2024-03-14");
        });
    }

    @Test
    void theActiveVoiceKeepsSubjectAsSource() {
        Extraction x = extract("The police arrested Hassan Karimi, a journalist, in Tehran.");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/police");
            assertThat(e.targetKey()).isEqualTo("name/hassan-karimi");
        });
    }

    @Test
    void aTitleBeforeAnUnknownNameMakesAPersonWithThatRoleAndNoInventedArabicLabel() {
        Extraction x = extract("Turkish Foreign Minister Kerem Aydin met his Iraqi counterpart.");
        Actor fidan = actor(x, "name/kerem-aydin");
        assertThat(fidan.type()).isEqualTo(ActorType.PERSON);
        assertThat(fidan.labelEn()).isEqualTo("Kerem Aydin");
        assertThat(fidan.labelAr()).isNull();
        assertThat(x.roles()).singleElement().satisfies(r -> {
            assertThat(r.personKey()).isEqualTo("name/kerem-aydin");
            assertThat(r.office()).isEqualTo("minister-of-foreign-affairs");
            assertThat(r.organizationKey()).isEqualTo("country/TR");
            assertThat(r.former()).isFalse();
        });
    }

    @Test
    void aLexiconPersonKeepsBothLabelsAndAFormerTitleIsFormer() {
        Extraction x = extract("Former President Joe Biden spoke in Ohio.");
        Actor biden = actor(x, "person/joe-biden");
        assertThat(biden.labelAr()).isEqualTo("جو بايدن");
        assertThat(x.roles()).singleElement().satisfies(r -> {
            assertThat(r.former()).isTrue();
            assertThat(r.organizationKey()).isEqualTo("country/US");
        });
    }

    @Test
    void everyWayOfNamingAStateMinistryIsOneActor() {
        for (String text : List.of("Russia's defence ministry said the drills ended.",
                "The Russian Defence Ministry said the drills ended.",
                "The Ministry of Defence of Russia said the drills ended.",
                "The Ministry of Defense of the Russian Federation said the drills ended.")) {
            Extraction x = extract(text);
            Actor mod = actor(x, "org/RU/ministry-of-defence");
            assertThat(mod.labelEn()).as(text).isEqualTo("Ministry of Defence of Russia");
            assertThat(mod.labelAr()).as(text).isEqualTo("وزارة الدفاع الروسية");
            assertThat(x.statements()).as(text).extracting(Statement::speakerKey).containsExactly("org/RU/ministry-of-defence");
        }
    }

    @Test
    void anInstitutionWithoutACountryBelongsToTheCountryTheArticleIsAbout() {
        Extraction x = extract("Egypt is calm. The Interior Ministry said 12 people were detained in Cairo.");
        assertThat(x.actors()).extracting(Actor::key).contains("org/EG/ministry-of-interior");
    }

    @Test
    void demonymsAndAlternativeNamesNameTheCountry() {
        Extraction x = extract("Kyrgyz soldiers crossed into the Kyrgyz Republic from Kazakhstan.");
        assertThat(x.mentions()).extracting(Mention::actorKey, Mention::anchor).contains(
                org.assertj.core.groups.Tuple.tuple("country/KG", "Kyrgyz"),
                org.assertj.core.groups.Tuple.tuple("country/KG", "Kyrgyz Republic"),
                org.assertj.core.groups.Tuple.tuple("country/KZ", "Kazakhstan"));
        assertThat(x.actors()).extracting(Actor::key).containsOnlyOnce("country/KG");
    }

    @Test
    void numbersInDigitsAndWordsWithWhatTheyCount() {
        assertThat(quantities("Twenty-six protesters were killed in Paris.")).extracting(Quantity::value, Quantity::counts,
                Quantity::approximate).containsExactly(org.assertj.core.groups.Tuple.tuple(26L, "killed", false));
        assertThat(quantities("France sent two hundred soldiers and 1,500 armoured vehicles to Mali."))
                .extracting(Quantity::value, Quantity::counts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(200L, "soldiers"),
                        org.assertj.core.groups.Tuple.tuple(1500L, "vehicles"));
        assertThat(quantities("Hundreds of people were detained in Istanbul.")).extracting(Quantity::value,
                Quantity::approximate).containsExactly(org.assertj.core.groups.Tuple.tuple(100L, true));
        assertThat(quantities("More than 1.5 million people were detained in Istanbul.")).extracting(Quantity::value,
                Quantity::approximate).containsExactly(org.assertj.core.groups.Tuple.tuple(1_500_000L, true));
    }

    private static List<Quantity> quantities(String text) {
        return extract(text).events().stream().flatMap(e -> e.quantities().stream()).toList();
    }

    @Test
    void datesRelativeToThePublicationDay() {
        assertThat(date("Police arrested Ali Veli, a journalist, on Thursday.")).isEqualTo("2024-03-14");
        assertThat(date("Police arrested Ali Veli, a journalist, on Saturday.")).isEqualTo("2024-03-16");
        assertThat(date("Police arrested Ali Veli, a journalist, last Sunday.")).isEqualTo("2024-03-10");
        assertThat(date("Police arrested Ali Veli, a journalist, yesterday.")).isEqualTo("2024-03-15");
        assertThat(date("Police arrested Ali Veli, a journalist, on Jan. 6.")).isEqualTo("2024-01-06");
        assertThat(date("Police arrested Ali Veli, a journalist, on Dec. 30.")).isEqualTo("2023-12-30");
        assertThat(date("Police arrested Ali Veli, a journalist, on 6 May 2021.")).isEqualTo("2021-05-06");
        assertThat(date("Police arrested Ali Veli, a journalist, in May 1992.")).isEqualTo("1992-05");
    }

    private static String date(String text) {
        return extract(text).events().stream().map(Event::date).map(String::valueOf).findFirst().orElse("no event");
    }

    @Test
    void aTriggerWithNoActorNearbyYieldsNoEvent() {
        assertThat(extract("The arrests continued through the night.").events()).isEmpty();
        assertThat(extract("Arrests were made and warnings issued.").events()).isEmpty();
        assertThat(extract("He did not arrest anyone.").events()).isEmpty();
    }

    @Test
    void aSurnameAloneAndATitleAloneAreThePersonNamedInFull() {
        Extraction x = extract("Lacombe was in Nairobi on Friday. French President Emmanuel Lacombe met Kenyan officials. "
                + "The president said the talks went well.");
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.PERSON).extracting(Actor::key)
                .containsExactly("name/emmanuel-lacombe");
        assertThat(x.mentions()).filteredOn(m -> m.actorKey().equals("name/emmanuel-lacombe")).extracting(Mention::anchor)
                .containsExactly("Lacombe", "Emmanuel Lacombe", "president");
        assertThat(x.statements()).extracting(Statement::speakerKey).containsExactly("name/emmanuel-lacombe");
    }

    @Test
    void pronounsStandForTheLastPersonOrTheSpeakingOrganisation() {
        Extraction x = extract("Samir Aziz, a former minister, was detained in Cairo. He had held the post since 2015. "
                + "The Egyptian Interior Ministry said it had arrested 30 people.");
        assertThat(x.roles()).extracting(Role::personKey, r -> String.valueOf(r.since()), Role::former)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name/samir-aziz", "2015", true));
        assertThat(x.events()).extracting(Event::sourceKey).contains("org/EG/ministry-of-interior");
    }

    @Test
    void membershipKinshipAndAllianceFromAppositives() {
        Extraction x = extract("The Gulf Cooperation Council, which groups Saudi Arabia, Qatar and Oman, met in Riyadh. "
                + "Khalid Nasser, a nephew of King Salman and a close ally of Qatar, attended.");
        assertThat(x.relations()).extracting(Relation::subjectKey, Relation::kind, Relation::objectKey).contains(
                org.assertj.core.groups.Tuple.tuple("country/SA", Relation.Kind.MEMBER_OF, "org/gcc"),
                org.assertj.core.groups.Tuple.tuple("country/QA", Relation.Kind.MEMBER_OF, "org/gcc"),
                org.assertj.core.groups.Tuple.tuple("country/OM", Relation.Kind.MEMBER_OF, "org/gcc"),
                org.assertj.core.groups.Tuple.tuple("name/khalid-nasser", Relation.Kind.ALLY_OF, "country/QA"));
        assertThat(x.relations()).filteredOn(r -> r.kind() == Relation.Kind.NEPHEW_OF).singleElement()
                .satisfies(r -> assertThat(r.subjectKey()).isEqualTo("name/khalid-nasser"));
    }

    @Test
    void reportedSpeechHasSpeakerMediumDateAndQuote() {
        Extraction x = extract("Maria Zakharova wrote on Telegram on Friday: \"We will respond.\"");
        assertThat(x.statements()).singleElement().satisfies(s -> {
            assertThat(s.speakerKey()).isEqualTo("person/maria-zakharova");
            assertThat(s.medium()).isEqualTo("telegram");
            assertThat(s.date()).hasToString("2024-03-15");
            assertThat(s.quote()).isEqualTo("We will respond.");
        });
    }

    @Test
    void aDeploymentTakesItsDestinationAfterToAndItsCountryFromTheForces() {
        Extraction x = extract("Officials said planes had flown Turkish troops to Kabul.");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("074");
            assertThat(e.sourceKey()).isEqualTo("country/TR");
            assertThat(e.targetKey()).isEqualTo("country/AF");
            assertThat(e.placeKey()).isEqualTo("place/kabul");
        });
        assertThat(extract("The ministry sent a letter to Kabul.").events()).isEmpty();
    }

    @Test
    void offsetsCountCodePoints() {
        String text = "😀 Police detained Ali Veli, a journalist, in Ankara.";
        Extraction x = extract(text);
        int[] cps = text.codePoints().toArray();
        for (Mention m : x.mentions()) {
            assertThat(new String(cps, m.span().begin(), m.span().length())).isEqualTo(m.anchor());
        }
        Mention ankara = x.mentions().stream().filter(m -> m.actorKey().equals("place/ankara")).findFirst().orElseThrow();
        assertThat(ankara.span().begin()).isEqualTo(text.indexOf("Ankara") - 1);
        Event e = x.events().get(0);
        assertThat(new String(cps, e.triggerSpan().begin(), e.triggerSpan().length())).isEqualTo("detained");
    }

    @Test
    void textWithNothingToFindGivesSentencesOnly() {
        Extraction x = extract("lorem ipsum dolor sit amet ... ??? 123");
        assertThat(x.sentences()).isNotEmpty();
        assertThat(x.events()).isEmpty();
        assertThat(x.actors()).isEmpty();
    }

    @Test
    void aStateTitleAloneIsTheOfficeOfTheArticlesCountryAndAGenericOneIsNot() {
        Extraction x = extract("Peru is tense. Interior Minister Carla Mendoza said the curfew would hold. "
                + "Chief Tomas Quispe said nothing.");
        assertThat(x.roles()).anySatisfy(r -> {
            assertThat(r.personKey()).isEqualTo("name/carla-mendoza");
            assertThat(r.office()).isEqualTo("minister-of-interior");
            assertThat(r.organizationKey()).isEqualTo("country/PE");
        });
        assertThat(x.roles()).noneMatch(r -> r.personKey().equals("name/tomas-quispe"));
    }

    @Test
    void aSurnameMetFirstIsThePersonWhoseFamilyNameHoldsIt() {
        Extraction x = extract("Police detain President Ruiz\nPolice detained President Ana Ruiz Delgado on Friday.");
        assertThat(x.actors()).extracting(Actor::key).contains("name/ana-ruiz-delgado").doesNotContain("name/ruiz");
        assertThat(x.events()).extracting(Event::targetKey).containsOnly("name/ana-ruiz-delgado");
    }

    @Test
    void aNameInAppositionToAKinshipNounIsAPersonAndThatRelative() {
        Extraction x = extract("Police arrested one of Mayor Luis Pardo's sons, Diego Pardo Ruiz, and two aides on Friday. "
                + "His lawyer, Marta Vidal, said the charges were false.");
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("173");
            assertThat(e.sourceKey()).isEqualTo("group/police");
            assertThat(e.targetKey()).isEqualTo("name/diego-pardo-ruiz");
        });
        assertThat(x.relations()).anySatisfy(r -> {
            assertThat(r.subjectKey()).isEqualTo("name/diego-pardo-ruiz");
            assertThat(r.kind()).isEqualTo(Relation.Kind.RELATIVE_OF);
            assertThat(r.objectKey()).isEqualTo("name/luis-pardo");
        });
        assertThat(x.actors()).extracting(Actor::key).contains("name/marta-vidal");
    }

    @Test
    void clashesBetweenTwoSidesTakeTheFirstAsSourceAndTheSecondAsTarget() {
        Extraction x = extract("Three people died in clashes between rebels and soldiers near the border.");
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("193");
            assertThat(e.sourceKey()).isEqualTo("group/rebels");
            assertThat(e.targetKey()).isEqualTo("group/soldiers");
        });
    }

    @Test
    void placingSomeoneUnderHouseArrestIsAnArrestButPlacingAnOrderIsNot() {
        Extraction x = extract("Soldiers seized power in Bolivia on Tuesday and placed President Ana Ruiz under house arrest. "
                + "The ministry placed an order for new vehicles.");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("173");
            assertThat(e.sourceKey()).isEqualTo("group/soldiers");
            assertThat(e.targetKey()).isEqualTo("name/ana-ruiz");
            assertThat(e.date()).hasToString("2024-03-12");
        });
    }

    @Test
    void dissolvingAPartyIsABanAndAClauseAfterAfterHasItsOwnSubject() {
        Extraction x = extract("Bolivia's government dissolved the opposition on Monday, two days after prosecutors "
                + "charged opposition leader Ana Ruiz.");
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("1722");
            assertThat(e.sourceKey()).isEqualTo("org/BO/government");
            assertThat(e.targetKey()).isEqualTo("group/opposition");
        });
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("173");
            assertThat(e.sourceKey()).isEqualTo("org/BO/prosecutor-general");
            assertThat(e.targetKey()).isEqualTo("name/ana-ruiz");
        });
    }

    @Test
    void aYearBeforeANounIsNoCountOfThePassivesPatients() {
        Extraction x = extract("Ana Ruiz, a former minister who lost the 2019 election, was arrested by police on Friday.");
        assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.quantities()).isEmpty());
    }

    @Test
    void aGroupWordBeforeANounItDescribesNamesNoGroupAndAnOwnerIsNoObject() {
        Extraction x = extract("Chile's government banned the main opposition party on Monday. "
                + "China called on all sides to ensure Vladimir Putin's safety.");
        assertThat(x.actors()).extracting(Actor::key).doesNotContain("group/opposition");
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("1722");
            assertThat(e.sourceKey()).isEqualTo("org/CL/government");
            assertThat(e.targetKey()).isNull();
        });
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("020");
            assertThat(e.sourceKey()).isEqualTo("country/CN");
            assertThat(e.targetKey()).isNull();
        });
    }

    @Test
    void aMiddleInitialStaysInsideTheName() {
        Extraction x = extract("President Carlos M. Ibanez will meet with Prime Minister Ana Ruiz in Lima. Ibanez said so.");
        assertThat(x.actors()).extracting(Actor::key).contains("name/carlos-m-ibanez").doesNotContain("name/carlos-m", "name/ibanez");
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("043");
            assertThat(e.sourceKey()).isEqualTo("name/carlos-m-ibanez");
            assertThat(e.targetKey()).isEqualTo("name/ana-ruiz");
        });
    }
}
