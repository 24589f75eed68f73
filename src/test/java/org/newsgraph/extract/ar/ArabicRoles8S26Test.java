package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.person;
import static org.newsgraph.extract.ar.TestLexicons.roles;
import static org.newsgraph.extract.ar.TestLexicons.rolesOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Roles (session 26): a union's high representative (the European Union's foreign policy chief), a chancellor only in
 * the states that have one (an adviser elsewhere), a body's office with a pronoun (المتحدث باسمه، أمينها العام) held
 * in the body named before it, the head of a region named before (رئيس الإقليم), الوزير الأول as a prime minister,
 * Iran's supreme leader, and a foreign given name spelt with ك that is no "like" before a place. Short sentences of
 * our own, on other countries and people.
 */
class ArabicRoles8S26Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void theUnionsHighRepresentativeForForeignPolicyHoldsTheOfficeInTheUnion() {
        Extraction x = shipped("ودعا الممثل الأعلى للسياسة الخارجية والأمنية في الاتحاد الأوروبي هانس مولر إلى الحوار.");
        assertThat(roles(x)).contains("هانس مولر: high-representative of org/eu");
    }

    @Test
    void theForeignPolicyChiefAsThePressCallsHimIsTheHighRepresentative() {
        Extraction x = shipped("وطالب مسؤول السياسة الخارجية في الاتحاد الأوروبي هانس مولر بالإفراج عن المعتقلين.");
        assertThat(roles(x)).contains("هانس مولر: high-representative of org/eu");
    }

    @Test
    void aChancellorWithHisStatesNisbaIsThatStatesChancellor() {
        Extraction x = shipped("وقالت المستشارة النمساوية كلاوديا باور إن الحكومة لن تستقيل.");
        assertThat(roles(x)).contains("كلاوديا باور: chancellor of country/AT");
    }

    @Test
    void theViceChancellorIsAnOfficeOfItsOwn() {
        Extraction x = shipped("وقال نائب المستشار الألماني يوهان كلاين إن الائتلاف باق.");
        assertThat(roles(x)).contains("يوهان كلاين: vice-chancellor of country/DE");
    }

    @Test
    void anAdviserElsewhereIsAPersonWithNoChancellorsRole() {
        Extraction x = shipped("وقال المستشار الاقتصادي كريستيان موانغي إن الحكومة الكينية سترفع الضرائب.");
        person(x, "كريستيان موانغي");
        assertThat(rolesOf(x, "كريستيان موانغي")).isEmpty();
    }

    @Test
    void anAdviserInABodyNoLexiconListsIsStillAPerson() {
        Extraction x = shipped("وقال المستشار في الديوان الملكي سعود العتيبي إن المملكة سترد.");
        person(x, "سعود العتيبي");
        assertThat(rolesOf(x, "سعود العتيبي")).isEmpty();
    }

    @Test
    void aSecretaryGeneralWithAPronounIsTheSecretaryGeneralOfTheBodyNamedBefore() {
        Extraction x = shipped("وانتقد حزب المؤتمر الشعبي القرار، وقال أمينه العام فلاديمير كوستوف إن الحزب سيرد.");
        String party = TestLexicons.actor(x, "حزب المؤتمر الشعبي").key();
        assertThat(roles(x)).contains("فلاديمير كوستوف: secretary-general of " + party);
    }

    @Test
    void aFeminineBodyIsWhoseSecretaryGeneralItsPronounNames() {
        Extraction x = shipped("ودعت منظمة التعاون الإسلامي إلى التهدئة، بعدما طالب أمينها العام حسين إبراهيم طه بوقف القتال.");
        assertThat(roles(x)).contains("حسين إبراهيم طه: secretary-general of org/oic");
    }

    @Test
    void aSpokespersonWithHePassesOverAFeminineBodyToTheMasculineOne() {
        Extraction x = shipped("وحمّل البيت الأبيض الحكومة مسؤولية الأزمة، وقال المتحدث باسمه جون كيربي إن العنف غير مقبول.");
        assertThat(roles(x)).contains("جون كيربي: spokesperson of org/US/presidency");
    }

    @Test
    void aSpokespersonAfterAPersonIsNoBodysSpokesperson() {
        Extraction x = shipped("وانتقد الرئيس الكيني ويليام روتو القرار، وقال المتحدث باسمه حسين محمد إن الحكومة سترد.");
        person(x, "حسين محمد");
        assertThat(rolesOf(x, "حسين محمد")).isEmpty();
    }

    @Test
    void theHeadOfTheRegionIsTheHeadOfTheRegionNamedBefore() {
        Extraction x = shipped("وقتل مسلحون في إقليم تيغراي، وأعلن رئيس الإقليم ديبريتسيون غبريمايكل حالة الطوارئ.");
        assertThat(roles(x)).contains("ديبريتسيون غبريمايكل: president of place/tigray");
    }

    @Test
    void theFirstMinisterIsThePrimeMinister() {
        Extraction x = shipped("وأعلن الوزير الأول الجزائري أيمن بن عبد الرحمن استقالة الحكومة.");
        // the head who announces his government's resignation resigns with it (session 32): his office ends
        assertThat(roles(x)).contains("أيمن بن عبد الرحمن: prime-minister of country/DZ (former)")
                .noneMatch(r -> r.startsWith("أيمن بن عبد الرحمن: minister of"));
    }

    @Test
    void theSupremeLeaderIsIransHeadOfState() {
        Extraction x = shipped("وتوعد المرشد الإيراني مجتبى حسيني الولايات المتحدة بالرد.");
        assertThat(roles(x)).contains("مجتبى حسيني: supreme-leader of country/IR");
    }

    @Test
    void aGivenNameSpeltWithKafIsNoPlaceBehindLike() {
        Extraction x = shipped("والتقى وزير الخارجية الهولندي وكلاوس فيبر في لاهاي.");
        assertThat(x.actors()).noneMatch(a -> a.key().equals("country/LA"));
    }

    @Test
    void likeBeforeACountryStaysAComparison() {
        Extraction x = shipped("وتعاني دول فقيرة كلاوس وكمبوديا من الفقر.");
        assertThat(x.actors()).anyMatch(a -> a.key().equals("country/LA") && a.type() == ActorType.COUNTRY);
    }
}
