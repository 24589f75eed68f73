package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Role;

/**
 * Actors the extractor missed or misread (session 35, second round): a compound given name written with a spaced
 * hyphen, a military spokesperson's title with its adjective before باسم, a body's short form (الخارجية) that
 * qualifies the definite noun before it and so names no body, "the regime" of a state as its government, mosques and
 * straits by their names, and religious leaders and commanders the press names daily. Short sentences of our own,
 * on other countries and people than the dev articles'.
 */
class ArabicNamesS35bTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2020, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aCompoundGivenNameWithASpacedHyphenIsOnePerson() {
        Extraction x = extract("واستقبل الرئيس التونسي في قرطاج جان - إيف لودريان أمس.");
        assertThat(x.actors()).extracting(Actor::key).contains("person/jean-yves-le-drian")
                .noneMatch(k -> k.startsWith("name/"));
    }

    @Test
    void aMilitarySpokespersonWithAPronounHoldsTheBodysOffice() {
        Extraction x = extract("وأعلنت حركة الشباب مسؤوليتها، وقال المتحدث العسكري باسمها عبد العزيز أبو مصعب إن "
                + "المقاتلين عادوا إلى مواقعهم.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).startsWith("باسم"));
        assertThat(x.roles()).extracting(Role::office).contains("spokesperson");
    }

    @Test
    void aBodysShortFormAfterADefiniteNounIsThatNounsAdjective() {
        Extraction x = extract("وانتقد النائب السياسة الخارجية الكينية في جلسة البرلمان.");
        assertThat(x.actors()).extracting(Actor::key).doesNotContain("org/KE/ministry-of-foreign-affairs");
    }

    @Test
    void aBodysShortFormAfterAVerbIsTheBody() {
        Extraction x = extract("وقالت الخارجية الكينية إن السفير استدعي.");
        assertThat(x.actors()).extracting(Actor::key).contains("org/KE/ministry-of-foreign-affairs");
    }

    @Test
    void theRegimeOfAStateIsItsGovernment() {
        Extraction x = extract("واتهمت المعارضة النظام الفنزويلي بتزوير الانتخابات.");
        assertThat(x.actors()).extracting(Actor::key).contains("org/VE/government");
    }

    @Test
    void aMosqueByItsNameIsAPlace() {
        Extraction x = extract("وانفجرت عبوة قرب مسجد الرحمة في مدينة كويتا.");
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.labelAr()).isEqualTo("مسجد الرحمة");
            assertThat(a.labelEn()).endsWith("Mosque");
        });
    }

    @Test
    void aStraitIsNotTheTownItIsNamedAfter() {
        Extraction x = extract("وعبرت السفن مضيق كيرتش صباح الأحد.");
        assertThat(x.actors()).extracting(Actor::key).contains("place/kerch-strait").doesNotContain("place/kerch");
    }

    @Test
    void religiousLeadersTheLexiconKnowsAreFoundByName() {
        Extraction x = extract("واستقبل شيخ الأزهر أحمد الطيب البابا تواضروس الثاني في القاهرة.");
        assertThat(x.actors()).extracting(Actor::key).contains("person/ahmed-el-tayeb", "person/tawadros-ii");
    }

    @Test
    void aCompoundPersianSurnameIsTheListedCommander() {
        Extraction x = extract("وقال العميد أمير علي حاجي زاده إن الصواريخ جاهزة.");
        assertThat(x.actors()).extracting(Actor::key, Actor::type).contains(
                tuple("person/amir-ali-hajizadeh", org.newsgraph.extract.ActorType.PERSON));
    }
}
