package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.person;
import static org.newsgraph.extract.ar.TestLexicons.rolesOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Role;

/**
 * Persons and bodies as new articles name them (session 14): after titles the offices lexicon lacked (a senator, a
 * deputy spokesperson, a party's leader in a chamber, a governor in the feminine), and names that ran on into the
 * clause after them. Short sentences of our own, read with every shipped lexicon.
 */
class ArabicPersonsS14Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. titles

    @Test
    void aSenatorNamesTheHolderWhateverTheSpellingAndThePartyBetween() {
        Extraction x = extract("وقال السيناتور الأمريكي كريس مورفي إن الصفقة خطأ كبير.");
        assertThat(rolesOf(x, "كريس مورفي")).extracting(Role::office).contains("senator");
        Extraction w = extract("وقال السيناتور الديمقراطي كريس مورفي إن الصفقة خطأ كبير.");
        person(w, "كريس مورفي");
        Extraction y = extract("وانتقدت السناتورة الأسترالية ليديا ثورب القرار أمس.");
        person(y, "ليديا ثورب");
        Extraction z = extract("وطالب عضو مجلس الشيوخ الإيطالي ماريو مونتي بتأجيل التصويت.");
        person(z, "ماريو مونتي");
    }

    @Test
    void aDeputySpokespersonIsANewPersonNotTheSpokesperson() {
        Extraction x = extract("وقال نائب المتحدث باسم الخارجية الأمريكية فيدانت باتيل إن الإدارة تتابع الوضع.");
        assertThat(rolesOf(x, "فيدانت باتيل")).extracting(Role::office).contains("deputy-spokesperson");
        Extraction y = extract("وفي واشنطن، قالت سارة برايس، نائبة المتحدثة باسم وزارة الخارجية الأمريكية، إن الإدارة قلقة.");
        person(y, "سارة برايس");
        assertThat(labels(y)).doesNotContain("ماثيو ميلر");
    }

    @Test
    void aPartysLeaderInAChamberNamesTheHolder() {
        Extraction x = extract("وقال زعيم الأقلية في مجلس النواب الأمريكي حكيم جيفريز إن الحزب لن يصوت.");
        assertThat(rolesOf(x, "حكيم جيفريز")).extracting(Role::office).contains("minority-leader");
        Extraction y = extract("وأكدت زعيمة الأغلبية الجمهورية في مجلس الشيوخ سوزان كولينز أن الجلسة ستعقد.");
        person(y, "سوزان كولينز");
    }

    @Test
    void aSecretaryGeneralInConstructWithoutTheArticleNamesTheHolder() {
        Extraction x = extract("وقال أمين عام الحزب الاشتراكي الفرنسي أوليفييه فور إن الحزب سيقاطع.");
        assertThat(rolesOf(x, "أوليفييه فور")).extracting(Role::office).contains("secretary-general");
        Extraction y = extract("وقالت أمينة عامة الاتحاد العمالي ماري دوبون إن الإضراب مستمر.");
        person(y, "ماري دوبون");
    }

    @Test
    void aGovernorInTheFeminineNamesTheHolder() {
        Extraction x = extract("وقالت حاكمة ولاية ميشيغان، غريتشن ويتمر، إن الطرق مغلقة.");
        assertThat(rolesOf(x, "غريتشن ويتمر")).extracting(Role::office).contains("governor");
    }

    @Test
    void anOfficeOfHerMinistryNamesTheHolder() {
        Extraction x = extract("وقالت المستشارة النمساوية كارين شميدت ووزير خارجيتها ألكسندر شالنبرغ إن الاتفاق مهم.");
        person(x, "ألكسندر شالنبرغ");
        Extraction y = extract("وأعلنت الدنمارك أن رئيسة وزرائها ميته فريدريكسن ستزور كييف.");
        person(y, "ميته فريدريكسن");
        Extraction z = extract("وقالت وزيرة خارجيتها بينيلوبي وونغ إن بلادها قلقة.");
        person(z, "بينيلوبي وونغ");
    }

    @Test
    void anAdviserToAStateBodyTheLexiconKnowsByItsKindIsAPerson() {
        Extraction x = extract("وقال المستشار في الديوان الملكي الأردني ناصر العتيبي إن القرار نهائي.");
        person(x, "ناصر العتيبي");
        Extraction y = extract("وقال المستشار القانوني لوزارة الدفاع الكينية جون كاماو إن الجيش ملتزم.");
        person(y, "جون كاماو");
        Extraction z = extract("وأكدت المستشارة الإعلامية لرئاسة الوزراء ليلى حسن أن الحكومة باقية.");
        person(z, "ليلى حسن");
    }

    @Test
    void aSpokespersonOfHerMinistryNamesTheHolderAndTheMinistryIsTheCountrys() {
        Extraction x = extract("أما اليابان، فقد قال المتحدث باسم وزارة خارجيتها، يوشيماسا هاياشي، إن طوكيو قلقة.");
        assertThat(rolesOf(x, "يوشيماسا هاياشي")).extracting(Role::organizationKey)
                .contains("org/JP/ministry-of-foreign-affairs");
        assertThat(labels(x)).doesNotContain("وزارة");
        Extraction y = extract("وقالت البرازيل إن وزارة خارجيتها استدعت السفير الإسرائيلي.");
        assertThat(x.actors()).extracting(org.newsgraph.extract.Actor::key).contains("org/JP/ministry-of-foreign-affairs");
        assertThat(y.actors()).extracting(org.newsgraph.extract.Actor::key).contains("org/BR/ministry-of-foreign-affairs");
    }

    // 2. names in lists

    @Test
    void aNisbaStandingAloneBeforeANameSaysWhoThePersonIs() {
        Extraction x = extract("وشارك في الاجتماع وزراء من المنطقة، بينهم التشيلي خوسيه غارسيا والأرجنتيني دييغو مارتينيز.");
        person(x, "خوسيه غارسيا");
        person(x, "دييغو مارتينيز");
        Extraction y = extract("وفاز الكيني إليود كيبتشوغي بالسباق أمس.");
        person(y, "إليود كيبتشوغي");
    }

    @Test
    void aThreeWordEastAsianNameIsAPersonWithNoTitleBeforeIt() {
        Extraction x = extract("وأعلنت سول أنها اعتقلت تشوي سونغ هيون بتهمة استغلال النفوذ.");
        person(x, "تشوي سونغ هيون");
        Extraction y = extract("وأفرجت السلطات عن هان دوك سو، وهو رجل أعمال، أمس.");
        person(y, "هان دوك سو");
    }

    @Test
    void aFamilyNameBeforeArabicWordsIsNoName() {
        Extraction x = extract("وقال لي صديق قديم إن الاجتماع تأجل.");
        assertThat(x.actors()).noneMatch(a -> a.type() == org.newsgraph.extract.ActorType.PERSON);
    }

    @Test
    void aNisbaQualifyingTheNounBeforeItNamesNoPerson() {
        Extraction x = extract("وقالت الشرطة الكينية جنوب البلاد إن الهدوء عاد.");
        assertThat(x.actors()).noneMatch(a -> a.type() == org.newsgraph.extract.ActorType.PERSON);
    }

    // 3. where a name ends

    @Test
    void thatNotOpensWhatIsPromisedNotAName() {
        Extraction x = extract("وتعهد زعيم المعارضة الأسترالي بيتر داتون بألا يتراجع عن موقفه.");
        person(x, "بيتر داتون");
        Extraction y = extract("وأكد وزير الداخلية البلجيكي يان يامبون ألا نية لحكومته في الاستقالة.");
        person(y, "يان يامبون");
    }
}
