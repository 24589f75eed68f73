package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Killings, attacks and fighting (session 33): a casualty the attack told before it brought about (ما أدى إلى
 * مقتل) is that attack's doer's; the two sides of a clash set off by من جهة، and a side named by its members (عناصر
 * من الشرطة); an exchange of fire is a clash; the subject between a verb of launching and the attack's noun is its
 * doer; soldiers named as the army's members after إن (جنودا من الجيش) act for it; a beating undergone (تعرض للضرب)
 * is an assault; forces exchanging fire with someone clash with them. Short sentences of our own, on other
 * countries and people.
 */
class ArabicViolenceS33Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aKillingThatFireOpenedBeforeBroughtAboutIsTheShootersAct() {
        Extraction x = extract("وأطلق مسلحون النار على سوق في مدينة غاو، مما أدى إلى مقتل الصحفي موسى كوليبالي.");
        assertThat(coded(x, "18")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isEqualTo("name/moussa-kulibali");
        });
    }

    @Test
    void aKillingAnAttackLedToIsTheAttackersAct() {
        Extraction x = extract("وهاجم مسلحون قافلة قرب مدينة غاو، ما أدى إلى مقتل ثلاثة أشخاص.");
        assertThat(coded(x, "1823")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isEqualTo("group/gunmen"));
    }

    @Test
    void aKillingLedToByNoAttackHasNoDoer() {
        Extraction x = extract("وانهار جسر في مدينة غاو، ما أدى إلى مقتل ثلاثة أشخاص.");
        assertThat(coded(x, "1823")).singleElement().satisfies(e -> assertThat(e.sourceKey()).isNull());
    }

    @Test
    void theTwoSidesOfAClashSetOffOneFromTheOther() {
        Extraction x = extract("وتجددت الاشتباكات بين الجيش من جهة وعناصر من الشرطة من جهة أخرى في العاصمة.");
        assertThat(coded(x, "19")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/army");
            assertThat(e.targetKey()).isEqualTo("group/police");
        });
    }

    @Test
    void anExchangeOfFireBetweenTwoSidesIsAClash() {
        Extraction x = extract("ووقع تبادل لإطلاق النار بين الجيش والمتمردين قرب مطار المدينة.");
        assertThat(coded(x, "193")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/army");
            assertThat(e.targetKey()).isEqualTo("group/rebels");
        });
    }

    @Test
    void aCeasefireBetweenTwoSidesIsNoClash() {
        Extraction x = extract("وأعلن وقف إطلاق النار بين الجيش والمتمردين أمس.");
        assertThat(coded(x, "19")).isEmpty();
    }

    @Test
    void theSubjectBetweenLaunchingAndTheAttackIsItsDoer() {
        Extraction x = extract("وشن مسلحون هجوما على المتمردين قرب مدينة غاو.");
        assertThat(coded(x, "190")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isEqualTo("group/rebels");
        });
    }

    @Test
    void anAttackAnnouncedIsNotTheAnnouncersAct() {
        Extraction x = extract("وأعلنت الشرطة الكينية وقوع هجوم على فندق في نيروبي.");
        assertThat(coded(x, "19")).allSatisfy(e -> assertThat(e.sourceKey()).isNull());
    }

    @Test
    void soldiersNamedAsTheArmysMembersAfterInnaOpenFire() {
        Extraction x = extract("وقالت منظمة حقوقية إن جنودا من الجيش فتحوا النار على عناصر من الشرطة في العاصمة.");
        assertThat(coded(x, "19")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/army");
            assertThat(e.targetKey()).isEqualTo("group/police");
        });
    }

    @Test
    void aPoliticianBeatenAtTheHandsOfProtestersIsAssaulted() {
        Extraction x = extract("وتعرض وزير الداخلية خوان بيريز للضرب على أيدي المحتجين في المدينة.");
        assertThat(coded(x, "182")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/protesters");
            assertThat(e.targetKey()).isEqualTo("name/juan-biriz");
        });
    }

    @Test
    void aStrikeOrderedIsNoBeating() {
        Extraction x = extract("وقال الرئيس إنه أمر بالضربة لأن القائد كان يخطط لهجمات.");
        assertThat(coded(x, "18")).isEmpty();
    }

    @Test
    void forcesExchangingFireWithGunmenClashWithThem() {
        Extraction x = extract("ووصلت الشرطة إلى السفارة وتبادلت إطلاق النار مع المسلحين.");
        assertThat(coded(x, "193")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("group/gunmen"));
    }
}
