package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.organization;
import static org.newsgraph.extract.ar.TestLexicons.person;
import static org.newsgraph.extract.ar.TestLexicons.rolesOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Bodies and places as unseen articles name them (session 17): the line of the outlet and its seat under a headline
 * ("سكاي نيوز عربية - أبوظبي"), and a police force a city or a region keeps (شرطة ملبورن، شرطة مقاطعة كيبيك).
 * Short sentences of our own, read with every shipped lexicon.
 */
class ArabicBodiesS17Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. the outlet's seat under the headline

    @Test
    void theOutletsSeatUnderAHeadlineIsNoActor() {
        Extraction x = extract("البيرو.. الشرطة تعتقل زعيم المعارضة في ليما\nسكاي نيوز عربية - أبوظبي\n"
                + "السبت 19 فبراير 2022\nاعتقلت الشرطة البيروفية، السبت، زعيم المعارضة خوان بيريز في العاصمة ليما.");
        assertThat(x.actors()).noneMatch(a -> a.key().equals("country/AE") || a.labelAr().equals("أبوظبي"));
        assertThat(x.actors()).anyMatch(a -> a.key().equals("country/PE"));
        Extraction y = extract("فنزويلا تطرد سفير كولومبيا\nالجزيرة نت - الدوحة\n"
                + "أعلنت فنزويلا، الأحد، طرد السفير الكولومبي من كراكاس.");
        assertThat(y.actors()).noneMatch(a -> a.key().equals("country/QA") || a.labelAr().equals("الدوحة"));
    }

    @Test
    void aCityOpeningTheDatelineBeforeTheOutletIsStillWhereTheStoryIsFrom() {
        Extraction x = extract("اعتقال زعيم المعارضة في البيرو\nليما - سكاي نيوز عربية\n"
                + "اعتقلت الشرطة، السبت، زعيم المعارضة خوان بيريز.");
        assertThat(x.actors()).anyMatch(a -> a.labelAr().equals("ليما") && a.type() == ActorType.PLACE);
    }

    // 2. the police of a city or a region

    @Test
    void thePoliceOfACityIsThatCitysForce() {
        Extraction x = extract("وقالت شرطة لندن إن المشتبه به اعتقل مساء أمس.");
        assertThat(organization(x, "شرطة لندن").labelEn()).isEqualTo("London Police");
        assertThat(actor(x, "لندن").type()).isEqualTo(ActorType.PLACE);
        Extraction y = extract("وشارك في العملية عناصر من شرطة مدينة ميلانو وشرطة مقاطعة كيبيك.");
        organization(y, "شرطة مدينة ميلانو");
        organization(y, "شرطة مقاطعة كيبيك");
    }

    @Test
    void aStationOfACitysPoliceIsNoForce() {
        Extraction x = extract("ونقل الموقوفون إلى مركز شرطة نيروبي المركزي، حيث استجوبوا لساعات.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.ORGANIZATION);
        Extraction y = extract("واحتجز الصحفي في قسم شرطة القاهرة لساعات.");
        assertThat(y.actors()).noneMatch(a -> a.type() == ActorType.ORGANIZATION);
    }

    @Test
    void theHeadOfACitysPoliceHoldsItsOffice() {
        Extraction x = extract("وقال قائد شرطة ملبورن جون سميث إن عشرة أشخاص اعتقلوا.");
        organization(x, "شرطة ملبورن");
        person(x, "جون سميث");
        assertThat(rolesOf(x, "جون سميث")).anyMatch(r -> r.organizationKey().equals(actor(x, "شرطة ملبورن").key()));
    }

    @Test
    void theBarePoliceIsTheOnlyForceOfACityTheArticleNames() {
        Extraction x = extract("وتظاهر المئات قبل أن تفرقهم الشرطة. واحتجزت شرطة دلهي، الجمعة، عشرات المحتجين.");
        assertThat(x.actors()).noneMatch(a -> a.key().equals("group/police"));
        organization(x, "شرطة دلهي");
    }

    @Test
    void aStatesPoliceNamedAsWellKeepsTheBarePolice() {
        Extraction x = extract("ونشرت الشرطة الهندية مئات العناصر، وقالت شرطة دلهي إنها اعتقلت عشرة أشخاص. "
                + "وقالت الشرطة إن الوضع هادئ.");
        organization(x, "شرطة دلهي");
        assertThat(x.actors()).anyMatch(a -> a.key().equals("org/IN/police"));
    }

    @Test
    void thePoliceOfACountryStaysTheStatesPolice() {
        Extraction x = extract("وقالت شرطة كندا إنها لم تتدخل.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.ORGANIZATION);
        assertThat(x.actors()).anyMatch(a -> a.key().equals("org/CA/police"));
    }
}
