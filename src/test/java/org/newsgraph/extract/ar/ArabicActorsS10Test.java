package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.person;
import static org.newsgraph.extract.ar.TestLexicons.rolesOf;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Role;

/**
 * Actors and roles as unseen articles name them (session 10): given names written with the article, names after a
 * title whose office the lexicon knows a holder of, capitals written with their shadda, legislatures named as written.
 * Short sentences of our own, read with every shipped lexicon.
 */
class ArabicActorsS10Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. given names with the article

    @Test
    void aGivenNameWithTheArticleOpensANameAfterATitle() {
        Extraction x = extract("وقال رئيس المجلس الدستوري الطيب بلعيز إن الوضع في الجزائر هادئ.");
        assertThat(rolesOf(x, "الطيب بلعيز")).extracting(Role::organizationKey).contains("org/DZ/constitutional-council");
        Extraction y = extract("وقال الرئيس الحبيب بورقيبة إن الوضع في تونس هادئ.");
        person(y, "الحبيب بورقيبة");
        assertThat(labels(y)).doesNotContain("قيس سعيد");
    }

    @Test
    void aGivenNameWithTheArticleTakesAFamilyNameInNisbaForm() {
        Extraction x = extract("وقال رئيس الحكومة الهادي الجبالي إن الوضع في تونس هادئ.");
        assertThat(rolesOf(x, "الهادي الجبالي")).extracting(Role::office).contains("prime-minister");
        Extraction y = extract("وقال رئيس الوزراء الصادق المهدي إن الوضع في السودان هادئ.");
        person(y, "الصادق المهدي");
    }

    @Test
    void aGivenNameWithTheArticleAloneIsTheCommonWord() {
        Extraction x = extract("وقال الطيب إن الوضع في تونس هادئ.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
        Extraction y = extract("وقال الأمين العام للأمم المتحدة إن الوضع في الجزائر هادئ.");
        assertThat(labels(y)).noneMatch(l -> l.startsWith("الأمين"));
    }

    // 2. a surname whose first letters read as ب and the article

    @Test
    void aSurnameOpeningLikeBiAndTheArticleEndsANameBeforeWhatIsSaid() {
        Extraction x = extract("وقال المتحدث باسم وزارة الخارجية الأمريكية روبرت بالادينو إن الوضع في مالي هادئ.");
        assertThat(rolesOf(x, "روبرت بالادينو")).extracting(Role::organizationKey)
                .contains("org/US/ministry-of-foreign-affairs");
        // the name read, the title no longer falls back on the lexicon's holder of the office
        assertThat(labels(x)).doesNotContain("ماثيو ميلر");
        Extraction y = extract("وقال وزير الخارجية كمال بالقاسم.");
        person(y, "كمال بالقاسم");
    }

    @Test
    void aPrepositionalPhraseAfterANameStaysOutOfIt() {
        Extraction x = extract("وقال الوزير كمال بالأمس إن الوضع في مالي هادئ.");
        assertThat(labels(x)).noneMatch(l -> l.contains("بالأمس"));
        Extraction y = extract("وأشاد الوزير كمال عثمان بالاتفاق.");
        assertThat(labels(y)).noneMatch(l -> l.contains("بالاتفاق"));
    }

    // 3. a legislature named as the text names it

    @Test
    void theNationalAssemblyIsNamedSoInEnglish() {
        Extraction x = extract("وأعلن الرئيس المالي استقالته وحل الجمعية الوطنية والحكومة.");
        Actor assembly = TestLexicons.actor(x, "الجمعية الوطنية");
        assertThat(assembly.labelEn()).isEqualTo("National Assembly of Mali");
        Extraction y = extract("وصوت مجلس النواب المصري على القانون.");
        assertThat(y.actors()).extracting(Actor::labelEn).contains("House of Representatives of Egypt");
    }

    // 4. a place named without the article is no word written with it

    @Test
    void financeIsNoCapitalNamedWithoutTheArticle() {
        Extraction x = extract("وعين الرئيس الكيني جون مبادي وزيرا للمالية.");
        assertThat(x.actors()).extracting(Actor::key).noneMatch(k -> k.equals("country/MV") || k.equals("place/male"));
        Extraction y = extract("وصوت النواب لصالح مشروع قانون المالية في كينيا.");
        assertThat(y.actors()).extracting(Actor::key).noneMatch(k -> k.equals("country/MV") || k.equals("place/male"));
    }

    @Test
    void aPlaceNamedWithoutTheArticleIsStillReadWithAClitic() {
        Extraction x = extract("ووصل الوفد إلى ماليه، ثم توجه إلى بماليه.");
        assertThat(x.actors()).extracting(Actor::key).contains("place/male");
        Extraction y = extract("وعقد الاجتماع في ماليه.");
        assertThat(y.actors()).extracting(Actor::key).contains("place/male");
    }

    // 5. the actors a title's body is named after

    @Test
    void theBodyOfATitleNamesTheOrganisationOrCountryOfItsName() {
        Extraction x = extract("وقال رئيس مفوضية الاتحاد الأفريقي موسى فقي محمد إن الوضع هادئ.");
        assertThat(x.actors()).extracting(Actor::key).contains("org/african-union/commission", "org/african-union");
        Extraction y = extract("وقال المتحدث باسم وزارة الخارجية الفرنسية جان مارك دوران إن الوضع هادئ.");
        assertThat(y.actors()).extracting(Actor::key).contains("org/FR/ministry-of-foreign-affairs", "country/FR");
    }

    @Test
    void aListedNationalBodyNamedWithItsCountrysNisbaNamesTheCountry() {
        Extraction x = extract("وأكدت وزارة الخارجية الأمريكية في بيان دعمها للعملية.");
        assertThat(x.actors()).extracting(Actor::key).contains("org/US/ministry-of-foreign-affairs", "country/US");
        Extraction y = extract("وقال المتحدث باسم وزارة الخارجية الأمريكية روبرت بالادينو إن الوضع هادئ.");
        assertThat(y.actors()).extracting(Actor::key).contains("country/US");
        // a body of the lexicon named without the nisba names no country
        Extraction z = extract("وقال البيت الأبيض إن الوضع هادئ.");
        assertThat(z.actors()).extracting(Actor::key).doesNotContain("country/US");
        // nor does a news agency named after its country
        Extraction w = extract("وقالت وكالة الصحافة الفرنسية إن الوضع في بيساو هادئ.");
        assertThat(w.actors()).extracting(Actor::key).contains("org/afp").doesNotContain("country/FR");
    }

    // round 2: offices the lexicon lacked, and titles possessed by the head named before

    @Test
    void aPossessedTitleNamesTheHolderAfterIt() {
        Extraction x = extract("ثم اعتقلوا كيتا ورئيس وزرائه بوبو سيسي في باماكو.");
        person(x, "بوبو سيسي");
        assertThat(labels(x)).doesNotContain("عبد الفتاح السيسي");
        Extraction y = extract("وقال الرئيس المالي كيتا إن وزير خارجيته تيبيلي درامي سيزور باريس.");
        assertThat(rolesOf(y, "تيبيلي درامي")).extracting(Role::office).contains("minister-of-foreign-affairs");
        Extraction z = extract("وقال الرئيس الغاني إن وزير دفاعه دومينيك نيتيوول سيزور لندن.");
        assertThat(rolesOf(z, "دومينيك نيتيوول")).extracting(Role::office).contains("minister-of-defence");
    }

    @Test
    void officesOfStateChurchAndMovementNameTheirHolders() {
        Extraction x = extract("وقال وزير الدولة القطري محمد الخليفي إن الطرفين اتفقا.");
        assertThat(rolesOf(x, "محمد الخليفي")).extracting(Role::office).contains("minister-of-state");
        Extraction y = extract("وألقت الشرطة القبض على المرشد العام لجماعة الإخوان المسلمين محمد بديع.");
        assertThat(rolesOf(y, "محمد بديع")).extracting(Role::organizationKey).contains("org/muslim-brotherhood");
        Extraction z = extract("وقال رئيس الأساقفة باغرات غالستانيان إن الوضع في أرمينيا هادئ.");
        person(z, "باغرات غالستانيان");
    }

    @Test
    void aTerritorysHeadOfExecutiveIsNamedAfterWhereTheyServe() {
        Extraction x = extract("ودانت رئيسة السلطة التنفيذية في هونغ كونغ كاري لام الهجوم.");
        person(x, "كاري لام");
        Extraction y = extract("وقال رئيس السلطة التنفيذية جون لي إن الوضع هادئ.");
        person(y, "جون لي");
    }

    @Test
    void aListedSurnameAfterAnotherGivenNameIsSomeoneElse() {
        Extraction x = extract("وقال بوبو سيسي إن الوضع هادئ.");
        person(x, "بوبو سيسي");
        assertThat(labels(x)).doesNotContain("عبد الفتاح السيسي");
        Extraction y = extract("واعتقل الجنود كيتا وبوبو سيسي في باماكو.");
        person(y, "بوبو سيسي");
        assertThat(labels(y)).doesNotContain("عبد الفتاح السيسي");
        Extraction z = extract("وقالت الصحفية إن أولغا بوتين في موسكو.");
        assertThat(labels(z)).doesNotContain("فلاديمير بوتين");
    }

    @Test
    void aListedSurnameAfterAVerbOrAloneIsStillThatPerson() {
        assertThat(labels(extract("ويواجه بوتين في موسكو انتقادات."))).contains("فلاديمير بوتين");
        assertThat(labels(extract("وقال السيسي إن الوضع هادئ."))).contains("عبد الفتاح السيسي");
        assertThat(labels(extract("وكان ماكرون قد زار الجزائر، وقال ماكرون إن الوضع هادئ."))).contains("إيمانويل ماكرون");
    }

    @Test
    void aTitleWordBetweenNameWordsIsPartOfTheName() {
        person(extract("وقال الفريق أحمد قايد صالح إن الجيش مع الشعب."), "أحمد قايد صالح");
        Extraction x = extract("وقال الرئيس المنجي قائد الورغي إن الوضع في تونس هادئ.");
        assertThat(rolesOf(x, "المنجي قائد الورغي")).extracting(Role::office).contains("president");
        assertThat(labels(x)).doesNotContain("قيس سعيد");
        person(extract("وقال رئيس الحكومة المنجي قائد الورغي إن الوضع هادئ."), "المنجي قائد الورغي");
    }

    @Test
    void aTitleBeforeWhatItHeadsStaysATitleAfterAName() {
        Extraction x = extract("وقال الوزير محمد علي قائد كتيبة إن الوضع هادئ.");
        person(x, "محمد علي");
        Extraction y = extract("وقال الوزير محمد علي قائد الجيش إن الوضع هادئ.");
        person(y, "محمد علي");
    }

    @Test
    void aShaddaTheTextWritesChoosesTheLabelWrittenWithIt() {
        assertThat(labels(extract("وصل الوزير إلى عمّان أمس."))).contains("عمان").doesNotContain("سلطنة عمان");
        Extraction x = extract("وقال مسؤول في عمّان إن الأردن يرحب بالاتفاق.");
        assertThat(TestLexicons.actor(x, "عمان").type()).isEqualTo(ActorType.PLACE);
        assertThat(labels(extract("وفي عَمّان، قال الوزير إن الوضع هادئ."))).doesNotContain("سلطنة عمان");
        assertThat(labels(extract("وصل الوزير إلى عمان أمس."))).contains("سلطنة عمان");
    }
}
