package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Attacks on places (session 32): in the verbal noun of storming, an actor right after premises of its own
 * (اقتحام مبنى البرلمان ومكتب النائب العام) owns them and is what is stormed, never the doer, while the actor
 * before the premises, a word describing it allowed between (اقتحام مسلحين ملثمين مبنى البرلمان), is the doer. Short
 * sentences of our own, on other countries than the dev articles'.
 */
class ArabicAttacksS32Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    @Test
    void theOwnerAfterTheStormedPremisesIsWhatIsStormedNeverTheDoer() {
        Extraction x = extract("وتمكن المحتجون من اقتحام مبنى البرلمان البيروفي ومكتب النائب العام في ليما.");
        assertThat(events(x, "storm")).isNotEmpty()
                .noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("org/PE/parliament"))
                .anySatisfy(e -> assertThat(e.targetKey()).isEqualTo("org/PE/parliament"));
    }

    @Test
    void describedDoersInTheGenitiveBeforeThePremisesStormThem() {
        Extraction x = extract("أعلنت الحكومة البيروفية حالة الطوارئ بعد اقتحام مسلحين ملثمين مبنى البرلمان البيروفي في ليما.");
        assertThat(events(x, "storm")).singleElement().satisfies(e -> {
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
            assertThat(e.targetKey()).isEqualTo("org/PE/parliament");
        });
    }
}
