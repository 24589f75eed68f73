package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.events;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.rdf.LexiconReader;
import org.newsgraph.read.Article;

/**
 * Who is who inside an article: named units of the police and the army against the police and the army, a
 * government still to be formed against the sitting one, the parliament and its house, the two parties taken up
 * again as الطرفين or البلدين, and the capital named or not. Runs on the shipped lexicons: which units, chambers
 * and capitals a country has is gazetteer data these rules read.
 */
class ArabicWhoIsWhoTest {

    private static Extractor extractor;

    private static synchronized Extraction extract(String text) {
        if (extractor == null) {
            extractor = new ArabicExtractorFactory().create(LexiconReader.read());
        }
        return extractor.extract(new Article("test", text, null, "ar", LocalDate.of(2025, 5, 14), null));
    }

    private static Set<String> keys(Extraction x) {
        return x.actors().stream().map(Actor::key).collect(Collectors.toSet());
    }

    @Test
    void aNamedPoliceUnitIsItsCountrysOwnBodyAndThePoliceAloneStayTheGenericGroup() {
        Extraction x = extract("واعتقلت شرطة الأخلاق الإيرانية ثلاث نساء في مدينة مشهد.\nوقالت الشرطة إنها ستواصل الحملة.");
        assertThat(keys(x)).contains("org/IR/morality-police", "group/police");
        Actor unit = x.actors().stream().filter(a -> a.key().equals("org/IR/morality-police")).findFirst().orElseThrow();
        assertThat(unit.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(unit.country()).isEqualTo("country/IR");
        assertThat(events(x, "arrest")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/IR/morality-police");
            // the nisba says whose the unit is; it is no party to the arrest
            assertThat(e.targetKey()).isNotEqualTo("country/IR");
        });
    }

    @Test
    void aUnitNamedWithoutItsCountryIsTheArticlesCountrys() {
        Extraction x = extract("واحتج آلاف الكينيين على الضرائب في نيروبي.\nوفرقت شرطة مكافحة الشغب المحتجين في كينيا.\n"
                + "وانتشرت قوات التدخل السريع في الشوارع.");
        assertThat(keys(x)).contains("org/KE/riot-police", "org/KE/rapid-intervention-force").doesNotContain("group/police");
    }

    @Test
    void aGovernmentStillToBeFormedIsNoActorButTheGovernmentIs() {
        Extraction x = extract("دعا الرئيس التونسي إلى تشكيل حكومة وحدة وطنية.\nوطالبت المعارضة بحكومة جديدة.\n"
                + "وقالت الحكومة التونسية إنها ستواصل عملها.");
        assertThat(events(x, "appeal")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("org/TN/government"));
        assertThat(x.mentions()).filteredOn(m -> "org/TN/government".equals(m.actorKey()))
                .extracting(m -> m.anchor()).containsExactly("الحكومة التونسية");
    }

    @Test
    void aDefiniteGovernmentWithADescriptorIsTheGovernment() {
        Extraction x = extract("وقالت الحكومة الانتقالية في مالي إنها ترفض العقوبات.\nوأكدت حكومة البلاد التزامها.");
        assertThat(x.mentions()).filteredOn(m -> "org/ML/government".equals(m.actorKey())).hasSize(2);
    }

    @Test
    void theParliamentAndTheOneHouseNamedAreOneBody() {
        Extraction x = extract("وصوت مجلس النواب العراقي على الموازنة.\nوقال رئيس البرلمان إن القانون سيصدر قريبا.\n"
                + "ورفض البرلمان مشروع القانون.");
        Set<String> bodies = x.mentions().stream().map(m -> m.actorKey()).filter(k -> k.startsWith("org/IQ/"))
                .collect(Collectors.toSet());
        assertThat(bodies).containsExactly("org/IQ/lower-house");
    }

