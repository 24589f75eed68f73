package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.labels;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Bodies unseen articles name by an institution noun and a field the lexicon lacks (session 12, round 2): an
 * association named by its article, its words and a nisba; a committee of a kind with a nisba, its label translated;
 * an indefinite committee of a rank (عليا) and a purpose. Short sentences of our own, read with every shipped lexicon.
 */
class ArabicBodiesS12bTest {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    @Test
    void anAssociationWithItsWordsAndANisbaIsThatCountrysBody() {
        Extraction x = extract("واتهمت الجمعية الطبية النيجيرية الشرطة باعتقال مسعفين.");
        Actor body = actor(x, "الجمعية الطبية النيجيرية");
        assertThat(body.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(body.key()).startsWith("org/NG/");
        assertThat(body.labelEn()).isEqualTo("Nigerian Medical Association");
        Extraction y = extract("وقالت الرابطة الزراعية التشيلية إن المحصول تراجع.");
        assertThat(actor(y, "الرابطة الزراعية التشيلية").key()).startsWith("org/CL/");
    }

    @Test
    void anIndefiniteAssociationIsNoBody() {
        Extraction x = extract("وقالت جمعية خيرية نيجيرية إنها وزعت الطعام.");
        assertThat(labels(x)).noneMatch(l -> l.contains("جمعية"));
    }

    @Test
    void aCommitteeOfAKindWithANisbaIsLabelledInEnglish() {
        Extraction x = extract("وقالت لجنة التحقيق الجورجية في بيان إن الشرطة اعتقلت ثلاثة.");
        Actor body = actor(x, "لجنة التحقيق الجورجية");
        assertThat(body.key()).startsWith("org/GE/");
        assertThat(body.labelEn()).contains("Investigation").contains("Committee");
    }

    @Test
    void anIndefiniteCommitteeOfARankAndAPurposeIsABody() {
        Extraction x = extract("بيروت (رويترز) - صدر مرسوم في لبنان بتشكيل لجنة عليا لمكافحة الفساد يرأسها رئيس الوزراء.");
        Actor body = actor(x, "لجنة عليا لمكافحة الفساد");
        assertThat(body.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(body.key()).startsWith("org/LB/");
        assertThat(body.labelEn()).startsWith("Supreme Committee");
        // an adjective of no rank leaves a committee to come, of any kind
        Extraction y = extract("بيروت (رويترز) - اتفق الطرفان في لبنان على تشكيل لجنة مشتركة لمراقبة الهدنة.");
        assertThat(labels(y)).noneMatch(l -> l.contains("لجنة"));
    }

    // 2. a region's own bodies

    @Test
    void aBodyOfARegionNamedWithItsRegionNounIsTheRegions() {
        Extraction x = extract("أربيل (رويترز) - قالت حكومة إقليم كردستان إن بغداد لم ترسل الرواتب.");
        Actor body = actor(x, "حكومة إقليم كردستان");
        assertThat(body.key()).isEqualTo("org/kurdistan-region/government");
        assertThat(body.labelEn()).isEqualTo("Government of Kurdistan Region");
    }

    @Test
    void aBodyWithARegionsNisbaAndARegionalBodyAfterItAreTheRegions() {
        Extraction x = extract("مدريد (رويترز) - صوت البرلمان الباسكي على القانون. وقالت الحكومة الإسبانية إنها سترد. "
                + "وأعلنت الحكومة الإقليمية أنها ستلجأ إلى القضاء.");
        assertThat(actor(x, "البرلمان الباسكي").key()).isEqualTo("org/basque-country/parliament");
        assertThat(actor(x, "الحكومة الإقليمية").key()).isEqualTo("org/basque-country/government");
        assertThat(actor(x, "الحكومة الإسبانية").key()).isEqualTo("org/ES/government");
    }

    @Test
    void aRegionalBodyWithNoRegionBeforeIsNoRegionsBody() {
        Extraction x = extract("مدريد (رويترز) - وقالت الحكومة الإقليمية إنها سترد.");
        assertThat(x.actors()).noneMatch(a -> a.key().contains("basque") || a.key().contains("catalonia"));
    }

    // 3. a body said to belong to an organisation or a country

    @Test
    void aBodyBelongingToAnOrganisationIsThatOrganisationsBody() {
        Extraction x = extract("وقال مجلس السلم والأمن التابع للاتحاد الأفريقي إنه علق عضوية النيجر.");
        Actor body = actor(x, "مجلس السلم والأمن التابع للاتحاد الأفريقي");
        assertThat(body.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(body.key()).startsWith("org/african-union/");
        assertThat(body.labelEn()).endsWith("and Security Council of the African Union");
        Extraction y = extract("وأضافت لجنة العقوبات التابعة لمجلس الأمن اسمين إلى القائمة.");
        assertThat(actor(y, "لجنة العقوبات التابعة لمجلس الأمن").key()).startsWith("org/un-security-council/");
        // no word of a field between the noun and التابع: nothing of the kind
        Extraction z = extract("وقالت لجنة تابعة للأمم المتحدة إن التصويت تأجل.");
        assertThat(labels(z)).noneMatch(l -> l.contains("لجنة"));
    }
}
