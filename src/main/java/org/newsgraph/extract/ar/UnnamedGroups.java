package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.Term;

/**
 * Groups the lexicon does not list, told by what they are: a plural noun of people or armed bodies (lexv:GroupNoun)
 * and the adjectives after it (lexv:GroupQualifier): "جماعات إجرامية منظمة"، "شبان غاضبون"، "الجنود المفصولون"،
 * "وحدات ظلت موالية للحكومة". Each such phrase is a group actor of its own, kept only when it does or undergoes an
 * act ({@link Unit#storyOnly}): a plural noun with an adjective is as often a description as an actor. The same
 * group is taken up again by the same noun with some of its adjectives, by a demonstrative and the noun (هؤلاء
 * الجنود، هذه الجماعات), by the noun alone with the article, and by the members of it (أفراد هذه الجماعات). Runs once
 * the lexicon's actors and the crowds are read, so a name or a crowd the rules before know stays theirs. A singular
 * noun of one man (lexv:oneMan: حارس شخصي، رجل ملثم) so described is a person, the doer of an attack no name is given
 * for; adjectives of groups after a group the lexicon names (مسلحون مجهولون) are part of its mention.
 */
final class UnnamedGroups extends Stage {

    private final UnitFinder unitFinder;
    private final ActorResolver resolver;
    /** The groups made so far in the article, in order: what a later mention may take up. */
    private final List<Made> made = new ArrayList<>();

    private record Made(String noun, Set<String> qualifiers, Unit unit) {
    }

    /** The start of the key of a group of followers ({@link #findSupporters}): group/supporters-of-evo-morales. */
    private static final String FOLLOWERS = "group/supporters-of-";

    UnnamedGroups(Stage shared, UnitFinder unitFinder, ActorResolver resolver) {
        super(shared);
        this.unitFinder = unitFinder;
        this.resolver = resolver;
    }

    /**
     * "وفي موسكو، تظاهر أمس نحو مئة ألف شخص"، "احتشد عشرون ألف متظاهر في باريس": a count of people (a day word before
     * it or not, a noun of the people counted after it or not, then no word but a preposition of place, a word of what
     * the protest is against or a day word) right after a verb of protest whose trigger gives the
     * group of its doers (lexv:crowdOf), in a sentence that puts the protest in a place (a place after في, before
     * or after the verb) of another country than the article's, is a crowd of its own: the protesters of that place,
     * not the article's protesters. The count stays a number of them (the unit is partitive).
     */
    void findDistantCrowds(int s) {
        Unit[] c = cover.get(s);
        ActorEntry focal = resolver.focal();
        for (int i = 0; i < size(s) && focal != null; i++) {
            Match verb = protestVerb(s, i);
            if (verb == null) {
                continue;
            }
            int first = lastOf(s, verb) + 1;
            Match day = cue(s, first, Cues.DATE_WORD);
            if (day != null) {
                first = lastOf(s, day) + 1;
            }
            int begin = first < size(s) ? tok(s, first).begin() : 0;
            Match approx = cue(s, first, Cues.APPROXIMATE_MARKER);
            if (approx != null) {
                first = lastOf(s, approx) + 1;
            }
            int last = first - 1;
            while (last + 1 < size(s) && c[last + 1] == null && (tok(s, last + 1).kind() == Token.Kind.NUMBER
                    || cue(s, last + 1, Cues.NUMBER_WORD) != null)) {
                Match w = cue(s, last + 1, Cues.NUMBER_WORD);
                last = w != null ? lastOf(s, w) : last + 1;
            }
            if (last < first) {
                continue;
            }
            Match noun = last + 1 < size(s) && c[last + 1] == null ? cue(s, last + 1, Cues.COUNTED_NOUN) : null;
            if (noun != null && noun.phrase().term().property("crowdOf") != null) {
                last = lastOf(s, noun);
            }
            int next = last + 1;
            if (next < size(s) && tok(s, next).isWord() && cue(s, next, Cues.LOCATIVE_PREPOSITION) == null
                    && cue(s, next, Cues.PROTEST_TARGET_MARKER) == null && cue(s, next, Cues.DATE_WORD) == null) {
                // "تظاهر آلاف الطلاب"، "مئات من أنصار المعارضة": the words after say who they are
                continue;
            }
            Unit place = placeOf(s, i, last);
            String country = place == null ? null : place.type == ActorType.COUNTRY ? place.key : place.countryKey;
            if (country == null || country.equals(focal.key())) {
                continue;
            }
            Unit u = new Unit(s, first, last, begin, tok(s, last).end());
            u.type = ActorType.GROUP;
            u.key = "group/protesters-in-" + Transliterator.slug(place.key.substring(place.key.indexOf('/') + 1));
            u.labelAr = original(begin, tok(s, last).end());
            u.labelEn = "protesters in " + (place.labelEn == null ? Transliterator.label(place.key) : place.labelEn);
            u.partitive = true;
            u.inner.add(place);
            unitFinder.add(s, u);
            i = last;
        }
    }

