package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * One body, one node (session 33): a body read once inside a title and once on its own is one actor, whichever reading
 * made its key. Sentences and people of our own.
 */
class ArabicBodiesS33Test {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 10);

    @Test
    void aCourtNamedInATitleAndAloneIsOneBody() {
        Extraction x = TestLexicons.extractShipped("ليما - وكالات\nاستقالت رئيسة المحكمة الانتخابية العليا ماريا لوبيث "
                + "ونائبها أمس. وكانت المحكمة الانتخابية العليا أعلنت فوز الرئيس في الانتخابات.", DAY);
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.ORGANIZATION).singleElement()
                .satisfies(court -> {
                    assertThat(court.labelEn()).isEqualTo("Supreme Electoral Court of Peru");
                    assertThat(x.roles()).singleElement()
                            .satisfies(r -> assertThat(r.organizationKey()).isEqualTo(court.key()));
                });
    }
}
