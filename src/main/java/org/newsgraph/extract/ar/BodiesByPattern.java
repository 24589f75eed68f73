package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.Term;

/**
 * Bodies no lexicon lists, named by the shape of their name rather than by a nisba or a known owner
 * ({@code UnitFinder.namedBody} reads those): a body noun with what it is for after لـ (محكمة لمكافحة الفساد, an
 * anti-corruption court; المكتب الوطني للمحاسبة, the national accountability bureau), and an armed force named by
 * a word no lexicon knows and called paramilitary (قوات الرينجرز شبه العسكرية). Both are bodies of the article's
 * country (resolved like a state institution named without its country). Also bodies whose name shows itself by
 * its shape ({@link #namedByShape}: a bracketed acronym, a quoted party name, a group of states named after a city,
 * the bare forces, the office of a title-holder) and a body noun with a nisba and a purpose ({@link
 * #nisbaAndPurpose}). One per article: the acronyms it gave are the article's. Offsets are code points of the article.
 */
final class BodiesByPattern extends Stage {

    /** Acronyms no lexicon lists that the article gave a body in brackets, in matching form: named again, the body. */
    private final Map<String, Unit> acronyms = new HashMap<>();

    /**
     * The bodies {@link #institutionNamed} read, by the key of the pattern their name opens with: the pattern alone
     * named later in the article (المجلس العسكري after المجلس العسكري للتجديد الوطني) is that body.
     */
    private final Map<String, Unit> longerNames = new HashMap<>();

    /** The bodies {@link #quotedName} read, by the words inside the quotation marks: quoted alone again, the body. */
    private final Map<String, Unit> quotedNames = new HashMap<>();

    /** The reader of unlisted names, for the English of a party's words. */
    private final UnlistedNames names;

    BodiesByPattern(Stage shared) {
        super(shared);
        names = new UnlistedNames(shared);
    }

    /**
     * A movement, front or party named by a day of a month (حركة 5 يونيو، تحالف 14 آذار): a word of party names
     * (lexv:NameWord) without the article, a day and a month; the organisation of that name, no date. Null otherwise.
     */
    Unit namedByDate(int s, int i) {
        Match head = cue(s, i, Cues.NAME_WORD);
        if (head == null || lastOf(s, head) != i || hasArticle(tok(s, i)) || head.phrase().term().labelsEn().isEmpty()
                || i + 2 >= size(s) || tok(s, i + 1).kind() != Token.Kind.NUMBER) {
            return null;
        }
        Match month = cue(s, i + 2, Cues.MONTH);
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
        if (last + 2 < size(s) && tok(s, last + 1).is("/") && cue(s, last + 2, Cues.MONTH) != null) {
            last = lastOf(s, cue(s, last + 2, Cues.MONTH));
        }
        String monthEn = java.time.Month.of(lex.months.get(month.phrase().term()))
                .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        String en = day + " " + monthEn + " " + head.phrase().term().labelsEn().get(0);
        Unit u = new Unit(s, i, last, head.begin(), tok(s, last).end());
        u.type = ActorType.ORGANIZATION;
        u.key = "org/" + englishSlug(en);
        u.labelAr = original(head.begin(), tok(s, last).end());
        u.labelEn = en;
        Match status = cue(s, last + 1, Cues.ORGANIZATION_STATUS);
        if (status != null) {
            // "حركة 5 يونيو المعارضة": the status word after the name is no group of its own
            u.last = lastOf(s, status);
        }
        return u;
    }

    /**
     * A body whose name shows itself by its shape, read before any other reading of the noun at {@code i}: words
     * before a bracketed acronym, a name in quotation marks after a party noun, a group of states named after a city,
     * the bare forces of the story, a body said to belong to its owner, the office of a title-holder. Null when none.
     */
    Unit namedByShape(int s, int i) {
        Unit u = loyalForces(s, i);
        if (u == null) {
            u = withAcronym(s, i);
        }
        if (u == null) {
            u = quotedName(s, i);
        }
        if (u == null) {
            u = statesGroup(s, i);
        }
        if (u == null) {
            u = bareForces(s, i);
        }
        if (u == null) {
            u = belongingTo(s, i);
        }
        if (u == null) {
            u = missionOf(s, i);
        }
        return u != null ? u : officeOfTitle(s, i);
    }

    /**
     * "القوات الموالية لفلان"، "وحدات الجيش الموالية للرئيس": forces (lexv:LoyalForcesNoun, the army's or not: a
     * definite genitive الجيش after the noun), a word of loyalty as written (lexv:LoyalWord: الموالية) and لـ with
     * whom they are loyal to. A person the article named, or a name of one or two words no lexicon knows (the second
     * when the first carries the article: للحسن فلان), makes the forces loyal to that person, an organisation keyed
     * by the name's last word, so "القوات الموالية لفلان" is the same body whether the name is given whole or not; a
     * title (للرئيس) makes them the group of loyalist forces. A known body or country (الموالية للحكومة، لروسيا) is
     * no one's name: null, as for anything else.
     */
    Unit loyalForces(int s, int i) {
        Match noun = cue(s, i, Cues.LOYAL_FORCES_NOUN);
        if (noun == null || lastOf(s, noun) != i || noun.end() != tok(s, i).end()) {
            return null;
        }
        int k = i + 1;
        if (k < size(s) && tok(s, k).norm().equals("الجيش")) {
            k++;
        } else if (!hasArticle(tok(s, i))) {
            return null;
        }
        if (k + 1 >= size(s) || !lex.wordsOfClass.getOrDefault("LoyalWord", Set.of()).contains(tok(s, k).norm())) {
            return null;
        }
        int w = k + 1;
        Match whom = at(s, w);
        String norm = tok(s, w).isWord() ? tok(s, w).norm() : "";
        if (!norm.startsWith("ل") || norm.length() < 3) {
            return null;
        }
        int begin = articleBegin(s, i, noun);
        Unit u;
        if (isKind(whom, Phrase.Kind.OFFICE) && whom.prefix().endsWith("ل")) {
            ActorEntry loyalists = lex.actors.get(noun.phrase().term().property("standsFor"));
            if (loyalists == null) {
                return null;
            }
            u = new Unit(s, i, lastOf(s, whom), begin, whom.end());
            u.actor(loyalists);
            u.labelAr = original(begin, whom.end());
            return u;
        }
        int last;
        String name;
        String en;
        if (isActor(whom, ActorType.PERSON) && whom.prefix().endsWith("ل") && !whom.phrase().actor().labelsEn().isEmpty()) {
            last = lastOf(s, whom);
            name = tok(s, last).norm();
            en = whom.phrase().actor().labelsEn().get(0);
        } else {
            if (whom != null || !plainWord(s, w)) {
                return null;
            }
            boolean definite = norm.startsWith("لل");
            last = w;
            if (w + 1 < size(s) && tok(s, w + 1).isWord() && !hasArticle(tok(s, w + 1)) && at(s, w + 1) == null
                    && plainWord(s, w + 1) && cue(s, w + 1, Cues.PREPOSITION) == null) {
                last = w + 1;
            } else if (definite) {
                // "الموالية للنظام": a definite word alone is no one's name
                return null;
            }
            String first = definite ? "ال" + norm.substring(2) : norm.substring(1);
            name = last == w ? first : tok(s, last).norm();
            en = Transliterator.label(last == w ? first : first + " " + tok(s, last).norm());
        }
        u = new Unit(s, i, last, begin, tok(s, last).end());
        u.type = ActorType.ORGANIZATION;
        u.key = "org/forces-loyal-to-" + Transliterator.slug(name);
        u.labelAr = original(begin, tok(s, last).end());
        u.labelEn = "forces loyal to " + en;
        u.transliterated = true;
        return u;
    }