    /** A verb of protest (no verbal noun, no article) at {@code i} whose doers lexv:crowdOf names and that needs no object. */
    private Match protestVerb(int s, int i) {
        for (Match m : triggersAt(s, i)) {
            if (m.phrase().term().property("crowdOf") != null && m.phrase().term().property("needsObject") == null
                    && m.phrase().voice() != Phrase.Voice.NOUN && !tok(s, i).norm().startsWith("ال")) {
                return m;
            }
        }
        return null;
    }

    /**
     * Where the protest of the verb at {@code verb} stands: the last place (a capital may stand for its state) after a
     * locative preposition before the verb (وفي موسكو، تظاهر), else the first one after the count that ends at
     * {@code last} in the verb's clause (تظاهر الآلاف في باريس); null when none.
     */
    private Unit placeOf(int s, int verb, int last) {
        Unit before = null;
        Unit after = null;
        int[] clause = clauses(s);
        for (Unit u : units.get(s)) {
            if (!u.locative || !(u.type == ActorType.PLACE || u.type == ActorType.COUNTRY) || !u.resolved()) {
                continue;
            }
            if (u.last < verb && (before == null || u.last > before.last)) {
                before = u;
            } else if (u.first > last && clause[u.first] == clause[verb] && (after == null || u.first < after.first)) {
                after = u;
            }
        }
        return before != null ? before : after;
    }

    /**
     * "خرج مئات من أنصار الانقلابيين"، "اعتقلت الشرطة المئات من أنصار الرئيس"، "دعا فلان أنصاره إلى الإضراب": a noun of
     * followers (lexv:FollowerNoun) in construct with an actor (a title and the name after it, both), or with a
     * pronoun for a person or body before it in its sentence, is a group of its own, the supporters of that actor:
     * they march, are arrested and are called, not the leader or party they follow (who stays named inside the
     * group). One key for each actor followed: "أنصار فلان" and "أنصاره" said of him are one group. Kept only when it
     * does or undergoes an act: "من أبرز أنصار الإصلاح" in a biography is no party to the story.
     */
    void findSupporters(int s) {
        Unit[] c = cover.get(s);
        for (int i = 0; i < size(s); i++) {
            Match m = c[i] == null ? cue(s, i, Cues.FOLLOWER_NOUN) : null;
            if (m == null || lastOf(s, m) != i || hasArticle(tok(s, i))) {
                continue;
            }
            boolean suffixed = m.end() != tok(s, i).end();
            Unit followed;
            int last = i;
            if (suffixed) {
                followed = possessorBefore(s, i);
            } else {
                Unit x = i + 1 < size(s) ? c[i + 1] : null;
                followed = x != null && x.first == i + 1 && x.resolved() && !x.locative && x.type != ActorType.PLACE
                        && !followers(x) ? x : null;
                last = followed == null ? i : followed.last;
                Unit same = followed == null || last + 1 >= size(s) ? null : c[last + 1];
                if (same != null && same.first == last + 1 && same != followed && followed.key.equals(same.key)) {
                    // "أنصار الرئيس فلان": the title and the name after it, two mentions of one man, both followed
                    last = same.last;
                }
            }
            if (followed == null || followed.key == null) {
                continue;
            }
            int begin = tok(s, i).offsetOf(m.prefix().length());
            Unit u = new Unit(s, i, last, begin, tok(s, last).end());
            u.type = ActorType.GROUP;
            u.key = FOLLOWERS + followed.key.substring(followed.key.indexOf('/') + 1).toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-");
            u.labelAr = original(begin, tok(s, last).end());
            u.labelEn = supportersLabel(followed);
            u.storyOnly = true;
            // "دعا فلان أنصاره إلى"، "حث الوزير أنصار الرئيس على": whom the call turns to, never who makes it
            u.addressed = addressingVerb(s, i) != null;
            if (suffixed) {
                u.followed = followed;
            } else {
                for (int k = i + 1; k <= last; k++) {
                    if (c[k] != null && !u.inner.contains(c[k])) {
                        u.inner.add(c[k]);
                        units.get(s).remove(c[k]);
                    }
                }
            }
            unitFinder.add(s, u);
            i = last;
        }
    }

