package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Groups as actors (session 32): the supporters of a leader, a party or a body (أنصار فلان، أنصار الحكومة، أنصاره)
 * are a group of their own, keyed by whom they follow: they march and are arrested, not the one they follow, who
 * stays named; followers named by a pronoun after a verb of calling are whom it calls, and whom the pronoun stands
 * for is the caller. Short sentences of our own, on other countries and people.
 */
class ArabicGroupsS32Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void supportersOfAGovernmentWhoMarchAreTheDoersNotTheGovernment() {
        Extraction x = extract("وخرج آلاف من أنصار الحكومة السنغالية إلى شوارع داكار.");
        assertThat(coded(x, "14")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("group/supporters-of-sn-government"));
        Actor group = TestLexicons.actorByKey(x, "group/supporters-of-sn-government");
        assertThat(group).isNotNull();
        assertThat(group.type()).isEqualTo(ActorType.GROUP);
        assertThat(group.labelAr()).isEqualTo("أنصار الحكومة السنغالية");
        assertThat(group.labelEn()).isEqualTo("supporters of Government of Senegal");
        // the government they follow is still named
        assertThat(TestLexicons.actorByKey(x, "org/SN/government")).isNotNull();
    }

    @Test
    void supportersOfALeaderArrestedAreTheTargetNotTheLeader() {
        Extraction x = extract("واعتقلت الشرطة الكينية العشرات من أنصار رايلا أودينغا في نيروبي.");
        assertThat(coded(x, "173")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/KE/police");
            assertThat(e.targetKey()).isEqualTo("group/supporters-of-raila-odinga");
        });
        assertThat(TestLexicons.actorByKey(x, "group/supporters-of-raila-odinga").labelEn()).isEqualTo("Odinga supporters");
        assertThat(TestLexicons.actorByKey(x, "person/raila-odinga")).isNotNull();
    }

    @Test
    void aLeaderCallingHisSupportersCallsTheirGroup() {
        Extraction x = extract("ودعا الرئيس الغاني جون ماهاما أنصاره إلى الهدوء.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/john-mahama");
            assertThat(e.targetKey()).isEqualTo("group/supporters-of-john-mahama");
        });
    }

    @Test
    void aCallToHisSupportersAfterAnotherVerbIsMadeByTheLeaderThePronounNames() {
        Extraction x = extract("وفي خطاب متلفز، أشاد زعيم المعارضة الزامبية هاكايندي هيشيليما بالمتظاهرين، "
                + "ودعا أنصاره إلى مواصلة الاحتجاج.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/hakainde-hichilema");
            assertThat(e.targetKey()).isEqualTo("group/supporters-of-hakainde-hichilema");
        });
    }

    @Test
    void supportersOfATitledLeaderAreOneGroupOverTitleAndName() {
        Extraction x = extract("وتجمع مئات من أنصار الرئيس ماكي سال أمام مقر البرلمان في داكار.");
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.key()).isEqualTo("group/supporters-of-macky-sall");
            assertThat(a.labelAr()).isEqualTo("أنصار الرئيس ماكي سال");
        });
    }

    @Test
    void theFollowersPronounStandsForNoOneAfterAPreposition() {
        Extraction x = extract("وأشاد الزعيم القبلي بالحكومة الكينية، ودعا أنصاره إلى الهدوء.");
        assertThat(x.actors()).noneMatch(a -> a.key().equals("group/supporters-of-ke-government"));
        assertThat(x.events()).noneMatch(e -> "group/supporters-of-ke-government".equals(e.targetKey()));
    }

    @Test
    void supportersStormingABuildingRiotAsACrowd() {
        Extraction x = extract("واقتحم مئات من أنصار رايلا أودينغا مبنى البرلمان الكيني في نيروبي.");
        assertThat(coded(x, "145")).singleElement()
                .satisfies(e -> assertThat(e.sourceKey()).isEqualTo("group/supporters-of-raila-odinga"));
    }

    @Test
    void theGovernmentsOwnSupportersInTheStreetsAreNoProtestAgainstIt() {
        Extraction x = extract("خرج آلاف المحتجين في مدن زامبيا ضد الحكومة الزامبية. "
                + "وسرعان ما نزل أنصار الحكومة إلى الشوارع في لوساكا.");
        assertThat(x.events()).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/supporters-of-zm-government"));
        assertThat(x.events()).noneMatch(e -> "group/supporters-of-zm-government".equals(e.sourceKey())
                && "org/ZM/government".equals(e.targetKey()));
    }

    @Test
    void supportersOnlyDescribedAreNoActor() {
        Extraction x = extract("ويعد الوزير من أبرز أنصار الإصلاح الاقتصادي في تنزانيا.");
        assertThat(x.actors()).noneMatch(a -> a.key().startsWith("group/supporters-of-"));
    }
}
