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
 * Where a person stands and who a title is (session 13): a month name that is a surname, a title alone that is the
 * holder the article named, not another country's, a name written after a title that wins over the lexicon's holder,
 * and slots of people the readers missed. Short sentences of our own, read with every shipped lexicon.
 */
class ArabicHoldersS13Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2019, 5, 20));
    }

    // 1. a month name that is no date

    @Test
    void aMonthNameWithNoDayOrYearIsASurname() {
        Extraction x = extract("وقالت وزيرة الخارجية الأسترالية جين ماي إن بلادها ستستدعي السفير.");
        person(x, "جين ماي");
        assertThat(rolesOf(x, "جين ماي")).extracting(Role::organizationKey).contains("country/AU");
        Extraction y = extract("وأعلن رئيس البلدية روبرت ماي، أمس، إغلاق الطرق.");
        person(y, "روبرت ماي");
    }

    @Test
    void theMonthNameAloneNamesThePersonAgain() {
        Extraction x = extract("ماي تستدعي السفير.\nوقالت وزيرة الخارجية الأسترالية جين ماي إن بلادها ستستدعي السفير.");
        assertThat(x.mentions()).filteredOn(m -> m.sentence() == 0)
                .extracting(org.newsgraph.extract.Mention::actorKey).contains(person(x, "جين ماي").key());
    }

    @Test
    void aMonthNameWithADayStaysADate() {
        Extraction x = extract("وقال الوزير جون سميث إن الانتخابات ستجري في 12 ماي 2020.");
        assertThat(labels(x)).noneMatch(l -> l.contains("ماي"));
    }

    // 2. a title alone is the holder the article names, not the lexicon's of another country

    @Test
    void aTitleAloneIsTheHolderTheArticleNamedNotTheLexiconsOfTheCountryNamedMost() {
        Extraction x = TestLexicons.extractShipped("أعلنت رئيسة الوزراء البريطانية هيلين كارتر طرد دبلوماسيين روس من بريطانيا. "
                + "وردت روسيا بأن الخطوة عدائية، وقالت الخارجية الروسية إن روسيا سترد. "
                + "وأعلنت رئيسة الحكومة تعليق الاتصالات مع روسيا.", LocalDate.of(2018, 3, 15));
        String carter = person(x, "هيلين كارتر").key();
        assertThat(labels(x)).doesNotContain("دميتري ميدفيديف");
        assertThat(x.mentions()).filteredOn(m -> m.sentence() == 2)
                .extracting(org.newsgraph.extract.Mention::actorKey).contains(carter);
    }

    @Test
    void aTitleAloneInTheHeadlineIsTheHolderNamedLater() {
        Extraction x = TestLexicons.extractShipped("رئيس الوزراء يطرد دبلوماسيين روسا\n"
                + "أعلن رئيس الوزراء الأسترالي بيتر هولمز طرد دبلوماسيين روس. وقالت روسيا إن روسيا سترد على الخطوة الروسية.",
                LocalDate.of(2018, 3, 15));
        String holmes = person(x, "بيتر هولمز").key();
        assertThat(labels(x)).doesNotContain("دميتري ميدفيديف");
        assertThat(x.mentions()).filteredOn(m -> m.sentence() == 0)
                .extracting(org.newsgraph.extract.Mention::actorKey).contains(holmes);
    }

    // 3. a name written after a title or a counterpart wins over the lexicon's holder

    @Test
    void aCounterpartWithANameIsThatPersonNotTheLexiconsHolder() {
        Extraction x = TestLexicons.extractShipped(
                "وقال وزير الخارجية الفنلندي ماتي لاهتينن، بينما رفض نظيره الروسي أندريه كوزلوف الاتهامات.",
                LocalDate.of(2025, 3, 10));
        person(x, "أندريه كوزلوف");
        assertThat(rolesOf(x, "أندريه كوزلوف")).extracting(Role::organizationKey).contains("country/RU");
        assertThat(labels(x)).doesNotContain("سيرغي لافروف");
        Extraction y = TestLexicons.extractShipped(
                "ويقود الوساطة الرئيس الغيني ألفا كوندي ونظيره السنغالي ماكي سال، اللذان يصلان اليوم.",
                LocalDate.of(2017, 1, 20));
        assertThat(rolesOf(y, "ماكي سال")).extracting(Role::organizationKey).contains("country/SN");
    }

    @Test
    void aCounterpartWithNoNameIsStillTheHolder() {
        Extraction x = TestLexicons.extractShipped("واتصل الرئيس الفرنسي إيمانويل ماكرون بنظيره الروسي أمس.",
                LocalDate.of(2025, 3, 10));
        assertThat(labels(x)).contains("فلاديمير بوتين");
    }

    @Test
    void aTimeWordAfterAnHonorificOpensTheNameTheTitleIsHeldBy() {
        Extraction x = TestLexicons.extractShipped(
                "وقال وزير الإعلام إن أمير الكويت الشيخ صباح الناصر الحمود الصباح اتصل بالرئيس.", LocalDate.of(2025, 3, 10));
        assertThat(rolesOf(x, "صباح الناصر الحمود الصباح")).extracting(Role::office).contains("emir");
        assertThat(labels(x)).doesNotContain("مشعل الأحمد");
        Extraction y = extract("وزار الشيخ صباح اليوم المستشفى.");
        assertThat(labels(y)).noneMatch(l -> l.contains("صباح"));
    }

    // 4. slots the readers missed

    @Test
    void anEnvoyToABodyNamesTheHolderAfterTheBody() {
        Extraction x = extract("وقالت المندوبة الكندية لدى الأمم المتحدة سارة بلانشيت إن بلادها تدعم القرار.");
        assertThat(rolesOf(x, "سارة بلانشيت")).extracting(Role::organizationKey).contains("country/CA");
        Extraction y = extract("ورد المندوب الدائم البرازيلي لدى الأمم المتحدة رونالدو كوستا بأن القرار منحاز.");
        person(y, "رونالدو كوستا");
    }

    @Test
    void aDefiniteTitleSetOffAfterANameIsThatPersons() {
        Extraction x = extract("وقال بيتر موريس، الرئيس المعترف به دوليا، إن الانتخابات مزورة.");
        person(x, "بيتر موريس");
        Extraction y = extract("ووصل إلى العاصمة أمس المهدي كوناتي، الرئيس المنتخب لغينيا.");
        assertThat(rolesOf(y, "المهدي كوناتي")).extracting(Role::office).contains("president");
    }

    @Test
    void anAppointeeIsNamedBeforeTheOfficeHeIsMade() {
        Extraction x = extract("وعين البرلمان الكيني بيتر موريس رئيسا للوزراء بعد استقالة الحكومة.");
        assertThat(rolesOf(x, "بيتر موريس")).extracting(Role::office).contains("prime-minister");
        Extraction y = extract("وعينت الحكومة الكينية جيمس أوتينو سفيرا لدى فرنسا.");
        assertThat(rolesOf(y, "جيمس أوتينو")).extracting(Role::office).contains("ambassador");
        Extraction z = extract("وانتخب البرلمان رئيسا جديدا.");
        assertThat(x.actors()).isNotEmpty();
        assertThat(z.roles()).isEmpty();
    }

    @Test
    void aHeadNamedAfterBiriasaHeadsTheBodyBeforeIt() {
        Extraction x = extract("وقالت بعثة الاتحاد الأفريقي للمراقبة، برئاسة ماريا سانتوس، في بيان إن الاقتراع كان هادئا.");
        // the mission is the African Union's own body (its key under the Union's)
        assertThat(rolesOf(x, "ماريا سانتوس")).extracting(Role::organizationKey)
                .anySatisfy(k -> assertThat(k).startsWith("org/african-union"));
        Extraction y = extract("وعقد مجلس الأمن جلسة برئاسة فرنسا.");
        assertThat(y.roles()).isEmpty();
    }

    @Test
    void anAgeInBracketsStandsBetweenANameAndItsTitle() {
        Extraction x = extract("واعتقلت الشرطة جون سميث (45 عاما)، زعيم حزب العمال الكيني، أمس.");
        assertThat(rolesOf(x, "جون سميث")).extracting(Role::office).contains("leader");
        Extraction y = extract("وقال بيتر موريس (60 عاما)، الرئيس المعترف به دوليا، إن الانتخابات مزورة.");
        person(y, "بيتر موريس");
    }
}