    /** Whether {@code u} is the followers of some actor ({@link #findSupporters}): a crowd, whoever leads it. */
    static boolean followers(Unit u) {
        return u.key != null && u.key.startsWith(FOLLOWERS);
    }

    /** Whether {@code u} is the followers of the actor of {@code key} ({@link #findSupporters}). */
    static boolean follows(Unit u, String key) {
        return followers(u) && (u.followed != null && key.equals(u.followed.key)
                || u.inner.stream().anyMatch(x -> key.equals(x.key)));
    }

    /**
     * The English name of the followers of {@code followed} as the press writes it: a man's by his surname before
     * the noun (Morales supporters, Navalny supporters), a body's or a group's after it (supporters of the Socialist
     * Party).
     */
    private static String supportersLabel(Unit followed) {
        String name = followed.labelEn == null ? Transliterator.label(followed.key) : followed.labelEn;
        if (followed.isPerson()) {
            String[] words = name.split(" ");
            return words[words.length - 1] + " supporters";
        }
        return "supporters of " + name;
    }

    /**
     * Whom the pronoun on a noun of followers at {@code i} stands for: the nearest person before it in its sentence
     * (دعا الرئيس فلان أنصاره، ظهر فلان على شاشة قناة كذا ودعا أنصاره), else the nearest organisation (دعا الحزب
     * أنصاره); none after a preposition (أشاد بالحكومة، ودعا أنصاره: not the government's). Null when the sentence
     * names none: the pronoun then stands for a subject told before, which this sentence does not give.
     */
    private Unit possessorBefore(int s, int i) {
        Unit person = null;
        Unit body = null;
        for (Unit x : units.get(s)) {
            if (x.last >= i || !x.resolved() || x.locative || x.qualifier || x.prepositional) {
                continue;
            }
            if (x.type == ActorType.PERSON && (person == null || x.last > person.last)) {
                person = x;
            } else if (x.type == ActorType.ORGANIZATION && (body == null || x.last > body.last)) {
                body = x;
            }
        }
        return person != null ? person : body;
    }

    /** The groups of sentence {@code s}, and the mentions that take up a group named before. */
    void findGroups(int s) {
        Unit[] c = cover.get(s);
        for (int i = 0; i < size(s); i++) {
            if (c[i] != null) {
                if (addressedNation(s, i)) {
                    c[i].addressed = true;
                    c[i].qualifier = false;
                }
                qualifiedGroup(s, c[i], i);
                continue;
            }
            Unit u = described(s, i);
            if (u == null) {
                u = takenUp(s, i);
            }
            if (u == null) {
                u = addressedPeople(s, i);
            }
            if (u != null) {
                u.storyOnly = true;
                membersBefore(s, u);
                unitFinder.add(s, u);
                i = u.last;
            }
        }
    }

