package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Places named by their noun (session 34, second round): a church, a cathedral or a gate by its name is a place of
 * its own, and a saint's title after such a noun leads on to the saint's name (كنيسة القديس فلان is St X Church, no
 * "al-Qadis Church"). Short sentences of our own, on other countries and people than the dev articles'.
 */
class ArabicNamesS34Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void aChurchNamedAfterASaintIsThePlaceOfThatSaintsName() {
        Extraction x = extract("انفجرت عبوة ناسفة قرب كنيسة القديس جاورجيوس في بلدة جبلية.");
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActorType.PLACE);
            assertThat(a.labelAr()).isEqualTo("كنيسة القديس جاورجيوس");
            assertThat(a.labelEn()).startsWith("St ").endsWith(" Church").doesNotContain("Qadis");
        });
    }

    @Test
    void aSquareNamedAfterASaintEndsAtTheSaintsName() {
        Extraction x = extract("واحتشد المصلون في ساحة القديس مرقس أثناء القداس.");
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.labelAr()).isEqualTo("ساحة القديس مرقس");
            assertThat(a.labelEn()).startsWith("St ").endsWith(" Square").doesNotContain("Qadis");
        });
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).contains("أثناء"));
    }

    @Test
    void aChurchByAForeignNameIsAPlace() {
        Extraction x = extract("واستهدف الهجوم كنيسة بيثانيا في المدينة.");
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActorType.PLACE);
            assertThat(a.labelAr()).isEqualTo("كنيسة بيثانيا");
        });
    }

    @Test
    void aGateByAForeignNameIsAPlaceAndACitysGateIsNone() {
        Extraction named = extract("وتجمع المسافرون عند بوابة كارتونغو في الميناء.");
        assertThat(named.actors()).anySatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActorType.PLACE);
            assertThat(a.labelAr()).isEqualTo("بوابة كارتونغو");
            assertThat(a.labelEn()).endsWith(" Gate");
        });
        Extraction common = extract("واحتشد المتظاهرون أمام بوابة المدينة.");
        assertThat(common.actors()).noneSatisfy(a -> assertThat(a.labelAr()).startsWith("بوابة"));
    }

    @Test
    void whatAHospitalIsLikeAfterItsNameIsNoWordOfIt() {
        Extraction x = extract("ونقل المصابون إلى مستشفى كارمونا القريب لتلقي العلاج.");
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActorType.PLACE);
            assertThat(a.labelAr()).isEqualTo("مستشفى كارمونا");
        });
    }

    @Test
    void aSurnameThatIsACitysNameBeforeAPrepositionIsTheEnvoys() {
        Extraction x = extract("واستدعت تونس سفيرها لدى مالي سامي بخاري للتشاور.");
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActorType.PERSON);
            assertThat(a.labelAr()).isEqualTo("سامي بخاري");
        });
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.type()).isEqualTo(ActorType.PLACE));
    }

    @Test
    void aGivenNameOpeningWithWawBeforeACitysNameIsNoAnd() {
        Extraction x = extract("واستدعت الكويت سفيرها لدى تشاد وائل بخاري للتشاور.");
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActorType.PERSON);
            assertThat(a.labelEn()).isEqualTo("Wael Bkhari");
        });
    }

    @Test
    void aChurchDescribedByAClauseIsNoNamedPlace() {
        Extraction x = extract("واحترق عشرون شخصا داخل كنيسة لجأوا إليها في بلدة نائية.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).startsWith("كنيسة"));
    }

    @Test
    void anEnvoyPermanentAfterTheStateHeSpeaksForIsNamed() {
        Extraction x = extract("وقال مندوب البرازيل الدائم لدى الأمم المتحدة بيتر ساندو إن الوضع هادئ.");
        assertThat(x.actors()).anySatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActorType.PERSON);
            assertThat(a.labelAr()).isEqualTo("بيتر ساندو");
        });
        assertThat(x.roles()).anySatisfy(r -> {
            assertThat(r.office()).isEqualTo("permanent-representative");
            assertThat(r.organizationKey()).isEqualTo("country/BR");
        });
    }
}
