package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.organization;
import static org.newsgraph.extract.ar.TestLexicons.labels;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Bodies and places as unseen articles name them by kind words (session 15): a body noun in construct before a
 * listed city or province (the place's own government or court), a body noun before the nouns of its field (مديرية
 * الجمارك), a place classifier before a name no lexicon lists. Short sentences of our own, read with every shipped
 * lexicon.
 */
class ArabicBodiesS15Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. a body of a city or province named by the place

    @Test
    void aGovernmentNounBeforeAListedCityIsThatCitysGovernment() {
        Extraction x = extract("ووافقت حكومة مومباسا على الخطة الجديدة للنقل.");
        assertThat(organization(x, "حكومة مومباسا").key()).isEqualTo("org/mombasa/government");
        Extraction y = extract("وقالت حكومة بنغالور إن المدارس ستغلق غدا.");
        assertThat(organization(y, "حكومة بنغالور").labelEn()).isEqualTo("Government of Bengaluru");
    }

    @Test
    void theGovernmentAloneLaterStaysTheStates() {
        Extraction x = extract("انتقدت حكومة مومباسا في كينيا الحكومة بسبب الضرائب الجديدة.");
        organization(x, "حكومة مومباسا");
        assertThat(x.actors()).extracting(Actor::key).contains("org/KE/government");
    }

    @Test
    void aCourtNounBeforeAListedCityAndItsRankIsThatCitysCourt() {
        Extraction x = extract("وقررت محكمة مومباسا العليا رفض الطعن المقدم من المعارضة.");
        Actor court = organization(x, "محكمة مومباسا العليا");
        assertThat(court.labelEn()).isEqualTo("Supreme Court of Mombasa");
        assertThat(court.key()).startsWith("org/KE/");
        assertThat(labels(x)).contains("مومباسا");
        Extraction y = extract("وأمر مجلس بنغالور بإغلاق الأسواق.");
        assertThat(organization(y, "مجلس بنغالور").key()).startsWith("org/IN/");
    }

    // 2. a body noun before the nouns of its field

    @Test
    void aBodyNounBeforeTheNounsOfItsFieldIsABodyOfTheArticlesCountry() {
        Extraction x = extract("وفي كينيا، أعلنت مديرية الجمارك اعتقال ثلاثة أشخاص.");
        assertThat(organization(x, "مديرية الجمارك").key()).startsWith("org/KE/");
        Extraction y = extract("وفي مصر، أعلنت هيئة الرقابة الإدارية فتح تحقيق في الصفقة.");
        assertThat(organization(y, "هيئة الرقابة الإدارية").key()).startsWith("org/EG/");
        Extraction z = extract("وقال مفوض الاتحاد الأفريقي إن مجلس السلم والأمن قرر تعليق عضوية مالي.");
        organization(z, "مجلس السلم والأمن");
    }

    @Test
    void aPlaceWordAfterABodyNounSaysWhoseNotWhatFor() {
        Extraction x = extract("وفي تونس قال مجلس المدينة إن الطرق مغلقة.");
        assertThat(labels(x)).noneMatch(l -> l.startsWith("مجلس"));
    }

    // 3. a place classifier before a name no lexicon lists

    @Test
    void aTownNounBeforeAWordOfTheDictionaryOrATriggerWhereTheNameEndsIsAPlace() {
        Extraction x = extract("وسار المحتجون في مدينة نارا غرب البلاد.");
        assertThat(actor(x, "نارا").type()).isEqualTo(ActorType.PLACE);
        Extraction y = extract("وسار المحتجون في مدينة باليرو أمس.");
        assertThat(actor(y, "باليرو").type()).isEqualTo(ActorType.PLACE);
        Extraction z = extract("ووقع الانفجار قرب بلدة فربيتيتسه، بمنطقة زلين.");
        assertThat(actor(z, "فربيتيتسه").type()).isEqualTo(ActorType.PLACE);
    }

    @Test
    void anAdjectiveAgreeingWithTheTownNounIsNoPartOfItsName() {
        Extraction x = extract("وسار المحتجون في المدينة وبلدة كوريندا المجاورة، ورددوا شعارات.");
        assertThat(actor(x, "كوريندا").type()).isEqualTo(ActorType.PLACE);
        assertThat(labels(x)).noneMatch(l -> l.contains("المجاورة"));
        Extraction y = extract("وأطلق مسلحون النار على قرية الحسينية الجديدة.");
        assertThat(labels(y)).contains("الحسينية");
    }

    @Test
    void aWordOfTheDictionaryWithNoVisibleEndAfterATownNounIsNoPlace() {
        Extraction x = extract("وقال إن سكان مدينة احتجاج غاضبون.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PLACE);
    }

    // 4. what kind of movement, no movement's name

    @Test
    void anOrganisationNounBeforeDictionaryWordsEndingInAnAgreeingAdjectiveIsNoName() {
        Extraction x = extract("وتحولت الاحتجاجات إلى حركة مطالب اجتماعية واقتصادية في البلاد.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.ORGANIZATION);
        Extraction y = extract("وقالت الشرطة إن جماعة مسلحة مجهولة هاجمت القرية.");
        assertThat(labels(y)).noneMatch(l -> l.startsWith("جماعة"));
    }

    @Test
    void anOrganisationNounBeforeAWordNoDictionaryKnowsIsStillAName() {
        Extraction x = extract("وقال زعيم حركة رينامو إن الانتخابات مزورة.");
        organization(x, "حركة رينامو");
    }

    // 5. an adjective of the body's kind between a state body and its nisba

    @Test
    void anAdjectiveOfTheKindBetweenABodyAndItsNisbaNamesThatCountrysBodyOfTheKind() {
        Extraction x = extract("وقال ضابطان في الاستخبارات العسكرية الروسية إنهما بريئان.");
        Actor gru = organization(x, "الاستخبارات العسكرية الروسية");
        assertThat(gru.key()).isEqualTo("org/RU/intelligence-service-military");
        assertThat(gru.labelEn()).isEqualTo("Military Intelligence Service of Russia");
        Extraction y = extract("وقال مصدر في جهاز الاستخبارات الخارجية البريطاني إن التحقيق مستمر.");
        assertThat(organization(y, "جهاز الاستخبارات الخارجية البريطاني").key()).isEqualTo("org/GB/intelligence-service-foreign");
        Extraction z = extract("واتهم الادعاء ضابطين تابعين للاستخبارات العسكرية الروسية بالتخطيط للهجوم.");
        organization(z, "الاستخبارات العسكرية الروسية");
    }
}