    /**
     * "مسلحون مجهولون"، "المسلحين الملثمين": a group the lexicon names (ending at {@code i}) with adjectives of groups
     * after it (lexv:GroupQualifier, the article on all or none, no word written on them) is the same group, the
     * adjectives part of its mention: no description of a group of its own, and nothing between the group and its
     * verb (إن مسلحين مجهولين هاجموا) or between the group and what follows it (أطلق مسلحون مجهولون النار عليه).
     */
    private void qualifiedGroup(int s, Unit u, int i) {
        if (u.last != i || u.type != ActorType.GROUP || !u.resolved()) {
            return;
        }
        boolean definite = hasArticle(tok(s, i));
        int last = i;
        Match q;
        while (last + 1 < size(s) && cover.get(s)[last + 1] == null
                && (q = cue(s, last + 1, Cues.GROUP_QUALIFIER)) != null && lastOf(s, q) == last + 1
                && q.prefix().isEmpty() && q.end() == tok(s, last + 1).end() && hasArticle(tok(s, last + 1)) == definite
                && !true_(q.phrase().term(), "takesWhom")) {
            last++;
        }
        for (int k = i + 1; k <= last; k++) {
            cover.get(s)[k] = u;
        }
        if (last > i) {
            u.last = last;
            u.end = tok(s, last).end();
        }
    }

    /**
     * "ودعا الرئيس الإثيوبيين إلى الوقوف صفا واحدا"، "ودعت الوزارة الكينيين إلى وقف العنف": whether the mention of a
     * country at {@code i} is a plural nisba (the article on it, nothing else written on it, in ين) that is the object
     * of a verb addressed to someone, before what it asks: the country's people turned to, whom the call is aimed at
     * ({@link Unit#addressed}), never the verb's subject (read so, ودعا الإثيوبيين was Ethiopia calling, and whom
     * the call turned to was lost) nor an adjective of the subject before it (ودعت الخارجية الأميركية الكينيين). The
     * golds name such a people by its country, so the mention stays the country's. Not after a word that is no
     * actor's and no trigger's, a noun it may qualify (داعيا القادة العراقيين إلى: the Iraqi leaders; ودعا في كلمته
     * الكينيين, where who calls is less sure), nor when what is asked is an act on an actor (دعا العراقيين إلى دعم
     * الحكومة: the call is about the government).
     */
    private boolean addressedNation(int s, int i) {
        Unit mention = cover.get(s)[i];
        Match m = at(s, i);
        if (mention.first != i || mention.last != i || mention.type != ActorType.COUNTRY || !isKind(m, Phrase.Kind.DEMONYM)
                || lastOf(s, m) != i || !m.prefix().isEmpty() || m.end() != tok(s, i).end() || !hasArticle(tok(s, i))
                || !tok(s, i).norm().endsWith("ين") || i == 0 || i + 1 >= size(s)
                || cue(s, i - 1, Cues.PREPOSITION) != null || isQuote(tok(s, i - 1))
                || tok(s, i - 1).isWord() && cover.get(s)[i - 1] == null && triggersAt(s, i - 1).isEmpty()) {
            return false;
        }
        Term verb = addressingVerb(s, i);
        if (verb == null) {
            return false;
        }
        Token next = tok(s, i + 1);
        String w = next.norm();
        boolean asks = lex.normalizedValues(verb, "contentMarker").contains(w) || isQuote(next) || COMMAS.contains(w)
                || next.isWord() && w.length() > 3 && w.startsWith("ب");
        return asks && !askedOfActor(s, i + 1, verb);
    }

