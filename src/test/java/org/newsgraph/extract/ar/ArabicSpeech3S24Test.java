package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;
import static org.newsgraph.extract.ar.TestLexicons.labels;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Who said what to whom (session 24): statements, calls and reactions, and the parties they name. Short sentences
 * of our own, on other countries and people.
 */
class ArabicSpeech3S24Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 1);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- the people a leader turns to

    @Test
    void aPresidentCallingOnHisPeopleAddressesThem() {
        Extraction x = extract("ودعا الرئيس الكيني وليام روتو، في كلمة متلفزة، الشعب الكيني إلى \"التحلي بالهدوء\".");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/william-ruto");
            assertThat(e.targetKey()).isEqualTo("group/the-people-of-kenya");
        });
        assertThat(labels(x)).contains("الشعب الكيني");
    }

    @Test
    void citizensUrgedAndResidentsAskedAreAddressed() {
        // in a story of one country its citizens and its people are one group, however each call names them
        Extraction x = extract("وحث وزير الداخلية الغاني كوفي مينساه المواطنين على البقاء في منازلهم، "
                + "ودعا الرئيس الغاني الشعب الغاني إلى الهدوء.");
        assertThat(coded(x, "02")).hasSize(2).allSatisfy(e -> assertThat(e.targetKey()).isEqualTo("group/the-people-of-ghana"));
        Extraction y = extract("وطالبت الشرطة السكان بالتزام منازلهم.");
        assertThat(coded(y, "10")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/police");
            assertThat(e.targetKey()).isEqualTo("group/residents");
        });
    }

    @Test
    void theCallsOwnAsideDoesNotHideThePeople() {
        Extraction x = extract("ودعا الرئيس الغاني جون ماهاما، في خطاب ألقاه من القصر، الشعب الغاني إلى الصمود.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/john-mahama");
            assertThat(e.targetKey()).isEqualTo("group/the-people-of-ghana");
        });
    }

    @Test
    void thePeopleAfterAVerbWithNoSubjectAreItsObjectNotItsSpeaker() {
        Extraction x = extract("وأعلن الرئيس الغاني جون ماهاما حظر التجول. ودعا السكان إلى الهدوء.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("person/john-mahama");
            assertThat(e.targetKey()).isEqualTo("group/residents");
        });
    }

    @Test
    void aCallOnThePeopleToSupportSomeoneIsAimedAtThatOne() {
        Extraction x = extract("ودعا الرئيس الغاني السابق جون ماهاما الشعب إلى دعم الحكومة في مواجهة الأزمة.");
        assertThat(coded(x, "02")).singleElement().satisfies(e -> assertThat(e.targetKey()).isEqualTo("org/GH/government"));
        assertThat(labels(x)).doesNotContain("الشعب");
    }

    @Test
    void aPeopleInAPartysNameStaysAWordOfTheName() {
        Extraction x = extract("ونفى حزب قوة الشعب الحاكم أن يكون قد تخلى عن الرئيس.");
        assertThat(labels(x)).contains("حزب قوة الشعب");
    }

    @Test
    void thePeopleNamedOutsideACallAreNoActor() {
        Extraction x = extract("وقتل ثلاثة من المواطنين في الاشتباكات، وعبر الشعب عن غضبه.");
        assertThat(labels(x)).doesNotContain("المواطنين", "الشعب");
        Extraction y = extract("ودعا الرئيس إلى حماية المواطنين.");
        assertThat(labels(y)).doesNotContain("المواطنين");
    }
}
