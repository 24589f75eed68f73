package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/** Which actor fills which slot of an event, and what it counts, on short sentences of their own. */
class ArabicArgumentsTest {

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, LocalDate.of(2024, 3, 10));
    }

    @Test
    void theTargetIsTheFirstActorAfterARelativeClauseNotOneInsideIt() {
        Extraction x = extract("واتهمت حركة النهضة، التي يقودها وزير الدفاع التركي السابق سليم كايا، الشرطة بقمع المحتجين.");
        Event accuse = event(x, "accuse");
        assertThat(accuse.targetKey()).isEqualTo("group/police");
        assertThat(actor(x, "سليم كايا").key()).isNotEqualTo(accuse.sourceKey());
    }

    @Test
    void numberWordsCountTheNounAfterThem() {
        Event arrest = event(extract("واعتقلت الشرطة الإيرانية ستة مسؤولين أمس."), "arrest");
        assertThat(arrest.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(6);
            assertThat(q.counts()).isEqualTo("officials");
            assertThat(q.approximate()).isFalse();
        });
        Event many = event(extract("واعتقلت الشرطة الإيرانية عشرات الصحفيين."), "arrest");
        assertThat(many.quantities()).singleElement().satisfies(q -> {
            // "dozens": at least two dozen (ArabicUnitsS8Test)
            assertThat(q.value()).isEqualTo(24);
            assertThat(q.counts()).isEqualTo("journalists");
            assertThat(q.approximate()).isTrue();
        });
    }

    @Test
    void anUnknownNameAfterAnArrestVerbAndItsSubjectIsThePersonArrested() {
        Extraction x = extract("واعتقلت الشرطة الإيرانية نور الدين كريمي صادقي، نجل الوزير، في طهران.");
        Actor son = actor(x, "نور الدين كريمي صادقي");
        assertThat(son.type()).isEqualTo(org.newsgraph.extract.ActorType.PERSON);
        assertThat(event(x, "arrest").targetKey()).isEqualTo(son.key());
    }

    @Test
    void aKinshipCueBeforeATitleAloneLinksToTheHolderOfThatOffice() {
        Extraction x = extract("وقال الرئيس الإيراني علي كريمي إن بلاده ترفض العقوبات. "
                + "واعتقلت الشرطة الإيرانية حسن كريمي صادقي، نجل الرئيس، في طهران.");
        Actor father = actor(x, "علي كريمي");
        Actor son = actor(x, "حسن كريمي صادقي");
        assertThat(son.key()).isNotEqualTo(father.key());
        assertThat(x.relations()).anySatisfy(r -> {
            assertThat(r.subjectKey()).isEqualTo(son.key());
            assertThat(r.objectKey()).isEqualTo(father.key());
        });
    }
}
