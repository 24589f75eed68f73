package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Bodies and places as unseen articles name them (session 17): the line of the outlet and its seat under a headline
 * ("سكاي نيوز عربية - أبوظبي").
 * Short sentences of our own, read with every shipped lexicon.
 */
class ArabicBodiesS17Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. the outlet's seat under the headline

    @Test
    void theOutletsSeatUnderAHeadlineIsNoActor() {
        Extraction x = extract("البيرو.. الشرطة تعتقل زعيم المعارضة في ليما\nسكاي نيوز عربية - أبوظبي\n"
                + "السبت 19 فبراير 2022\nاعتقلت الشرطة البيروفية، السبت، زعيم المعارضة خوان بيريز في العاصمة ليما.");
        assertThat(x.actors()).noneMatch(a -> a.key().equals("country/AE") || a.labelAr().equals("أبوظبي"));
        assertThat(x.actors()).anyMatch(a -> a.key().equals("country/PE"));
        Extraction y = extract("فنزويلا تطرد سفير كولومبيا\nالجزيرة نت - الدوحة\n"
                + "أعلنت فنزويلا، الأحد، طرد السفير الكولومبي من كراكاس.");
        assertThat(y.actors()).noneMatch(a -> a.key().equals("country/QA") || a.labelAr().equals("الدوحة"));
    }

    @Test
    void aCityOpeningTheDatelineBeforeTheOutletIsStillWhereTheStoryIsFrom() {
        Extraction x = extract("اعتقال زعيم المعارضة في البيرو\nليما - سكاي نيوز عربية\n"
                + "اعتقلت الشرطة، السبت، زعيم المعارضة خوان بيريز.");
        assertThat(x.actors()).anyMatch(a -> a.labelAr().equals("ليما") && a.type() == ActorType.PLACE);
    }
}
