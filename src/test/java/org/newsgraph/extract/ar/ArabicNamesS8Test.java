package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;

/**
 * People no lexicon lists, as unseen wire articles name them: where a name ends before the verb's object (a verbal
 * noun), descriptor nouns of one or several people, kin around names, chains of titles of one holder, and who
 * الأخير, a counterpart and the first lady are. Short sentences of our own, read with every shipped lexicon.
 */
class ArabicNamesS8Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    private static Actor actor(Extraction x, String labelAr) {
        return TestLexicons.actor(x, labelAr);
    }

    private static boolean named(Extraction x, String labelAr) {
        return x.actors().stream().anyMatch(a -> labelAr.equals(a.labelAr()));
    }

    // 1. the word after a name is the verb's object

    @Test
    void aDerivedVerbalNounAfterTwoNameWordsIsTheObjectNotTheName() {
        Extraction x = extract("وأعلن وزير الدفاع الغاني كوامي أدجاي انسحاب القوات من الحدود.");
        assertThat(actor(x, "كوامي أدجاي").type()).isEqualTo(ActorType.PERSON);
        assertThat(x.actors()).extracting(Actor::labelAr).noneMatch(l -> l.contains("انسحاب"));
        Extraction y = extract("وأدانت الأمينة العامة للمنظمة الدولية للفرنكوفونية لويز موشيكيوابو ملاحقة الصحفيين.");
        assertThat(y.actors()).extracting(Actor::labelAr).noneMatch(l -> l.contains("ملاحقة"));
        Extraction z = extract("وأعلن الرئيس البيروفي أندريس كاستيو تضامن ليما مع الضحايا.");
        assertThat(actor(z, "أندريس كاستيو").type()).isEqualTo(ActorType.PERSON);
        Extraction w = extract("وأجرى الرئيس الكيني وليام روتو اتصالا هاتفيا بالرئيس الفرنسي.");
        assertThat(w.actors()).extracting(Actor::labelAr).contains("وليام روتو").noneMatch(l -> l.contains("اتصالا"));
    }

    @Test
    void aPlainVerbalNounTheLexiconListsEndsTheNameToo() {
        Extraction x = extract("وأعلن العمدة سيرغي بافلوف فرض نظام العمل عن بعد.");
        assertThat(x.actors()).extracting(Actor::labelAr).contains("سيرغي بافلوف").noneMatch(l -> l.contains("فرض"));
    }

    @Test
    void aTriggerWordBeforeAllahIsTheFirstHalfOfACompoundName() {
        // فتح opens legal action and نصر is no trigger: only the compound with الله makes the trigger word a name
        Extraction x = extract("واتهم الرئيس الفرنسي إيمانويل ماكرون الداعية فتح الله أوزكان بالتحريض على العنف.");
        assertThat(actor(x, "فتح الله أوزكان").type()).isEqualTo(ActorType.PERSON);
        String key = actor(x, "فتح الله أوزكان").key();
        assertThat(x.events()).anyMatch(e -> e.cameo().startsWith("112") && key.equals(e.targetKey()));
    }

    @Test
    void aGivenNameInTheShapeOfAVerbalNounStaysInTheName() {
        // after one word the shape alone is not enough: a weekday or a second name word follows
        Extraction x = extract("وقال الوزير جون تاكار الأحد إن الوضع هادئ.");
        assertThat(actor(x, "جون تاكار").type()).isEqualTo(ActorType.PERSON);
        Extraction y = extract("وقال الرئيس محمد إسحاق إن الحكومة مستعدة.");
        assertThat(actor(y, "محمد إسحاق").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void anImperfectVerbWithItsObjectPronounIsNoName() {
        Extraction x = extract("ويحكم البلاد بمساعدة رئيس حكومة يقيله متى شاء.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }

    // 2. descriptor nouns

    @Test
    void aDualDescriptorMakesBothCoordinatedNamesPeople() {
        Extraction x = extract("واعتقلت الشرطة المعارضين البارزين ماريو سانتوس وبيدرو لوبيز غارسيا في العاصمة.");
        Actor mario = actor(x, "ماريو سانتوس");
        Actor pedro = actor(x, "بيدرو لوبيز غارسيا");
        assertThat(mario.type()).isEqualTo(ActorType.PERSON);
        assertThat(pedro.type()).isEqualTo(ActorType.PERSON);
        assertThat(pedro.labelEn()).doesNotStartWith("W");
        assertThat(x.roles()).isEmpty();
        Extraction y = extract("واعتقلت السلطات الناشطتين الحقوقيتين آنا روسو وماريا بيانكي.");
        assertThat(y.actors()).extracting(Actor::labelAr).contains("آنا روسو", "ماريا بيانكي");
    }

    @Test
    void aSingularDescriptorTakesNoSecondNameAfterWaw() {
        Extraction x = extract("وقال الخبير الاقتصادي رامون فييرا وزملاؤه إن الأزمة ستطول.");
        assertThat(actor(x, "رامون فييرا").type()).isEqualTo(ActorType.PERSON);
        assertThat(x.actors()).extracting(Actor::labelAr).noneMatch(l -> l.contains("زملاؤه"));
    }

    @Test
    void anExpertOrAResearcherAtAKnownBodyIsAPerson() {
        Extraction x = extract("وأوقفت الشرطة الخبير الاقتصادي رامون فييرا في منزله.");
        assertThat(actor(x, "رامون فييرا").type()).isEqualTo(ActorType.PERSON);
        Extraction y = extract("وقال الباحث في منظمة العفو الدولية توماس بيرغر إن الأزمة ستطول.");
        assertThat(actor(y, "توماس بيرغر").type()).isEqualTo(ActorType.PERSON);
        assertThat(y.actors()).extracting(Actor::key).contains("org/amnesty-international");
    }

    @Test
    void theFirstLadyIsAPersonAndTheLeadersSpouse() {
        Extraction x = extract("وقال الرئيس الغاني جون ماهاما إن الاقتصاد يتحسن. وزارت السيدة الأولى لوردينا ماهاما مستشفى في أكرا.");
        Actor john = actor(x, "جون دراماني ماهاما");
        Actor lordina = actor(x, "لوردينا ماهاما");
        assertThat(x.relations()).extracting(Relation::subjectKey, Relation::kind, Relation::objectKey)
                .contains(tuple(lordina.key(), Relation.Kind.RELATIVE_OF, john.key()));
        assertThat(x.roles()).extracting(Role::personKey).doesNotContain(lordina.key());
        // where no president is named, the prime minister
        Extraction y = extract("وقال رئيس الوزراء النيبالي رام شارما إن الحكومة باقية. ودعت السيدة الأولى سيتا شارما إلى الهدوء.");
        assertThat(y.relations()).extracting(Relation::subjectKey, Relation::objectKey)
                .contains(tuple(actor(y, "سيتا شارما").key(), actor(y, "رام شارما").key()));
        // the chair of a commission is no head of state
        Extraction w = extract("وقال رئيس المفوضية الأوروبية فرانك مولر إن الاتحاد قلق. ودعت السيدة الأولى سيتا شارما إلى الهدوء.");
        assertThat(w.relations()).isEmpty();
        // no leader named: a person, kin of no one
        Extraction z = extract("ودعت السيدة الأولى سيتا شارما إلى الهدوء.");
        assertThat(actor(z, "سيتا شارما").type()).isEqualTo(ActorType.PERSON);
        assertThat(z.relations()).isEmpty();
    }

    @Test
    void aListedNameBehindACliticInsideANameIsAWordOfThatName() {
        // كروما is no "like Rome", كارمن no "like Armenians", بيلين no "by Yellen"
        Extraction x = extract("وقال المتحدث باسم الجيش، العميد سامي كروما، إن القوات تتقدم.");
        assertThat(actor(x, "سامي كروما").type()).isEqualTo(ActorType.PERSON);
        assertThat(x.actors()).extracting(Actor::key).doesNotContain("country/IT");
        Extraction y = extract("واعتقلت الشرطة الصحفية كارمن لوبيز في منزلها.");
        assertThat(actor(y, "كارمن لوبيز").type()).isEqualTo(ActorType.PERSON);
        assertThat(y.actors()).extracting(Actor::key).doesNotContain("country/AM");
        // a whole name, then ب and a listed person: the verb's object, not more of the name
        Extraction z = extract("والتقى الوزير سامي كروما بماكرون في باريس.");
        assertThat(z.actors()).extracting(Actor::key).contains("person/emmanuel-macron");
    }

    // 3. kin

    @Test
    void aKinshipNounAfterANameOpensTheKinNotMoreOfTheName() {
        Extraction x = extract("وقال الناشط خوسيه مارتينيز وابن عم الرئيسة السابقة فيوليتا ساليناس إن التهم باطلة.");
        Actor jose = actor(x, "خوسيه مارتينيز");
        Actor violeta = actor(x, "فيوليتا ساليناس");
        assertThat(x.actors()).extracting(Actor::labelAr).noneMatch(l -> l.contains("ابن"));
        assertThat(x.relations()).extracting(Relation::subjectKey, Relation::kind, Relation::objectKey)
                .contains(tuple(jose.key(), Relation.Kind.RELATIVE_OF, violeta.key()));
    }

    @Test
    void aDaughterOfAFormerPresidentIsHisKinAndTheArrestsTarget() {
        Extraction x = extract("واعتقلت الشرطة الصحفية كارمن لوبيز، ابنة الرئيس السابق خورخي رامون.");
        Actor carmen = actor(x, "كارمن لوبيز");
        Actor jorge = actor(x, "خورخي رامون");
        assertThat(TestLexicons.event(x, "arrest").targetKey()).isEqualTo(carmen.key());
        assertThat(x.relations()).extracting(Relation::subjectKey, Relation::kind, Relation::objectKey)
                .contains(tuple(carmen.key(), Relation.Kind.RELATIVE_OF, jorge.key()));
    }

    @Test
    void kinOfTheTitleHolderAndAWifeInAnInsertedClauseAreTheLeadersKin() {
        Extraction x = extract("وقال الرئيس الغاني جون ماهاما إن الاقتصاد يتحسن. وقالت الناشطة فارا ماهاما، ابنة الرئيس، إن الحكومة تعمل.");
        Actor john = actor(x, "جون دراماني ماهاما");
        assertThat(x.relations()).extracting(Relation::subjectKey, Relation::kind, Relation::objectKey)
                .contains(tuple(actor(x, "فارا ماهاما").key(), Relation.Kind.RELATIVE_OF, john.key()));
        Extraction y = extract("وقال الرئيس الغاني جون ماهاما إن الاقتصاد يتحسن. وقالت المرشحة لوردينا أسانتي، وهي زوجة ماهاما، إن الحكومة تعمل.");
        assertThat(y.relations()).extracting(Relation::subjectKey, Relation::detail, Relation::objectKey)
                .contains(tuple(actor(y, "لوردينا أسانتي").key(), "spouse", actor(y, "جون دراماني ماهاما").key()));
    }

    @Test
    void aCompoundRankAndAMinistryOfStateSecurityAreTitles() {
        Extraction x = extract("وقال وزير أمن الدولة الزامبي كينيث مواليا إن الوضع تحت السيطرة.");
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey)
                .containsExactly(tuple(actor(x, "كينيث مواليا").key(), "minister-of-state-security", "country/ZM"));
        Extraction y = extract("وقال المتحدث باسم الجيش، الميجور جنرال فيليكس تمبو، إن الجنود في ثكناتهم.");
        assertThat(TestLexicons.event(y, "say").sourceKey()).isEqualTo(actor(y, "فيليكس تمبو").key());
    }

    // 4. title chains

    @Test
    void coordinatedTitlesOfOneHolderGiveHimBothRolesAndTheEvent() {
        Extraction x = extract("وأعلن زعيم المعارضة البوليفية ورئيس مجلس الشيوخ كارلوس ميسا رفضه للنتائج.");
        Actor carlos = actor(x, "كارلوس ميسا");
        assertThat(x.roles()).filteredOn(r -> r.personKey().equals(carlos.key())).extracting(Role::office)
                .contains("opposition-leader", "president");
        assertThat(x.events()).allMatch(e -> carlos.key().equals(e.sourceKey()));
    }

    @Test
    void titlesOfTwoCountriesJoinedByWawAreTwoPeople() {
        Extraction x = extract("واستقبل الرئيس الروسي ووزير الخارجية الهندي راجيش كومار الوفد.");
        Actor rajesh = actor(x, "راجيش كومار");
        assertThat(x.roles()).filteredOn(r -> r.personKey().equals(rajesh.key())).extracting(Role::office)
                .containsExactly("minister-of-foreign-affairs");
    }

    @Test
    void aTitleInAppositionBeforeASecondTitleIsTheSameSpeaker() {
        Extraction x = extract("وقال رئيس الاتحاد الأفريقي، الرئيس السنغالي ماكي سال، إن المنظمة قلقة.");
        Actor macky = actor(x, "ماكي سال");
        assertThat(TestLexicons.event(x, "say").sourceKey()).isEqualTo(macky.key());
        assertThat(x.roles()).filteredOn(r -> r.personKey().equals(macky.key())).extracting(Role::organizationKey)
                .contains("country/SN", "org/african-union");
    }

    @Test
    void aPartyOfficialNamedAfterInIsThatPartysMember() {
        Extraction x = extract("وقال القيادي في حزب العمال الكردستاني جميل بايق إن الحزب مستعد.");
        Actor cemil = actor(x, "جميل بايق");
        assertThat(x.roles()).filteredOn(r -> r.personKey().equals(cemil.key())).extracting(Role::organizationKey)
                .containsExactly("org/pkk");
    }

    @Test
    void aNisbaAfterTheCommaIsTheHoldersNationalityAndTheHolderActs() {
        Extraction x = extract("وحث رئيس مفوضية الاتحاد الأفريقي، الغابوني جان ماري أوندو، الطرفين على الحوار.");
        Actor jean = actor(x, "جان ماري أوندو");
        assertThat(TestLexicons.event(x, "appeal").sourceKey()).isEqualTo(jean.key());
        assertThat(x.roles()).filteredOn(r -> r.personKey().equals(jean.key())).extracting(Role::organizationKey)
                .containsExactly("org/african-union/commission");
    }

    @Test
    void aListedSurnameBehindAPrepositionOpeningANameAfterACommaIsAGivenName() {
        Extraction x = extract("وقالت المتحدثة باسم الحكومة، بيلين سيوم، إن الاتصالات قطعت.");
        assertThat(actor(x, "بيلين سيوم").type()).isEqualTo(ActorType.PERSON);
        assertThat(x.actors()).extracting(Actor::key).doesNotContain("person/janet-yellen");
        // after a title behind ل, the name set off by a comma is the head noun's: the adviser, not the premier
        Extraction z = extract("وقال رئيس الوزراء الكيني روبرت موانغي إن الحوار مستمر. وقالت المستشارة الإعلامية لرئيس الوزراء، بيلين سيوم، إن الوفد وصل.");
        Actor billene = actor(z, "بيلين سيوم");
        assertThat(z.roles()).extracting(Role::personKey).doesNotContain(billene.key())
                .contains(actor(z, "روبرت موانغي").key());
        // without the comma ل is the preposition before the verb's object
        Extraction y = extract("وأكد الرئيس الفرنسي لبوتين استعداد بلاده للحوار.");
        assertThat(y.actors()).extracting(Actor::key).contains("person/vladimir-putin");
    }

    @Test
    void aBareStateBodyIsTheArticlesCountrysNotAForeignOneNamedLater() {
        Extraction x = extract("تونس - قالت الرئاسة في بيان إن القرار مؤقت. وتشهد تونس أزمة سياسية. ورحبت الرئاسة التركية بالقرار.");
        assertThat(TestLexicons.event(x, "say").sourceKey()).isEqualTo("org/TN/presidency");
        // named before, the foreign body is the one meant
        Extraction y = extract("وقالت السفارة الأمريكية في تونس إن موظفيها بخير. وأكدت السفارة أنها ستبقى مفتوحة.");
        assertThat(TestLexicons.events(y, "say")).extracting(Event::sourceKey).containsOnly("org/US/embassy");
    }

    // 5. who is who

    @Test
    void theLatterIsTheLastPersonNamed() {
        Extraction x = extract("استقبل الرئيس الغاني جون ماهاما وزير الخارجية كوفي منسا. وقال الأخير إن العلاقات جيدة.");
        assertThat(TestLexicons.events(x, "say")).extracting(Event::sourceKey)
                .containsExactly(actor(x, "كوفي منسا").key());
    }

    @Test
    void lastAsAnAdjectiveNamesNoOne() {
        Extraction x = extract("وقال الوزير كوفي منسا في خطابه الأخير إن الاقتصاد يتحسن. وتراجعت الأسعار في الأسبوع الأخير.");
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.PERSON).extracting(Actor::labelAr)
                .containsExactly("كوفي منسا");
        assertThat(x.events()).filteredOn(e -> e.sentence() == 1).allMatch(e -> e.sourceKey() == null);
    }

    @Test
    void aCounterpartWithANisbaIsTheSameOfficeInThatCountry() {
        Extraction x = extract("وانتقد الرئيس الكيني وليام روتو نظيره التنزاني. وقالت الرئيسة التنزانية سامية صولوحو إن البلدين متفقان.");
        Event e = TestLexicons.event(x, "criticize");
        assertThat(e.sourceKey()).isEqualTo(actor(x, "وليام روتو").key());
        assertThat(e.targetKey()).isEqualTo("person/samia-suluhu-hassan");
    }

    // 6. spelling

    @Test
    void commonGivenNamesAreSpelledAsThePressWritesThem() {
        Extraction x = extract("وقال الرئيس الموريتاني محمد إبراهيم كانتي إن الحدود آمنة.");
        assertThat(actor(x, "محمد إبراهيم كانتي").labelEn()).startsWith("Mohammed Ibrahim ");
        Extraction y = extract("وقالت المتحدثة باسم البيت الأبيض جين هارتلي إن الوفد وصل.");
        assertThat(actor(y, "جين هارتلي").labelEn()).startsWith("Jen ");
        // a word of the table is no cue: alone it names no one, and a compound with الله keeps its reading
        assertThat(extract("وقال علي إن الوضع هادئ.").actors()).isEmpty();
        Extraction z = extract("وقال الوزير عبد الله سالم إن الوضع هادئ.");
        assertThat(actor(z, "عبد الله سالم").labelEn()).isEqualTo("Abdullah Salem");
    }
}
