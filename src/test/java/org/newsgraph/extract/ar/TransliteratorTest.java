package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TransliteratorTest {

    @Test
    void namesGetAReadableLabelAndAnAsciiSlug() {
        assertThat(Transliterator.label("صمد ابيش")).isEqualTo("Samad Abish");
        assertThat(Transliterator.label("كريم")).isEqualTo("Karim");
        assertThat(Transliterator.label("ايدوس اوكيباي")).isEqualTo("Idus Okibay");
        assertThat(Transliterator.slug("صمد ابيش")).isEqualTo("samad-abish");
    }

    @Test
    void theArticleOfAFamilyNameIsAlHyphen() {
        assertThat(Transliterator.label("باسم العوادي")).isEqualTo("Basim Al-Awadi");
    }

    @Test
    void theSlugIsDeterministicAndAlwaysAValidKeyPart() {
        assertThat(Transliterator.slug("خالد عمر")).isEqualTo(Transliterator.slug("خالد عمر")).matches("[a-z0-9-]+");
        assertThat(Transliterator.slug("ءء")).matches("[a-z0-9-]+");
    }

    @Test
    void theSlugIsTheSameUnderATurkishLocale() {
        Locale before = Locale.getDefault();
        String root = Transliterator.slug("ايدوس اوكيباي");
        try {
            // Turkish lower-cases I to a dotless ı, which no slug keeps: the same name would get another IRI
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Transliterator.slug("ايدوس اوكيباي")).isEqualTo(root).isEqualTo("idus-okibay");
        } finally {
            Locale.setDefault(before);
        }
    }
}
