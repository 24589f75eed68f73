package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.coded;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Crowds named by their nationality (session 30): a count of people right after a verb of protest, followed by
 * their nationality with the article (تظاهر آلاف الفرنسيين، خرج مئات السودانيين إلى الشوارع), is the protesters, not
 * an act of their state. Short sentences of our own, on other countries and people.
 */
class ArabicCrowdsS30Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    // ------------------------------------------------------------- crowds named by their nationality

    @Test
    void thousandsOfANationDemonstratingAreTheProtesters() {
        Extraction x = extract("وتظاهر آلاف البرازيليين في ساو باولو احتجاجا على الحكومة.");
        assertThat(coded(x, "141")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/protesters"));
    }

    @Test
    void hundredsOfANationInTheStreetsAreTheProtestersTheArticleNames() {
        Extraction x = extract("وخرج مئات الأرجنتينيين إلى شوارع بوينس آيرس احتجاجا على الغلاء، واعتقلت الشرطة عشرات المتظاهرين.");
        assertThat(coded(x, "141")).isNotEmpty().allSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("group/protesters"));
        assertThat(x.events()).noneSatisfy(e -> assertThat(e.sourceKey()).isEqualTo("country/AR"));
    }
}
