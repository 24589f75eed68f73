package org.newsgraph.extract.en;

import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.extract.lexicon.Term;

/**
 * The lexicons' English side compiled once into hash indexes keyed by a phrase's first word, so matching costs a
 * few look-ups per token whatever the size of the lexicons.
 *
 * <p>Names (labels with a capital) must match with their capitals, or in capitals throughout as datelines write
 * them ("ALMATY"); everything else ignores case. A trigger's {@code ng:form}s are base verbs, inflected by rule on
 * their first word (-s, -ed, -ing with the usual spelling changes); its English alternative labels are fixed forms
 * taken as written (irregular past forms: "sent", "flew"). Month and weekday names come from the JDK's English
 * locale.
 */
final class EnglishLexicon {

    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|\\p{L}[\\p{L}\\p{M}]*(?:-[\\p{L}\\p{M}\\d]+|['’](?!s\\b)[\\p{L}\\p{M}]+)*|\\d+(?:[,.]\\d+)*|['’]s\\b|\\S");
    /** Abbreviations a period does not end a sentence after, besides month names: English orthography. */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj",
            "capt", "sgt", "sen", "rep", "gov", "prof", "st", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "adm");

    final Lexicon lexicon;
    private final Map<String, List<Phrase>> index = new HashMap<>();
    private final Map<String, List<Phrase>> media = new HashMap<>();
    private final Map<String, Map<String, List<Phrase>>> cues = new HashMap<>();
    final Map<String, ActorEntry> actors = new HashMap<>();
    /** Countries by the key of their capital: a capital that acts stands for its state ("Paris said"). */
    final Map<String, ActorEntry> stateOfCapital = new HashMap<>();
    /** Month numbers by lower-case full or abbreviated name. */
    final Map<String, Integer> months = new HashMap<>();
    /** ISO day-of-week numbers (1 Monday .. 7 Sunday) by lower-case name. */
    final Map<String, Integer> weekdays = new HashMap<>();
    final Set<String> abbreviations = new LinkedHashSet<>(TITLE_ABBREVIATIONS);
    /** Last words of organisation names, lower case: "the committee" may stand for a committee named before. */
    final Set<String> headNouns = new LinkedHashSet<>();

