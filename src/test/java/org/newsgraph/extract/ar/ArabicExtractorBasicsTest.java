package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.ExtractorFactory;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Sentence;
import org.newsgraph.read.Article;

class ArabicExtractorBasicsTest {

    static Extraction extract(String text) {
        return TestLexicons.extractor().extract(new Article("test", text, null, "ar", LocalDate.of(2023, 7, 29), null));
    }

    @Test
    void theFactoryIsFoundByLanguage() {
        assertThat(ServiceLoader.load(ExtractorFactory.class).stream().map(ServiceLoader.Provider::get)
                .map(ExtractorFactory::language)).contains("ar");
    }

    @Test
    void sentencesEndAtPunctuationAndLineBreaksButNotInsideQuotes() {
        Extraction x = extract("قال الوزير: \"هل نقبل؟ لا.\" ثم غادر.\nعنوان بلا نقطة\nجملة أخرى! وأخيرة؟");
        assertThat(x.sentences()).extracting(Sentence::text).containsExactly(
                "قال الوزير: \"هل نقبل؟ لا.\" ثم غادر.", "عنوان بلا نقطة", "جملة أخرى!", "وأخيرة؟");
    }

    @Test
    void mentionsStripProcliticsAndCountCodePoints() {
        // the emoji is one code point but two UTF-16 units: offsets after it must count it once
        String text = "😀 سافر الوفد من بتركيا إلى لطهران وفرنسا.";
        Extraction x = extract(text);
        List<Mention> ms = x.mentions();
        assertThat(ms).extracting(Mention::actorKey).containsExactly("country/TR", "place/tehran", "country/FR");
        Mention tr = ms.get(0);
        assertThat(tr.anchor()).isEqualTo("تركيا");
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, tr.span().begin(), tr.span().length())).isEqualTo("تركيا");
        assertThat(ms.get(2).anchor()).isEqualTo("فرنسا");
    }

    @Test
    void diacriticsTatweelAndHamzaVariantsStillMatch() {
        Extraction x = extract("زار وفدٌ إِيـــران وايران.");
        assertThat(x.mentions()).extracting(Mention::actorKey).containsExactly("country/IR", "country/IR");
        assertThat(x.mentions().get(0).anchor()).isEqualTo("إِيـــران");
        assertThat(x.actors()).hasSize(1);
    }
}
