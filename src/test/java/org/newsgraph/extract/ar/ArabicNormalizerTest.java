package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

    @Test
    void diacriticsAndTatweelGoAndLetterVariantsAreUnified() {
        assertThat(ArabicNormalizer.normalize("إِيـــرانُ")).isEqualTo("ايران");
        assertThat(ArabicNormalizer.normalize("مستشفى الشرطة")).isEqualTo("مستشفي الشرطه");
        assertThat(ArabicNormalizer.normalize("مؤتمر رئيس")).isEqualTo("موتمر رييس");
    }

    @Test
    void arabicIndicAndPersianDigitsReadAsAsciiDigits() {
        assertThat(ArabicNormalizer.normalize("٢٦ و۱۵۰")).isEqualTo("26 و150");
    }

    @Test
    void aDroppedCharacterLeavesTheOthersWhereTheyWere() {
        ArabicText t = new ArabicText("قُتِلَ ٢٦.");
        Token word = t.tokens.get(0);
        assertThat(word.norm()).isEqualTo("قتل");
        assertThat(word.pos()).containsExactly(0, 2, 4);
        assertThat(t.tokens.get(1).norm()).isEqualTo("26");
        assertThat(t.tokens.get(1).begin()).isEqualTo(7);
    }
}
