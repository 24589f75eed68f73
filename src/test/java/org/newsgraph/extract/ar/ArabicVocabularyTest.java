package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dictionary's memory in a long batch or a server: an open vocabulary must not grow the cache without end. */
class ArabicVocabularyTest {

    /** Distinct written words, as a long stream of transliterated names would give them (letters only, no digits). */
    private static String word(int i) {
        String letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
        StringBuilder b = new StringBuilder("ك");
        for (int n = i; n > 0; n /= letters.length()) {
            b.append(letters.charAt(n % letters.length()));
        }
        return b.append("وف").toString();
    }

    @Test
    void moreDistinctWordsThanTheBoundKeepTheCacheWithinItAndAnEvictedWordReadsAlike() {
        assertThat(ArabicVocabulary.kind("تسميم")).isEqualTo(ArabicVocabulary.Kind.WORD);
        for (int i = 1; i <= ArabicVocabulary.CACHE_SIZE + 20_000; i++) {
            ArabicVocabulary.kind(word(i));
        }
        assertThat(ArabicVocabulary.cachedWords()).isLessThanOrEqualTo(ArabicVocabulary.CACHE_SIZE);
        assertThat(ArabicVocabulary.kind("تسميم")).isEqualTo(ArabicVocabulary.Kind.WORD);
    }
}
