package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicMorphologyTest {

    @Test
    void derivedFormsDropTheirAlefAfterThePresentPrefix() {
        assertThat(ArabicMorphology.activeForms("اوقف")).contains("اوقف", "اوقفت", "اوقفوا", "يوقف", "توقف", "سيوقف");
        assertThat(ArabicMorphology.activeForms("اعتقل")).contains("اعتقلت", "يعتقل", "تعتقل", "يعتقلون");
    }

    @Test
    void defectiveAndAssimilatedVerbsFollowTheirSpellingRules() {
        assertThat(ArabicMorphology.activeForms("دعا")).contains("دعت", "دعوا", "يدعو", "تدعو").doesNotContain("يدعا");
        assertThat(ArabicMorphology.activeForms("وصف")).contains("وصفت", "يصف", "تصف");
    }

    @Test
    void multiWordVerbsInflectTheirFirstWord() {
        assertThat(ArabicMorphology.activeForms("القي القبض")).contains("القت القبض", "يلقي القبض");
    }

    @Test
    void passivesTakeFeminineAndPlural() {
        assertThat(ArabicMorphology.passiveForms("اقيل")).containsExactly("اقيل", "اقيلت", "اقيلوا");
    }
}