    /**
     * "ودعا الرئيس، في كلمة متلفزة، المواطنين إلى الهدوء"، "حث الشعب البوليفي على"، "وطالب السكان بالتزام منازلهم":
     * the people of a country (lexv:PeopleNoun, a nisba after it or not saying whose) as the object of a verb
     * addressed to someone (lexv:addressee), before what it asks (one of its lexv:contentMarker words, a word with
     * ب, a quotation mark or a comma), is whom the call addresses: a group of its own, the noun's English its label,
     * kept only when an event has it. The same nouns elsewhere (the people killed, banned from travel, counted) are
     * no actor: a people is seldom one of the story's parties but when a leader turns to it.
     */
    private Unit addressedPeople(int s, int i) {
        Match n = cover.get(s)[i] == null ? cue(s, i, Cues.PEOPLE_NOUN) : null;
        if (n == null || lastOf(s, n) != i || n.end() != tok(s, i).end() || !n.prefix().isEmpty()
                || i > 0 && (cue(s, i - 1, Cues.PREPOSITION) != null || isQuote(tok(s, i - 1)))) {
            // "رئيس وزراء "من الشعب"": after a preposition or a quotation mark the noun is no object of the call
            return null;
        }
        Term verb = addressingVerb(s, i);
        if (verb == null) {
            return null;
        }
        int last = i;
        // the nisba may stand as a mention of its country already (الشعب الكيني): it stays one, inside the group
        Match nisba = i + 1 < size(s) ? at(s, i + 1) : null;
        Unit mention = i + 1 < size(s) ? cover.get(s)[i + 1] : null;
        ActorEntry whose = null;
        if (isKind(nisba, Phrase.Kind.DEMONYM) && nisba.prefix().isEmpty() && hasArticle(tok(s, i + 1))
                && lastOf(s, nisba) == i + 1 && nisba.phrase().actor() != null
                && (mention == null || mention.first == i + 1 && mention.last == i + 1)) {
            whose = nisba.phrase().actor();
            last = i + 1;
        }
        if (last + 1 >= size(s)) {
            return null;
        }
        Token next = tok(s, last + 1);
        String w = next.norm();
        boolean asks = lex.normalizedValues(verb, "contentMarker").contains(w) || isQuote(next) || COMMAS.contains(w)
                || next.isWord() && w.length() > 3 && w.startsWith("ب");
        if (!asks || askedOfActor(s, last + 1, verb)) {
            return null;
        }
        if (whose == null && n.phrase().term().property("standsFor") != null) {
            // "دعا المواطنين إلى الهدوء" in a story of one country: its people, as "الشعب السوداني" there is; two
            // groups for one people would split the calls made to it
            whose = resolver.focal();
        }
        String of = whose == null || whose.labelsEn().isEmpty() ? null : whose.labelsEn().get(0);
        String en = english(n.phrase().term()) + (of == null ? "" : " of " + of);
        Unit u = new Unit(s, i, last, begin(s, i, n), tok(s, last).end());
        u.type = ActorType.GROUP;
        u.addressed = true;
        u.labelEn = en;
        u.labelAr = original(u.begin, u.end);
        // the people and the citizens of one country are one group (lexv:standsFor), named by a nisba or by the
        // story's country; with neither, the group the noun stands for
        String same = n.phrase().term().property("standsFor");
        String named = same != null && of != null ? same.substring(same.indexOf('/') + 1) + " of " + of : en;
        u.key = same != null && of == null ? same
                : "group/" + named.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (whose != null && mention != null) {
            u.inner.add(mention);
        }
        return u;
    }

