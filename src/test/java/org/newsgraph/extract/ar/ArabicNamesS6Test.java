package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Role;

/**
 * People no lexicon lists after titles whose organisation is a bare noun (الحزب، البلاد) or that carry an adjective,
 * a place phrase or a rank before the name; short given names that look like particles; East Asian names of three
 * and four words; words that are never names (a verb with its object pronoun, إيا + pronoun); the organisation of a
 * known person's title; the labels of unlisted parties and a party called after its leader. Short sentences of our
 * own, read with every shipped lexicon.
 */
class ArabicNamesS6Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2021, 3, 4));
    }

    private static Actor actor(Extraction x, String labelAr) {
        return TestLexicons.actor(x, labelAr);
    }

    private static long people(Extraction x) {
        return x.actors().stream().filter(a -> a.type() == ActorType.PERSON).count();
    }

    // --------------------------------------------------------------- a title whose organisation is a bare noun

    @Test
    void theSpokesmanOfThePartyNamedBeforeIsThatPartysSpokesman() {
        Extraction x = extract("أعلن حزب الأمل الوطني مقاطعة الانتخابات في زامبيا. "
                + "وقال المتحدث باسم الحزب موسى تشيلوبا إن القرار نهائي.");
        Actor party = actor(x, "حزب الأمل الوطني");
        assertThat(x.roles()).extracting(Role::personKey, Role::organizationKey)
                .contains(tuple(actor(x, "موسى تشيلوبا").key(), party.key()));
        Extraction y = extract("اعتقلت الشرطة قادة حركة التضامن المدني في المدينة. "
                + "وقالت المتحدثة باسم الحركة سلمى كوناتي إن الاعتقالات تعسفية.");
        assertThat(y.roles()).extracting(Role::personKey, Role::organizationKey)
                .contains(tuple(actor(y, "سلمى كوناتي").key(), actor(y, "حركة التضامن المدني").key()));
    }

    @Test
    void aBarePartyNounWithNoPartyNamedBeforeGivesNoRole() {
        Extraction x = extract("وقال المتحدث باسم الحزب موسى تشيلوبا إن القرار نهائي.");
        assertThat(x.roles()).isEmpty();
    }

    @Test
    void thePresidentOfTheCountryIsTheArticlesCountrysPresident() {
        Extraction x = extract("تظاهر الآلاف في زيمبابوي. ودعا رئيس البلاد تندا موتاسا إلى الهدوء.");
        assertThat(x.roles()).extracting(Role::personKey, Role::organizationKey)
                .contains(tuple(actor(x, "تندا موتاسا").key(), "country/ZW"));
    }

    // ------------------------------------------------ adjectives, a place phrase and a rank between title and name

    @Test
    void anAdjectiveOfHowTheOfficeIsHeldStandsBeforeTheName() {
        Extraction x = extract("تسلم رئيس الوزراء المؤقت هاشم بوكاري مهامه في النيجر.");
        assertThat(x.roles()).extracting(Role::personKey, Role::office)
                .contains(tuple(actor(x, "هاشم بوكاري").key(), "prime-minister"));
        Extraction y = extract("وأدى وزير الداخلية الجديد إدريس تراوري اليمين في مالي.");
        assertThat(actor(y, "إدريس تراوري").type()).isEqualTo(ActorType.PERSON);
        Extraction z = extract("وقالت وزيرة الخارجية المكلفة عائشة سيلا إن بلادها ترفض العقوبات.");
        assertThat(actor(z, "عائشة سيلا").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aCountryAfterInAndARankBeforeTheNameGiveTheRoleItsCountry() {
        Extraction x = extract("وقال نائب الرئيس الانتقالي في تشاد الجنرال محمد بوركو إن الجيش يسيطر.");
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey)
                .contains(tuple(actor(x, "محمد بوركو").key(), "vice-president", "country/TD"));
    }

    @Test
    void aShortGivenNameThatLooksLikeAParticleIsANameOnlyAfterATitle() {
        Extraction x = extract("وقال رئيس الوزراء عثمان وان إن الحكومة باقية في غينيا.");
        assertThat(actor(x, "عثمان وان").type()).isEqualTo(ActorType.PERSON);
        // written with its hamza, وأن is the conjunction: the name is one word and no "وأن" joins it
        Extraction y = extract("وأكد الرئيس عثمان وأن الحكومة باقية.");
        assertThat(y.actors()).extracting(Actor::labelAr).doesNotContain("عثمان وأن");
    }

    // ------------------------------------------------------------------------------------------ East Asian names

    @Test
    void burmeseAndOtherEastAsianNamesKeepAllTheirWords() {
        Extraction x = extract("وقاد الجنرال مين تون هلاينغ الانقلاب في ميانمار.");
        Actor general = actor(x, "مين تون هلاينغ");
        assertThat(general.type()).isEqualTo(ActorType.PERSON);
        assertThat(general.labelEn()).startsWith("Min ");
        Extraction y = extract("واعتقل الجيش الزعيمة المدنية أونغ كي مو تشي في العاصمة.");
        assertThat(actor(y, "أونغ كي مو تشي").type()).isEqualTo(ActorType.PERSON);
        Extraction z = extract("وقال المتحدث باسم المجلس العسكري زاو مين تون إن الأحكام نهائية.");
        assertThat(actor(z, "زاو مين تون").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void anArabicThreeLetterNameKeepsItsDiphthong() {
        assertThat(Transliterator.label("زيد حسن")).isEqualTo("Zayd Hasan");
        assertThat(Transliterator.label("مين أونغ")).startsWith("Min ");
    }

    // ------------------------------------------------------------------------------------- never a person's name

    @Test
    void aVerbWithItsObjectPronounAndIaPronounsAreNoNames() {
        Extraction x = extract("الجيش يعزل الرئيس ورئيس الوزراء وكوليبالي يجردهما من مناصبهما.");
        assertThat(x.actors()).extracting(Actor::labelAr).noneMatch(l -> l.contains("يجردهما"));
        Extraction y = extract("واعتقل الجنود الرئيس ورئيس الحكومة، متهمين إياهما بالخيانة.");
        assertThat(people(y)).isZero();
    }

    @Test
    void anAccusativeParticipleAfterATwoWordNameIsTheClauseGoingOn() {
        Extraction x = extract("وأعلن الجيش وفاة الرئيس باتريس موانغا متأثرا بجروح أصيب بها في المعارك.");
        assertThat(actor(x, "باتريس موانغا").type()).isEqualTo(ActorType.PERSON);
        Extraction y = extract("وقال وزير الدفاع موسى سيسوكو مؤكدا أن الوضع تحت السيطرة.");
        assertThat(actor(y, "موسى سيسوكو").type()).isEqualTo(ActorType.PERSON);
        assertThat(y.actors()).extracting(Actor::labelAr).noneMatch(l -> l.contains("مؤكدا"));
        // a third word of that shape with nothing a participle governs after it stays the name's
        Extraction z = extract("والتقى الرئيس جان بيار مامبا في العاصمة.");
        assertThat(z.actors()).extracting(Actor::labelAr).contains("جان بيار مامبا");
    }

    // -------------------------------------------------------------------------- whose office a known person holds

    @Test
    void aCapitalOpeningTheSentenceIsTheOfficesCountryAndAListedPersonKeepsHisOwn() {
        Extraction x = extract("أطاح الجيش بالحكومة في ميانمار. وفي لندن، قال وزير الخارجية جيمس كولينز إن الانقلاب مرفوض.");
        assertThat(x.roles()).extracting(Role::personKey, Role::organizationKey)
                .contains(tuple(actor(x, "جيمس كولينز").key(), "country/GB"));
        Extraction y = extract("أطاح الجيش بالحكومة في ميانمار. وطالب وزير الخارجية أنتوني بلينكن بالإفراج عن المعتقلين.");
        assertThat(y.roles()).extracting(Role::organizationKey).doesNotContain("country/MM");
    }

    @Test
    void anOfficeForAFieldOfAnOrganisationStillReachesItsHoldersName() {
        Extraction x = extract("ودانت المفوضة السامية للأمم المتحدة لشؤون اللاجئين كلارا فيرنر الهجوم.");
        assertThat(actor(x, "كلارا فيرنر").type()).isEqualTo(ActorType.PERSON);
    }

    // --------------------------------------------------------------------------------------------- party labels

    @Test
    void anUnlistedPartysLabelTranslatesWhatItCan() {
        Extraction x = extract("وأعلن حزب الاتحاد الوطني من أجل الحرية مقاطعة الانتخابات.");
        Actor party = actor(x, "حزب الاتحاد الوطني من أجل الحرية");
        assertThat(party.labelEn()).isEqualTo("National Union Party for Freedom");
        assertThat(party.transliterated()).isFalse();
        assertThat(actor(extract("وفاز حزب كوموندو بالانتخابات."), "حزب كوموندو").labelEn()).isEqualTo("Kumundo Party");
    }

    @Test
    void aPartyCalledAfterAPersonIsTheirPartyOrNone() {
        Extraction x = extract("قال زعيم حزب الأمل الوطني هاكيندي موسى إن حزب هاكيندي موسى سيفوز.");
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.ORGANIZATION).extracting(Actor::labelAr)
                .containsExactly("حزب الأمل الوطني");
        Extraction y = extract("وقالت الزعيمة المدنية أونغ كي مو تشي إن حزب سو تشي سيقاطع الانتخابات.");
        assertThat(y.actors()).noneMatch(a -> a.type() == ActorType.ORGANIZATION && a.labelAr().contains("سو تشي"));
    }
}