    /**
     * "بعثة الأمم المتحدة في جنوب السودان"، "بعثة الاتحاد الأوروبي لمراقبة الانتخابات": a noun of a body that an
     * organisation sends (lexv:SentMissionNoun) without the article, right before a known organisation: that
     * organisation's mission ("European Union Mission"), the country or place it serves after في and what it is for
     * after لـ (a word and a definite genitive) taken into its name. The organisation is a unit inside it, and so is
     * the place. Null otherwise.
     */
    Unit missionOf(int s, int i) {
        Match noun = bareNoun(s, i, "SentMissionNoun");
        Match org = noun == null ? null : namedRightAfter(s, i, ActorType.ORGANIZATION);
        if (org == null) {
            return null;
        }
        ActorEntry o = org.phrase().actor();
        Term nounTerm = noun.phrase().term();
        StringBuilder en = new StringBuilder(o.labelsEn().get(0)).append(' ')
                .append(nounTerm.labelsEn().isEmpty() ? Transliterator.label(nounTerm.key()) : nounTerm.labelsEn().get(0));
        StringBuilder key = new StringBuilder(o.key()).append("/mission");
        int last = lastOf(s, org);
        Unit whose = new Unit(s, i + 1, last, org.begin(), org.end());
        whose.actor(o);
        whose.qualifier = true;
        Unit place = null;
        Match where = last + 2 < size(s) && tok(s, last + 1).norm().equals("في") ? at(s, last + 2) : null;
        if ((isActor(where, ActorType.COUNTRY) || isActor(where, ActorType.PLACE)) && where.prefix().isEmpty()
                && !where.phrase().actor().labelsEn().isEmpty()) {
            place = new Unit(s, last + 2, lastOf(s, where), where.begin(), where.end());
            place.actor(where.phrase().actor());
            place.qualifier = true;
            en.append(" in ").append(where.phrase().actor().labelsEn().get(0));
            key.append('-').append(where.phrase().actor().key().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT));
            last = lastOf(s, where);
        } else {
            int p = last + 1;
            if (p < size(s) && tok(s, p).isWord() && tok(s, p).norm().startsWith("ل") && tok(s, p).norm().length() >= 4
                    && plainWord(s, p) && cue(s, p, Cues.PREPOSITION) == null) {
                last = p;
                if (p + 1 < size(s) && tok(s, p + 1).isWord() && hasArticle(tok(s, p + 1)) && fieldWord(s, p + 1)
                        && !tok(s, p).norm().startsWith("لل")) {
                    last = p + 1;
                }
                key.append('-').append(Transliterator.slug(joined(s, p, last - p + 1)));
            }
        }
        Unit u = new Unit(s, i, last, noun.begin(), tok(s, last).end());
        u.type = ActorType.ORGANIZATION;
        u.key = key.toString();
        u.labelAr = original(noun.begin(), tok(s, last).end());
        u.labelEn = en.toString();
        u.inner.add(whose);
        if (place != null) {
            u.inner.add(place);
        }
        return u;
    }

    /**
     * "اعتقلت القوات عددا من النواب": a lexv:BareForcesNoun with the article, no word after it saying whose or which
     * forces (a nisba, a name, a definite genitive or adjective): the group it lexv:standsFor (the army of the story).
     * Null otherwise, and for forces without the article (قوات أمن: some security forces, no one in particular).
     */
    Unit bareForces(int s, int i) {
        Match noun = cue(s, i, Cues.BARE_FORCES_NOUN);
        if (noun == null || lastOf(s, noun) != i || noun.end() != tok(s, i).end() || !hasArticle(tok(s, i))) {
            return null;
        }
        ActorEntry group = lex.actors.get(noun.phrase().term().property("standsFor"));
        int k = i + 1;
        if (group == null || true_(noun.phrase().term(), "onlyWithCountry") || k < size(s) && tok(s, k).isWord() && (hasArticle(tok(s, k)) || isKind(at(s, k), Phrase.Kind.ACTOR)
                || isKind(at(s, k), Phrase.Kind.DEMONYM) || tok(s, k).norm().startsWith("ل") && cue(s, k, Cues.PREPOSITION) == null)) {
            return null;
        }
        Unit u = new Unit(s, i, i, articleBegin(s, i, noun), noun.end());
        u.actor(group);
        return u;
    }

    /** A noun that may head the name of a body no lexicon lists (a body, organisation or body-name noun), or null. */
    private Match bodyHead(int s, int i) {
        Match m = cue(s, i, Cues.INSTITUTION_NOUN);
        if (m == null) {
            m = cue(s, i, Cues.ORGANIZATION_NOUN);
        }
        if (m == null) {
            m = cue(s, i, Cues.BODY_NAME_NOUN);
        }
        return m != null && lastOf(s, m) == i && m.end() == tok(s, i).end() ? m : null;
    }

    /**
     * "الجماعة الإنمائية لدول الجنوب (سادك)": a body noun, the words of a name (no punctuation, at most eight) and an
     * acronym in round brackets right after them. The brackets show that the words are one name, whatever they are:
     * an organisation without a country (a nisba among the words that names a country makes it that country's),
     * labelled in English by its noun and its words (translated where the lexicon can), the acronym its alternative
     * English label (transliterated when written in Arabic letters) and, named again in the article, the same body.
     * An acronym the lexicon knows (إيكواس) makes the words another name of that organisation. Null otherwise.
     */
    Unit withAcronym(int s, int i) {
        Match noun = bodyHead(s, i);
        if (noun == null) {
            return null;
        }
        int open = i + 1;
        while (open < size(s) && open - i <= 8 && tok(s, open).isWord() && cue(s, open, Cues.CLAUSE_BREAK) == null) {
            if (isActor(at(s, open), ActorType.ORGANIZATION) || isActor(at(s, open), ActorType.PERSON)) {
                // مفوضية الاتحاد الأفريقي (...): a body of a known organisation or person is read as such
                return null;
            }
            open++;
        }
        if (open == i + 1 || open + 2 >= size(s) || !tok(s, open).is("(") || !tok(s, open + 2).is(")")
                || !tok(s, open + 1).isWord()) {
            return null;
        }
        Match inBrackets = at(s, open + 1);
        int begin = articleBegin(s, i, noun);
        Unit u = new Unit(s, i, open + 2, begin, tok(s, open + 2).end());
        if (isActor(inBrackets, ActorType.ORGANIZATION) && inBrackets.prefix().isEmpty()) {
            u.actor(inBrackets.phrase().actor());
            return u;
        }
        if (inBrackets != null && !isKind(inBrackets, Phrase.Kind.CUE)) {
            return null;
        }
        ActorEntry country = null;
        StringBuilder norm = new StringBuilder(noun.phrase().tokens()[0]);
        for (int x = i + 1; x < open; x++) {
            norm.append(' ').append(tok(s, x).norm());
            Match d = at(s, x);
            if (country == null && isKind(d, Phrase.Kind.DEMONYM) && d.prefix().isEmpty()
                    && d.phrase().actor().type() == ActorType.COUNTRY) {
                country = d.phrase().actor();
            }
        }
        String acronym = tok(s, open + 1).norm();
        String acronymEn = acronym.matches("[A-Za-z]+") ? acronym.toUpperCase(Locale.ROOT)
                : Transliterator.label(acronym).replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        u.key = "org/" + (country != null ? iso(country) + "/" : "") + Transliterator.slug(norm.toString());
        u.type = ActorType.ORGANIZATION;
        u.labelAr = original(begin, tok(s, open - 1).end());
        u.labelEn = nameLabel(s, noun, i + 1, open);
        u.transliterated = true;
        u.countryKey = country != null ? country.key() : null;
        if (!acronymEn.isEmpty()) {
            u.altLabelsEn.add(acronymEn);
        }
        acronyms.put(acronym, u);
        return u;
    }

    /**
     * The English label of a body's noun and the words {@code from} to {@code to} (exclusive) of its name: the words
     * before the first one with لـ are adjectives, put before the noun; from that word on they are what the body is
     * of, after "of" (لل read as the article). A word is translated when the lexicon can (lexv:BodyWord, a nisba, a
     * lexv:NameWord), else transliterated.
     */
    String nameLabel(int s, Match noun, int from, int to) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int x = from; x < to; x++) {
            String w = tok(s, x).norm();
            boolean of = !after.isEmpty() || (w.startsWith("ل") && !w.startsWith("ال") && w.length() > 3);
            String bare = !of || !after.isEmpty() ? w : w.startsWith("لل") ? "ال" + w.substring(2) : w.substring(1);
            String and = "";
            if (bare.startsWith("و") && bare.length() > 3 && !lex.bodyWords.containsKey(bare)) {
                and = "and ";
                bare = bare.substring(1);
            }
            (of ? after : before).add(and + englishWord(s, x, bare));
        }
        Collections.reverse(before);
        Term nounTerm = noun.phrase().term();
        StringBuilder en = new StringBuilder();
        before.forEach(b -> en.append(b).append(' '));
        en.append(nounTerm.labelsEn().isEmpty() ? Transliterator.label(nounTerm.key()) : nounTerm.labelsEn().get(0));
        if (!after.isEmpty()) {
            en.append(" of ").append(String.join(" ", after));
        }
        return en.toString();
    }

    /** The English of a word of a body's name ({@code bare}: the word at {@code x} without و or لـ). */
    private String englishWord(int s, int x, String bare) {
        Term t = lex.bodyWords.get(bare);
        if (t != null && !t.labelsEn().isEmpty()) {
            return t.labelsEn().get(0);
        }
        Match d = at(s, x);
        if (isKind(d, Phrase.Kind.DEMONYM) && lastOf(s, d) == x && !d.phrase().actor().demonymsEn().isEmpty()) {
            return d.phrase().actor().demonymsEn().get(0);
        }
        Match w = cue(s, x, Cues.NAME_WORD);
        if (w != null && lastOf(s, w) == x && w.end() == tok(s, x).end() && !w.phrase().term().labelsEn().isEmpty()) {
            return w.phrase().term().labelsEn().get(0);
        }
        return Transliterator.label(bare);
    }

    /**
     * "وقالت سادك": a word that is an acronym the article gave a body in brackets before ({@link #withAcronym}), a
     * clitic و، ف، ب or ل on it or not: that body; null otherwise.
     */
    Unit acronymAgain(int s, int i) {
        if (acronyms.isEmpty() || !tok(s, i).isWord()) {
            return null;
        }
        String w = tok(s, i).norm();
        Unit body = acronyms.get(w);
        int clitics = 0;
        for (String clitic : List.of("و", "ف", "ب", "ل", "وب", "ول")) {
            if (body == null && w.startsWith(clitic) && w.length() > clitic.length() + 2) {
                body = acronyms.get(w.substring(clitic.length()));
                clitics = clitic.length();
            }
        }
        if (body == null || body.sentence == s && body.last >= i) {
            return null;
        }
        Unit u = new Unit(s, i, i, tok(s, i).offsetOf(clitics), tok(s, i).end());
        u.sameActorAs(body);
        u.altLabelsEn.addAll(body.altLabelsEn);
        return u;
    }

    /**
     * "المرصد الكولومبي للنزاعات المسلحة"، "اللجنة الكينية لحقوق الإنسان": a body noun with the article, a nisba of a
     * country right after it, then what the body is for after لـ (one word, a definite word after it, and one more
     * joined by و): that country's body of that name. Null otherwise.
     */
    Unit nisbaAndPurpose(int s, int i) {
        Match noun = bodyHead(s, i);
        if (noun == null || !hasArticle(tok(s, i))) {
            return null;
        }
        return nisbaAndPurpose(s, i, i + 1, noun);
    }

    /**
     * "البنك المركزي الأمريكي للتكامل الاقتصادي"، "المعهد الوطني الفرنسي للدراسات السكانية": the words of a state
     * institution the lexicon knows (the match {@code m}: البنك المركزي), a country's nisba, then a definite field after
     * لـ and its adjective: a body of that longer name (a bank "for economic integration"), not that country's
     * institution. Read as a body noun and a nisba are ({@link #nisbaAndPurpose}). Null otherwise.
     */
    Unit institutionAndPurpose(int s, int i, Match m) {
        int k = lastOf(s, m) + 1;
        if (!isKind(m, Phrase.Kind.INSTITUTION) || !hasArticle(tok(s, i)) || k + 2 >= size(s)) {
            return null;
        }
        if (!tok(s, k + 1).norm().startsWith("لل") || !fieldAdjective(s, k + 2)) {
            return null;
        }
        return nisbaAndPurpose(s, i, k, m);
    }

    /**
     * "المجلس العسكري الشعبي"، "المجلس العسكري للتجديد الوطني"، "الحرس الوطني الثوري": a state body's pattern with the
     * article, then words of a body's name the lexicon translates (lexv:NameWord adjectives with the article: الثوري،
     * الشعبي; one of a body's rank alone, الوطني، is still the country's body: الكونغرس الوطني) and/or what it is for
     * after لل (a NameWord noun, or any plain noun with such adjectives after it):
     * a body of that longer name, not the country's body of the pattern's kind (a popular military council is
     * one the story names, not the army's command). A nisba after the name makes it that country's, else it is the
     * article's country's. Any other word after the pattern (المجلس العسكري الحاكم، المجلس العسكري للبلاد) names no
     * longer body. Null otherwise.
     */
    Unit institutionNamed(int s, int i, Match m) {
        if (!isKind(m, Phrase.Kind.INSTITUTION) || m.phrase().form() || !hasArticle(tok(s, i))) {
            return null;
        }
        int first = lastOf(s, m) + 1;
        int k = first;
        while (k < size(s) && nameAdjective(s, k)) {
            k++;
        }
        int last = k - 1;
        int purpose = -1;
        if (k < size(s) && tok(s, k).isWord() && tok(s, k).norm().startsWith("لل") && tok(s, k).norm().length() > 4
                && cover.get(s)[k] == null && !nameStop(s, k) && cue(s, k, Cues.PREPOSITION) == null) {
            Match at = at(s, k);
            boolean nameNoun = at != null && (at.phrase().isCue("NameWord") || at.phrase().isCue("PeopleNoun"))
                    && lastOf(s, at) == k;
            int p = k + 1;
            while (p < size(s) && nameAdjective(s, p)) {
                p++;
            }
            if ((nameNoun || p > k + 1) && (at == null || nameNoun)) {
                purpose = k;
                last = p - 1;
            }
        }
        boolean named = purpose >= 0;
        for (int x = first; x <= last && x != purpose; x++) {
            // الكونغرس الوطني، البرلمان الاتحادي: a word of a state body's rank (lexv:BodyWord) names the country's body
            named |= !lex.bodyWords.containsKey(tok(s, x).norm());
        }
        if (last < first || !named) {
            return null;
        }
        Term pattern = m.phrase().term();
        String patternEn = pattern.labelsEn().isEmpty() ? pattern.key() : pattern.labelsEn().get(0);
        StringBuilder en = new StringBuilder();
        int adjectivesEnd = purpose >= 0 ? purpose : last + 1;
        for (int x = adjectivesEnd - 1; x >= first; x--) {
            en.append(nameWordEnglish(s, x)).append(' ');
        }
        en.append(patternEn);
        if (purpose >= 0) {
            // للتجديد الوطني: of National Renewal, the purpose's adjectives before its noun as in English
            en.append(" of");
            for (int x = last; x > purpose; x--) {
                en.append(' ').append(nameWordEnglish(s, x));
            }
            en.append(' ').append(nameWordEnglish(s, purpose));
        }
        StringBuilder norm = new StringBuilder(String.join(" ", pattern.labelsAr().isEmpty() ? List.of(pattern.key())
                : List.of(ArabicNormalizer.normalize(pattern.labelsAr().get(0)))));
        for (int x = first; x <= last; x++) {
            norm.append(' ').append(tok(s, x).norm());
        }
        int begin = articleBegin(s, i, m);
        String labelAr = original(begin, tok(s, last).end());
        Unit u = new Unit(s, i, last, m.begin(), tok(s, last).end());
        u.type = ActorType.ORGANIZATION;
        u.transliterated = true;
        u.institution = new Term(Transliterator.slug(norm.toString()), List.of(labelAr), List.of(en.toString()), List.of(),
                List.of(), Map.of(), Map.of());
        Match nisba = at(s, last + 1);
        if (isKind(nisba, Phrase.Kind.DEMONYM) && nisba.prefix().isEmpty() && nisba.phrase().actor().type() == ActorType.COUNTRY) {
            ActorEntry country = nisba.phrase().actor();
            u.last = lastOf(s, nisba);
            u.end = nisba.end();
            qualify(u, s, last + 1, u.last, nisba, country);
            institutionOf(u, country, labelAr);
            u.labelEn = en.toString();
        } else {
            u.pending = Unit.Pending.FOCAL_COUNTRY;
        }
        longerNames.putIfAbsent(pattern.key(), u);
        return u;
    }

    /**
     * The body {@link #institutionNamed} read whose name opens with the pattern {@code pattern}, when the pattern is
     * named alone (no country, no pronoun) after it: that body's name, for the same body. Null when none.
     */
    Term longerNameOf(Term pattern) {
        Unit u = longerNames.get(pattern.key());
        return u == null ? null : u.institution;
    }

    /** Whether the word at {@code k} is an adjective of a body's name: a lexv:NameWord with the article, a nisba's ending. */
    private boolean nameAdjective(int s, int k) {
        Match w = cue(s, k, Cues.NAME_WORD);
        String t = tok(s, k).norm();
        return w != null && w.prefix().isEmpty() && lastOf(s, w) == k && w.end() == tok(s, k).end() && t.startsWith("ال")
                && cover.get(s)[k] == null && (t.endsWith("ي") || t.endsWith("ية") || t.endsWith("يه"));
    }

    /** The English of the name word at {@code k} (its lexv:NameWord label), else the word transliterated. */
    private String nameWordEnglish(int s, int k) {
        Match w = cue(s, k, Cues.NAME_WORD);
        if (w != null && lastOf(s, w) == k && !w.phrase().term().labelsEn().isEmpty()) {
            return w.phrase().term().labelsEn().get(0);
        }
        String bare = tok(s, k).norm();
        return Transliterator.label(bare.startsWith("لل") ? "ال" + bare.substring(2) : bare);
    }

    /**
     * Whether the word at {@code k} is an adjective of a field (الاقتصادي، الأمني، القانوني: a lexv:TitleAdjective ending
     * in a nisba's ي), as written with the article.
     */
    private boolean fieldAdjective(int s, int k) {
        Match a = cue(s, k, Cues.TITLE_ADJECTIVE);
        String w = tok(s, k).norm();
        return a != null && a.prefix().isEmpty() && lastOf(s, a) == k && w.startsWith("ال") && (w.endsWith("ي") || w.endsWith("يه"));
    }

    /** The body of the noun {@code noun} at {@code i}, a country's nisba at {@code k} and a purpose after it; or null. */
    private Unit nisbaAndPurpose(int s, int i, int k, Match noun) {
        if (k + 1 >= size(s)) {
            return null;
        }
        Match nisba = at(s, k);
        if (!isKind(nisba, Phrase.Kind.DEMONYM) || !nisba.prefix().isEmpty() || lastOf(s, nisba) != k
                || nisba.phrase().actor().type() != ActorType.COUNTRY) {
            return null;
        }
        int p = k + 1;
        if (!tok(s, p).isWord() || !tok(s, p).norm().startsWith("ل") || tok(s, p).norm().length() < 4
                || !plainWord(s, p) || cue(s, p, Cues.PREPOSITION) != null) {
            return null;
        }
        int last = p;
        // لحقوق الإنسان: a purpose without the article takes its genitive; للنزاعات الاجتماعية: one with it only an
        // adjective (no object of the verb: سجل المرصد الأردني للزلازل الانفجار)
        boolean definitePurpose = tok(s, p).norm().startsWith("لل");
        if (last + 1 < size(s) && tok(s, last + 1).isWord() && hasArticle(tok(s, last + 1))
                && (plainWord(s, last + 1) || fieldAdjective(s, last + 1)) && !tok(s, last + 1).norm().startsWith("و")
                && (!definitePurpose || tok(s, last + 1).norm().endsWith("ي") || tok(s, last + 1).norm().endsWith("يه"))) {
            last++;
        }
        if (last + 1 < size(s) && tok(s, last + 1).isWord() && tok(s, last + 1).norm().startsWith("وال")
                && plainWord(s, last + 1)) {
            last++;
        }
        ActorEntry country = nisba.phrase().actor();
        StringBuilder rest = new StringBuilder();
        for (int x = p; x <= last; x++) {
            rest.append(x > p ? " " : "").append(tok(s, x).norm());
        }
        String people = country.demonymsEn().isEmpty() ? null : country.demonymsEn().get(0);
        int begin = articleBegin(s, i, noun);
        Unit u = new Unit(s, i, last, begin, tok(s, last).end());
        u.type = ActorType.ORGANIZATION;
        u.key = "org/" + iso(country) + "/" + Transliterator.slug(String.join(" ", noun.phrase().tokens()) + " " + rest);
        u.labelAr = original(begin, tok(s, last).end());
        u.labelEn = (people != null ? people + " " : "") + nameLabel(s, noun, p, last + 1)
                + (people != null ? "" : " (" + (country.labelsEn().isEmpty() ? iso(country) : country.labelsEn().get(0)) + ")");
        u.transliterated = true;
        u.countryKey = country.key();
        qualify(u, s, k, k, nisba, country);
        return u;
    }

    /**
     * Adds to the body {@code u} the mention of {@code country} that qualifies it: tokens {@code first} to {@code last},
     * written as {@code m}.
     */
    private static void qualify(Unit u, int s, int first, int last, Match m, ActorEntry country) {
        Unit q = new Unit(s, first, last, m.begin(), m.end());
        q.actor(country);
        q.qualifier = true;
        u.inner.add(q);
    }

    /**
     * حزب "قلب الوطن"، حركة "النهضة - الجبهة الشعبية" الحاكمة: an organisation noun (or a lexv:QuotedNameNoun:
     * a gang, militia, channel, newspaper) without the article, then a name
     * in quotation marks (words, a dash between them allowed, at most eight tokens): the organisation of that name,
     * whatever its words are (a country's name inside is part of it). A status word after it (الحاكم، المعارض:
     * lexv:OrganizationStatus) is taken in but is no part of the name; a nisba after that is its country.
     */
    Unit quotedName(int s, int i) {
        Match noun = cue(s, i, Cues.ORGANIZATION_NOUN);
        // عصابة "لوس تشونيروس"، قناة "تي سي تلفزيون": nouns that name a body only before its name in quotes
        noun = noun == null ? cue(s, i, Cues.QUOTED_NAME_NOUN) : noun;
        // قوة "ليكورن"، القوة الفرنسية "سرفال": a force named in quotes, with the article only before its country's nisba
        noun = noun == null ? cue(s, i, Cues.ARMED_FORCE_NOUN) : noun;
        if (noun == null || lastOf(s, noun) != i || noun.end() != tok(s, i).end()) {
            return null;
        }
        int open = i + 1;
        Match forceNisba = null;
        if (hasArticle(tok(s, i))) {
            forceNisba = at(s, open);
            if (!noun.phrase().isCue("ArmedForceNoun") || !isKind(forceNisba, Phrase.Kind.DEMONYM)
                    || !forceNisba.prefix().isEmpty() || forceNisba.phrase().actor().type() != ActorType.COUNTRY) {
                return null;
            }
            open = lastOf(s, forceNisba) + 1;
        }
        if (open + 1 >= size(s) || !isQuote(tok(s, open))) {
            return null;
        }
        int close = open + 1;
        while (close < size(s) && close - open <= 8 && !isQuote(tok(s, close))) {
            Token t = tok(s, close);
            if (!t.isWord() && !t.is("-") && !t.is("–")) {
                return null;
            }
            close++;
        }
        if (close >= size(s) || close - open > 8 || close == open + 1 || !tok(s, close - 1).isWord()) {
            return null;
        }
        if (noun.phrase().isCue("ArmedForceNoun") && isKind(at(s, open + 1), Phrase.Kind.ACTOR)) {
            // قوات "إيكواس": the forces of a body the lexicon knows, no force of that name
            return null;
        }
        StringBuilder norm = new StringBuilder(noun.phrase().tokens()[0]);
        for (int x = open + 1; x < close; x++) {
            if (tok(s, x).isWord()) {
                norm.append(' ').append(tok(s, x).norm());
            }
        }
        int last = close;
        Match status = cue(s, last + 1, Cues.ORGANIZATION_STATUS);
        if (status != null && status.prefix().isEmpty()) {
            last = lastOf(s, status);
        }
        int nisbaAt = last + 1;
        Match nisba = at(s, nisbaAt);
        ActorEntry country = null;
        if (isKind(nisba, Phrase.Kind.DEMONYM) && nisba.prefix().isEmpty()
                && nisba.phrase().actor().type() == ActorType.COUNTRY) {
            country = nisba.phrase().actor();
            last = lastOf(s, nisba);
        }
        if (forceNisba != null) {
            country = forceNisba.phrase().actor();
            nisba = forceNisba;
            nisbaAt = i + 1;
        }
        int begin = forceNisba != null ? articleBegin(s, i, noun) : noun.begin();
        ActorEntry listed = forceNisba == null ? lex.actorLabelled(norm.toString()) : null;
        if (listed != null) {
            // قناة "الجزيرة"، حزب "الوفد": a body the lexicon lists under the noun and the name, quotation marks or not
            Unit u = new Unit(s, i, close, begin, tok(s, close).end());
            u.actor(listed);
            quotedNames.putIfAbsent(quotedWords(s, open, close), u);
            return u;
        }
        Unit u = new Unit(s, i, last, begin, tok(s, close).end());
        u.type = ActorType.ORGANIZATION;
        u.key = "org/" + Transliterator.slug(norm.toString());
        u.labelAr = original(begin, tok(s, close).end());
        // a quoted name is a name as written: its words in their order, the dash kept, then the noun (… Party)
        StringBuilder en = new StringBuilder();
        for (int x = open + 1; x < close; x++) {
            en.append(en.isEmpty() ? "" : " ").append(tok(s, x).isWord() ? Transliterator.label(tok(s, x).norm()) : "-");
        }
        Term nounTerm = noun.phrase().term();
        u.labelEn = en + " " + (nounTerm.labelsEn().isEmpty() ? Transliterator.label(noun.phrase().tokens()[0])
                : nounTerm.labelsEn().get(0));
        u.transliterated = true;
        boolean words = true;
        for (int x = open + 1; x < close; x++) {
            words &= tok(s, x).isWord();
        }
        UnlistedNames.NameLabel translated = noun.phrase().isCue("OrganizationNoun") && words
                ? names.organizationLabel(s, noun, open + 1, close) : null;
        if (translated != null && !translated.transliterated()) {
            // حزب "البديل من أجل ألمانيا": a name of ordinary words all translated reads in English (Alternative Party
            // for Germany), as it would unquoted; a foreign or untranslated word keeps the name as written
            u.labelEn = translated.en();
            u.transliterated = false;
        }
        if (country != null) {
            u.countryKey = country.key();
            qualify(u, s, nisbaAt, forceNisba != null ? lastOf(s, forceNisba) : last, nisba, country);
        }
        quotedNames.putIfAbsent(quotedWords(s, open, close), u);
        return u;
    }

    /** The words between the quotation marks at {@code open} and {@code close}, in matching form, joined by spaces. */
    private String quotedWords(int s, int open, int close) {
        StringBuilder words = new StringBuilder();
        for (int x = open + 1; x < close; x++) {
            words.append(x > open + 1 ? " " : "").append(tok(s, x).norm());
        }
        return words.toString();
    }

    /**
     * "اعتقال قادة «الكرامة»" after "نقابة «الكرامة»": the words of a body's quoted name ({@link #quotedName}) quoted
     * again without its noun are that body; the unit covers the words. Null otherwise.
     */
    Unit quotedAgain(int s, int i) {
        if (quotedNames.isEmpty() || !isQuote(tok(s, i))) {
            return null;
        }
        int close = i + 1;
        while (close < size(s) && close - i <= 8 && tok(s, close).isWord()) {
            close++;
        }
        if (close >= size(s) || close == i + 1 || !isQuote(tok(s, close))) {
            return null;
        }
        Unit body = quotedNames.get(quotedWords(s, i, close));
        if (body == null || body.sentence == s && body.last >= i) {
            return null;
        }
        Unit u = new Unit(s, i + 1, close - 1, tok(s, i + 1).begin(), tok(s, close - 1).end());
        u.sameActorAs(body);
        return u;
    }

    /** The cue of class {@code type} that is token {@code i} alone, with no article and nothing written after it. */
    private Match bareNoun(int s, int i, String type) {
        Match noun = cue(s, i, type);
        return noun == null || lastOf(s, noun) != i || noun.end() != tok(s, i).end() || hasArticle(tok(s, i)) ? null : noun;
    }

    /** The listed actor of {@code type} right after token {@code i}, with no clitic and an English label; else null. */
    private Match namedRightAfter(int s, int i, ActorType type) {
        Match m = at(s, i + 1);
        return isActor(m, type) && m.prefix().isEmpty() && !m.phrase().actor().labelsEn().isEmpty() ? m : null;
    }

    /**
     * "مجموعة ليما"، "نادي باريس": a noun of a group of states (lexv:StatesGroupNoun) without the article, right
     * before a city or place: the group named after it, an organisation; the city names no actor here. Null otherwise.
     */
    Unit statesGroup(int s, int i) {
        Match noun = bareNoun(s, i, "StatesGroupNoun");
        Match place = noun == null ? null : namedRightAfter(s, i, ActorType.PLACE);
        if (place == null) {
            return null;
        }
        String placeEn = place.phrase().actor().labelsEn().get(0);
        Term nounTerm = noun.phrase().term();
        String en = placeEn + " " + (nounTerm.labelsEn().isEmpty() ? nounTerm.key() : nounTerm.labelsEn().get(0));
        Unit u = new Unit(s, i, lastOf(s, place), noun.begin(), place.end());
        u.type = ActorType.ORGANIZATION;
        u.key = "org/" + englishSlug(en);
        u.labelAr = original(noun.begin(), place.end());
        u.labelEn = en;
        return u;
    }

    /**
     * "المكتب الصحفي للرئيس الروسي"، "المكتب الإعلامي لرئيس الوزراء": an office noun (lexv:InstitutionNoun) with the
     * article, at most one word the lexicon translates (lexv:BodyWord: الصحفي Press), then لـ and a title: that
     * title-holder's office, a body of the title's country (a nisba or a country after the title, else the
     * article's); a title the lexicon knows as one person's (الرئيس الكازاخي) makes it that person's office. The
     * title names its holder no further here. Null otherwise.
     */
    Unit officeOfTitle(int s, int i) {
        Match noun = cue(s, i, Cues.INSTITUTION_NOUN);
        if (noun == null || lastOf(s, noun) != i || !hasArticle(tok(s, i)) || noun.end() != tok(s, i).end()) {
            return null;
        }
        int k = i + 1;
        Match here = k < size(s) ? at(s, k) : null;
        // a word the lexicon also reads otherwise (الإعلامي describes an adviser, الصحفي is a journalist) is still the
        // office's adjective when it is a body's word
        boolean plain = here == null || lastOf(s, here) == k;
        Term adjective = k < size(s) && tok(s, k).isWord() && plain ? lex.bodyWords.get(tok(s, k).norm()) : null;
        if (adjective != null && !"after".equals(adjective.property("englishOrder"))) {
            k++;
        } else {
            adjective = null;
        }
        Match title = at(s, k);
        String nounEn = (adjective != null && !adjective.labelsEn().isEmpty() ? adjective.labelsEn().get(0) + " " : "")
                + (noun.phrase().term().labelsEn().isEmpty() ? noun.phrase().term().key() : noun.phrase().term().labelsEn().get(0));
        if (isActor(title, ActorType.PERSON) && title.prefix().endsWith("ل") && !title.phrase().actor().labelsEn().isEmpty()) {
            // "المكتب الصحفي للرئيس الكازاخي": a title the lexicon knows as its holder, the office of that person
            String en = nounEn + " of " + title.phrase().actor().labelsEn().get(0);
            int begin = articleBegin(s, i, noun);
            Unit u = new Unit(s, i, lastOf(s, title), begin, title.end());
            u.type = ActorType.ORGANIZATION;
            u.key = "org/" + englishSlug(en);
            u.labelAr = original(begin, title.end());
            u.labelEn = en;
            return u;
        }
        if (!isKind(title, Phrase.Kind.OFFICE) || !title.prefix().endsWith("ل") || title.phrase().term().labelsEn().isEmpty()) {
            return null;
        }
        int last = lastOf(s, title);
        int whoseAt = last + 1;
        Match whose = at(s, whoseAt);
        ActorEntry country = null;
        if ((isKind(whose, Phrase.Kind.DEMONYM) || isActor(whose, ActorType.COUNTRY)) && whose.prefix().isEmpty()) {
            country = whose.phrase().actor();
            last = lastOf(s, whose);
        }
        String en = nounEn + " of the " + title.phrase().term().labelsEn().get(0);
        int begin = articleBegin(s, i, noun);
        Unit u = new Unit(s, i, last, begin, tok(s, last).end());
        u.type = ActorType.ORGANIZATION;
        u.institution = new Term(englishSlug(en), List.of(original(begin, title.end())), List.of(en), List.of(), List.of(),
                Map.of(), Map.of());
        if (country != null) {
            qualify(u, s, whoseAt, last, whose, country);
            institutionOf(u, country, original(begin, tok(s, last).end()));
        } else {
            u.pending = Unit.Pending.FOCAL_COUNTRY;
        }
        return u;
    }

    /** The body named at token {@code i} by one of these shapes, or null. */
    Unit bodyAt(int s, int i) {
        Unit u = forPurpose(s, i);
        if (u == null) {
            u = placed(s, i);
        }
        if (u == null) {
            u = ofPlace(s, i);
        }
        if (u == null) {
            u = genitiveName(s, i);
        }
        return u != null ? u : paramilitary(s, i);
    }

    /**
     * "محكمة دلهي العليا"، "مجلس مومباسا"، "شرطة كيبيك": a body noun (lexv:InstitutionNoun) without the article in
     * construct before a listed place of a country, then any words of a body's rank the lexicon translates (lexv:BodyWord
     * with the article: العليا): the place's own body, a body of the place's country, named "Supreme Court of Delhi".
     * The place is a unit inside it. Null otherwise.
     */
    private Unit ofPlace(int s, int i) {
        Match noun = cue(s, i, Cues.INSTITUTION_NOUN);
        if (noun == null || lastOf(s, noun) != i || noun.end() != tok(s, i).end() || hasArticle(tok(s, i))
                || i + 1 >= size(s)) {
            return null;
        }
        Match where = at(s, i + 1);
        if (!isActor(where, ActorType.PLACE) || !where.prefix().isEmpty() || where.begin() != tok(s, i + 1).begin()) {
            return null;
        }
        ActorEntry place = where.phrase().actor();
        ActorEntry country = place.countryKey() == null ? null : lex.actors.get(place.countryKey());
        if (country == null) {
            return null;
        }
        int last = lastOf(s, where);
        StringBuilder rank = new StringBuilder();
        StringBuilder slug = new StringBuilder();
        while (last + 1 < size(s) && tok(s, last + 1).isWord() && hasArticle(tok(s, last + 1))) {
            Term t = lex.bodyWords.get(tok(s, last + 1).norm());
            if (t == null || t.labelsEn().isEmpty() || "after".equals(t.property("englishOrder"))) {
                break;
            }
            rank.append(t.labelsEn().get(0)).append(' ');
            slug.append('-').append(Transliterator.slug(t.labelsEn().get(0).toLowerCase(Locale.ROOT)));
            last++;
        }
        Term nounTerm = noun.phrase().term();
        String en = nounTerm.labelsEn().isEmpty() ? Transliterator.label(nounTerm.key()) : nounTerm.labelsEn().get(0);
        String placeEn = place.labelsEn().isEmpty() ? Transliterator.label(where.phrase().tokens()[0]) : place.labelsEn().get(0);
        Unit u = new Unit(s, i, last, noun.begin(), tok(s, last).end());
        Unit city = new Unit(s, i + 1, lastOf(s, where), where.begin(), where.end());
        city.actor(place);
        city.qualifier = true;
        u.inner.add(city);
        u.type = ActorType.ORGANIZATION;
        u.key = "org/" + iso(country) + "/" + nounTerm.key().substring(nounTerm.key().lastIndexOf('/') + 1) + "-"
                + place.key().substring(place.key().lastIndexOf('/') + 1) + slug;
        u.labelAr = original(noun.begin(), tok(s, last).end());
        u.labelEn = rank + en + " of " + placeEn;
        u.countryKey = country.key();
        return u;
    }

    /**
     * "مديرية التنفيذ"، "مجلس السلم والأمن"، "هيئة الرقابة الإدارية": a body noun (lexv:InstitutionNoun) without the
     * article in construct before one to three nouns of its field, each with the article (و before a later one joins
     * it), where the name visibly ends: a body of the article's country named by those words. A longer chain, a
     * nisba after it (read by the nisba's patterns) or a word of a place or of the state (مجلس المدينة، مكتب البلاد:
     * whose, not what for) is no such name. Null otherwise.
     */
    private Unit genitiveName(int s, int i) {
        Match noun = cue(s, i, Cues.INSTITUTION_NOUN);
        if (noun == null || lastOf(s, noun) != i || noun.end() != tok(s, i).end() || hasArticle(tok(s, i))) {
            return null;
        }
        int k = i + 1;
        while (k < size(s) && k - i <= 4 && tok(s, k).isWord()
                && (hasArticle(tok(s, k)) && !tok(s, k).norm().startsWith("لل") && !prepositional(tok(s, k))
                    || k > i + 1 && tok(s, k).norm().startsWith("وال"))
                && fieldWord(s, k) && cue(s, k, Cues.PLACE_NOUN) == null && cue(s, k, Cues.STATE_REFERENCE) == null
                && cue(s, k, Cues.BELONGING_WORD) == null) {
            k++;
        }
        if (k == i + 1 || k - i > 4) {
            return null;
        }
        if (k < size(s) && (isKind(at(s, k), Phrase.Kind.DEMONYM)
                || tok(s, k).isWord() && hasArticle(tok(s, k)) && !prepositional(tok(s, k)))) {
            return null;
        }
        return body(s, i, k - 1, noun);
    }

    /**
     * "بالحد"، "كالعادة": a definite word after the preposition ب or ك opens a phrase of the clause (هيئة الاتصالات
     * بالحد من الرسائل: the authority, by limiting messages), never another word of a body's name; a genitive لل is.
     */
    private static boolean prepositional(Token t) {
        String w = t.norm();
        return w.startsWith("بال") || w.startsWith("كال") || w.startsWith("وبال");
    }

    /**
     * "مجلس السلم والأمن التابع للاتحاد الأفريقي"، "لجنة الانتخابات التابعة للأمم المتحدة": a body noun
     * (lexv:InstitutionNoun) without the article, one to four words of its field each with the article (و before one
     * joins it), then a word saying whose it is (lexv:BelongingWord: التابع) and لـ with a known organisation or country:
     * that owner's body, named in English by the field's words in their order (translated where the lexicon can),
     * the noun and "of" the owner; the owner is a unit inside it. Null otherwise.
     */
    Unit belongingTo(int s, int i) {
        Match noun = cue(s, i, Cues.INSTITUTION_NOUN);
        if (noun == null || lastOf(s, noun) != i || noun.end() != tok(s, i).end() || hasArticle(tok(s, i))) {
            return null;
        }
        int k = i + 1;
        while (k < size(s) && k - i <= 4 && tok(s, k).isWord() && cue(s, k, Cues.BELONGING_WORD) == null
                && (hasArticle(tok(s, k)) || tok(s, k).norm().startsWith("وال")) && !tok(s, k).norm().startsWith("لل")
                && fieldWord(s, k)) {
            k++;
        }
        Match belonging = k < size(s) ? cue(s, k, Cues.BELONGING_WORD) : null;
        if (k == i + 1 || belonging == null || lastOf(s, belonging) != k || k + 1 >= size(s)) {
            return null;
        }
        Match owner = at(s, k + 1);
        if (!(isActor(owner, ActorType.ORGANIZATION) || isActor(owner, ActorType.COUNTRY)) || !owner.prefix().endsWith("ل")
                || owner.phrase().actor().labelsEn().isEmpty()) {
            return null;
        }
        StringBuilder en = new StringBuilder();
        StringBuilder norm = new StringBuilder(noun.phrase().tokens()[0]);
        for (int x = i + 1; x < k; x++) {
            String w = tok(s, x).norm();
            boolean and = w.startsWith("و") && !lex.bodyWords.containsKey(w);
            en.append(and ? "and " : "").append(englishWord(s, x, and ? w.substring(1) : w)).append(' ');
            norm.append(' ').append(w);
        }
        Term nounTerm = noun.phrase().term();
        ActorEntry o = owner.phrase().actor();
        en.append(nounTerm.labelsEn().isEmpty() ? Transliterator.label(nounTerm.key()) : nounTerm.labelsEn().get(0))
                .append(" of ").append(o.type() == ActorType.ORGANIZATION ? "the " : "").append(o.labelsEn().get(0));
        int last = lastOf(s, owner);
        Unit u = new Unit(s, i, last, noun.begin(), owner.end());
        u.type = ActorType.ORGANIZATION;
        u.key = (o.type() == ActorType.COUNTRY ? "org/" + iso(o) : o.key()) + "/" + Transliterator.slug(norm.toString());
        u.labelAr = original(noun.begin(), owner.end());
        u.labelEn = en.toString();
        u.transliterated = true;
        u.countryKey = o.type() == ActorType.COUNTRY ? o.key() : null;
        Unit whose = new Unit(s, k + 1, last, owner.begin(), owner.end());
        whose.actor(o);
        whose.qualifier = true;
        u.inner.add(whose);
        return u;
    }

    /**
     * Whether the word at {@code k} may be a word of a body's field: no name, nisba or title read there, no function
     * word. A verb or verbal noun read in it is a noun of the field here (السلم is no "handed over" after the article).
     */
    private boolean fieldWord(int s, int k) {
        Match m = at(s, k);
        return (m == null || isKind(m, Phrase.Kind.CUE) || isKind(m, Phrase.Kind.TRIGGER)) && cover.get(s)[k] == null
                && !nameStop(s, k) && cue(s, k, Cues.PREPOSITION) == null;
    }

    /**
     * "أمرت محكمة في مدينة لاباز بحبس"، "قررت محكمة في إسطنبول": a body noun that may be placed (lexv:placedBody)
     * without the article, then في, a place noun or not (مدينة) and a known city or country: that place's body, a
     * body of the place's country (the court of that city), named "Court in La Paz". The place is a unit inside it.
     */
    private Unit placed(int s, int i) {
        Match noun = cue(s, i, Cues.INSTITUTION_NOUN);
        if (noun == null || !true_(noun.phrase().term(), "placedBody") || lastOf(s, noun) != i
                || noun.end() != tok(s, i).end() || hasArticle(tok(s, i)) || i + 2 >= size(s)
                || !tok(s, i + 1).norm().equals("في")) {
            return null;
        }
        int k = i + 2;
        if (cue(s, k, Cues.PLACE_NOUN) != null && at(s, k + 1) != null) {
            k = lastOf(s, cue(s, k, Cues.PLACE_NOUN)) + 1;
        }
        Match where = k < size(s) ? at(s, k) : null;
        ActorEntry place = where != null && (isActor(where, ActorType.PLACE) || isActor(where, ActorType.COUNTRY))
                && where.prefix().isEmpty() ? where.phrase().actor() : null;
        ActorEntry country = place == null ? null
                : place.type() == ActorType.COUNTRY ? place : lex.actors.get(place.countryKey());
        if (country == null) {
            return null;
        }
        int last = lastOf(s, where);
        Match nisba = at(s, last + 1);
        if (isKind(nisba, Phrase.Kind.DEMONYM) && nisba.prefix().isEmpty() && nisba.phrase().actor().key().equals(country.key())) {
            // "محكمة في مدينة لاباز البوليفية": the nisba of the city's country is the city's, no actor after the court
            last = lastOf(s, nisba);
        }
        Unit u = new Unit(s, i, last, noun.begin(), tok(s, last).end());
        Unit city = new Unit(s, k, lastOf(s, where), where.begin(), where.end());
        city.actor(place);
        city.locative = true;
        u.inner.add(city);
        u.type = ActorType.ORGANIZATION;
        Term nounTerm = noun.phrase().term();
        String en = nounTerm.labelsEn().isEmpty() ? nounTerm.key() : nounTerm.labelsEn().get(0);
        String placeEn = place.labelsEn().isEmpty() ? Transliterator.label(where.phrase().tokens()[0]) : place.labelsEn().get(0);
        u.key = "org/" + iso(country) + "/" + nounTerm.key().substring(nounTerm.key().lastIndexOf('/') + 1) + "-"
                + place.key().substring(place.key().lastIndexOf('/') + 1);
        u.labelAr = original(noun.begin(), where.end());
        u.labelEn = en + " in " + placeEn;
        u.transliterated = false;
        u.countryKey = country.key();
        return u;
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
        Match noun = cue(s, i, Cues.INSTITUTION_NOUN);
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
                && cue(s, k, Cues.PREPOSITION) == null && !nameStop(s, k)) {
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
            qualify(u, s, nisba.first() - base(s), lastOf(s, nisba), nisba, country);
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
        Match noun = cue(s, i, Cues.INSTITUTION_NOUN);
        if (noun == null || lastOf(s, noun) != i) {
            return null;
        }
        boolean definite = hasArticle(tok(s, i));
        int k = i + 1;
        if (definite && k < size(s) && tok(s, k).isWord() && !tok(s, k).norm().startsWith("ل") && hasArticle(tok(s, k))
                && plainWord(s, k)) {
            k++;
        } else if (!definite && k < size(s) && tok(s, k).isWord() && lex.bodyWords.containsKey("ال" + tok(s, k).norm())
                && (plainWord(s, k) || isKind(at(s, k), Phrase.Kind.CUE) && cover.get(s)[k] == null && !nameStop(s, k))) {
            // an indefinite noun with an adjective is a body to come or of any kind (لجنة مشتركة لمراقبة الهدنة),
            // unless the adjective is one of a body's rank or standing (لجنة عليا لمكافحة الفساد: a supreme committee;
            // عليا may be read as على with a suffix, no preposition here)
            k++;
        }
        if (k >= size(s) || !tok(s, k).isWord() || !tok(s, k).norm().startsWith("ل") || tok(s, k).norm().length() < 4
                || !plainWord(s, k) || cue(s, k, Cues.PREPOSITION) != null || nameStop(s, k)) {
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
        Match noun = cue(s, i, Cues.ARMED_FORCE_NOUN);
        if (noun == null || lastOf(s, noun) != i) {
            return null;
        }
        for (int k = i + 1; k <= i + 2 && k < size(s); k++) {
            if (!tok(s, k).isWord() || !plainWord(s, k)) {
                return null;
            }
            Match marker = cue(s, k + 1, Cues.PARAMILITARY_MARKER);
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
        boolean plain = m == null || (isKind(m, Phrase.Kind.CUE) && lastOf(s, m) == k && cue(s, k, Cues.NAME_WORD) != null);
        return plain && cover.get(s)[k] == null && !nameStop(s, k);
    }

    /**
     * The body a title names before its holder (UnitFinder reads the words): the noun at {@code i} and the words up
     * to {@code last}, labelled like any body of this class; a nisba at {@code nisbaAt} (-1: none) makes it that
     * country's, else it is the article's country's.
     */
    Unit bodyOfWords(int s, int i, int last, Match noun, int nisbaAt) {
        if (nisbaAt < 0) {
            return body(s, i, last, noun);
        }
        Unit u = body(s, i, nisbaAt - 1, noun);
        Match nisba = at(s, nisbaAt);
        ActorEntry country = nisba.phrase().actor();
        u.last = nisbaAt;
        u.end = tok(s, nisbaAt).end();
        u.pending = Unit.Pending.NONE;
        u.key = "org/" + iso(country) + "/" + u.institution.key();
        u.labelAr = u.institution.labelsAr().get(0) + " " + original(tok(s, nisbaAt).begin(), u.end);
        u.labelEn = u.institution.labelsEn().get(0) + " (" + (country.labelsEn().isEmpty() ? iso(country)
                : country.labelsEn().get(0)) + ")";
        u.institution = null;
        u.countryKey = country.key();
        qualify(u, s, nisbaAt, nisbaAt, nisba, country);
        return u;
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
            if (t == null && !w.startsWith("ل")) {
                // عليا: an adjective of an indefinite body, filed with the article
                t = lex.bodyWords.get("ال" + w);
            }
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
