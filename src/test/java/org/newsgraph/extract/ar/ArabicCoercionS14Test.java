package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Who arrested, dismissed, banned or declared (session 14): acts of coercion whose doer is not the subject of their
 * sentence. Short sentences of our own, on other countries and people than the session's blind topics.
 */
class ArabicCoercionS14Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 20);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- an arrest told without its doer

    @Test
    void anArrestInThePassiveIsByTheForcesThatArrestedTheOthers() {
        Extraction x = extract("اعتقلت الشرطة النيجيرية عشرات المحتجين في لاغوس. واعتُقل زعيم المعارضة عمر سالم في منزله بأبوجا.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/NG/police");
            assertThat(e.targetKey()).isEqualTo("name/omar-salem");
        });
    }

    @Test
    void theVerbalNounOfAnArrestIsByTheForcesThatArrestedTheOthers() {
        Extraction x = extract("احتجزت قوات الأمن البيروفية عشرات المتظاهرين في ليما. وبعد ساعات من توقيف الصحفي خوان بيريز، "
                + "تجمع أنصاره أمام مركز الشرطة.");
        assertThat(coded(x, "173")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/PE/security-forces");
            assertThat(e.targetKey()).isEqualTo("name/juan-biriz");
        });
    }

    @Test
    void aDismissalInThePassiveIsTheKingsWhoDismissedTheFirstMinister() {
        Extraction x = extract("أعفى الملك عبد الله الثاني وزير الداخلية من منصبه. كما أُعفي وزير العدل أحمد الزعبي من منصبه.");
        assertThat(coded(x, "172")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/abdullah-ii");
            assertThat(e.targetKey()).isEqualTo("name/ahmed-al-zabi");
        });
    }

    @Test
    void anotherActOfCoercionLendsNoArrester() {
        // a curfew is no arrest: the journalist's arrest keeps no doer
        Extraction x = extract("فرضت الحكومة الكينية حظر التجول في نيروبي. واعتُقل الصحفي جون كماو في منزله.");
        assertThat(coded(x, "173")).noneSatisfy(e -> assertThat(e.sourceKey()).isNotNull());
    }

    @Test
    void anArrestFarOnInTheArticleKeepsNoDoer() {
        Extraction x = extract("اعتقلت الشرطة النيجيرية عشرات المحتجين في لاغوس. وتقع لاغوس على المحيط الأطلسي. "
                + "ويبلغ عدد سكانها ملايين. وهي أكبر مدن البلاد. ويعمل فيها كثيرون في التجارة. "
                + "واعتُقل زعيم المعارضة عمر سالم في منزله بأبوجا.");
        assertThat(coded(x, "173")).noneSatisfy(e -> {
            assertThat(e.sourceKey()).isNotNull();
            assertThat(e.targetKey()).isEqualTo("name/omar-salem");
        });
    }

    // ------------------------------------------------------------- orders and rulings that provide for a removal

    @Test
    void royalOrdersProvidingForADismissalAreTheKingsDismissal() {
        Extraction x = extract("وأصدر العاهل الأردني الملك عبد الله الثاني أوامر ملكية قضت بإعفاء وزير الداخلية مازن الفراية من منصبه.");
        assertThat(coded(x, "172")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/abdullah-ii");
            assertThat(e.targetKey()).isEqualTo("name/mazin-al-fraya");
        });
        // "قضت" says what the orders provide for: no sentence is passed on the minister
        assertThat(coded(x, "173")).isEmpty();
    }

    @Test
    void royalOrdersAfterAFrontedAdverbAreStillTheKings() {
        Extraction x = extract("وبالتزامن، أصدر العاهل المغربي الملك محمد السادس أوامر ملكية قضت بإعفاء وزير الصحة خالد آيت الطالب من منصبه.");
        assertThat(coded(x, "172")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("person/mohammed-vi"));
    }

    @Test
    void aRulingRemovingAPrimeMinisterIsTheCourtsRemoval() {
        Extraction x = extract("قضت المحكمة الدستورية في تايلاند بعزل رئيس الوزراء سريتا تافيسين من منصبه.");
        assertThat(coded(x, "172")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/TH/constitutional-court");
            assertThat(e.targetKey()).isEqualTo("person/srettha-thavisin");
        });
    }

    @Test
    void aDeathSentenceStaysASentence() {
        Extraction x = extract("قضت محكمة مصرية بإعدام سبعة متهمين.");
        assertThat(coded(x, "173")).isNotEmpty();
    }

    @Test
    void goingFurtherThanThatExpelsNoOne() {
        Extraction x = extract("وذهب وزير الخارجية الكندي أبعد من ذلك، إذ قال إن الإجراء ينتهك القانون.");
        assertThat(coded(x, "174")).isEmpty();
    }
}
