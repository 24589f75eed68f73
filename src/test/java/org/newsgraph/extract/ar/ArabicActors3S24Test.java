package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.roles;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Actors found and resolved right (session 24): a name opening with an East Asian family name and going on with a
 * long foreign word is a name of its own, not the family's one person named before; a Burmese name whose first
 * syllable is written with و after a title joined by و; a title's holder after "في + place" (where the envoy or the
 * force serves), a place's name opening that holder's name; a daughter's one-word name the dictionary reads as a
 * verb. Short sentences of our own, on other people and places.
 */
class ArabicActors3S24Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 4, 18);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static List<String> kin(Extraction x) {
        return x.relations().stream().map(r -> r.subjectKey() + " " + r.kind() + " " + r.objectKey()).toList();
    }

    // ------------------------------------------------------------- East Asian family names

    @Test
    void aFamilyNameBeforeALongForeignWordIsTheDaughtersNameNotHerFathers() {
        Extraction x = extract("اعتقلت السلطات زعيم المعارضة كيم سوفان في منزله. "
                + "وكتبت ابنته كيم راتانافي، وهي مسؤولة في الحزب، أن والدها اعتقل فجرا.");
        assertThat(labels(x)).contains("كيم سوفان", "كيم راتانافي");
        assertThat(kin(x)).contains(actor(x, "كيم راتانافي").key() + " RELATIVE_OF " + actor(x, "كيم سوفان").key());
    }

    @Test
    void aFamilyNameBeforeShortSyllablesStillEndsWithThem() {
        Extraction x = extract("وقال رئيس الوزراء كيم سون تاي إن الحكومة لن تستقيل.");
        assertThat(labels(x)).contains("كيم سون تاي");
    }

    @Test
    void aBurmeseNameWithWawAfterATitleJoinedByWawIsTheHoldersName() {
        Extraction x = extract("اعتقل الجيش زعيمة البلاد، والرئيس وين تون، وعددا من قادة الحزب الحاكم.");
        assertThat(labels(x)).contains("وين تون");
    }

    @Test
    void aTitleWithWawAfterACommaIsTheNextPersonNotTheFirstTitlesHolder() {
        Extraction x = extract("اعتقل الجيش زعيمة المعارضة، والرئيس جون سميث، وعددا من قادة الحزب الحاكم.");
        assertThat(labels(x)).contains("جون سميث");
        assertThat(roles(x)).noneSatisfy(r -> assertThat(r).startsWith("جون سميث: opposition-leader"));
    }

    @Test
    void aWordWithWawAfterATitleJoinedByWawStillOpensTheNextItem() {
        Extraction x = extract("وحضر الاجتماع الرئيس ورئيس الوزراء ووزير الدفاع.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).startsWith("و"));
    }

    // ------------------------------------------------------------- في + place between a title and its holder

    @Test
    void anAmbassadorInACapitalIsNamedAfterIt() {
        Extraction x = extract("ووجه السفير الأمريكي في بلغراد جون كارتر انتقادات حادة للحكومة.");
        assertThat(labels(x)).contains("جون كارتر");
        assertThat(roles(x)).contains("جون كارتر: ambassador of country/US");
    }

    @Test
    void aPoliceChiefInACountryIsNamedAfterItThoughHisGivenNameIsACity() {
        Extraction x = extract("وأعلنت المديرة العامة للشرطة الوطنية في بوليفيا صوفيا مندوزا أن الشرطة اعتقلت اثنين.");
        assertThat(labels(x)).contains("صوفيا مندوزا");
    }

    @Test
    void aTitleBeforeWhereItsHolderWentNamesNoOneThere() {
        Extraction x = extract("ووصل الرئيس الفرنسي في باريس لحضور القمة، وقال وزير الخارجية في موسكو إن المحادثات صعبة.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).startsWith("name/"));
    }

    // ------------------------------------------------------------- kin named by one word

    @Test
    void aDaughtersNameTheDictionaryReadsAsAVerbIsHerName() {
        Extraction x = extract("وأصيب الضابط السابق فيكتور كرايف وابنته يسرا بجروح في الهجوم.");
        assertThat(kin(x)).contains(actor(x, "يسرا").key() + " RELATIVE_OF " + actor(x, "فيكتور كرايف").key());
    }

    @Test
    void aWifesNameSetOffByCommasAfterTheKinNoun() {
        Extraction x = extract("صدر حكم بسجن المدون بافل ماركوف عشر سنوات. وتقيم زوجته، لينا حداد، مع أطفالهما الثلاثة في مونتريال.");
        assertThat(kin(x)).contains(actor(x, "لينا حداد").key() + " RELATIVE_OF " + actor(x, "بافل ماركوف").key());
    }

    @Test
    void aFatherSetOffByACommaAfterTheKinNounIsKinOfTheSubject() {
        Extraction x = extract("وقال رئيس الوزراء هانز كلوبر إن الحكومة ستلجأ إلى القانون، وهي المرة الثانية بعد أن لجأ "
                + "والده، رئيس الوزراء الأسبق فرانز كلوبر، إلى قانون مماثل عام 1970.");
        assertThat(kin(x)).contains(actor(x, "فرانز كلوبر").key() + " RELATIVE_OF " + actor(x, "هانز كلوبر").key());
    }

    @Test
    void whatBefellTheKinNounIsNotWhatBefellTheOneItsPronounStandsFor() {
        Extraction x = extract("اعتقلت السلطات زعيم المعارضة كيم سوفان في منزله. "
                + "وكتبت ابنته كيم راتانافي على حسابها أن والدها اعتُقل في منزله وسط انتشار أمني كثيف.");
        String daughter = actor(x, "كيم راتانافي").key();
        assertThat(TestLexicons.coded(x, "17")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo(daughter));
    }

    @Test
    void aWordOfTimeAfterAWifeIsNoName() {
        Extraction x = extract("وقال المعارض بوريس كالين إن زوجته يوم الأحد كانت في المنزل.");
        assertThat(labels(x)).doesNotContain("يوم");
        assertThat(x.relations()).isEmpty();
    }
}
