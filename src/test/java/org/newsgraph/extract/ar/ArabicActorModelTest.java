package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.newsgraph.extract.ar.TestLexicons.actor;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Role;

/**
 * The actor model on text the extractor never saw (ontology/README.md, "State bodies and the state"): a state
 * body is one Organization linked to its country wherever the article names it, the state acting (السلطات) is
 * the country; a generic title alone is the one holder the article gives it; حركة/حزب before a common noun is
 * no organisation; names after titles end where the name ends. Short sentences of our own.
 */
class ArabicActorModelTest {

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, LocalDate.of(2023, 7, 21));
    }

    private static List<String> keysOf(Extraction x, String anchor) {
        return x.mentions().stream().filter(m -> m.anchor().equals(anchor)).map(Mention::actorKey).toList();
    }

    // ---------------------------------------------------------------------------- state bodies and the state

    @Test
    void anEmbassyNamedAgainWithoutItsCountryIsTheSameEmbassyNotOneOfTheArticlesCountry() {
        Extraction x = extract("وقالت السفارة السويدية في بغداد إن موظفيها بخير. وأدانت الحكومة العراقية الهجوم على السفارة.");
        assertThat(keysOf(x, "السفارة السويدية")).containsExactly("org/SE/embassy");
        assertThat(keysOf(x, "السفارة")).containsExactly("org/SE/embassy");
        assertThat(x.actors()).extracting(Actor::key).doesNotContain("org/IQ/embassy");
    }

    @Test
    void aBodyNamedWithoutCountryIsTheArticlesCountrysWhenTheArticleNamesSeveralOfThatKind() {
        Extraction x = extract("انتقدت وزارة الخارجية الفرنسية الهجوم. ورحبت وزارة الخارجية التركية بالبيان. "
                + "وقالت وزارة الخارجية إن العراق سيرد. وأعلن العراق الحداد.");
        assertThat(keysOf(x, "وزارة الخارجية")).containsExactly("org/IQ/ministry-of-foreign-affairs");
    }

    @Test
    void aStateBodyIsAnOrganisationLinkedToItsCountryAndTheAuthoritiesAreTheCountryItself() {
        Extraction x = extract("وصوت البرلمان التركي على القانون. وقالت السلطات التركية إنها اعتقلت ثلاثة أشخاص.");
        Actor parliament = actor(x, "البرلمان التركي");
        assertThat(parliament.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(parliament.key()).isEqualTo("org/TR/parliament");
        assertThat(parliament.country()).isEqualTo("country/TR");
        assertThat(keysOf(x, "السلطات التركية")).containsExactly("country/TR");
        assertThat(x.actors()).filteredOn(a -> a.type() != ActorType.COUNTRY).extracting(Actor::key)
                .containsExactly("org/TR/parliament");
    }

    @Test
    void anOrganisationKnownByNameKeepsTheCountryTheLexiconGivesIt() {
        Extraction x = extract("واتهمت قوات الدعم السريع الجيش بقصف المدينة.");
        assertThat(actor(x, "قوات الدعم السريع").country()).isEqualTo("country/SD");
    }

    // ------------------------------------------------------------------------------------ titles alone

    @Test
    void aGenericTitleAloneIsTheOneMinisterOfAnyPortfolioTheArticleNames() {
        Extraction x = extract("وقال وزير الخارجية العراقي فؤاد كريم إن بغداد ترفض الهجوم. وأضاف الوزير أن التحقيق مستمر.");
        String minister = actor(x, "فؤاد كريم").key();
        assertThat(keysOf(x, "الوزير")).containsExactly(minister);
    }

    @Test
    void aGenericTitleNamesNobodyWhenTheArticleHasTwoHolders() {
        Extraction x = extract("وقال وزير الخارجية العراقي فؤاد كريم إن بغداد ترفض الهجوم. "
                + "وقال وزير الداخلية العراقي عادل سالم إن الشرطة تحقق. وأضاف الوزير أن التحقيق مستمر.");
        assertThat(keysOf(x, "الوزير")).isEmpty();
    }

    @Test
    void aBareTitleIsTheOneHolderEvenOfAnotherCountryAndTheWordAfterItIsNoName() {
        Extraction x = extract("وقالت السفيرة السويدية آنا ليند إنها ستغادر. وأكد العراق أن السفيرة ستغادر غدا.");
        String ambassador = actor(x, "آنا ليند").key();
        assertThat(keysOf(x, "السفيرة")).containsExactly(ambassador);
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.PERSON).extracting(Actor::key)
                .containsExactly(ambassador);
    }

    @Test
    void aTitleBeforeANounOfItsHolderStillNamesTheHolder() {
        Extraction x = extract("وقال المتحدث باسم الحكومة العراقية باسم حميد إن الحكومة ستحقق. وشارك نجل المتحدث في الاجتماع.");
        assertThat(keysOf(x, "المتحدث")).containsExactly(actor(x, "باسم حميد").key());
    }

    @Test
    void aOneWordNameAfterABareTitleStaysWhenTheArticleHasNoOtherHolder() {
        Extraction x = extract("وقال المتحدث كيرزون إن الوضع هادئ.");
        Actor spokesman = actor(x, "كيرزون");
        assertThat(spokesman.type()).isEqualTo(ActorType.PERSON);
        assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo(spokesman.key()));
    }

    // ----------------------------------------------------------------------- parties and movements

    @Test
    void aCommonNounAfterHarakaOrHizbIsNoOrganisation() {
        Extraction x = extract("وتضررت حركة التجارة بين البلدين وتوقفت حركة المرور في بغداد.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.ORGANIZATION);
    }

    @Test
    void anUnknownPartyNameEndsWhereThePersonAfterItBegins() {
        Extraction x = extract("ووصف زعيم جبهة الإنقاذ الوطني أحمد نجيب الحسني المحاكمة بأنها مهزلة.");
        Actor front = actor(x, "جبهة الإنقاذ الوطني");
        assertThat(front.type()).isEqualTo(ActorType.ORGANIZATION);
        String leader = actor(x, "أحمد نجيب الحسني").key();
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey)
                .containsExactly(tuple(leader, "leader", front.key()));
    }

    // ---------------------------------------------------------------------------- names after titles

    @Test
    void aFamilyNameWithTheArticleClosesANameBeforeTheClauseGoesOn() {
        Extraction x = extract("وقال محافظ البنك المركزي العراقي علي العلاق إن الدينار مستقر.");
        String governor = actor(x, "علي العلاق").key();
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey)
                .contains(tuple(governor, "governor", "org/IQ/central-bank"));
    }

    @Test
    void aNameAfterACompoundGivenNameParticleGoesOnPastAWordThatIsAlsoATitle() {
        Extraction x = extract("والتقى رئيس أركان الجيش العراقي عبد الأمير يار الله بقادة الفرق.");
        String chief = actor(x, "عبد الأمير يار الله").key();
        assertThat(x.roles()).extracting(Role::personKey, Role::office).containsExactly(tuple(chief, "chief-of-staff"));
    }

    @Test
    void aNameStopsBeforeACommonNounOfTheNews() {
        Extraction x = extract("ووقع الرئيس العراقي جوزيف كمال مرسوم تشكيل الحكومة.");
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.PERSON).extracting(Actor::labelAr)
                .containsExactly("جوزيف كمال");
    }

    @Test
    void aRankAfterATitleAndANameOfThreeWordsWithANisbaFamilyNameAreOnePerson() {
        Extraction x = extract("أعلن قائد الجيش السوداني الفريق أول عبد الفتاح البرهان، اليوم، هدنة.");
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.PERSON).extracting(Actor::labelAr)
                .containsExactly("عبد الفتاح البرهان");
    }

    @Test
    void aClericIsAPersonWithThatRoleOfTheCountryTheNisbaNames() {
        Extraction x = extract("ودعا رجل الدين العراقي مقتدى الصدر أنصاره إلى التظاهر.");
        String cleric = actor(x, "مقتدى الصدر").key();
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey)
                .containsExactly(tuple(cleric, "cleric", "country/IQ"));
    }

    @Test
    void aPlacesNameOpeningTheWordsAfterATitleIsAGivenName() {
        Extraction x = extract("وقال القيادي في حركة حماس رياض الشعيبي إن الحكم ظالم.");
        String member = actor(x, "رياض الشعيبي").key();
        assertThat(x.actors()).extracting(Actor::key).doesNotContain("place/riyadh");
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey)
                .containsExactly(tuple(member, "senior-member", "org/hamas"));
    }

    @Test
    void anAmbassadorsHostCountryMayStandBetweenTheTitleAndTheName() {
        Extraction x = extract("وقال السفير الأمريكي لدى العراق جون كيلي إن واشنطن تدعم الحكومة. وأضاف السفير أن السفارة مفتوحة.");
        String ambassador = actor(x, "جون كيلي").key();
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey)
                .containsExactly(tuple(ambassador, "ambassador", "country/US"));
        assertThat(keysOf(x, "العراق")).containsExactly("country/IQ");
        assertThat(keysOf(x, "السفير")).containsExactly(ambassador);
    }

    @Test
    void aGivenNameThatReadsAsSoPlusAVerbIsStillAName() {
        Extraction x = extract("وقال وزير الخارجية العراقي الأمير فيصل بن حمد إن بغداد تدعم الحل.");
        String minister = actor(x, "فيصل بن حمد").key();
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey)
                .containsExactlyInAnyOrder(tuple(minister, "minister-of-foreign-affairs", "country/IQ"),
                        tuple(minister, "emir", "country/IQ"));
    }

    @Test
    void aCountrysNameOpeningAPersonsNameAfterATitleIsAGivenName() {
        Extraction x = extract("وقالت رئيسة الوزراء الفرنسية جورجيا ماريني إن باريس قلقة.");
        assertThat(actor(x, "جورجيا ماريني").type()).isEqualTo(ActorType.PERSON);
        assertThat(x.actors()).extracting(Actor::key).doesNotContain("country/GE");
    }

    @Test
    void aWordDescribingTheHolderMayStandBetweenTheTitleAndTheName() {
        Extraction x = extract("وقال رجل الدين الشيعي العراقي مقتدى الصدر إن أنصاره سينسحبون.");
        String cleric = actor(x, "مقتدى الصدر").key();
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey)
                .containsExactly(tuple(cleric, "cleric", "country/IQ"));
    }

    @Test
    void oneWordAfterATitleIsNoNameWhenTheClauseGoesOnOrTheTitleIsIndefinite() {
        Extraction x = extract("وطالب زعيم حركة حماس بحل البرلمان. وانتخب البرلمان العراقي رئيس جديد.");
        // no name is read after either title; the indefinite "رئيس جديد" is not the president in office either
        assertThat(x.actors()).noneMatch(a -> a.key().startsWith("name/") || a.key().equals("person/abdul-latif-rashid"));
    }

    @Test
    void aMentionAfterLamWithTheElidedAlefOfTheArticleStartsAtTheNoun() {
        Extraction x = extract("وصرح الوزير للمحتجين بأن الوضع مستقر.");
        assertThat(x.mentions()).extracting(Mention::anchor).contains("محتجين");
    }
}
