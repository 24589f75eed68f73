package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Names and places read wrong (session 30): a country's name that is also a city's of another country (عمان, Oman
 * and Amman) is read by the article's countries; foreign names listed after هما/هم/باسمي with no title are people.
 * Short sentences of our own.
 */
class ArabicNamesPlacesS30Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static java.util.List<String> keys(Extraction x) {
        return x.actors().stream().map(Actor::key).toList();
    }

    // ------------------------------------------------------------- Amman and Oman

    @Test
    void ammanInAStoryOfJordanIsTheCity() {
        Extraction x = extract("تظاهر مئات الطلاب الأردنيين في عمان أمس احتجاجا على رفع أسعار الوقود.");
        assertThat(keys(x)).contains("place/amman").doesNotContain("country/OM");
    }

    @Test
    void omanWithNoJordanNamedStaysTheSultanate() {
        Extraction x = extract("وصل وزير الخارجية الهندي إلى عمان أمس في زيارة رسمية تستمر يومين.");
        assertThat(keys(x)).contains("country/OM").doesNotContain("place/amman");
    }

    @Test
    void omanNamedAlsoByItsDemonymStaysTheSultanateBesideJordan() {
        Extraction x = extract("قال الوزير العماني إن وفدا أردنيا سيصل إلى عمان الأسبوع المقبل لبحث التجارة.");
        assertThat(keys(x)).contains("country/OM").doesNotContain("place/amman");
    }

    // ------------------------------------------------------------- names listed after هما / هم / باسمي

    @Test
    void twoForeignNamesAfterHumaArePeopleAndBothArrested() {
        Extraction x = extract("واعتقلت الشرطة اثنين من منظمي الإضراب، هما ماتياس كورنر وتمارا فيلدهوف، مساء الأحد.");
        assertThat(keys(x)).anySatisfy(k -> assertThat(k).startsWith("name/").contains("kurnr"));
        assertThat(keys(x)).anySatisfy(k -> assertThat(k).startsWith("name/tamara"));
        assertThat(x.actors()).filteredOn(a -> a.key().startsWith("name/")).allSatisfy(a -> assertThat(a.type()).isEqualTo(ActorType.PERSON));
    }

    @Test
    void namesAfterByTheNamesOfArePeople() {
        Extraction x = extract("وقالت النيابة إن المشتبه بهما دخلا البلاد بجوازي سفر باسمي دميتري سوكولوف ورسلان غوردييف.");
        assertThat(keys(x)).anySatisfy(k -> assertThat(k).startsWith("name/").contains("sukulov"));
        assertThat(keys(x)).anySatisfy(k -> assertThat(k).startsWith("name/ruslan"));
    }

    @Test
    void aClauseAfterWahumIsNoName() {
        Extraction x = extract("وسار آلاف الأنصار في شوارع المدينة وهم يرددون باسم كوفوديا الذي عاد من المنفى.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).contains("يرددون"));
    }

    @Test
    void arabicWordsAfterHumAreNoNames() {
        Extraction x = extract("وقال المتحدث إن القتلى هم جنود الاحتياط وإن الجرحى هم عمال البناء.");
        assertThat(keys(x)).noneSatisfy(k -> assertThat(k).startsWith("name/"));
    }

    // ------------------------------------------------------------- chains of given, father's and forefather's names

    @Test
    void aFathersNameWithTheArticleInsideANameKeepsTheGrandfathersName() {
        Extraction x = extract("واعتقلت القوات أيضا وزير الزراعة عثمان الفكي مختار.");
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.labelAr()).isEqualTo("عثمان الفكي مختار");
            assertThat(a.type()).isEqualTo(ActorType.PERSON);
        });
    }

    @Test
    void aGivenNameWithTheArticleInsideANameKeepsTheGrandfathersName() {
        Extraction x = extract("وقال رئيس الوزراء محمد الحسن إدريس إن الحكومة باقية.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.labelAr()).isEqualTo("محمد الحسن إدريس"));
    }

    @Test
    void aDefiniteObjectAfterANameIsNoGrandfather() {
        Extraction x = extract("وأعلن وزير الداخلية محمد المهدي تعليق الدراسة.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.labelAr()).isEqualTo("محمد المهدي"));
    }

    @Test
    void sonOfAfterThreeNamesKeepsTheForefather() {
        Extraction x = extract("وأعلن وزير الدفاع الفريق أول حامد محمد عثمان ابن زيد، تعليق الدستور.");
        assertThat(x.actors()).anySatisfy(a -> assertThat(a.labelAr()).isEqualTo("حامد محمد عثمان ابن زيد"));
    }
}
