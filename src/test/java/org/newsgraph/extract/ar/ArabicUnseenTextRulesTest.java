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
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.Role;

/**
 * Rules that articles the extractor had never seen called for (agents given as "some of X", titles joined to
 * their organisation by ل, titles in apposition, aid suspension, ordinal days, nisbas that are also country
 * names...), each on short sentences of our own. Published on a Saturday.
 */
class ArabicUnseenTextRulesTest {

    private static final LocalDate SATURDAY = LocalDate.of(2022, 1, 8);

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, SATURDAY);
    }

    /** With every shipped lexicon, gazetteer included: for rules that are lexicon data only. */
    private static Extraction extractShipped(String text) {
        return TestLexicons.extractShipped(text, SATURDAY);
    }

    @Test
    void someMembersOfABodyActForThatBody() {
        Extraction x = extract("واعتقل عناصر من الجيش الفرنسي الصحفي أحمد كمال في باريس.");
        Event e = event(x, "arrest");
        assertThat(e.sourceKey()).isEqualTo("org/FR/army");
        assertThat(e.targetKey()).isEqualTo(actor(x, "أحمد كمال").key());
    }

    @Test
    void aTitleJoinedToItsOrganisationByLamStillTakesTheNameAfter() {
        Extraction x = extract("انتقد الأمين العام للاتحاد الأوروبي جان دوبوا الحكومة العراقية.");
        String dubois = actor(x, "جان دوبوا").key();
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey)
                .contains(org.assertj.core.groups.Tuple.tuple(dubois, "secretary-general", "org/eu"));
        assertThat(event(x, "criticize").sourceKey()).isEqualTo(dubois);
    }

    @Test
    void aTitleInAppositionAfterANameIsThatPersonsRole() {
        Extraction x = extract("وفي النيجر، قال العقيد موسى بكر، قائد الحرس الرئاسي، إن الوضع هادئ.");
        String bakr = actor(x, "موسى بكر").key();
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey)
                .contains(org.assertj.core.groups.Tuple.tuple(bakr, "commander", "org/NE/presidential-guard"));
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.PERSON).hasSize(1);
    }

    @Test
    void aTitleAloneWithoutOrganisationIsTheOnePersonTheArticleGaveIt() {
        // (a condemnation of the arrest is aimed at the police since session 6, and since session 25 so is the call
        // for his release, asked of those who hold him: the release it asks for names him)
        Extraction x = extract("اعتقلت الشرطة رئيس بلدية أنقرة محمود سليم. ودعت فرنسا إلى الإفراج عن رئيس البلدية.");
        String selim = actor(x, "محمود سليم").key();
        assertThat(x.events()).filteredOn(e -> e.trigger().equals("release")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo(selim));
        assertThat(x.events()).filteredOn(e -> e.trigger().equals("appeal")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/police"));
    }

    @Test
    void aidSuspendedIsAnEventButASuspendedConstitutionIsNot() {
        Extraction x = extract("جمدت الولايات المتحدة مساعداتها العسكرية لمالي.");
        Event e = event(x, "suspend-aid");
        assertThat(e.cameo()).isEqualTo("162");
        assertThat(e.sourceKey()).isEqualTo("country/US");
        assertThat(e.targetKey()).isEqualTo("country/ML");
        assertThat(extract("وعلق المجلس العسكري في مالي العمل بالدستور.").events())
                .noneMatch(v -> v.trigger().equals("suspend-aid"));
    }

    @Test
    void aCountrysNameThatIsAlsoItsNisbaQualifiesTheGroupBeforeIt() {
        Extraction x = extract("أوقفت الشرطة التركية الصحفي سنان قايا أمس.");
        Event e = event(x, "arrest");
        assertThat(e.sourceKey()).isEqualTo("org/TR/police");
        assertThat(e.targetKey()).isEqualTo(actor(x, "سنان قايا").key());
    }

    @Test
    void countedNounsInTheAccusativeCountWhatTheyName() {
        Extraction x = extract("فرضت فرنسا عقوبات على 37 كيانا في إيران.");
        assertThat(event(x, "sanction").quantities()).extracting(Quantity::value, Quantity::counts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(37L, "entities"));
    }

    @Test
    void anOrdinalDayBeforeAMonthIsTheDay() {
        Extraction x = extract("وفي الثالث من آذار/مارس، اعتقلت الشرطة الناشط كريم يوسف.");
        assertThat(event(x, "arrest").date()).isEqualTo(new PartialDate(2021, 3, 3));
    }

    @Test
    void aWordWithWaAfterACommaOpensAClauseNotAName() {
        Extraction x = extract("أحرق مئات الأشخاص مقر الحزب الحاكم، وحملوا صورا للقائد.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }

    @Test
    void armedGroupsAreNotGunmen() {
        Extraction x = extract("تقاتل القوات الفرنسية الجماعات المسلحة في مالي.");
        assertThat(x.mentions()).extracting(Mention::actorKey).contains("group/armed-groups").doesNotContain("group/gunmen");
    }

    @Test
    void aRegionOfAContinentIsAPlaceOfItsOwn() {
        Extraction x = extractShipped("تشهد دول غرب أفريقيا موجة انقلابات.");
        assertThat(x.mentions()).extracting(Mention::actorKey).contains("place/west-africa").doesNotContain("place/africa");
    }

    @Test
    void aVerbOpeningItsClauseWithWaSharesTheSubjectBefore() {
        Extraction x = extract("انتقد الاتحاد الأوروبي الحكومة العراقية، ودعا إلى الإفراج عن المعتقلين.");
        assertThat(event(x, "appeal").sourceKey()).isEqualTo("org/eu");
    }

    @Test
    void theGovernmentOfAnOrganisationIsThatOrganisation() {
        Extraction x = extract("وفي العراق، قالت حكومة حماس إنها ترفض الاتهامات.");
        assertThat(event(x, "say").sourceKey()).isEqualTo("org/hamas");
        assertThat(x.actors()).extracting(Actor::key).doesNotContain("org/IQ/government");
    }

    @Test
    void allahClosesANameRatherThanEndingIt() {
        Extraction x = extract("وقال المتحدث باسم الجيش السوداني نصر الله عثمان إن القتال توقف.");
        assertThat(event(x, "say").sourceKey()).isEqualTo(actor(x, "نصر الله عثمان").key());
    }

    @Test
    void aTimeBetweenCommasDoesNotSeparateTheSubjectFromItsVerb() {
        Extraction x = extract("أعلنت فرنسا، الثلاثاء، فرض عقوبات على إيران.");
        Event e = event(x, "sanction");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isEqualTo("country/IR");
    }

    @Test
    void aDateBetweenTheSubjectAndAVerbalNounDoesNotHideTheSubject() {
        Extraction x = extract("وكانت فرنسا قد مددت في الأول من آذار/مارس عقوباتها على إيران.");
        assertThat(event(x, "sanction").sourceKey()).isEqualTo("country/FR");
    }

    @Test
    void aVerbBeforeANumberOpeningAReportIsPassive() {
        Extraction x = extract("قتل 14 جنديا عراقيا في هجوم قرب بغداد.");
        Event e = event(x, "kill");
        assertThat(e.sourceKey()).isNull();
        assertThat(e.targetKey()).isEqualTo("country/IQ");
        assertThat(e.quantities()).extracting(Quantity::value).containsExactly(14L);
    }

    @Test
    void thePairOfAClashMayStandFurtherAndBeNamedByItsForces() {
        Extraction x = extract("اندلعت اشتباكات عنيفة مساء الأحد بين الشرطة وقوات الجيش.");
        Event e = event(x, "clash");
        assertThat(e.sourceKey()).isEqualTo("group/police");
        assertThat(e.targetKey()).isEqualTo("group/army");
    }
}
