package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;

/**
 * Names after titles as unseen wire articles write them: the name written after a title wins over the lexicon's
 * holder, with the body's acronym in brackets between; a given name that is also a number word; ranks between a
 * title and the name; particles, verbs and verbal nouns that end a name; kin before a title; surnames opening with
 * و; a state's bare title never taken by the head of a body; transliteration of compound and particle names.
 * Short sentences of our own, read with every shipped lexicon.
 */
class ArabicNamesS7Test {

    private static Extraction extract(String text, int year) {
        return TestLexicons.extractShipped(text, LocalDate.of(year, 6, 15));
    }

    private static Actor actor(Extraction x, String labelAr) {
        return TestLexicons.actor(x, labelAr);
    }

    // ------------------------------------------------------------ 1. the name after the title wins, brackets or not

    @Test
    void theNameAfterATitleAndTheBodysBracketedAcronymIsTheHolder() {
        Extraction x = extract("وحذر الأمين العام لحلف شمال الأطلسي (الناتو) أندرس فوغ راسموسن من التصعيد.", 2012);
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey)
                .containsExactly(tuple(actor(x, "أندرس فوغ راسموسن").key(), "secretary-general", "org/nato"));
        // a body written with its acronym in brackets and no name after it: the bare title, no one invented
        Extraction y = extract("وقال رئيس المفوضية الأوروبية (المفوضية) إن الاتحاد قلق.", 2012);
        assertThat(y.actors()).noneMatch(a -> a.type() == ActorType.PERSON && a.labelAr().contains("المفوضية"));
    }

    @Test
    void aListedHolderWhoseTermDoesNotCoverThePublicationIsNotGivenTheBareTitle() {
        // the lexicon's first NATO secretary general took office in 1952: in 1950 the bare title is no one
        Extraction x = extract("وقال الأمين العام لحلف شمال الأطلسي إن الحلف قلق.", 1950);
        assertThat(x.roles()).isEmpty();
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }

    // ------------------------------------------------------------------ 2. a number word as the first given name

    @Test
    void aNumberWordWrittenAsAGivenNameOpensTheNameAfterATitle() {
        Extraction x = extract("وأكد الرئيس ألفا توري أن الانتخابات ستجري في موعدها في غينيا.", 2015);
        assertThat(actor(x, "ألفا توري").type()).isEqualTo(ActorType.PERSON);
        assertThat(x.roles()).extracting(Role::personKey, Role::organizationKey)
                .contains(tuple(actor(x, "ألفا توري").key(), "country/GN"));
        // a count stays a count: no person "ألف جندي"
        Extraction y = extract("وأرسل الرئيس ألف جندي إلى الحدود.", 2015);
        assertThat(y.actors()).noneMatch(a -> a.type() == ActorType.PERSON && a.labelAr().startsWith("ألف"));
    }

    @Test
    void aBareStateTitleIsNeverTheHeadOfABodyThatIsNoStates() {
        Extraction x = extract("دعا رئيس مفوضية الاتحاد الأفريقي موسى فكي محمد إلى الهدوء في غينيا. "
                + "وقال الرئيس إن الجيش يسيطر على العاصمة في غينيا.", 2021);
        assertThat(x.mentions()).filteredOn(m -> m.anchor().equals("الرئيس"))
                .noneMatch(m -> "person/moussa-faki-mahamat".equals(m.actorKey()));
        // a surname nobody in the article carries is not the body's head either
        Extraction y = extract("دعا رئيس مفوضية الاتحاد الأفريقي موسى فكي محمد إلى الهدوء في غينيا. "
                + "وقال الرئيس سيسوكو إن الجيش يسيطر في غينيا.", 2021);
        assertThat(y.mentions()).filteredOn(m -> m.anchor().contains("سيسوكو"))
                .noneMatch(m -> "person/moussa-faki-mahamat".equals(m.actorKey()));
    }

    // ------------------------------------------------------------------------ 3. ranks between a title and a name

    @Test
    void ranksBelowColonelAndNavalRanksStandBetweenTheTitleAndTheName() {
        Extraction x = extract("تظاهر المئات في النيجر. وقال قائد الحرس الرئاسي الرائد سليمان باري إن الوضع هادئ.", 2023);
        assertThat(x.roles()).extracting(Role::personKey, Role::office)
                .contains(tuple(actor(x, "سليمان باري").key(), "commander"));
        Extraction y = extract("تظاهر المئات في تشيلي. وأعلن قائد القوات البحرية نائب الأدميرال رودريغو ألفارو مونتيس استقالته.", 2023);
        assertThat(y.roles()).extracting(Role::personKey, Role::office)
                .contains(tuple(actor(y, "رودريغو ألفارو مونتيس").key(), "commander"));
        Extraction z = extract("تظاهر المئات في بنين. وقال قائد الدرك الوطني في الجيش البنيني المقدم جان كوفي إن القوات محايدة.", 2023);
        assertThat(z.roles()).extracting(Role::personKey, Role::office)
                .contains(tuple(actor(z, "جان كوفي").key(), "commander"));
    }

    @Test
    void aRankThatIsACommonWordIsNoTitleWithoutAName() {
        Extraction x = extract("وقال العقيد سامبا ديالو إن الجيش محايد في السنغال. ورفض البرلمان الطلب المقدم من المعارضة.", 2023);
        assertThat(x.mentions()).noneMatch(m -> m.anchor().contains("المقدم"));
    }

    @Test
    void aDefiniteThirdWordBeforeWhatIsSaidClosesTheName() {
        Extraction x = extract("تظاهر المئات في السودان. وقال اللواء عثمان بكري الحسن إن الطائرات لم تقلع.", 2023);
        assertThat(actor(x, "عثمان بكري الحسن").type()).isEqualTo(ActorType.PERSON);
        // before the end of the clause it is the verb's object
        Extraction y = extract("ويتولى الوزير عثمان بكري الملف.", 2023);
        assertThat(y.actors()).extracting(Actor::labelAr).doesNotContain("عثمان بكري الملف");
    }

    // ------------------------------------------------------------------------------- 4. what ends a name

    @Test
    void conditionalAndTemporalParticlesEndAName() {
        Extraction x = extract("وقال الزعيم السابق كارلوس ميسا لو فاز حزبه لتغيرت السياسة.", 2020);
        assertThat(x.actors()).extracting(Actor::labelAr).contains("كارلوس ميسا")
                .noneMatch(l -> l.contains(" لو"));
        Extraction y = extract("ويرى الرئيس السابق حسن ديارا حينما عاد إلى البلاد أن الأمور تغيرت.", 2020);
        assertThat(y.actors()).extracting(Actor::labelAr).contains("حسن ديارا");
        Extraction z = extract("وتعهد رئيس الوزراء السابق مامادو سانكارا إذا انتخب بإصلاح القضاء.", 2020);
        assertThat(z.actors()).extracting(Actor::labelAr).contains("مامادو سانكارا");
    }

    @Test
    void aVerbalNounWithItsObjectAfterATwoWordNameIsNoPartOfIt() {
        Extraction x = extract("وتوقع وزير المالية سيدي ولد التاه تجاوز الأزمة قريبا.", 2020);
        assertThat(x.actors()).extracting(Actor::labelAr).contains("سيدي ولد التاه")
                .noneMatch(l -> l.contains("تجاوز"));
        Extraction y = extract("ورفض رئيس البرلمان كمال بوعزة تبادل الاتهامات.", 2020);
        assertThat(y.actors()).extracting(Actor::labelAr).contains("كمال بوعزة")
                .noneMatch(l -> l.contains("تبادل"));
    }

    @Test
    void aSurnameOpeningWithWawIsNoConjunction() {
        Extraction x = extract("وقال وزير الخارجية سانجيفا ويجيراتني إن الحكومة مستعدة.", 2022);
        assertThat(actor(x, "سانجيفا ويجيراتني").type()).isEqualTo(ActorType.PERSON);
        Extraction y = extract("ويتسلم رئيس البرلمان ماهيندا ويجيسيكاراه مهام الرئيس مؤقتا.", 2022);
        assertThat(actor(y, "ماهيندا ويجيسيكاراه").type()).isEqualTo(ActorType.PERSON);
        Extraction z = extract("وقال المتحدث باسم الجيش العقيد أمادو وارا إن الجنود انسحبوا.", 2022);
        assertThat(actor(z, "أمادو وارا").type()).isEqualTo(ActorType.PERSON);
        // two people joined by و stay two
        Extraction w = extract("والتقى الرئيس خالد عمر وسمير حداد في القصر.", 2022);
        assertThat(w.actors()).extracting(Actor::labelAr).doesNotContain("خالد عمر وسمير حداد");
    }

    @Test
    void aNounBeforeABodyAfterATwoWordNameIsTheVerbsObject() {
        Extraction x = extract("تظاهر المئات في تشاد. وتسلم الجنرال يوسف آدم كاسيري قيادة المجلس العسكري.", 2021);
        assertThat(x.actors()).extracting(Actor::labelAr).contains("يوسف آدم كاسيري")
                .noneMatch(l -> l.contains("قيادة"));
    }

    // ------------------------------------------------------------------ 8. a name's longer and shorter forms

    @Test
    void theFirstTwoWordsAndTheMiddleSurnameOfAThreeWordNameAreThatPerson() {
        Extraction x = extract("توفي الرئيس التشادي يوسف كاسيري ماهامات في الجبهة. "
                + "وكان يوسف كاسيري قد حكم البلاد طويلا. وقال الجيش إن كاسيري قتل في المعارك.", 2021);
        String key = actor(x, "يوسف كاسيري ماهامات").key();
        assertThat(x.mentions()).filteredOn(m -> m.anchor().equals("يوسف كاسيري") || m.anchor().equals("كاسيري"))
                .hasSize(2).allMatch(m -> key.equals(m.actorKey()));
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.PERSON).hasSize(1);
        // his son, named in full with another first word, is another person
        Extraction y = extract("توفي الرئيس التشادي يوسف كاسيري ماهامات في الجبهة. "
                + "وقال الجنرال عمر يوسف كاسيري إن الجيش موحد.", 2021);
        assertThat(y.actors()).filteredOn(a -> a.type() == ActorType.PERSON).hasSize(2);
    }

    // ------------------------------------------------------------- 5. one title, two holders by coordinated nisbas

    @Test
    void aSecondNisbaAfterATitlesHolderGivesTheNextNameTheSameOfficeOfItsCountry() {
        Extraction x = extract("وقال وزير الخارجية الإيطالي لوكا فيراري والإسباني خوسيه ماريا غارسيا إنهما قلقان.", 2019);
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey).contains(
                tuple(actor(x, "لوكا فيراري").key(), "minister-of-foreign-affairs", "country/IT"),
                tuple(actor(x, "خوسيه ماريا غارسيا").key(), "minister-of-foreign-affairs", "country/ES"));
        // a nisba with و and no name after it is no second holder
        Extraction y = extract("وقال الرئيس الإيطالي لوكا فيراري والإسباني أيضا إن الوضع خطير.", 2019);
        assertThat(y.roles()).extracting(Role::organizationKey).doesNotContain("country/ES");
    }

    // -------------------------------------------------------------------------------- 6. kin before a title

    @Test
    void kinBeforeATitleMakesTheNameTheHoldersRelativeNotTheHolder() {
        Extraction x = extract("وقال الرئيس الغابوني بيير موانغي إن البلاد مستقرة. "
                + "وكانت شقيقة الرئيس، نادين موانغي، قد غادرت البلاد.", 2021);
        Actor president = actor(x, "بيير موانغي");
        Actor sister = actor(x, "نادين موانغي");
        assertThat(x.roles()).extracting(Role::personKey).doesNotContain(sister.key());
        assertThat(x.relations()).extracting(Relation::subjectKey, Relation::kind, Relation::objectKey)
                .contains(tuple(sister.key(), Relation.Kind.RELATIVE_OF, president.key()));
    }

    @Test
    void theKinIsWhomTheVerbActsOn() {
        Extraction x = extract("وقال الرئيس الغابوني بيير موانغي إن البلاد مستقرة. "
                + "واعتقلت الشرطة نجل الرئيس نور الدين موانغي في العاصمة.", 2021);
        Actor son = actor(x, "نور الدين موانغي");
        assertThat(x.events()).anyMatch(e -> son.key().equals(e.targetKey()));
        assertThat(x.events()).noneMatch(e -> actor(x, "بيير موانغي").key().equals(e.targetKey()));
        assertThat(x.roles()).extracting(Role::personKey).doesNotContain(son.key());
        // the title inside the phrase is still the president
        assertThat(x.mentions()).filteredOn(m -> m.anchor().equals("الرئيس") && m.sentence() == 1)
                .extracting(m -> m.actorKey()).containsExactly(actor(x, "بيير موانغي").key());
    }

    // ---------------------------------------------------------------------------------------- 9. transliteration

    @Test
    void particlesAndCompoundsWithGodAreTransliteratedAsThePressWritesThem() {
        assertThat(Transliterator.label("بن علي يلدريم")).startsWith("Bin Ali ");
        assertThat(Transliterator.label("اسامه بن لادن")).contains(" bin ");
        assertThat(Transliterator.label("فتح الله غولن")).startsWith("Fathullah ");
        assertThat(Transliterator.label("عبد الله حمدوك")).startsWith("Abdullah ");
        assertThat(Transliterator.label("عطا الله حسن")).startsWith("Atallah ");
        assertThat(Transliterator.label("عبد الرحمن سوار")).startsWith("Abd al-");
        // alone, a word that opens a compound keeps its own reading
        assertThat(Transliterator.label("فتح")).isEqualTo("Fatah");
    }
}
