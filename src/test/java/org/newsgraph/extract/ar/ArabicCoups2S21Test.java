package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * The target of a coup's acts (session 21): the government or president a coup topples is its target, never its
 * doer; an officer named by his rank who seizes power does it as the army would; who leads the putschists is of
 * them, not whom they topple. Short sentences of our own, on other countries and people.
 */
class ArabicCoups2S21Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void anOfficerWhoSeizesPowerToppledTheGovernmentNamedAfterTheCoup() {
        Extraction x = extract("استولى الرائد سليمان تراوري على السلطة في تشاد فجر أمس، في انقلاب عسكري أطاح بحكومة "
                + "الرئيس أحمد ولد سيدي المنتخبة.");
        assertThat(coded(x, "18")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/sliman-trawri"));
        assertThat(coded(x, "172")).anySatisfy(e -> {
            assertThat(e.sourceKey()).isEqualTo("name/sliman-trawri");
            assertThat(e.targetKey()).isEqualTo("org/TD/government");
        });
    }

    @Test
    void thePresidentWhoseGovernmentIsToppledIsNoDoerOfIt() {
        Extraction x = extract("الإطاحة بحكومة الرئيس أحمد ولد سيدي.. حل البرلمان");
        assertThat(coded(x, "172")).isNotEmpty()
                .noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/ahmed-ould-sidi"));
    }

    @Test
    void whoLeadsThePutschistsIsNotWhomTheyTopple() {
        Extraction x = extract("أطاحت مجموعة من الضباط في جيش تشاد، بقيادة العقيد سليمان تراوري، فجر اليوم الاثنين "
                + "حكومة رئيس الوزراء أحمد ولد سيدي.");
        assertThat(coded(x, "18")).anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/TD/government"));
        assertThat(x.events()).noneSatisfy(e -> assertThat(e.targetKey()).isEqualTo("name/sliman-trawri"));
    }

    @Test
    void aGeneralsWordsAgainstTheGovernmentStayWords() {
        Extraction x = extract("هاجم اللواء سليمان تراوري الحكومة في تشاد واتهمها بالفساد.");
        assertThat(coded(x, "11")).anySatisfy(e -> assertThat(e.sourceKey()).isEqualTo("name/sliman-trawri"));
        assertThat(coded(x, "18")).isEmpty();
        assertThat(coded(x, "19")).isEmpty();
    }
}
