package org.newsgraph.extract.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.ExtractorFactory;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.rdf.LexiconReader;
import org.newsgraph.read.Article;

/** The same actors named in Arabic and in English are the same actors: one key, the same labels. */
class SameActorsAcrossLanguagesTest {

    private static Extractor arabic;
    private static Extractor english;

    @BeforeAll
    static void extractors() {
        Lexicon lexicon = LexiconReader.read(Path.of("ontology/lexicon"));
        for (ExtractorFactory f : ServiceLoader.load(ExtractorFactory.class)) {
            if (f.language().equals("ar")) {
                arabic = f.create(lexicon);
            } else if (f.language().equals("en")) {
                english = f.create(lexicon);
            }
        }
    }

    private static Extraction extract(Extractor x, String lang, String text) {
        return x.extract(new Article("test", text, null, lang, LocalDate.of(2022, 1, 8), null));
    }

    @Test
    void lexiconActorsAndStateBodiesGetOneKeyAndOneLabelPerLanguage() {
        Extraction ar = extract(arabic, "ar", "قال الرئيس الكازاخي قاسم جومرت توكاييف إن وزارة الدفاع الروسية أرسلت قوات إلى كازاخستان.");
        Extraction en = extract(english, "en", "Kazakh President Kassym-Jomart Tokayev said the Russian Defence Ministry had sent troops to Kazakhstan.");
        for (String key : new String[] {"person/kassym-jomart-tokayev", "country/KZ", "org/RU/ministry-of-defence"}) {
            Actor a = ar.actors().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError("ar: " + key + " in " + ar.actors()));
            Actor e = en.actors().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError("en: " + key + " in " + en.actors()));
            assertThat(e).as(key).isEqualTo(a);
        }
    }
}
