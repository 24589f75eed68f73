package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.Quantity;

/**
 * Session 8, bodies, groups, places, quantities and dates on unseen articles: bodies no lexicon lists named by
 * their shape (a bracketed acronym, a quoted party name, a nisba and a purpose, a group of states named after a
 * city, the press office of a title-holder, a security service), the country of a body said after an adjective or
 * by its capital, the bare forces of a story, datelines, ordinal and relative days, dozens and distances.
 */
class ArabicUnitsS8Test {

    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, THURSDAY);
    }

    private static List<String> keys(Extraction x) {
        return x.actors().stream().map(Actor::key).toList();
    }

    @Test
    void anUnlistedBodyWithItsBracketedAcronymIsOneOrganisationAndTheAcronymNamesItAgain() {
        Extraction x = shipped("وقالت الرابطة الوطنية للمزارعين (أنفو) إن المحاصيل تضررت. وانتقدت أنفو وزارة الزراعة.");
        Actor league = actor(x, "الرابطة الوطنية للمزارعين");
        assertThat(league.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(league.labelEn()).startsWith("National League");
        assertThat(league.altLabelsEn()).containsExactly("ANIFO");
        assertThat(event(x, "criticize").sourceKey()).isEqualTo(league.key());
        Actor latin = actor(shipped("وقال التحالف الشعبي للتغيير (ANC) إنه يرفض النتائج."), "التحالف الشعبي للتغيير");
        assertThat(latin.altLabelsEn()).containsExactly("ANC");
    }

    @Test
    void aBracketedAcronymTheLexiconKnowsMakesTheWordsThatOrganisation() {
        Extraction x = shipped("ودعت الجماعة الاقتصادية لبلدان غرب أفريقيا (إيكواس) إلى الحوار.");
        assertThat(keys(x)).contains("org/ecowas");
        assertThat(event(x, "appeal").sourceKey()).isEqualTo("org/ecowas");
    }

    @Test
    void aBodyOfAKnownOrganisationBeforeAnAcronymStaysThatOrganisationsBody() {
        Extraction x = shipped("وقالت مفوضية الاتحاد الأفريقي (AUC) إنها قلقة.");
        assertThat(x.actors()).extracting(Actor::labelEn).contains("African Union Commission");
    }

    @Test
    void aDatelineSourceInBracketsIsNoAcronym() {
        Extraction x = shipped("ليما (رويترز) - قالت الشرطة البيروفية إنها اعتقلت عشرة محتجين.");
        assertThat(x.actors()).noneMatch(a -> !a.altLabelsEn().isEmpty());
    }

    @Test
    void aPartyNamedInQuotationMarksKeepsItsWholeNameDashIncluded() {
        Extraction x = shipped("وقال حزب \"نداء الوطن - الحركة الديمقراطية\" الحاكم إنه يرفض الاتهامات.");
        Actor party = actor(x, "حزب \"نداء الوطن - الحركة الديمقراطية\"");
        assertThat(party.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(party.labelEn()).contains(" - ").endsWith("Party");
        assertThat(event(x, "say").sourceKey()).isEqualTo(party.key());
        Actor movement = actor(shipped("وانتقدت حركة \"غد أفضل\" المعارضة الحكومة."), "حركة \"غد أفضل\"");
        assertThat(movement.labelEn()).endsWith("Movement");
    }

    @Test
    void aBodyNounANisbaAndAPurposeIsThatCountrysBody() {
        Extraction x = shipped("وقال المرصد الكولومبي للنزاعات الاجتماعية إن المحتجين أغلقوا الطرق.");
        Actor observatory = actor(x, "المرصد الكولومبي للنزاعات الاجتماعية");
        assertThat(observatory.country()).isEqualTo("country/CO");
        assertThat(observatory.labelEn()).startsWith("Colombian Observatory");
        assertThat(event(x, "say").sourceKey()).isEqualTo(observatory.key());
        assertThat(actor(shipped("وقالت اللجنة الكينية لحقوق الإنسان إن الشرطة اعتقلت ناشطين."),
                "اللجنة الكينية لحقوق الإنسان").country()).isEqualTo("country/KE");
    }

    @Test
    void theObjectOfTheVerbIsNoPartOfABodysPurpose() {
        Extraction x = shipped("وسجل المرصد المغربي للزلازل الهزة صباح الأحد.");
        assertThat(x.actors()).extracting(Actor::labelAr).contains("المرصد المغربي للزلازل")
                .doesNotContain("المرصد المغربي للزلازل الهزة");
    }

    @Test
    void regionalBodiesAreNoStateOfTheirContinentNorOfTheArticle() {
        Extraction x = shipped("نيروبي (أ ف ب) - ودانت اللجنة الأفريقية لحقوق الإنسان والشعوب اعتقال الصحفيين في كينيا.");
        assertThat(keys(x)).contains("org/achpr").noneMatch(k -> k.startsWith("org/KE/"));
        assertThat(keys(shipped("وطالبت لجنة البلدان الأمريكية لحقوق الإنسان بالإفراج عن المعتقلين.")))
                .contains("org/iachr").doesNotContain("country/US");
    }

    @Test
    void coordinatedAdjectivesOfTheSameShapeStayInTheName() {
        assertThat(shipped("وفاز تحالف المستقبل الأخضر والأبيض بالانتخابات.").actors()).extracting(Actor::labelAr)
                .contains("تحالف المستقبل الأخضر والأبيض");
        assertThat(shipped("وفاز تحالف النهضة الحمراء والسوداء بالانتخابات.").actors()).extracting(Actor::labelAr)
                .contains("تحالف النهضة الحمراء والسوداء");
    }

    @Test
    void aGroupOfStatesNamedAfterACityIsAnOrganisationNotTheCitysState() {
        Extraction x = shipped("ورفض نادي باريس طلب الحكومة الأرجنتينية.");
        Actor club = actor(x, "نادي باريس");
        assertThat(club.key()).isEqualTo("org/paris-club");
        assertThat(club.labelEn()).isEqualTo("Paris Club");
        assertThat(keys(x)).doesNotContain("country/FR");
        assertThat(event(x, "reject").sourceKey()).isEqualTo("org/paris-club");
    }

    @Test
    void thePressOfficeOfATitleHolderIsABodyOfTheTitlesCountry() {
        Extraction x = shipped("وقال المكتب الصحفي للرئيس الأوزبكي إن الرئيس سيزور موسكو.");
        Actor office = actor(x, "المكتب الصحفي للرئيس الأوزبكي");
        assertThat(office.key()).isEqualTo("org/UZ/press-office-of-the-president");
        assertThat(office.labelEn()).isEqualTo("Press Office of the President of Uzbekistan");
        assertThat(event(x, "say").sourceKey()).isEqualTo(office.key());
    }

    @Test
    void aSecurityServiceNamedByPatternIsTranslatedAndItsCountrys() {
        Actor service = actor(shipped("واعتقل جهاز الأمن الوطني الطاجيكي صحفيا."), "جهاز الأمن الوطني الطاجيكي");
        assertThat(service.key()).isEqualTo("org/TJ/national-security-service");
        assertThat(service.transliterated()).isFalse();
        Actor federal = actor(shipped("وقال جهاز الاستخبارات الفيدرالي الألماني إنه يراقب الوضع."),
                "جهاز الاستخبارات الفيدرالي الألماني");
        assertThat(federal.country()).isEqualTo("country/DE");
    }

    @Test
    void aBodysCountryAfterAnAdjectiveOrByItsCapitalIsThatCountry() {
        Extraction x = shipped("نيروبي (رويترز) - انتقد الرئيس الكيني الحكومة الجديدة لبريطانيا.\nوقالت الرئاسة في أنقرة إن الوضع هادئ.");
        assertThat(event(x, "criticize").targetKey()).isEqualTo("org/GB/government");
        assertThat(event(x, "say").sourceKey()).isEqualTo("org/TR/presidency");
        assertThat(event(x, "say").placeKey()).isEqualTo("place/ankara");
        Extraction home = shipped("نيروبي (رويترز) - قالت الرئاسة إن الوضع هادئ في كينيا.");
        assertThat(event(home, "say").sourceKey()).isEqualTo("org/KE/presidency");
    }

    @Test
    void theBareForcesAreTheArmyButIndefiniteForcesAreNoOne() {
        assertThat(event(shipped("واعتقلت القوات عشرات الطلاب في العاصمة."), "arrest").sourceKey()).isEqualTo("group/army");
        Extraction some = shipped("واقتحمت قوات أمن مقر الحزب.");
        assertThat(keys(some)).doesNotContain("group/army", "group/security-forces");
        // with a nisba they are that country's forces, not the army of the story
        assertThat(keys(shipped("واعتقلت القوات الروسية عشرات الطلاب."))).doesNotContain("group/army");
    }

    @Test
    void unitsOfABodyAreThatBody() {
        assertThat(event(shipped("واعتقلت دوريات من الشرطة ناشطين."), "arrest").sourceKey()).isEqualTo("group/police");
        assertThat(event(shipped("واعتقلت وحدات من الجيش عددا من الوزراء."), "arrest").sourceKey()).isEqualTo("group/army");
    }

    @Test
    void thoseASpeakerAddressesAreNoActor() {
        Extraction x = shipped("وقال المتحدث باسم الحكومة الغانية للصحفيين إن الوضع هادئ.");
        assertThat(keys(x)).doesNotContain("group/journalists");
        // with no word said after them they are who the act befell
        assertThat(keys(shipped("وتعرض الصحفيون للضرب على أيدي الشرطة الغانية."))).contains("group/journalists");
    }

    @Test
    void aDatelineCapitalIsAPlaceThatStillTellsTheArticlesCountry() {
        Extraction x = shipped("نيروبي (رويترز) - قالت الحكومة إنها ستحقق في الأحداث.");
        assertThat(keys(x)).contains("place/nairobi", "org/KE/government").doesNotContain("country/KE");
        Extraction outlet = shipped("الجزيرة - الدوحة\nانتقد الرئيس الفرنسي الحكومة الإيطالية.");
        assertThat(keys(outlet)).contains("place/doha").doesNotContain("country/QA");
    }

    @Test
    void aDatelineCapitalMakesTheArticlesCountryHoweverOftenOthersAreNamed() {
        Extraction x = shipped("كراكاس (أ ف ب) - قال زعيم المعارضة إن الجمعية الوطنية ستجتمع.\n"
                + "وقالت الولايات المتحدة إنها تدعم المعارضة، وفرضت الولايات المتحدة عقوبات جديدة.");
        assertThat(keys(x)).contains("org/VE/national-assembly", "place/caracas").doesNotContain("org/US/national-assembly");
    }

    @Test
    void aWordWithLamAfterTheCapitalIsNoPlaceName() {
        Extraction x = shipped("وقرر مجلس الوزراء الكيني فرض حظر التجول في العاصمة لمدة أسبوعين.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PLACE && a.labelAr() != null && a.labelAr().contains("لمدة"));
    }

    @Test
    void ordinalDayWordsWithAMarkerAfterTheMonth() {
        assertThat(event(shipped("واعتقلت الشرطة المعارض في السادس عشر من فبراير الماضي."), "arrest").date())
                .isEqualTo(PartialDate.of(LocalDate.of(2024, 2, 16)));
        assertThat(event(shipped("واعتقلت الشرطة الناشط في الحادي والعشرين من مارس/آذار الجاري."), "arrest").date())
                .isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 21)));
        assertThat(event(shipped("وتعتقل الشرطة الناشطين عادة في الرابع من يناير المقبل."), "arrest").date())
                .isEqualTo(PartialDate.of(LocalDate.of(2025, 1, 4)));
    }

    @Test
    void daysAgoCountBackFromPublicationButNotFromAnotherEvent() {
        assertThat(event(shipped("واعتقلت الشرطة الصحفي قبل يومين."), "arrest").date())
                .isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 12)));
        assertThat(event(shipped("واعتقلت الشرطة الناشط قبل أسبوع في العاصمة."), "arrest").date())
                .isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 7)));
        assertThat(event(shipped("واعتقلت الشرطة المعارض قبل ثلاثة أيام من الانتخابات."), "arrest").date()).isNull();
    }

    @Test
    void oneOfIsNoSunday() {
        Event arrest = event(shipped("واعتقلت الشرطة 20 شخصا في أحد أحياء العاصمة."), "arrest");
        assertThat(arrest.date()).isNull();
        assertThat(event(shipped("واعتقلت الشرطة 20 شخصا يوم الأحد."), "arrest").date())
                .isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 10)));
    }

    @Test
    void sinceAWeekdayDatesNoEvent() {
        assertThat(event(shipped("واعتقلت الشرطة أكثر من 200 شخص منذ الاثنين."), "arrest").date()).isNull();
        assertThat(event(shipped("واعتقلت الشرطة أكثر من 200 شخص الاثنين."), "arrest").date())
                .isEqualTo(PartialDate.of(LocalDate.of(2024, 3, 11)));
    }

    @Test
    void dozensAreAtLeastTwoDozenAndTensOfThousandsTenThousand() {
        Quantity dozens = event(shipped("واعتقلت الشرطة العشرات من المحتجين."), "arrest").quantities().get(0);
        assertThat(dozens.value()).isEqualTo(24);
        assertThat(dozens.approximate()).isTrue();
        assertThat(event(shipped("واعتقلت الشرطة عشرات الآلاف من المحتجين."), "arrest").quantities())
                .extracting(Quantity::value).containsExactly(10000L);
    }

    @Test
    void aDistanceIsAMeasureInKilometresThatNeverDisplacesACount() {
        Event shelling = event(shipped("وقصف الجيش بلدة تقع على بعد 150 كيلومترا من العاصمة."), "attack");
        assertThat(shelling.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(150);
            assertThat(q.counts()).isEqualTo("kilometres");
        });
        Event killing = event(shipped("وقتل الجيش 12 مسلحا في هجوم على بعد 80 كيلومترا من العاصمة."), "kill");
        assertThat(killing.quantities()).extracting(Quantity::value).containsExactly(12L);
    }
}
