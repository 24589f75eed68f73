package org.newsgraph.extract.ar;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

class ZzScratchTest {
    @Test
    void show() {
        String[][] cases = {
            {"2024-03-10", "أصيب زعيم المعارضة الأوغندية روبرت كياغولاني بجروح في هجوم على موكبه في كمبالا. ونددت كينيا بـ\"الهجوم الجبان\"."},
            {"2024-03-10", "أصيب زعيم المعارضة الأوغندية روبرت كياغولاني بجروح في هجوم على موكبه في كمبالا. ونددت كينيا بالهجوم الجبان."},
        };
        for (String[] c : cases) {
            Extraction x = TestLexicons.extractShipped(c[1], LocalDate.parse(c[0]));
            System.out.println("CASE " + c[1]);
            x.actors().forEach(a -> System.out.println("  AC " + a));
            x.events().forEach(e -> System.out.println("  EV " + e.cameo() + " " + e.trigger() + " " + e.sourceKey() + " -> " + e.targetKey() + " date=" + e.date()));
        }
    }
}
