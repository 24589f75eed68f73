package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * People and bodies the press names daily that no rule for unlisted names finds (session 33): a kunya and a
 * courtesy word read as a title (أبو مهدي المهندس), a leader named only after his group's name, a body whose name
 * is a given name (جيش محمد) or a single word (الأزهر). They belong to the people and organisations lexicons. And the
 * holders of offices the titles lexicon lacked (a state's high commissioner to another, a consul general), whose
 * unlisted names then read. Short sentences of our own.
 */
class ArabicNamesS33Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aListedKunyaNameEndingInACourtesyWordIsOnePerson() {
        Extraction x = extract("وزار أبو مهدي المهندس مدينة الموصل أمس.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("person/abu-mahdi-al-muhandis"));
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).startsWith("name/"));
    }

    @Test
    void aLeaderNamedAfterHisGroupIsFound() {
        Extraction x = extract("وظهر زعيم بوكو حرام أبو بكر شيكاو في تسجيل جديد.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("person/abubakar-shekau"));
    }

    @Test
    void theIraqiMilitiaLeadersAreFound() {
        Extraction x = extract("والتقى هادي العامري وفالح الفياض في بغداد.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("person/hadi-al-amiri"));
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("person/falih-al-fayyadh"));
    }

    @Test
    void aGroupNamedLikeAPersonIsTheGroup() {
        Extraction x = extract("وتبنت جماعة جيش محمد تفجيرا في سريناغار.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("org/jaish-e-mohammed"));
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.key()).startsWith("org/jamaa"));
    }

    @Test
    void alAzharCondemningIsTheSource() {
        Extraction x = extract("وأدان الأزهر تفجير الكنيسة في جولو.");
        assertThat(coded(x, "111")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/al-azhar"));
    }

    @Test
    void theIndianParamilitaryPoliceIsABody() {
        Extraction x = extract("وأصيب ثلاثة من عناصر قوات الشرطة الاحتياطية المركزية في اشتباك بولاية تشاتيسغار.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.key()).isEqualTo("org/crpf"));
    }

    @Test
    void aHighCommissionerPossessedBySendingStateIsAnEnvoyAndHisNameFollowsTheHost() {
        Extraction x = extract("واستدعت أستراليا مفوضها السامي لدى فيجي بيتر كولينز للتشاور.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.labelAr()).isEqualTo("بيتر كولينز"));
        assertThat(coded(x, "16")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("country/AU"));
    }

    @Test
    void aConsulGeneralInACityNamesItsHolderBetweenCommas() {
        Extraction x = extract("وقال القنصل العام الكندي في ميامي، جوردان هيكس، إن الرحلات ستستأنف.");
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.key()).isEqualTo("name/jurdan-hiks");
            assertThat(a.type()).isEqualTo(org.newsgraph.extract.ActorType.PERSON);
        });
    }
}
