package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Whom condemnations, statements and appeals are aimed at (session 16): who reacts and at whom, read on sentences of
 * the shapes the dev articles use. Short sentences of our own, on other countries and people.
 */
class ArabicAimS16Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 20);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- hastening to condemn

    @Test
    void aCondemnationHastenedToIsTheSubjectsAndAimsAtTheAttackers() {
        Extraction x = extract("هاجم مسلحون مركزا للشرطة في شمال النيجر. وسارعت فرنسا إلى إدانة الهجوم.");
        assertThat(coded(x, "11")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/FR");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }

    @Test
    void aCondemnationHastenedToWithATitledSubjectIsThatSubjects() {
        Extraction x = extract("اعتقلت الشرطة الباكستانية زعيم المعارضة. وبادر الاتحاد الأوروبي إلى إدانة الاعتقال.");
        assertThat(coded(x, "11")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("org/eu");
            assertThat(e.targetKey()).isNotNull();
        });
    }

    @Test
    void aCallToCondemnIsNoCondemnationByTheCaller() {
        Extraction x = extract("هاجم مسلحون مركزا للشرطة في شمال النيجر. ودعت فرنسا إلى إدانة الهجوم.");
        assertThat(coded(x, "11")).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("country/FR"));
    }

    @Test
    void aWoundingToldWithNoVictimLeavesTheAttackersAsThoseCondemned() {
        Extraction x = extract("أطلق مسلحون مجهولون النار على نائب عن حزب الشعب الباكستاني أمام منزله. "
                + "وقال رئيس الحزب وزعيم المعارضة في البرلمان، أحمد خان، للصحفيين إن النائب أصيب بعدة رصاصات. "
                + "ونددت فرنسا بالهجوم.");
        assertThat(coded(x, "11")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("country/FR");
            assertThat(e.targetKey()).isEqualTo("group/gunmen");
        });
    }

    // ------------------------------------------------------------- how a call was made, before whom it addresses

    @Test
    void aStatementIssuedByABodyStandsBeforeWhomTheCallAddresses() {
        Extraction x = extract("ودعا الرئيس الفرنسي في بيان أصدره قصر الإليزيه الحكومة البرازيلية إلى إجراء تحقيق شفاف.");
        assertThat(coded(x, "02")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/BR/government"));
        assertThat(coded(x, "02")).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/FR/presidency"));
    }

    @Test
    void aTweetOnANetworkStandsBeforeWhomTheCallAddresses() {
        Extraction x = extract("وطالب وزير الخارجية البريطاني في تغريدة على تويتر الحكومة الإثيوبية بوقف القتال.");
        assertThat(coded(x, "10")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/ET/government"));
    }
}