    EnglishLexicon(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (ActorEntry a : lexicon.actors()) {
            actors.put(a.key(), a);
            // a former state's capital stands for its successor: English articles are read with no date to weigh
            if (a.type() == ActorType.COUNTRY && a.capitalKey() != null && a.dissolved() == null) {
                stateOfCapital.put(a.capitalKey(), a);
            }
            for (int i = 0; i < a.labelsEn().size(); i++) {
                add(index, a.labelsEn().get(i), Phrase.Kind.ACTOR, a, null, null, i == 0);
            }
            for (String d : a.demonymsEn()) {
                add(index, d, Phrase.Kind.DEMONYM, a, null, null, false);
            }
            if (a.type() == ActorType.ORGANIZATION && !a.labelsEn().isEmpty()) {
                head(a.labelsEn().get(0));
            }
        }
        for (Term t : lexicon.institutions()) {
            terms(t, Phrase.Kind.INSTITUTION, index);
            if (!t.labelsEn().isEmpty()) {
                head(t.labelsEn().get(0));
            }
        }
        for (Term t : lexicon.offices()) {
            terms(t, Phrase.Kind.OFFICE, index);
        }
        for (Term t : lexicon.media()) {
            terms(t, Phrase.Kind.MEDIUM, media);
        }
        for (Term t : lexicon.cues()) {
            Map<String, List<Phrase>> idx = cues.computeIfAbsent(t.property("type"), k -> new HashMap<>());
            for (String l : t.labelsEn()) {
                add(idx, l, Phrase.Kind.CUE, null, t, null, false);
            }
            for (String l : t.formsEn()) {
                add(idx, l, Phrase.Kind.CUE, null, t, null, false);
            }
        }
        for (Term t : lexicon.triggers()) {
            for (String f : t.formsEn()) {
                List<String> forms = inflections(f);
                for (int i = 0; i < forms.size(); i++) {
                    add(index, forms.get(i), Phrase.Kind.TRIGGER, null, t, Phrase.Usage.VERB, false, i == 0 && forms.size() > 1);
                }
            }
            for (String f : t.labelsEn().subList(Math.min(1, t.labelsEn().size()), t.labelsEn().size())) {
                add(index, f, Phrase.Kind.TRIGGER, null, t, Phrase.Usage.VERB, false);
            }
            for (String f : values(t.property("passive"))) {
                List<String> forms = inflections(f);
                for (int i = 0; i < forms.size(); i++) {
                    add(index, forms.get(i), Phrase.Kind.TRIGGER, null, t, Phrase.Usage.PATIENT, false, i == 0 && forms.size() > 1);
                }
            }
            for (String f : values(t.property("noun"))) {
                add(index, f, Phrase.Kind.TRIGGER, null, t, Phrase.Usage.NOUN, false);
            }
        }
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.ENGLISH);
        for (int m = 0; m < 12; m++) {
            months.put(symbols.getMonths()[m].toLowerCase(Locale.ROOT), m + 1);
            String shortName = symbols.getShortMonths()[m].toLowerCase(Locale.ROOT);
            months.put(shortName, m + 1);
            abbreviations.add(shortName);
        }
        months.put("sept", 9);
        abbreviations.add("sept");
        String[] days = symbols.getWeekdays();
        for (int d = 1; d <= 7; d++) {
            // Calendar.SUNDAY is 1; ISO Sunday is 7
            weekdays.put(days[d].toLowerCase(Locale.ROOT), d == 1 ? 7 : d - 1);
        }
    }

    /**
     * The values of a multi-valued term property ({@code a|b}); the lexicon this class gets is the English view
     * ({@link Lexicon#forLanguage}), so they are English words or values of no language.
     */
    static List<String> values(String joined) {
        List<String> out = new ArrayList<>();
        if (joined == null) {
            return out;
        }
        for (String v : joined.split("\\|")) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    private void head(String label) {
        String[] ws = tokens(label);
        String last = ws[ws.length - 1];
        if (last.length() > 3 && Character.isLetter(last.charAt(0))) {
            headNouns.add(last.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A term's English labels; the display label is preferred, and so is an office's {@code lexv:stateTitle}
     * ("Interior Minister"): a title that on its own names a state's office, so that with no country beside it it
     * is the office of the article's country, where "head" or "chief" alone is not.
     */
    private void terms(Term t, Phrase.Kind kind, Map<String, List<Phrase>> idx) {
        if ("true".equals(t.property("noEnglishTitle"))) {
            // an office whose English label only names the role (Member): "a member of OPEC" is no title
            return;
        }
        List<String> stateTitles = values(t.property("stateTitle"));
        for (int i = 0; i < t.labelsEn().size(); i++) {
            String label = t.labelsEn().get(i);
            add(idx, label, kind, null, t, null, i == 0 || stateTitles.contains(label));
        }
        for (String title : stateTitles) {
            if (!t.labelsEn().contains(title)) {
                add(idx, title, kind, null, t, null, true);
            }
        }
        for (String f : t.formsEn()) {
            add(idx, f, kind, null, t, null, false);
        }
    }

    /** A label's words as the tokenizer cuts text. */
    static String[] tokens(String label) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(label.strip());
        while (m.find()) {
            out.add(m.group().replace('’', '\''));
        }
        return out.toArray(String[]::new);
    }

    private static void add(Map<String, List<Phrase>> idx, String label, Phrase.Kind kind, ActorEntry actor, Term term,
                            Phrase.Usage usage, boolean preferred) {
        add(idx, label, kind, actor, term, usage, preferred, false);
    }

    private static void add(Map<String, List<Phrase>> idx, String label, Phrase.Kind kind, ActorEntry actor, Term term,
                            Phrase.Usage usage, boolean preferred, boolean bare) {
        String[] exact = tokens(label);
        if (exact.length == 0) {
            return;
        }
        String[] lower = new String[exact.length];
        for (int i = 0; i < exact.length; i++) {
            lower[i] = exact[i].toLowerCase(Locale.ROOT);
        }
        boolean named = (kind == Phrase.Kind.ACTOR || kind == Phrase.Kind.DEMONYM) && !label.equals(label.toLowerCase(Locale.ROOT));
        idx.computeIfAbsent(lower[0], k -> new ArrayList<>())
                .add(new Phrase(lower, named ? exact : null, kind, actor, term, usage, preferred, bare));
    }

    /**
     * A verb form and its regular inflections, made on its first word. A final consonant doubles only in a verb of
     * one syllable ("ban", "banned"), not in "open" ("opened").
     */
    static List<String> inflections(String form) {
        String f = form.strip();
        int sp = f.indexOf(' ');
        String verb = sp < 0 ? f : f.substring(0, sp);
        String rest = sp < 0 ? "" : f.substring(sp);
        List<String> out = new ArrayList<>();
        out.add(f);
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.endsWith("ed") || v.endsWith("ing") || !v.chars().allMatch(Character::isLetter)) {
            return out;
        }
        boolean doubles = v.length() <= 4 && v.length() >= 3 && consonant(v.charAt(v.length() - 1))
                && "wxy".indexOf(v.charAt(v.length() - 1)) < 0 && vowel(v.charAt(v.length() - 2))
                && consonant(v.charAt(v.length() - 3)) && v.chars().filter(c -> vowel((char) c)).count() == 1;
        boolean consonantY = v.endsWith("y") && v.length() > 1 && consonant(v.charAt(v.length() - 2));
        String stem = v.substring(0, v.length() - 1);
        String third;
        String past;
        String ing;
        if (consonantY) {
            third = stem + "ies";
            past = stem + "ied";
            ing = v + "ing";
        } else if (v.endsWith("e")) {
            third = v + "s";
            past = v + "d";
            ing = v.endsWith("ee") ? v + "ing" : stem + "ing";
        } else {
            third = v.matches(".*(s|x|z|ch|sh)") ? v + "es" : v + "s";
            past = doubles ? v + v.charAt(v.length() - 1) + "ed" : v + "ed";
            ing = doubles ? v + v.charAt(v.length() - 1) + "ing" : v + "ing";
        }
        out.add(third + rest);
        out.add(past + rest);
        out.add(ing + rest);
        return out;
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static boolean consonant(char c) {
        return Character.isLetter(c) && !vowel(c);
    }

    /** Every actor, institution, office and trigger phrase starting at token {@code i}, longest first. */
    List<Match> candidatesAt(List<Token> tokens, int i) {
        return candidates(index, tokens, i);
    }

    /** The longest cue of a class starting at token {@code i}, or null. */
    Match cueAt(String type, List<Token> tokens, int i) {
        Map<String, List<Phrase>> idx = cues.get(type);
        if (idx == null || i < 0 || i >= tokens.size()) {
            return null;
        }
        List<Match> c = candidates(idx, tokens, i);
        return c.isEmpty() ? null : c.get(0);
    }

    /** The longest medium starting at token {@code i}, or null. */
    Match mediumAt(List<Token> tokens, int i) {
        List<Match> c = candidates(media, tokens, i);
        return c.isEmpty() ? null : c.get(0);
    }

    private static List<Match> candidates(Map<String, List<Phrase>> idx, List<Token> tokens, int i) {
        List<Match> out = new ArrayList<>();
        List<Phrase> ps = idx.get(tokens.get(i).lower());
        if (ps == null) {
            return out;
        }
        for (Phrase p : ps) {
            if (fits(p, tokens, i)) {
                out.add(new Match(p, i, i + p.length() - 1));
            }
        }
        out.sort((a, b) -> Integer.compare(b.phrase().length(), a.phrase().length()));
        return out;
    }

    private static boolean fits(Phrase p, List<Token> tokens, int i) {
        if (i + p.length() > tokens.size()) {
            return false;
        }
        boolean caps = true;
        for (int k = 0; k < p.length(); k++) {
            Token t = tokens.get(i + k);
            if (!t.lower().equals(p.words()[k])) {
                return false;
            }
            caps &= t.allCaps() || !t.isWord();
        }
        if (p.exact() == null || caps) {
            return true;
        }
        for (int k = 0; k < p.length(); k++) {
            if (!tokens.get(i + k).text().replace('’', '\'').equals(p.exact()[k])) {
                return false;
            }
        }
        return true;
    }
}
