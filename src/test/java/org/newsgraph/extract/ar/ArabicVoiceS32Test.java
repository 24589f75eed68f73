package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * A passive the letters do not show (session 32): a verb of killing with a marker of the agent of passives after it
 * (برصاص، على يد) is passive even with a time told between, so the one it befell is never its doer. Sentences and
 * people of our own.
 */
class ArabicVoiceS32Test {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 9);

    @Test
    void aTimeBetweenTheVerbAndTheAgentMarkerKeepsThePassive() {
        Extraction x = TestLexicons.extractShipped("وأعلن الحزب أن زعيمته سلمى كوليبالي، التي قتلت مساء أمس الخميس "
                + "برصاص مسلح، ستدفن اليوم.", DAY);
        assertThat(coded(x, "18")).isNotEmpty().allSatisfy(e -> {
            assertThat(TestLexicons.label(x, e.sourceKey())).isNotEqualTo("سلمى كوليبالي");
            assertThat(e.sourceKey()).isEqualTo("group/gunmen");
        });
    }

    @Test
    void anActiveVerbWithATimeAndNoAgentMarkerKeepsItsSubject() {
        Extraction x = TestLexicons.extractShipped("وقتلت قوات الأمن مساء أمس ثلاثة متظاهرين في العاصمة.", DAY);
        assertThat(coded(x, "18")).anySatisfy(e -> assertThat(e.sourceKey()).contains("security-forces"));
    }
}