    @Test
    void withBothHousesNamedTheHousesAndTheParliamentStayApart() {
        Extraction x = extract("وأقر مجلس النواب الأردني القانون، ورفضه مجلس الأعيان.\nوقال البرلمان الأردني إنه سيعيد النظر فيه.");
        assertThat(keys(x)).contains("org/JO/lower-house", "org/JO/senate", "org/JO/parliament");
    }

    @Test
    void theCongressOfAnotherCountryIsNotTheUnitedStatesCongress() {
        Extraction x = extract("وعزل الكونغرس البيروفي الرئيسة.\nوقال الكونغرس إن القرار نهائي.");
        assertThat(keys(x)).contains("org/PE/parliament").doesNotContain("org/US/parliament");
        Extraction us = extract("وصوت الكونغرس الأمريكي على العقوبات.");
        assertThat(us.actors()).filteredOn(a -> a.key().equals("org/US/parliament"))
                .singleElement().satisfies(a -> assertThat(a.labelEn()).isEqualTo("United States Congress"));
    }

    @Test
    void theTwoSidesAreTheTwoPartiesNamedBefore() {
        Extraction x = extract("وعقدت إثيوبيا وإريتريا محادثات في جيبوتي.\nودعت الأمم المتحدة الطرفين إلى التهدئة.");
        assertThat(events(x, "appeal")).extracting(Event::targetKey)
                .containsExactlyInAnyOrder("country/ET", "country/ER");
        assertThat(events(x, "appeal")).allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/un"));
    }

    @Test
    void theTwoCountriesAfterBetweenAreTheTwoParties() {
        Extraction x = extract("واندلعت اشتباكات على الحدود بين قرغيزستان وطاجيكستان.\nوحث الاتحاد الأوروبي البلدين على ضبط النفس.");
        assertThat(events(x, "appeal")).extracting(Event::targetKey)
                .containsExactlyInAnyOrder("country/KG", "country/TJ");
    }

    @Test
    void theTwoCountriesAreNeverTwoPeople() {
        Extraction x = extract("وسيلتقي الرئيسان الرواندي بول كاغامي والكونغولي فيليكس تشيسيكيدي في واشنطن.\n"
                + "ودعت الأمم المتحدة البلدين إلى احترام الاتفاق.");
        assertThat(events(x, "appeal")).allSatisfy(e -> assertThat(e.targetKey()).isNotIn(
                x.actors().stream().filter(a -> a.type() == ActorType.PERSON).map(Actor::key).toList()));
    }

    @Test
    void theCapitalAloneIsTheCapitalOfTheArticlesCountry() {
        Extraction x = extract("وتظاهر آلاف البيروفيين ضد الحكومة البيروفية.\nواعتقلت الشرطة عشرات المحتجين في العاصمة، بحسب بيرو.");
        assertThat(events(x, "arrest")).singleElement().satisfies(e -> assertThat(e.placeKey()).isEqualTo("place/lima"));
    }

    @Test
    void theCapitalWithANisbaIsThatCountrysCapital() {
        Extraction x = extract("وفرضت السلطات حظر التجول في العاصمة الكينية.");
        assertThat(x.mentions()).anySatisfy(m -> {
            assertThat(m.actorKey()).isEqualTo("place/nairobi");
            assertThat(m.anchor()).isEqualTo("العاصمة الكينية");
        });
    }

    @Test
    void aCapitalNamedAfterTheNounIsThatPlaceAndActingItIsItsCountryNotASecondNode() {
        Extraction x = extract("وتظاهر الآلاف في العاصمة ليما.\nوقالت ليما إنها لن تتراجع.");
        assertThat(keys(x)).contains("place/lima", "country/PE");
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.COUNTRY).extracting(Actor::key)
                .containsExactly("country/PE");
    }

    @Test
    void theBareCongoIsTheDemocraticRepublic() {
        Extraction x = extract("ووقعت رواندا وجمهورية الكونغو الديمقراطية اتفاقا.\nوتواصل القتال في شرق الكونغو.");
        assertThat(keys(x)).contains("country/CD").doesNotContain("country/CG");
    }
}
