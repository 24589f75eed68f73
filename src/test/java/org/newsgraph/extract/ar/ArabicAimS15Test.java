package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Session 15: whom a reaction or a call is aimed at when the sentence names it only by a description (the
 * parties in a country, the attack whose doer no one named, the late man). Short sentences of our own, on other
 * countries and people, with the shipped lexicons.
 */
class ArabicAimS15Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 3, 10));
    }

    // ------------------------------------------------- condemning an attack whose doer the article never named
    // The golds of the blind articles of sessions 28 and 29 never aim such a condemnation at the victim (their
    // target is empty, or the unknown attackers): it aims at no one, not at the man shot (session 29 changed it).

    @Test
    void condemningTheAttackOnAManShotByNoOneNamedAimsAtNoOne() {
        Extraction x = extract("أصيب الرئيس الغاني نانا أكوفو أدو بالرصاص خلال تجمع انتخابي. ودان الرئيس الفرنسي إيمانويل ماكرون الهجوم.");
        assertThat(coded(x, "11")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/emmanuel-macron");
            assertThat(e.targetKey()).isNull();
        });
    }

    @Test
    void condemningTheAttackInQuotesAfterTheWoundingAimsAtNoOne() {
        Extraction x = extract("أصيب زعيم المعارضة الأوغندية روبرت كياغولاني بجروح في هجوم على موكبه في كمبالا. "
                + "ونددت كينيا بالهجوم الجبان.");
        assertThat(coded(x, "11")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void aPrepositionWrittenApartBeforeTheQuotedAttackStillFindsTheAttack() {
        Extraction x = extract("أطلق مسلحون النار على زعيم المعارضة الأوغندية روبرت كياغولاني في كمبالا. "
                + "ونددت كينيا بـ\"الهجوم الجبان\".");
        assertThat(coded(x, "11")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/gunmen"));
    }

    @Test
    void condemningTheAttackStillAimsAtItsDoerWhenTheArticleNamedHim() {
        Extraction x = extract("هاجم مسلحون موكب الرئيس الغاني في أكرا. ودان الرئيس الفرنسي إيمانويل ماكرون الهجوم.");
        assertThat(coded(x, "11")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/gunmen"));
    }

    // ------------------------------------------------- a call past a relative clause describing its subject

    @Test
    void aCallPastARelativeClauseNamingAnotherActorIsAddressedToThePartiesInTheCountry() {
        Extraction x = extract("وحث الاتحاد الأفريقي، الذي يرأس مفوضيته موسى فقي محمد، الأطراف السياسية في كينيا على الحوار.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/african-union");
            assertThat(e.targetKey()).isEqualTo("country/KE");
        });
    }

    @Test
    void aCallByABodyWhoseRelativeClauseNamesAStateIsAddressedToTheCountryAfterIt() {
        Extraction x = extract("كما دعت الجامعة العربية، التي تتولى مصر رئاسة مجلسها الوزاري، جميع الأطراف في ليبيا إلى وقف القتال.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/arab-league");
            assertThat(e.targetKey()).isEqualTo("country/LY");
        });
    }

    // ------------------------------------------------- an actor alongside the subject is no object

    @Test
    void anActorAlongsideTheCallerIsNotWhomTheCallAddresses() {
        Extraction x = extract("ودعت رئيسة وزراء الدنمارك، اليوم، إلى جانب الرئيس الفرنسي إيمانويل ماكرون، الأحزاب السياسية إلى التهدئة.");
        assertThat(coded(x, "02")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo("person/emmanuel-macron"));
    }

    @Test
    void aCondemnationWithAStateAlongsideIsStillAimedAtTheActorAfterIt() {
        Extraction x = extract("وانتقدت ألمانيا، بجانب فرنسا، الحكومة الإثيوبية بشدة.");
        assertThat(coded(x, "11")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/DE");
            assertThat(e.targetKey()).isEqualTo("org/ET/government");
        });
    }

    @Test
    void standingAlongsideAPeopleStillSupportsThem() {
        Extraction x = extract("وقالت كندا إنها تقف إلى جانب أوكرانيا.");
        assertThat(x.events()).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/UA"));
    }
}
