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
import org.newsgraph.extract.PartialDate;

/**
 * Session 7, bodies, places, quantities and dates on unseen articles: bodies whose names the lexicon translates
 * word by word (coordinated genitives, a nisba inside the name), a self-named body with two purposes, a movement
 * named by a date, the office of heading a body, adjectives that are no groups, places that need their article,
 * counts of some of a group and of titled people, distances, and months and days without a year.
 */
class ArabicUnitsS7Test {

    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, THURSDAY);
    }

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, THURSDAY);
    }

    @Test
    void aBodyWithCoordinatedGenitivesIsTranslatedWholeAsItsCountrysBody() {
        Extraction x = extract("وعزل المجلس الأعلى للقضاة ووكلاء النيابة في إيران عشرة قضاة.");
        Actor council = actor(x, "المجلس الأعلى للقضاة ووكلاء النيابة");
        assertThat(council.key()).isEqualTo("org/IR/supreme-council-of-judges-and-prosecutors");
        assertThat(council.labelEn()).isEqualTo("Supreme Council of Judges and Prosecutors of Iran");
        assertThat(council.transliterated()).isFalse();
        assertThat(event(x, "dismiss").sourceKey()).isEqualTo(council.key());
    }

    @Test
    void twoCourtsJoinedByAndAreTwoBodiesOfTheArticlesCountry() {
        Extraction x = extract("واعتقلت الشرطة المصرية قضاة من محكمة التمييز ومجلس الدولة.");
        assertThat(x.actors()).extracting(Actor::key).contains("org/EG/court-of-cassation", "org/EG/council-of-state");
        assertThat(x.actors()).noneMatch(a -> a.labelEn() != null && a.labelEn().contains("Al-"));
    }

    @Test
    void aNisbaInsideABodysNameSaysWhoseItIs() {
        Actor union = actor(extract("ودعا الاتحاد العام الفرنسي للشغل إلى إضراب عام."), "الاتحاد العام الفرنسي للشغل");
        assertThat(union.key()).isEqualTo("org/FR/general-union-of-labour");
        assertThat(union.labelEn()).isEqualTo("General Union of Labour of France");
        Actor workers = actor(extract("ودعت المركزية العمالية الإيرانية إلى الإضراب."), "المركزية العمالية الإيرانية");
        assertThat(workers.key()).isEqualTo("org/IR/workers-confederation");
    }

    @Test
    void wordsAnInstitutionPatternNamesOnceTheNisbaIsOutAreThatPattern() {
        Extraction x = shipped("ودعا الاتحاد العام التركي للشغل إلى إضراب، وقالت نقابة المحامين التركية إن القرار باطل.");
        assertThat(actor(x, "الاتحاد العام التركي للشغل").key()).isEqualTo("org/TR/labour-confederation");
        assertThat(actor(x, "نقابة المحامين التركية").key()).isEqualTo("org/TR/bar-association");
        assertThat(shipped("وأعلنت اللجنة الانتخابية المستقلة في كينيا النتائج.").actors()).extracting(Actor::key)
                .contains("org/KE/central-election-commission");
    }

    @Test
    void aBodyWhosePurposeTheLexiconCannotTranslateKeepsItsWholeName() {
        Extraction x = extract("وقال الضابط في النيجر إن \"اللجنة الوطنية لتصحيح المسار\" تتولى السلطة.");
        Actor junta = actor(x, "اللجنة الوطنية لتصحيح المسار");
        assertThat(junta.key()).startsWith("org/NE/");
        assertThat(junta.labelEn()).startsWith("National Committee");
        Extraction two = extract("وقال الضابط في النيجر إن المجلس الأعلى للإنقاذ والتنمية يدير البلاد.");
        assertThat(actor(two, "المجلس الأعلى للإنقاذ والتنمية").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void aMovementNamedByADateIsAnOrganisationAndNoDate() {
        Extraction x = extract("واحتجت حركة 20 فبراير المعارضة في مصر على الغلاء.");
        Actor movement = actor(x, "حركة 20 فبراير");
        assertThat(movement.labelEn()).isEqualTo("20 February Movement");
        assertThat(event(x, "protest").sourceKey()).isEqualTo(movement.key());
        assertThat(event(x, "protest").date()).isNull();
        assertThat(x.actors()).extracting(Actor::key).doesNotContain("group/opposition");
    }

    @Test
    void theOfficeOfHeadingABodyIsNoBody() {
        assertThat(shipped("وأعلنت الوزيرة في مالي توليها الرئاسة الانتقالية.").actors())
                .noneMatch(a -> a.key().endsWith("/presidency"));
        assertThat(shipped("وتولى رئاسة البرلمان في لبنان بعد الانتخابات.").actors())
                .noneMatch(a -> a.key().endsWith("/presidency"));
        // the body that takes power or its duties is still the body
        assertThat(extract("وتولت الحكومة الجديدة مهامها في إيران.").actors()).extracting(Actor::key)
                .contains("org/IR/government");
    }

    @Test
    void aGroupsSingularWordAgreeingWithTheNounBeforeItIsAnAdjective() {
        assertThat(extract("وقالت الحكومة الإيرانية إن المعارضين يخوضون كفاحا مسلحا في الشمال.").actors()).extracting(Actor::key)
                .doesNotContain("group/gunmen");
        assertThat(extract("ودعا المحتجون إلى الانتقال للنظام المدني في السودان.").actors()).extracting(Actor::key)
                .doesNotContain("group/civilians");
        assertThat(extract("وكان عسكريون متمردون قد اعتقلوا الوزير في إيران.").actors()).extracting(Actor::key)
                .contains("group/soldiers").doesNotContain("group/rebels");
        // a verb, its subject and its object, both with the article, are two groups
        assertThat(event(extract("فرقت الشرطة المتظاهرين في إيران."), "disperse").targetKey()).isEqualTo("group/protesters");
        // the group itself, as the subject of its act
        assertThat(event(extract("وقتل مسلحون ثلاثة جنود في تركيا."), "kill").sourceKey()).isEqualTo("group/gunmen");
    }

    @Test
    void theBattleFrontIsNoFront() {
        assertThat(extract("وأصيب ثلاثة جنود على جبهة المعارك في تركيا.").actors())
                .noneMatch(a -> a.type() == ActorType.ORGANIZATION);
        assertThat(extract("وأعلنت جبهة التحرير والعدالة مسؤوليتها عن الهجوم في تركيا.").actors())
                .anyMatch(a -> a.type() == ActorType.ORGANIZATION && a.labelAr().startsWith("جبهة"));
    }

    @Test
    void aPlaceNamedWithTheArticleIsNotReadInAWordWithoutIt() {
        assertThat(extract("وزار الوفد رياض الأطفال في إيران.").actors()).extracting(Actor::key)
                .doesNotContain("place/riyadh");
        assertThat(shipped("وقال المسؤولون في مصر إن الوزير توقف لمدة وجيزة.").actors()).extracting(Actor::key)
                .doesNotContain("place/giza");
        assertThat(shipped("وتظاهر المئات في الجيزة وبالجيزة.").actors()).extracting(Actor::key).contains("place/giza");
    }

    @Test
    void aNumberOfAGroupCountsWhatTheEventBeforeItDid() {
        Event kill = event(extract("وقتل الجيش الإيراني 87 من المسلحين وأسر أكثر من 240 من المتمردين."), "kill");
        assertThat(kill.quantities()).extracting(q -> q.value() + " " + q.counts()).containsExactly("87 killed");
    }

    @Test
    void aNumberBeforeATitleCountsThePeopleOfThatTitle() {
        Event dismiss = event(extract("وأقالت الحكومة التركية 1320 قاضيا."), "dismiss");
        assertThat(dismiss.quantities()).extracting(q -> q.value()).containsExactly(1320L);
    }

    @Test
    void aDistanceIsNoCount() {
        Event arrest = event(extract("واعتقلت الشرطة الإيرانية المعارض سليم أحمد في معسكر على بعد 15 كيلومترا من طهران."), "arrest");
        // a measure in kilometres since session 8, never a count of anyone
        assertThat(arrest.quantities()).allSatisfy(q -> assertThat(q.counts()).isEqualTo("kilometres"));
    }

    @Test
    void aMonthWithAMarkerOfThePastOrFutureIsThatMonthsNearestOccurrence() {
        assertThat(event(extract("واعتقلت الشرطة التركية المعارض سليم أحمد في فبراير/شباط الماضي."), "arrest").date())
                .isEqualTo(new PartialDate(2024, 2, null));
        assertThat(event(extract("واعتقلت الشرطة التركية المعارض سليم أحمد في مارس الماضي."), "arrest").date())
                .isEqualTo(new PartialDate(2023, 3, null));
        assertThat(event(extract("وستعتقل الشرطة التركية المعارض سليم أحمد في سبتمبر المقبل."), "arrest").date())
                .isEqualTo(new PartialDate(2024, 9, null));
    }

    @Test
    void aDayAndMonthWithoutAYearThatWouldBeAheadAreOfTheYearBefore() {
        assertThat(event(extract("واعتقلت الشرطة التركية المعارض سليم أحمد في 18 أبريل/نيسان."), "arrest").date())
                .isEqualTo(PartialDate.of(LocalDate.of(2023, 4, 18)));
        assertThat(event(extract("واعتقلت الشرطة التركية المعارض سليم أحمد في 20 مارس."), "arrest").date())
                .isEqualTo(PartialDate.of(LocalDate.of(2023, 3, 20)));
        assertThat(event(extract("واعتقلت الشرطة التركية المعارض سليم أحمد في 10 مارس."), "arrest").date())
                .isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 10)));
    }
}
