package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.organization;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Parties as unseen articles name them (session 17, round 2): a definite party noun and one word of party names
 * (الحزب الاشتراكي، الجبهة الوطنية), whom the party is of (للاشتراكيين), a region's nisba closing the name, the
 * listed party named again by its first words, and a superlative apposition after a party (، أكبر أحزاب
 * المعارضة،) whose actors are no doer or target; a body's field ending before a phrase with بـ (هيئة الاتصالات بالحد). Short sentences of our own, read with every shipped lexicon.
 */
class ArabicBodiesS17bTest {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    @Test
    void aDefinitePartyNounAndOneNameWordIsTheParty() {
        Extraction x = extract("أزمة سياسية في تشيلي\nوكان الحزب الشيوعي، أكبر أحزاب اليسار، قد دعا إلى التظاهر أمام القصر.");
        assertThat(organization(x, "الحزب الشيوعي").labelEn()).isEqualTo("Communist Party");
        Extraction y = extract("انتخابات في بيرو\nوأعلنت الجبهة الوطنية رفضها لنتائج الانتخابات.");
        assertThat(organization(y, "الجبهة الوطنية").labelEn()).isEqualTo("National Front");
    }

    @Test
    void anAdjectiveNoPartyNameHasIsNoParty() {
        Extraction x = extract("أزمة سياسية في تشيلي\nوانتقدت الحركة الاحتجاجية الحكومة بشدة.");
        assertThat(x.actors()).noneMatch(a -> a.labelAr().startsWith("الحركة"));
    }

    @Test
    void aGenitiveAfterTheWordGoesOnWithALongerName() {
        Extraction x = extract("أزمة سياسية في تشيلي\nوقال الحزب الديمقراطي للوحدة الوطنية إن الهجوم مرفوض.");
        assertThat(x.actors()).noneMatch(a -> a.labelAr().equals("الحزب الديمقراطي"));
    }

    @Test
    void whomThePartyIsOfEndsItsName() {
        Extraction x = extract("انتخابات في صربيا\nوقد حل الحزب الشعبي للديمقراطيين، في المرتبة الثانية بنحو 20 بالمئة.");
        assertThat(organization(x, "الحزب الشعبي للديمقراطيين").labelEn()).isEqualTo("Popular Party of Democrats");
    }

    @Test
    void aRegionsNisbaClosesThePartysName() {
        Extraction x = extract("أزمة في إسبانيا\nوانسحب من الجلسة نواب الحزب الاشتراكي الباسكي، وحزب المواطنين.");
        assertThat(organization(x, "الحزب الاشتراكي الباسكي").labelEn()).isEqualTo("Basque Socialist Party");
    }

    @Test
    void aListedPartyNamedAgainByItsFirstWordsIsThatParty() {
        Extraction x = extract("أزمة في العراق\nوقال الحزب الديمقراطي الكردستاني إن الهجوم مرفوض. وأكد الحزب الديمقراطي أنه لن يشارك.");
        organization(x, "الحزب الديمقراطي الكردستاني");
        assertThat(x.actors()).noneMatch(a -> a.labelAr().equals("الحزب الديمقراطي"));
    }

    @Test
    void theActorsOfASuperlativeAppositionAreNoTarget() {
        Extraction x = extract("انتخابات في بيرو\nفي المقابل، رفضت الجبهة الوطنية، أكبر تحالفات المعارضة، نتائج الانتخابات.");
        String front = organization(x, "الجبهة الوطنية").key();
        String opposition = actor(x, "المعارضة").key();
        assertThat(x.events()).isNotEmpty();
        assertThat(x.events()).noneMatch(e -> opposition.equals(e.targetKey()) || opposition.equals(e.sourceKey()));
        assertThat(x.events()).anyMatch(e -> front.equals(e.sourceKey()));
    }

    @Test
    void aPrepositionalPhraseAfterABodysFieldIsNoPartOfItsName() {
        Extraction x = extract("أزمة في بيرو\nوهو إجراء بررته هيئة الاتصالات بالحد من الرسائل المزعجة.");
        assertThat(organization(x, "هيئة الاتصالات").labelEn()).isEqualTo("Communications Authority of Peru");
        Extraction y = extract("أزمة في كينيا\nوبررت لجنة الانتخابات بالحاجة إلى مزيد من الوقت تأجيل إعلان النتائج.");
        organization(y, "لجنة الانتخابات");
    }
}