    /**
     * "دعا الشعب إلى دعم الحكومة"، "حث المواطنين على الالتفاف حول الرئيس": whether what the people are asked, after
     * the verb's lexv:contentMarker at {@code k}, is an act on an actor named within three words (the verbal noun, a
     * preposition): the call is about that actor, its target, and the people are only who is to act.
     */
    private boolean askedOfActor(int s, int k, Term verb) {
        if (!lex.normalizedValues(verb, "contentMarker").contains(tok(s, k).norm())) {
            return false;
        }
        for (int j = k + 2; j < size(s) && j <= k + 3; j++) {
            Unit u = cover.get(s)[j];
            if (u != null && u.first == j && u.type != ActorType.PLACE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The trigger of the verb addressed to someone (lexv:addressee, not its verbal noun) that the word at {@code i}
     * may be the object of: the nearest verb of a trigger before it, within twelve words of its sentence (its
     * subject, a date, how it was said between); null when the nearest is another trigger's verb or none is.
     */
    private Term addressingVerb(int s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
            String w = tok(s, k).norm();
            if (w.equals(".") || w.equals("؛") || w.equals(":")) {
                return null;
            }
            List<Match> readings = triggersAt(s, k);
            for (Match m : readings) {
                if (true_(m.phrase().term(), "addressee") && m.phrase().voice() != Phrase.Voice.NOUN) {
                    return m.phrase().term();
                }
            }
            // "في خطاب ألقاه": a verbal noun of how the call was made stands between; another verb does not
            if (readings.stream().anyMatch(m -> m.phrase().voice() != Phrase.Voice.NOUN)) {
                return null;
            }
        }
        return null;
    }

    /** The group noun at token {@code i}: one word, nothing written on it after the noun; or null. */
    private Match noun(int s, int i) {
        Match n = i < size(s) && cover.get(s)[i] == null ? cue(s, i, Cues.GROUP_NOUN) : null;
        return n != null && lastOf(s, n) == i && n.end() == tok(s, i).end() ? n : null;
    }

    /**
     * "جماعات إجرامية منظمة"، "مجموعات من الشبان الغاضبين": a group noun and one or more adjectives of groups after it,
     * the article on all or none; a noun of groups before من and a definite group noun is groups of those (the
     * actor is the second noun with its adjectives). A word of loyalty (lexv:takesWhom) takes in لـ and the actor
     * after it. Null when no adjective follows.
     */
    private Unit described(int s, int i) {
        Match n = noun(s, i);
        if (n == null) {
            return null;
        }
        Match head = n;
        int k = i + 1;
        if (k + 1 < size(s) && tok(s, k).norm().equals("من") && !hasArticle(tok(s, i)) && noun(s, k + 1) != null
                && hasArticle(tok(s, k + 1))) {
            head = noun(s, k + 1);
            k += 2;
        }
        int headAt = head.first() - base(s);
        boolean definite = hasArticle(tok(s, headAt));
        List<Term> qualifiers = new ArrayList<>();
        Unit whom = null;
        int last = -1;
        while (k < size(s) && whom == null) {
            int j = k;
            Match remain = qualifiers.isEmpty() && !definite ? cue(s, j, Cues.REMAIN_VERB) : null;
            if (remain != null) {
                j = lastOf(s, remain) + 1;
            }
            Match q = j < size(s) && cover.get(s)[j] == null ? cue(s, j, Cues.GROUP_QUALIFIER) : null;
            if (q == null || lastOf(s, q) != j || q.end() != tok(s, j).end() || hasArticle(tok(s, j)) != definite
                    || !(q.prefix().isEmpty() || (q.prefix().equals("و") && !qualifiers.isEmpty()))) {
                break;
            }
            qualifiers.add(q.phrase().term());
            last = j;
            k = j + 1;
            Unit after = k < size(s) ? cover.get(s)[k] : null;
            if (true_(q.phrase().term(), "takesWhom") && after != null && after.first == k && after.resolved()
                    && after.type != ActorType.PLACE && tok(s, k).norm().startsWith("ل")) {
                whom = after;
                last = after.last;
            }
        }
        if (qualifiers.isEmpty()) {
            return null;
        }
        Set<String> keys = new HashSet<>();
        qualifiers.forEach(q -> keys.add(q.key()));
        String nounKey = head.phrase().term().key();
        Unit u = new Unit(s, i, last, begin(s, i, n), tok(s, last).end());
        Made same = whom == null ? sameAs(nounKey, keys) : null;
        if (same != null) {
            u.sameActorAs(same.unit());
            return u;
        }
        StringBuilder en = new StringBuilder();
        for (int q = qualifiers.size() - 1; q >= 0; q--) {
            if (!true_(qualifiers.get(q), "takesWhom") || whom == null) {
                en.append(english(qualifiers.get(q))).append(' ');
            }
        }
        en.append(english(head.phrase().term()));
        if (whom != null) {
            en.append(" loyal to ").append(whom.labelEn == null ? Transliterator.label(whom.key) : whom.labelEn);
        }
        // "حارس شخصي": one man told by what he is (lexv:oneMan) is a person, under a key of no name
        boolean oneMan = true_(head.phrase().term(), "oneMan");
        u.type = oneMan ? ActorType.PERSON : ActorType.GROUP;
        u.labelEn = en.toString();
        u.labelAr = original(begin(s, headAt, head), tok(s, last).end());
        u.key = (oneMan ? "person/described-" : "group/")
                + u.labelEn.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (whom != null) {
            u.inner.add(whom);
        }
        made.add(new Made(nounKey, keys, u));
        return u;
    }

    /**
     * "هؤلاء الجنود"، "هذه الجماعات"، "الجماعات": a demonstrative and a definite group noun, or the definite noun
     * alone with no word after it in the article, takes up the last group made of that noun; null when none was.
     */
    private Unit takenUp(int s, int i) {
        Match demonstrative = cue(s, i, Cues.PLURAL_DEMONSTRATIVE);
        int at = demonstrative != null && lastOf(s, demonstrative) == i ? i + 1 : i;
        Match n = noun(s, at);
        if (n == null || !hasArticle(tok(s, at))) {
            return null;
        }
        if (at == i && at + 1 < size(s) && tok(s, at + 1).isWord() && hasArticle(tok(s, at + 1))) {
            // "الجنود الأمريكيون"، "الجماعات الإسلامية": a word with the article after it says which ones
            return null;
        }
        Made last = null;
        for (Made m : made) {
            if (m.noun().equals(n.phrase().term().key())) {
                last = m;
            }
        }
        if (last == null) {
            return null;
        }
        Unit u = new Unit(s, i, at, at == i ? begin(s, at, n) : demonstrative.begin(), tok(s, at).end());
        u.sameActorAs(last.unit());
        return u;
    }

    /** The group made before of this noun whose adjectives hold these or are held by them, the last one; or null. */
    private Made sameAs(String noun, Set<String> qualifiers) {
        Made found = null;
        for (Made m : made) {
            if (m.noun().equals(noun) && (m.qualifiers().containsAll(qualifiers) || qualifiers.containsAll(m.qualifiers()))) {
                found = m;
            }
        }
        return found;
    }

    /**
     * "أفراد هذه الجماعات"، "عناصر الجماعات الإجرامية": the members of a group (lexv:MemberNoun) right before it, a
     * quotation mark between or not, act as the group: the unit takes them in.
     */
    private void membersBefore(int s, Unit u) {
        int k = u.first - 1;
        if (k >= 0 && isQuote(tok(s, k))) {
            k--;
        }
        Match m = k >= 0 && cover.get(s)[k] == null ? cue(s, k, Cues.MEMBER_NOUN) : null;
        if (m != null && lastOf(s, m) == k && m.first() - base(s) == k && m.end() == tok(s, k).end()
                && !hasArticle(tok(s, k))) {
            u.first = k;
            u.begin = m.begin();
        }
    }

    /** Where the noun's mention begins: its article with it, its proclitics not. */
    private int begin(int s, int i, Match n) {
        int b = n.begin();
        return hasArticle(tok(s, i)) && b >= 2 && original(b - 2, b).equals("ال") ? b - 2 : b;
    }

    private static String english(Term t) {
        return t.labelsEn().isEmpty() ? t.key() : t.labelsEn().get(0);
    }
}
