package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Coercive measures a government or a junta decrees (session 19): a state of emergency, martial law, a curfew or a
 * lockdown is aimed at the area it is in force over, named after في or على (past words of extent: جميع أنحاء، مناطق
 * واسعة من), never at the whole country told as البلاد; a measure lifted or over is no new one. Short sentences of our
 * own, on other countries and people.
 */
class ArabicDecreeS19Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- the area a measure is in force over

    @Test
    void anEmergencyInTheCapitalNamedAfterItsNoun() {
        Extraction x = extract("أعلن الرئيس الكيني وليام روتو حالة الطوارئ في العاصمة نيروبي لمدة أسبوع.");
        assertThat(coded(x, "1724")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/william-ruto");
            assertThat(e.targetKey()).isEqualTo("place/nairobi");
        });
    }

    @Test
    void anEmergencyInTheCapitalAloneIsTheArticlesCapital() {
        Extraction x = extract("شهدت الإكوادور احتجاجات عنيفة. وأعلن الرئيس الإكوادوري دانيال نوبوا حالة الطوارئ في العاصمة، "
                + "بعد يوم من أعمال الشغب.");
        assertThat(coded(x, "1724")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("place/quito"));
    }

    @Test
    void aCurfewOverWideAreasOfACity() {
        Extraction x = extract("وفرضت الحكومة الكينية حظر التجول في مناطق واسعة من مومباسا من السادسة مساء حتى السادسة صباحا.");
        assertThat(coded(x, "1723")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isNotNull();
            assertThat(e.targetKey()).isEqualTo("place/mombasa");
        });
    }

    @Test
    void aCurfewAfterADurationStillFindsItsCity() {
        Extraction x = extract("وأعلن حاكم الإقليم فرض حظر تجول على مدار 24 ساعة في مدينة غواياكيل، وفق الحكومة الإكوادورية.");
        assertThat(coded(x, "1723")).allSatisfy(e -> assertThat(e.targetKey()).isIn(null, "place/guayaquil"));
    }

    @Test
    void martialLawThroughoutANamedCountry() {
        Extraction x = extract("وأعلن الجنرال برويز مشرف فرض الأحكام العرفية في جميع أنحاء باكستان، وتعليق العمل بالدستور.");
        assertThat(coded(x, "1724")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/PK"));
    }

    @Test
    void aLockdownImposedOnTheCapital() {
        Extraction x = extract("شهدت الإكوادور احتجاجات عنيفة. وعلى إثر ذلك، أعلن الرئيس الإكوادوري دانيال نوبوا فرض إغلاق على "
                + "العاصمة لمدة 36 ساعة.");
        assertThat(coded(x, "172")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("place/quito"));
    }

    @Test
    void aTotalLockdownOfACity() {
        Extraction x = extract("وفرضت السلطات الباكستانية إغلاقا شاملا في مدينة كراتشي بعد الاشتباكات.");
        assertThat(coded(x, "172")).isEmpty();
        Extraction y = extract("وأعلنت الحكومة الباكستانية الإغلاق الشامل في مدينة لاهور لمدة أسبوعين.");
        assertThat(coded(y, "1723")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("place/lahore"));
    }

    // ------------------------------------------------------------- forces deployed at home

    @Test
    void troopsDeployedInTheStreetsOfOnesOwnCityAreAShowOfForce() {
        Extraction x = extract("ونشرت الحكومة الكينية جنودا وعربات مدرعة في شوارع مومباسا بعد أعمال الشغب.");
        assertThat(coded(x, "150")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("place/mombasa"));
        assertThat(coded(x, "07")).isEmpty();
    }

    @Test
    void troopsAnnouncedToSupportThePoliceInOnesOwnCityAreAShowOfForce() {
        Extraction x = extract("وأعلنت وزارة الدفاع الباكستانية نشر 2000 جندي لمساندة الشرطة في كراتشي.");
        assertThat(coded(x, "150")).isNotEmpty();
        assertThat(coded(x, "07")).isEmpty();
    }

    @Test
    void troopsSentToAnotherStateStillProtectIt() {
        Extraction x = extract("وأرسلت كينيا 500 جندي إلى الصومال في إطار قوة حفظ السلام.");
        assertThat(coded(x, "074")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/SO"));
        assertThat(coded(x, "150")).isEmpty();
    }

    // ------------------------------------------------------------- an agency's dateline with a slash

    @Test
    void aSlashDatelineUnderAHeadlineNamingItsStateIsTheStorysPlace() {
        Extraction x = extract("أوغندا تعرض المساعدة على كينيا\nنيروبي/ الأناضول\nعرضت أوغندا المساعدة على جارتها. وقال وزير "
                + "خارجية أوغندا إن أوغندا مستعدة لإرسال قوات. وأعلن الرئيس وليام روتو حالة الطوارئ في العاصمة لمدة أسبوع.");
        assertThat(coded(x, "1724")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("place/nairobi"));
    }

    @Test
    void aBureauInANeighbourNotInTheHeadlineIsNoStorysPlace() {
        Extraction x = extract("قوات إقليمية تدخل كينيا لدعم الحكومة\nكمبالا/ الأناضول\nدخلت قوات إقليمية أراضي كينيا أمس. "
                + "وأعلن الرئيس الكيني وليام روتو حالة الطوارئ في العاصمة لمدة أسبوع.");
        assertThat(coded(x, "1724")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("place/nairobi"));
    }

    // ------------------------------------------------------------- guards

    // a body's measure over البلاد keeps no target (the dev golds give none); a leader's is aimed at his country, as the
    // golds code it since session 27 (ArabicActs6S27Test)
    @Test
    void aBodysNationwideMeasureToldAsTheCountryIsAimedAtNoOne() {
        Extraction x = extract("شهدت الإكوادور احتجاجات. وفرضت الحكومة الإكوادورية حظر التجول في جميع أنحاء البلاد.");
        assertThat(coded(x, "1723")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isNull());
        Extraction y = extract("شهدت كينيا احتجاجات. وأعلن الرئيس الكيني وليام روتو حالة الطوارئ في البلاد لمدة 90 يوما.");
        assertThat(coded(y, "1724")).isNotEmpty().allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("country/KE"));
    }

    @Test
    void liftingAnEmergencyIsAYieldNotANewCoercion() {
        Extraction x = extract("ورفعت الحكومة الكينية حالة الطوارئ في العاصمة نيروبي بعد أسبوعين.");
        assertThat(coded(x, "17")).isEmpty();
        Extraction y = extract("وألغت السلطات الإكوادورية حظر التجول في مدينة غواياكيل.");
        assertThat(coded(y, "17")).isEmpty();
    }

    @Test
    void aCurfewToldAsOverIsNoNewOne() {
        Extraction x = extract("وانتهى حظر التجول في مدينة مومباسا صباح الأحد، وفق الشرطة الكينية.");
        assertThat(coded(x, "17")).isEmpty();
        Extraction y = extract("وأعلنت الحكومة الكينية انتهاء حالة الطوارئ في العاصمة نيروبي.");
        assertThat(coded(y, "17")).isEmpty();
    }

    @Test
    void aCurfewNoOneIsToldToImposeAimsAtNoOne() {
        Extraction x = extract("وخرج المحتجون إلى شوارع نيروبي رغم حظر التجول المفروض في المدينة.");
        assertThat(coded(x, "172")).allSatisfy(e -> assertThat(e.targetKey()).isNull());
    }

    @Test
    void closingTheBordersIsNoLockdown() {
        Extraction x = extract("وأعلن المجلس العسكري فرض إغلاق الحدود البرية والجوية مع كينيا.");
        assertThat(coded(x, "1723")).isEmpty();
    }
}
