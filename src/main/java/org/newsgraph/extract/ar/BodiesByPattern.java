package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.ActorEntry;
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

    /**
     * A movement, front or party named by a day of a month (حركة 5 يونيو، تحالف 14 آذار): a word of party names
     * (lexv:NameWord) without the article, a day and a month; the organisation of that name, no date. Null otherwise.
     */
    Unit namedByDate(int s, int i) {
        Match head = cue(s, i, "NameWord");
        if (head == null || lastOf(s, head) != i || hasArticle(tok(s, i)) || head.phrase().term().labelsEn().isEmpty()
                || i + 2 >= size(s) || tok(s, i + 1).kind() != Token.Kind.NUMBER) {
            return null;
        }
        Match month = cue(s, i + 2, "Month");
        int day;
        try {
            day = Integer.parseInt(tok(s, i + 1).norm());
        } catch (NumberFormatException e) {
            return null;
        }
        if (month == null || day < 1 || day > 31) {
            return null;
        }
        int last = lastOf(s, month);
        if (last + 2 < size(s) && tok(s, last + 1).is("/") && cue(s, last + 2, "Month") != null) {
            last = lastOf(s, cue(s, last + 2, "Month"));
        }
        String monthEn = java.time.Month.of(lex.months.get(month.phrase().term()))
                .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        String en = day + " " + monthEn + " " + head.phrase().term().labelsEn().get(0);
        Unit u = new Unit(s, i, last, head.begin(), tok(s, last).end());
        u.type = ActorType.ORGANIZATION;
        u.key = "org/" + englishSlug(en);
        u.labelAr = original(head.begin(), tok(s, last).end());
        u.labelEn = en;
        Match status = cue(s, last + 1, "OrganizationStatus");
        if (status != null) {
            // "حركة 5 يونيو المعارضة": the status word after the name is no group of its own
            u.last = lastOf(s, status);
        }
        return u;
    }

    /** The body named at token {@code i} by one of these shapes, or null. */
    Unit bodyAt(int s, int i) {
        Unit u = forPurpose(s, i);
        return u != null ? u : paramilitary(s, i);
    }

    /**
     * A body noun (lexv:InstitutionNoun) followed by words of a body's name the lexicon translates (lexv:BodyWord),
     * each with the article, after و (and) or as لل (of): المجلس الأعلى للقضاة والمدعين العامين is the Supreme Council
     * of Judges and Prosecutors, محكمة التمييز the Court of Cassation. A nisba among or after the words (الاتحاد العام
     * التونسي للشغل، مجلس الدولة الفرنسي) or في and a country after them makes it that country's body, else the
     * article's country's. Words that an institution pattern names once a nisba is taken out are that pattern. Null
     * when no such word follows, or when the name goes on with a genitive the lexicon cannot translate (the label
     * would cut the name: {@link #forPurpose} reads it whole).
     */
    Unit translatedAt(int s, int i) {
        Match noun = cue(s, i, "InstitutionNoun");
        if (noun == null || lastOf(s, noun) != i || noun.end() < tok(s, i).end()) {
            return null;
        }
        List<String> adjectives = new ArrayList<>();
        List<String> genitives = new ArrayList<>();
        StringBuilder ar = new StringBuilder((hasArticle(tok(s, i)) ? "ال" : "") + noun.phrase().tokens()[0]);
        Match nisba = null;
        int last = i;
        int k = i + 1;
        while (k < size(s)) {
            Match m = at(s, k);
            if (nisba == null && k > i + 1 && isKind(m, Phrase.Kind.DEMONYM) && m.prefix().isEmpty()) {
                nisba = m;
                last = lastOf(s, m);
                k = last + 1;
                continue;
            }
            int words = bodyWordLength(s, k);
            if (words == 0) {
                break;
            }
            String w = bodyWordKey(s, k, words);
            Term t = lex.bodyWords.get(w);
            boolean and = !lex.bodyWords.containsKey(joined(s, k, words)) && tok(s, k).norm().startsWith("و");
            boolean lam = tok(s, k).norm().startsWith(and ? "ولل" : "لل");
            String en = t.labelsEn().isEmpty() ? t.key() : t.labelsEn().get(0);
            if ("after".equals(t.property("englishOrder"))) {
                if (!genitives.isEmpty() && !and) {
                    break;
                }
                genitives.add(en);
            } else if (lam || and || !genitives.isEmpty() && nisba != null) {
                break;
            } else {
                adjectives.add(en);
            }
            ar.append(' ').append(and ? "و" : "").append(lam ? "لل" + w.substring(2) : w);
            last = k + words - 1;
            k += words;
        }
        if (adjectives.isEmpty() && genitives.isEmpty()) {
            return null;
        }
        if (k < size(s) && tok(s, k).isWord() && (tok(s, k).norm().startsWith("ل") || tok(s, k).norm().startsWith("ولل"))
                && cue(s, k, "Preposition") == null && !nameStop(s, k)) {
            // "اللجنة الوطنية لإنقاذ الشعب": what the body is for goes on in words the lexicon cannot translate
            return null;
        }
        if (nisba == null && isKind(at(s, k), Phrase.Kind.DEMONYM) && at(s, k).prefix().isEmpty()) {
            nisba = at(s, k);
            last = lastOf(s, nisba);
        }
        Term nounTerm = noun.phrase().term();
        Collections.reverse(adjectives);
        StringBuilder en = new StringBuilder();
        adjectives.forEach(a -> en.append(a).append(' '));
        en.append(nounTerm.labelsEn().isEmpty() ? nounTerm.key() : nounTerm.labelsEn().get(0));
        if (!genitives.isEmpty()) {
            en.append(" of ").append(String.join(" and ", genitives));
        }
        int begin = articleBegin(s, i, noun);
        Unit u = new Unit(s, i, last, begin, tok(s, last).end());
        u.type = ActorType.ORGANIZATION;
        Term pattern = lex.institutionsByLabel.get(ar.toString());
        u.institution = pattern != null ? pattern : new Term(englishSlug(en.toString()),
                List.of(nisba == null ? original(begin, tok(s, last).end()) : ar.toString()), List.of(en.toString()),
                List.of(), List.of(), Map.of(), Map.of());
        ActorEntry country = nisba != null ? nisba.phrase().actor() : countryAfterIn(s, k);
        if (nisba != null) {
            Unit q = new Unit(s, nisba.first() - base(s), lastOf(s, nisba), nisba.begin(), nisba.end());
            q.actor(country);
            q.qualifier = true;
            u.inner.add(q);
        }
        if (country != null) {
            institutionOf(u, country, original(begin, tok(s, last).end()));
        } else {
            u.pending = Unit.Pending.FOCAL_COUNTRY;
        }
        return u;
    }

    /** How many words (two, one or none) at {@code k} are one lexv:BodyWord, read with و and لل taken off. */
    private int bodyWordLength(int s, int k) {
        for (int words = 2; words >= 1; words--) {
            if (k + words <= size(s) && allWords(s, k, words) && lex.bodyWords.containsKey(bodyWordKey(s, k, words))) {
                return words;
            }
        }
        return 0;
    }

    private boolean allWords(int s, int k, int words) {
        for (int x = k; x < k + words; x++) {
            if (!tok(s, x).isWord() || x > k && at(s, x) != null && !isKind(at(s, x), Phrase.Kind.CUE)) {
                return false;
            }
        }
        return true;
    }

    /** The words at {@code k} as a lexv:BodyWord is filed: a first و (and) and a first لل (of the) read as ال. */
    private String bodyWordKey(int s, int k, int words) {
        String whole = joined(s, k, words);
        if (lex.bodyWords.containsKey(whole)) {
            return whole;
        }
        String w = whole.startsWith("و") ? whole.substring(1) : whole;
        return w.startsWith("لل") ? "ال" + w.substring(2) : w;
    }

    private String joined(int s, int k, int words) {
        StringBuilder b = new StringBuilder(tok(s, k).norm());
        for (int x = k + 1; x < k + words; x++) {
            b.append(' ').append(tok(s, x).norm());
        }
        return b.toString();
    }

    /** "... في تركيا": the country named right after a body by في, or null. */
    private ActorEntry countryAfterIn(int s, int k) {
        Match c = k < size(s) && tok(s, k).norm().equals("في") ? at(s, k + 1) : null;
        return isActor(c, ActorType.COUNTRY) && c.prefix().isEmpty() ? c.phrase().actor() : null;
    }

    private static String englishSlug(String en) {
        return en.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Where a body's noun begins, its article included (المجلس, not مجلس) when the matching form reads through it. */
    private int articleBegin(int s, int i, Match noun) {
        return noun.begin() >= 2 && hasArticle(tok(s, i)) && original(noun.begin() - 2, noun.begin()).equals("ال")
                ? noun.begin() - 2 : noun.begin();
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
        if (last + 1 < size(s) && tok(s, last + 1).isWord() && tok(s, last + 1).norm().startsWith("وال")
                && plainWord(s, last + 1)) {
            // "المجلس الوطني للإنقاذ والتقدم": a second purpose joined by و is the same body's name
            last++;
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
        // an adjective the lexicon translates (الوطني National) goes before the noun; the rest is transliterated
        StringBuilder adjectives = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        for (String w : restOf(norm.toString()).split(" ")) {
            Term t = lex.bodyWords.get(w);
            if (t != null && !"after".equals(t.property("englishOrder")) && rest.isEmpty() && !t.labelsEn().isEmpty()) {
                adjectives.insert(0, t.labelsEn().get(0) + " ");
            } else if (!w.isEmpty()) {
                rest.append(rest.isEmpty() ? "" : " ").append(w);
            }
        }
        String en = adjectives + (nounTerm.labelsEn().isEmpty() ? nounTerm.key() : nounTerm.labelsEn().get(0))
                + (rest.isEmpty() ? "" : " " + Transliterator.label(rest.toString()));
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
