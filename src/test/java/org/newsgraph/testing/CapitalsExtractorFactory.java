package org.newsgraph.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.ExtractorFactory;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.read.Article;

/**
 * A test extractor for the made-up language {@code zz}, so pipeline tests do not depend on a real language's
 * rules: sentences end at a full stop; every capitalised word after a sentence's first is a person. The word
 * {@code Broken} yields a mention beyond the end of the text, which the RDF stage must refuse half-way through
 * an article.
 */
public final class CapitalsExtractorFactory implements ExtractorFactory {

    public static final String LANGUAGE = "zz";

    @Override
    public String language() {
        return LANGUAGE;
    }

    @Override
    public Extractor create(Lexicon lexicon) {
        return new Extractor() {
            @Override
            public String name() {
                return "capitals-test/1";
            }

            @Override
            public Extraction extract(Article article) {
                String text = article.text();
                List<Sentence> sentences = new ArrayList<>();
                Map<String, Actor> actors = new LinkedHashMap<>();
                List<Mention> mentions = new ArrayList<>();
                Matcher sm = Pattern.compile("[^.]+\\.?").matcher(text);
                while (sm.find()) {
                    String s = sm.group();
                    int lead = s.length() - s.stripLeading().length();
                    String st = s.strip();
                    if (st.isEmpty()) {
                        continue;
                    }
                    int begin = text.codePointCount(0, sm.start() + lead);
                    int index = sentences.size();
                    sentences.add(new Sentence(index, new Span(begin, begin + st.codePointCount(0, st.length())), st));
                    Matcher wm = Pattern.compile("(?<=\\s)\\p{Lu}\\p{L}+").matcher(st);
                    while (wm.find()) {
                        String word = wm.group();
                        String key = "name/" + word.toLowerCase(Locale.ROOT);
                        actors.putIfAbsent(key, new Actor(key, ActorType.PERSON, null, word, false, null));
                        int b = begin + st.codePointCount(0, wm.start());
                        int end = b + word.codePointCount(0, word.length());
                        if (word.equals("Broken")) {
                            b += text.length();
                            end += text.length();
                        }
                        mentions.add(new Mention(key, new Span(b, end), word, index));
                    }
                }
                return new Extraction(name(), sentences, List.copyOf(actors.values()), mentions, List.of(), List.of(),
                        List.of(), List.of());
            }
        };
    }
}
