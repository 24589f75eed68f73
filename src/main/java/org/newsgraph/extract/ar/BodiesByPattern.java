package org.newsgraph.extract.ar;

import java.util.List;
import java.util.Map;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.Term;

/**
 * Bodies no lexicon lists, named by the shape of their name rather than by a nisba or a known owner
 * ({@code UnitFinder.namedBody} reads those): a body noun with what it is for after لـ (محكمة لمكافحة الفساد, an
 * anti-corruption court; المكتب الوطني للمحاسبة, the national accountability bureau), and an armed force named by
 * a word no lexicon knows and called paramilitary (قوات الرينجرز شبه العسكرية). Both are bodies of the article's
 * country (resolved like a state institution named without its country). Offsets are code points of the article.
 */
final class BodiesByPattern extends Stage {

    BodiesByPattern(Stage shared) {
        super(shared);
    }

    /** The body named at token {@code i} by one of these shapes, or null. */
    Unit bodyAt(int s, int i) {
        Unit u = forPurpose(s, i);
        return u != null ? u : paramilitary(s, i);
    }

    /**
     * A body noun (lexv:InstitutionNoun), at most one adjective after a definite one (الوطني، العليا), then لـ and a noun with at most one definite genitive after it
     * (لمكافحة الفساد، للمحاسبة، لحقوق الإنسان): a body of that purpose. لـ before an actor (مكتب للأمم المتحدة) is
     * whose the office is, not its purpose.
     */
    private Unit forPurpose(int s, int i) {
        Match noun = cue(s, i, "InstitutionNoun");
        if (noun == null || lastOf(s, noun) != i) {
            return null;
        }
        boolean definite = hasArticle(tok(s, i));
        int k = i + 1;
        if (definite && k < size(s) && tok(s, k).isWord() && !tok(s, k).norm().startsWith("ل") && hasArticle(tok(s, k))
                && plainWord(s, k)) {
            // an indefinite noun with an adjective (لجنة مشتركة لمراقبة الهدنة) is a body to come or of any kind
            k++;
        }
        if (k >= size(s) || !tok(s, k).isWord() || !tok(s, k).norm().startsWith("ل") || tok(s, k).norm().length() < 4
                || !plainWord(s, k) || cue(s, k, "Preposition") != null || nameStop(s, k)) {
            return null;
        }
        int last = k;
        if (k + 1 < size(s) && tok(s, k + 1).isWord() && hasArticle(tok(s, k + 1)) && plainWord(s, k + 1)
                && !tok(s, k).norm().startsWith("لل")) {
            last = k + 1;
        }
        return body(s, i, last, noun);
    }

    /** "قوات الرينجرز شبه العسكرية": an armed-force noun, one or two words no lexicon knows, then "paramilitary". */
    private Unit paramilitary(int s, int i) {
        Match noun = cue(s, i, "ArmedForceNoun");
        if (noun == null || lastOf(s, noun) != i) {
            return null;
        }
        for (int k = i + 1; k <= i + 2 && k < size(s); k++) {
            if (!tok(s, k).isWord() || !plainWord(s, k)) {
                return null;
            }
            Match marker = cue(s, k + 1, "ParamilitaryMarker");
            if (marker != null) {
                return body(s, i, lastOf(s, marker), noun);
            }
        }
        return null;
    }

    /**
     * Whether the word at {@code k} is no lexicon form, no function word and no name already read. A word the
     * lexicon knows only as a word of names to translate (lexv:NameWord: الوطني، الشعبي) is still plain here.
     */
    private boolean plainWord(int s, int k) {
        Match m = at(s, k);
        boolean plain = m == null || (isKind(m, Phrase.Kind.CUE) && lastOf(s, m) == k && cue(s, k, "NameWord") != null);
        return plain && cover.get(s)[k] == null && !nameStop(s, k);
    }

    private Unit body(int s, int i, int last, Match noun) {
        StringBuilder norm = new StringBuilder();
        for (int x = i; x <= last; x++) {
            String w = x == i ? noun.phrase().tokens()[0] : tok(s, x).norm();
            norm.append(x > i ? " " : "").append(w);
        }
        Term nounTerm = noun.phrase().term();
        String en = (nounTerm.labelsEn().isEmpty() ? nounTerm.key() : nounTerm.labelsEn().get(0)) + " "
                + Transliterator.label(restOf(norm.toString()));
        // the label keeps the article the matching form reads through (المكتب الوطني, not مكتب الوطني)
        int begin = noun.begin() >= 2 && hasArticle(tok(s, i)) && original(noun.begin() - 2, noun.begin()).equals("ال")
                ? noun.begin() - 2 : noun.begin();
        String labelAr = original(begin, tok(s, last).end());
        Term t = new Term(Transliterator.slug(norm.toString()), List.of(labelAr), List.of(en), List.of(), List.of(),
                Map.of(), Map.of());
        Unit u = new Unit(s, i, last, noun.begin(), tok(s, last).end());
        u.type = ActorType.ORGANIZATION;
        u.institution = t;
        u.transliterated = true;
        u.pending = Unit.Pending.FOCAL_COUNTRY;
        return u;
    }

    private static String restOf(String norm) {
        int space = norm.indexOf(' ');
        return space < 0 ? "" : norm.substring(space + 1);
    }
}
