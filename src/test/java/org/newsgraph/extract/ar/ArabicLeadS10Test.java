package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/** Session 10, the lead's rules for unseen articles: forms of triggers the lexicon lists by hand. */
class ArabicLeadS10Test {

    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);

    private static Extraction shipped(String text) {
        return TestLexicons.extractShipped(text, THURSDAY);
    }

    @Test
    void aHandInflectedPresentHasItsFutureToo() {
        Extraction x = shipped("وأعلن الرئيس الفرنسي إيمانويل ماكرون أنه سيزور لبنان الأسبوع المقبل.");
        Event visit = event(x, "visit");
        assertThat(visit.targetKey()).isEqualTo(actor(x, "لبنان").key());
        Extraction y = shipped("وقالت وزيرة الخارجية الألمانية إنها ستزور الأردن غدا.");
        assertThat(event(y, "visit").targetKey()).isEqualTo(actor(y, "الأردن").key());
    }

    @Test
    void theGroupCountedAfterMinIsTheSubject() {
        for (String text : java.util.List.of("وتظاهر عشرات المحتجين في العاصمة.", "وتظاهر الآلاف من المحتجين في العاصمة.", "وتظاهر عشرات الآلاف من المحتجين في العاصمة.",
                "وفي العاصمة، تظاهر مئات من أنصار المعارضة ضد الاتفاق.", "واحتشد الآلاف من المتظاهرين أمام البرلمان.")) {
            Extraction x = shipped(text);
            assertThat(event(x, "protest").sourceKey()).as(text).isNotNull();
        }
    }

    @Test
    void aTitleInTheAccusativeAfterANameIsWhatThePersonBecameNotAWordOfTheName() {
        Extraction x = shipped("وعين المجلس العسكري الجنرال ماركو بيراتا رئيسا لأركان الجيش، فيما انضمت وحدات من الدرك إلى المحتجين.");
        assertThat(x.actors()).extracting(org.newsgraph.extract.Actor::labelAr).contains("ماركو بيراتا");
    }

    @Test
    void whatHappenedIsNotWhatTheSpeakersOwnBodyDid() {
        Extraction x = shipped("وهاجم مسلحو حركة طالبان مواقع الجيش الباكستاني قرب الحدود. "
                + "وفي خطاب متلفز، وصف زعيم حركة طالبان هبة الله آخوند زاده ما جرى بأنه \"دفاع عن النفس\".");
        assertThat(x.events()).filteredOn(e -> e.cameo().startsWith("11"))
                .allSatisfy(e -> assertThat(e.targetKey()).isNotEqualTo(actor(x, "طالبان").key()));
    }
}
