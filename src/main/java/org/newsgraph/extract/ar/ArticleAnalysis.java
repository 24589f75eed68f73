package org.newsgraph.extract.ar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.HeldOffice;
import org.newsgraph.extract.lexicon.Term;
import org.newsgraph.read.Article;

/**
 * The analysis of one article, in passes: (1) lexicon forms and the units built from them (titles with or
 * without names, institutions, nisbas, capitals, place nouns), (2) the article's own country (the one named
 * most), which completes the units that needed it, and the holders of titles named alone, (3) surnames and
 * full names of people introduced earlier, (4) events, statements, quantities, dates, roles and relations,
 * sentence by sentence, and (5) the records. Sentences that only point to other articles (a line starting
 * with "اقرأ أيضا", the list of links closing a page) yield nothing.
 */
final class ArticleAnalysis {

    private static final Set<String> COMMAS = Set.of("،", ",");
    /** Pronoun suffixes of a possessed noun, longest first. */
    private static final List<String> PRONOUN_SUFFIXES = List.of("هما", "هم", "هن", "ها", "ه");
    /** Closing quotation marks and brackets at the end of a line. */
    private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile("[\"»”')\\s]+$");

    private final CompiledLexicon lex;
    private final ArabicText text;
    private final LocalDate published;
    private final int count;
    private final boolean[] boilerplate;
    private final List<Match[]> starts = new ArrayList<>();
    private final List<List<Unit>> units = new ArrayList<>();
    /** Per sentence, per token: the unit covering it (a title chunk covers all its words), or null. */
    private final List<Unit[]> cover = new ArrayList<>();
    private final Map<String, String> articleNames = new HashMap<>();
    private final Map<String, ActorEntry> articlePeople = new HashMap<>();
    private final List<RoleDraft> roleDrafts = new ArrayList<>();
    private ActorEntry focal;

    /** A role as found, completed once the article's country is known. */
    private static final class RoleDraft {
        final Unit person;
        final Term office;
        final Unit organization;
        final String organizationKey;
        boolean former;
        PartialDate since;
        PartialDate until;
        final int sentence;

        RoleDraft(Unit person, Term office, Unit organization, String organizationKey, boolean former, PartialDate since,
                  PartialDate until, int sentence) {
            this.person = person;
            this.office = office;
            this.organization = organization;
            this.organizationKey = organizationKey;
            this.former = former;
            this.since = since;
            this.until = until;
            this.sentence = sentence;
        }
    }

    /**
     * One word no lexicon knows read as a name after a title with no organisation (وأضاف الوزير أن السفيرة
     * ستغادر): kept only if the title alone names nobody the article introduced, since such a word is as often a
     * verb or a noun as a surname.
     */
    private record TentativeName(Unit person, RoleDraft draft, int titleBegin, int titleEnd, int titleLast) {
    }

    private final List<TentativeName> tentative = new ArrayList<>();

    /**
     * A person named after a kinship noun with a pronoun (ابن أخيه فلان، زوجته فلانة): kin of the person the
     * pronoun stands for, the one named just before.
     */
    private record KinDraft(Unit person, Unit of, Term kinship) {
    }

    private final List<KinDraft> kinDrafts = new ArrayList<>();

    /** An event as found, before it becomes a record. */
    private static final class EventDraft {
        Term trigger;
        Match match;
        int at;
        Phrase.Voice voice;
        Unit source;
        Unit target;
        Unit place;
        PartialDate date;
        String charge;
        final List<Quantity> quantities = new ArrayList<>();
        boolean reporting;
        boolean quoted;
        int sentence;
    }

    /** A date expression of a sentence. */
    private record DateExpr(int first, int last, PartialDate date) {
        int precision() {
            return date.day() != null ? 3 : date.month() != null ? 2 : 1;
        }
    }

    ArticleAnalysis(CompiledLexicon lex, Article article) {
        this.lex = lex;
        this.text = new ArabicText(article.text());
        this.published = article.published();
        this.count = text.sentences.size();
        this.boilerplate = new boolean[count];
        this.candidates = new ArrayList<>(java.util.Collections.nCopies(text.tokens.size(), null));
        this.sentenceTokens = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            sentenceTokens.add(text.tokensOf(s));
        }
    }

    Extraction run() {
        markBoilerplate();
        for (int s = 0; s < count; s++) {
            List<Token> toks = text.tokensOf(s);
            Match[] at = new Match[toks.size()];
            if (!boilerplate[s]) {
                // every form in the sentence, leftmost-longest, not overlapping
                int i = 0;
                while (i < at.length) {
                    Match m = CompiledLexicon.best(candidates(s, i), toks, i, null);
                    at[i] = m;
                    i += m == null ? 1 : m.last() - m.first() + 1;
                }
            }
            starts.add(at);
            units.add(new ArrayList<>());
            cover.add(new Unit[toks.size()]);
        }
        for (int s = 0; s < count; s++) {
            if (!boilerplate[s]) {
                findUnits(s);
                findNamedObjects(s);
            }
        }
        findFocalCountry();
        resolvePending();
        for (int s = 0; s < count; s++) {
            if (!boilerplate[s]) {
                findKnownNames(s);
            }
        }
        for (int s = 0; s < count; s++) {
            List<Unit> orphans = new ArrayList<>();
            for (Unit u : units.get(s)) {
                if (!u.resolved()) {
                    // a title whose holder is unknown still names its organisation or country
                    u.inner.stream().filter(Unit::resolved).forEach(orphans::add);
                }
            }
            units.get(s).addAll(orphans);
            units.get(s).removeIf(u -> !u.resolved());
            units.get(s).sort(Comparator.comparingInt(u -> u.first));
            Unit[] c = cover.get(s);
            java.util.Arrays.fill(c, null);
            for (Unit u : units.get(s)) {
                for (int i = u.first; i <= u.last; i++) {
                    c[i] = u;
                }
            }
        }
        dropWeakNisbas();
        return records();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private int base(int s) {
        return text.sentenceTokens.get(s)[0];
    }

    private List<Token> toks(int s) {
        return sentenceTokens.get(s);
    }

    private Token tok(int s, int i) {
        return toks(s).get(i);
    }

    private int size(int s) {
        return toks(s).size();
    }

    private Match at(int s, int i) {
        Match[] a = starts.get(s);
        return i >= 0 && i < a.length ? a[i] : null;
    }

    private int lastOf(int s, Match m) {
        return m.last() - base(s);
    }

    /** Per article token, the lexicon forms that may start there; looked up once, on first use. */
    private final List<List<CompiledLexicon.Candidate>> candidates;
    /** Each sentence's tokens, as views made once. */
    private final List<List<Token>> sentenceTokens;

    private List<CompiledLexicon.Candidate> candidates(int s, int i) {
        int k = base(s) + i;
        List<CompiledLexicon.Candidate> c = candidates.get(k);
        if (c == null) {
            c = lex.candidates(text.tokens.get(k));
            candidates.set(k, c);
        }
        return c;
    }

    /** The cue of a class starting at token {@code i}. */
    private Match cue(int s, int i, String type) {
        if (i < 0 || i >= size(s)) {
            return null;
        }
        return CompiledLexicon.best(candidates(s, i), toks(s), i, type);
    }

    /** A cue of the class that ends exactly at token {@code i} (looking back up to three words). */
    private Match cueEndingAt(int s, int i, String type) {
        for (int k = Math.max(0, i - 3); k <= i; k++) {
            Match m = cue(s, k, type);
            if (m != null && lastOf(s, m) == i) {
                return m;
            }
        }
        return null;
    }

    private boolean isKind(Match m, Phrase.Kind kind) {
        return m != null && m.phrase().kind() == kind;
    }

    private boolean isActor(Match m, ActorType type) {
        return isKind(m, Phrase.Kind.ACTOR) && m.phrase().actor().type() == type;
    }

    private String original(int begin, int end) {
        return text.substring(begin, end);
    }

    private static boolean isQuote(Token t) {
        return t.isPunct() && (t.norm().equals("\"") || t.norm().equals("«") || t.norm().equals("»")
                || t.norm().equals("“") || t.norm().equals("”"));
    }

    /** The word before token {@code i}, skipping quotation marks, or -1. */
    private int wordBefore(int s, int i) {
        int k = i - 1;
        while (k >= 0 && isQuote(tok(s, k))) {
            k--;
        }
        return k;
    }

    private boolean true_(Term t, String property) {
        return "true".equals(t.property(property));
    }

    // ------------------------------------------------------------------------------------------- boilerplate

    /**
     * Lines starting with a boilerplate marker, lines repeating an earlier line, and the lines closing the
     * text that do not end like a sentence (the list of links under an article) are not article content.
     */
    private void markBoilerplate() {
        Map<Integer, List<Integer>> byLine = new LinkedHashMap<>();
        for (int s = 0; s < count; s++) {
            byLine.computeIfAbsent(text.sentenceLine.get(s), k -> new ArrayList<>()).add(s);
        }
        Set<String> seen = new HashSet<>();
        List<List<Integer>> lines = new ArrayList<>(byLine.values());
        for (List<Integer> line : lines) {
            int first = line.get(0);
            StringBuilder norm = new StringBuilder();
            for (int s : line) {
                norm.append(ArabicNormalizer.normalize(text.sentences.get(s).text())).append(' ');
            }
            boolean repeated = !seen.add(norm.toString().strip());
            if (repeated || (size(first) > 0 && cue(first, 0, "BoilerplateMarker") != null)) {
                line.forEach(s -> boilerplate[s] = true);
            }
        }
        for (int l = lines.size() - 1; l > 0; l--) {
            List<Integer> line = lines.get(l);
            String last = text.sentences.get(line.get(line.size() - 1)).text().strip();
            String bare = CLOSING.matcher(last).replaceAll("");
            if (bare.isEmpty() || ".!?؟…:".indexOf(bare.charAt(bare.length() - 1)) >= 0) {
                break;
            }
            line.forEach(s -> boilerplate[s] = true);
        }
    }

    // ------------------------------------------------------------------------------------------------ units

    private void findUnits(int s) {
        int n = size(s);
        int i = 0;
        while (i < n) {
            Match m = at(s, i);
            if (m == null) {
                i++;
                continue;
            }
            int next = lastOf(s, m) + 1;
            Unit u = null;
            switch (m.phrase().kind()) {
                case OFFICE -> u = title(s, i);
                case INSTITUTION -> u = institution(s, i);
                case ACTOR -> u = articleOnNisba(s, i, m) ? demonym(s, i, m) : actor(s, i, m);
                case DEMONYM -> u = demonym(s, i, m);
                case CUE -> {
                    if (m.phrase().isCue("StateReference")) {
                        u = stateReference(s, i, m);
                    } else if (m.phrase().isCue("PlaceNoun")) {
                        u = placeNoun(s, i, m);
                    } else if (m.phrase().isCue("OrganizationNoun")) {
                        u = organizationNoun(s, i, m);
                    } else if (m.phrase().isCue("PairReference")) {
                        u = pairReference(s, i, m);
                    }
                    if (u == null) {
                        u = describedPerson(s, i);
                    }
                    if (u == null) {
                        u = namedBody(s, i);
                    }
                }
                default -> {
                    // triggers, media and other cues are read in later passes
                }
            }
            if (u != null) {
                add(s, u);
                next = Math.max(next, u.last + 1);
            }
            i = next;
        }
    }

    /** "الشرطة التركية": a country's name that is also its nisba reads as the nisba when it carries the article. */
    private boolean articleOnNisba(int s, int i, Match m) {
        Token t = tok(s, i);
        return m.phrase().actor().type() == ActorType.COUNTRY && m.begin() > t.offsetOf(m.prefix().length())
                && lex.isAlsoDemonym(m);
    }

    private void add(int s, Unit u) {
        units.get(s).add(u);
        Unit[] c = cover.get(s);
        for (int k = u.first; k <= u.last; k++) {
            c[k] = u;
        }
        u.prepositional = prepositional(s, u.first);
    }

    /** Whether the word at {@code i} is governed by a preposition (standalone or proclitic ب ل ك). */
    private boolean prepositional(int s, int i) {
        Match m = at(s, i);
        if (m != null && m.hasPreposition()) {
            return true;
        }
        if (m == null) {
            String w = tok(s, i).norm();
            if ((w.startsWith("ب") || w.startsWith("ل")) && i < size(s)) {
                Match c = cue(s, i, "Preposition");
                if (c != null) {
                    return true;
                }
            }
        }
        int k = wordBefore(s, i);
        if (k >= 0 && cueEndingAt(s, k, "PartitiveNoun") != null) {
            // "عناصر من الحرس": the body is who acts, من only says the actors are some of its members
            return false;
        }
        return k >= 0 && cue(s, k, "Preposition") != null && lastOf(s, cue(s, k, "Preposition")) == k;
    }

    private boolean locative(int s, int i, Match m) {
        if (m.prefix().contains("ب")) {
            return true;
        }
        int k = wordBefore(s, i);
        if (k < 0 || cueEndingAt(s, k, "PartitiveNoun") != null) {
            return false;
        }
        Match l = cueEndingAt(s, k, "LocativePreposition");
        if (l != null) {
            return true;
        }
        Match p = cueEndingAt(s, k, "PlaceNoun");
        return p != null;
    }

    private Unit actor(int s, int i, Match m) {
        ActorEntry e = m.phrase().actor();
        Unit u = new Unit(s, i, lastOf(s, m), m.begin(), m.end());
        ActorEntry country = lex.capitalOf.get(e.key());
        if (country != null && !locative(s, i, m)) {
            // a capital that acts stands for its state: موسكو ترد, حليفة لموسكو
            u.actor(country);
        } else {
            u.actor(e);
            u.locative = locative(s, i, m);
        }
        if (e.type() == ActorType.PERSON) {
            articlePeople.put(e.key(), e);
        }
        return u;
    }

    private Unit countryUnit(int s, int i, Match m, ActorEntry country) {
        Unit u = new Unit(s, i, lastOf(s, m), m.begin(), m.end());
        u.actor(country);
        return u;
    }

    /** A nisba: an adjective after a noun (القوات الروسية), or a noun for a people (الكوريون), then weak. */
    private Unit demonym(int s, int i, Match m) {
        Unit u = countryUnit(s, i, m, m.phrase().actor());
        int k = i - 1;
        boolean adjective = k >= 0 && tok(s, k).isWord() && !m.prefix().contains("و") && !m.prefix().contains("ف")
                && cue(s, k, "NameStop") == null && cue(s, k, "Preposition") == null
                && hasArticle(tok(s, k)) == (m.end() - m.begin() < tok(s, i).end() - tok(s, i).begin()
                ? hasArticle(tok(s, i)) : tok(s, i).norm().startsWith("ال"));
        u.weak = !adjective;
        Unit before = k >= 0 ? cover.get(s)[k] : null;
        // "الشرطة التركية", and "23 جنديا باكستانيا": the nisba says whose the group or the counted people are
        u.qualifier = adjective && ((before != null && before.last == k
                && (before.type == ActorType.GROUP || before.type == ActorType.ORGANIZATION))
                || (before == null && cueEndingAt(s, k, "CountedNoun") != null));
        return u;
    }

    private Unit stateReference(int s, int i, Match m) {
        Unit u = new Unit(s, i, lastOf(s, m), m.begin(), m.end());
        u.type = ActorType.COUNTRY;
        if (!true_(m.phrase().term(), "focalOnly")) {
            int j = lastOf(s, m) + 1;
            Match n = at(s, j);
            if (isKind(n, Phrase.Kind.DEMONYM) || isActor(n, ActorType.COUNTRY)) {
                u.actor(n.phrase().actor());
                u.last = lastOf(s, n);
                u.end = n.end();
                u.inner.add(countryUnit(s, j, n, n.phrase().actor()));
                return u;
            }
        }
        u.pending = Unit.Pending.FOCAL_COUNTRY;
        return u;
    }

    /**
     * "وزارة الدفاع" + a nisba or a country (→ that country's ministry), + "في البلاد" or nothing (→ the
     * article's country). A form that names the body only before a country (الخارجية) needs one.
     */
    private Unit institution(int s, int i) {
        Match m = at(s, i);
        Term t = m.phrase().term();
        int j = lastOf(s, m) + 1;
        Match n = at(s, j);
        Unit u = new Unit(s, i, lastOf(s, m), m.begin(), m.end());
        u.type = ActorType.ORGANIZATION;
        u.institution = t;
        if (isKind(n, Phrase.Kind.DEMONYM) || isActor(n, ActorType.COUNTRY)) {
            ActorEntry c = n.phrase().actor();
            u.last = lastOf(s, n);
            u.end = n.end();
            u.inner.add(countryUnit(s, j, n, c));
            institutionOf(u, c, original(u.begin, u.end));
            return u;
        }
        if (isActor(n, ActorType.ORGANIZATION) && !m.phrase().form()) {
            // "حكومة طالبان": the body an organisation runs is that organisation, not the article's country's
            Unit o = new Unit(s, i, lastOf(s, n), m.begin(), n.end());
            o.actor(n.phrase().actor());
            return o;
        }
        if (m.phrase().form() || indefiniteBody(s, i, m, j)) {
            return null;
        }
        Match focalRef = n;
        int focalAt = j;
        if (n == null && j < size(s) && cue(s, j, "Preposition") != null) {
            focalRef = at(s, j + 1);
            focalAt = j + 1;
        }
        if (focalRef != null && focalRef.phrase().isCue("StateReference") && true_(focalRef.phrase().term(), "focalOnly")) {
            u.last = focalAt;
        }
        u.pending = Unit.Pending.FOCAL_COUNTRY;
        return u;
    }

    private void institutionOf(Unit u, ActorEntry country, String labelAr) {
        Term t = u.institution;
        u.key = "org/" + iso(country) + "/" + t.key();
        u.type = ActorType.ORGANIZATION;
        u.labelAr = labelAr;
        String en = t.labelsEn().isEmpty() ? t.key() : t.labelsEn().get(0);
        u.labelEn = en + " of " + (country.labelsEn().isEmpty() ? iso(country) : country.labelsEn().get(0));
        ActorEntry known = lex.actors.get(u.key);
        if (known != null && !known.labelsEn().isEmpty()) {
            // the pattern gives a body the gazetteer knows by name (الكونغرس in an article on the United States)
            u.labelEn = known.labelsEn().get(0);
            u.wikidata = known.wikidata();
        }
        u.countryKey = country.key();
        u.pending = Unit.Pending.NONE;
    }

    /**
     * "تشكيل حكومة جديدة", "حكومة وحدة وطنية", "إلى تشكيل حكومة.": a body whose own noun has the article in the
     * lexicon (الحكومة، البرلمان) written without it, and then nothing or a descriptor without the article
     * (the lexv:word values of a lexv:IndefiniteBodyDescriptor), is a body to come or any body of that kind, not the country's sitting one.
     * A definite genitive (حكومة البلاد، حكومة الوحدة الوطنية) or a name (حكومة فلان) keeps it definite.
     */
    private boolean indefiniteBody(int s, int i, Match m, int next) {
        if (!m.phrase().tokens()[0].startsWith("ال") || m.last() != m.first()) {
            return false;
        }
        String rest = tok(s, i).norm().substring(m.prefix().length());
        if (rest.startsWith("ال") || (m.prefix().endsWith("ل") && rest.startsWith("ل"))) {
            return false;
        }
        if (next >= size(s) || !tok(s, next).isWord()) {
            return true;
        }
        String w = tok(s, next).norm();
        for (Term t : lex.lexicon.cues()) {
            if ("IndefiniteBodyDescriptor".equals(t.property("type")) && lex.normalizedValues(t, "word").contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String iso(ActorEntry country) {
        return country.isoCode() != null ? country.isoCode() : country.key().substring(country.key().indexOf('/') + 1);
    }

    /**
     * A title: the office, then whose it is (an institution, an organisation or country, a nisba), markers of
     * a former holder, and a name (a lexicon person, or up to four words that are no lexicon form and no
     * function word, possibly after a comma). Without a name the title stands for its holder.
     */
    private Unit title(int s, int i) {
        Match m = at(s, i);
        Term office = m.phrase().term();
        boolean pronounOrg = m.end() < tok(s, lastOf(s, m)).end();
        int j = lastOf(s, m) + 1;
        Unit org = null;
        boolean former = false;
        List<Unit> inner = new ArrayList<>();
        for (int step = 0; step < 4 && j < size(s); step++) {
            Match n = at(s, j);
            if (n == null || (n.hasPreposition() && !(org == null && genitiveLam(n)))) {
                break;
            }
            if (org == null && !pronounOrg && isKind(n, Phrase.Kind.INSTITUTION)) {
                Unit iu = institution(s, j);
                if (iu == null) {
                    break;
                }
                org = iu;
                inner.add(iu);
                j = iu.last + 1;
            } else if (org == null && !pronounOrg && isKind(n, Phrase.Kind.ACTOR)
                    && n.phrase().actor().type() != ActorType.PERSON) {
                Unit au = new Unit(s, j, lastOf(s, n), n.begin(), n.end());
                au.actor(n.phrase().actor());
                org = au;
                inner.add(au);
                j = au.last + 1;
            } else if (!pronounOrg && isKind(n, Phrase.Kind.DEMONYM)) {
                // the office's country (الرئيس الروسي), or the country of the body that holds it (باسم الجيش السوداني)
                Unit cu = countryUnit(s, j, n, n.phrase().actor());
                if (org == null) {
                    org = cu;
                } else {
                    cu.qualifier = true;
                }
                inner.add(cu);
                j = cu.last + 1;
            } else if (org == null && !pronounOrg && isKind(n, Phrase.Kind.CUE) && namedBody(s, j) != null) {
                // رئيس مفوضية الاتحاد الأفريقي فلان: the body the office heads
                org = namedBody(s, j);
                inner.add(org);
                j = org.last + 1;
            } else if (org == null && !pronounOrg && n.phrase().isCue("OrganizationNoun") && organizationNoun(s, j, n) != null) {
                // زعيم جبهة الخلاص الوطني فلان: the party or movement the office leads, then its holder
                org = organizationNoun(s, j, n);
                inner.add(org);
                j = org.last + 1;
            } else if (n.phrase().isCue("FormerMarker")) {
                former = true;
                j = lastOf(s, n) + 1;
            } else if (n.phrase().isCue("TitleAdjective")) {
                // الزعيم الشيعي فلان: a word describing the holder, between the title and the name
                j = lastOf(s, n) + 1;
            } else {
                break;
            }
        }
        j = hostCountry(s, office, j, inner);
        int k = j;
        if (k < size(s) && COMMAS.contains(tok(s, k).norm())) {
            k++;
        }
        if (org == null && k < size(s) && (hasArticle(tok(s, k)) || cue(s, k, "InstitutionNoun") != null)
                && (at(s, k) == null || cue(s, k, "InstitutionNoun") != null)) {
            // "المتحدث باسم المجلس العسكري العقيد فلان": the words up to a second title name a body no lexicon knows;
            // a body's name opens with the article or a body noun, a person's never does, so in "وزير الداخلية فلان
            // ووزيرة الدفاع فلانة" the first title keeps its own holder
            for (int x = k; x < Math.min(size(s), k + 4); x++) {
                if (isKind(at(s, x), Phrase.Kind.OFFICE)) {
                    k = x;
                    break;
                }
                if (!tok(s, x).isWord() || (at(s, x) != null && !isKind(at(s, x), Phrase.Kind.CUE)) || nameStop(s, x)) {
                    break;
                }
            }
        }
        Unit person = null;
        boolean freshOneWord = false;
        Match p = at(s, k);
        if (isActor(p, ActorType.PERSON)) {
            person = actor(s, k, p);
        } else if (isKind(p, Phrase.Kind.OFFICE)) {
            Unit second = title(s, k);
            if (second.pending == Unit.Pending.NONE && second.isPerson()) {
                person = second;
                if (second.organization == null && org != null) {
                    // وزير الخارجية السعودي الأمير فلان: the rank or honorific is of the first title's country
                    ownedBy(second, org);
                }
            }
        } else if (!predicative(s, m) && !(k > j && conjunction(tok(s, k)))) {
            int end = readName(s, k, 4);
            // after a comma, a word with و opens a new clause (الحاكم، ورفعوا), not a name
            // "رئيس جديد": a title without the article and without whose it is takes no one-word name
            boolean fresh = end - k == 1 && !articleNames.containsKey(tok(s, k).norm());
            boolean bareIndefinite = org == null && !hasArticle(tok(s, i));
            // one word no one was called before is a surname only where the name visibly ends (الرئيس فلان إن),
            // not before more of the clause (زعيم التيار بحل البرلمان: "by dissolving")
            if (end > k && (k == j || (end - k >= 2 && !tok(s, k).norm().startsWith("و")))
                    && !(fresh && (!nameEndsBefore(s, end) || bareIndefinite))) {
                freshOneWord = fresh;
                person = unknownPerson(s, k, end);
            }
        }
        if (person == null && org != null) {
            person = apposed(s, i);
        }
        boolean oneWordAfterBareTitle = freshOneWord && org == null && !former && k == j;
        Unit u;
        if (person != null && person.last < i) {
            // a title in apposition after its holder's name: a mention of that person of its own
            int lastTok = j - 1;
            u = new Unit(s, i, lastTok, m.begin(), Math.max(m.end(), tok(s, lastTok).end()));
            u.sameActorAs(person);
            roleDrafts.add(new RoleDraft(person, office, org, null, former, null, null, s));
        } else if (person != null) {
            u = person;
            u.first = i;
            RoleDraft draft = new RoleDraft(person, office, org, null, former, null, null, s);
            roleDrafts.add(draft);
            if (oneWordAfterBareTitle) {
                tentative.add(new TentativeName(u, draft, m.begin(), tok(s, j - 1).end(), j - 1));
            }
        } else {
            int lastTok = j - 1;
            u = new Unit(s, i, lastTok, m.begin(), Math.max(m.end(), tok(s, lastTok).end()));
            u.pending = Unit.Pending.TITLE_HOLDER;
            u.type = ActorType.PERSON;
        }
        u.office = office;
        u.organization = org;
        u.former = former;
        u.inner.addAll(inner);
        return u;
    }

    /**
     * "السفير الأمريكي لدى العراق فلان": after an envoy's title, the office's host marker (lexv:hostMarker) and a
     * country or its capital say where the envoy is posted; a mention of that country, and the name follows.
     * Returns the token after them, or {@code j} when they are not there.
     */
    private int hostCountry(int s, Term office, int j, List<Unit> inner) {
        String marker = office.property("hostMarker", "ar");
        if (marker == null || j + 1 >= size(s) || !tok(s, j).isWord()) {
            return j;
        }
        boolean isMarker = false;
        for (String m : marker.split("\\|")) {
            isMarker |= ArabicNormalizer.normalize(m).equals(tok(s, j).norm());
        }
        Match h = at(s, j + 1);
        if (!isMarker || !(isActor(h, ActorType.COUNTRY) || isActor(h, ActorType.PLACE)) || !h.prefix().isEmpty()) {
            return j;
        }
        Unit host = actor(s, j + 1, h);
        inner.add(host);
        return host.last + 1;
    }

    /** Gives the role drafts of a person's own title, which named no organisation, this one. */
    private void ownedBy(Unit person, Unit org) {
        for (int r = 0; r < roleDrafts.size(); r++) {
            RoleDraft d = roleDrafts.get(r);
            if (d.person == person && d.organization == null && d.organizationKey == null) {
                roleDrafts.set(r, new RoleDraft(d.person, d.office, org, null, d.former, d.since, d.until, d.sentence));
            }
        }
    }

    /**
     * Whether an office stands in the accusative (عين فلان رئيسا انتقاليا): it is what someone becomes, and the
     * words after it describe the office, not its holder's name.
     */
    private boolean predicative(int s, Match office) {
        Token t = tok(s, lastOf(s, office));
        return office.end() < t.end() && ArabicNormalizer.normalize(original(office.end(), t.end())).equals("ا");
    }

    /** A word opening with the conjunction و or ف: after a comma it starts a new clause (، ودخل عمال), not a name. */
    private static boolean conjunction(Token t) {
        return t.isWord() && (t.norm().startsWith("و") || t.norm().startsWith("ف")) && t.norm().length() > 3;
    }

    /**
     * "الأمين العام للأمم المتحدة": an organisation or country joined to a title by ل is whose the office is
     * (a medium is not: "قال المتحدث لرويترز" is said to Reuters).
     */
    private boolean genitiveLam(Match n) {
        boolean body = isKind(n, Phrase.Kind.INSTITUTION)
                || (isKind(n, Phrase.Kind.ACTOR) && n.phrase().actor().type() != ActorType.PERSON
                && n.phrase().actor().type() != ActorType.PLACE);
        return body && n.prefix().equals("ل") && lex.mediumOf(n) == null;
    }

    /**
     * "الجنرال فلان، قائد الحرس الرئاسي": the person named just before a title set off by a comma holds it,
     * when the title names whose office it is.
     */
    private Unit apposed(int s, int i) {
        if (i < 2 || !COMMAS.contains(tok(s, i - 1).norm())) {
            return null;
        }
        Unit before = cover.get(s)[i - 2];
        return before != null && before.last == i - 2 && before.isPerson() && before.resolved() ? before : null;
    }

    /** One past the last word of a name starting at {@code k}, or {@code k} when no name starts there. */
    private int readName(int s, int k, int max) {
        int start = k;
        boolean afterParticle = false;
        while (k < size(s) && k - start < max) {
            Token t = tok(s, k);
            if (!t.isWord() || t.norm().length() < 2) {
                break;
            }
            boolean particle = cue(s, k, "NameParticle") != null;
            Match here = at(s, k);
            boolean functionWord = here != null && (here.phrase().isCue("NameStop") || here.phrase().isCue("Preposition"));
            if (k > start && !afterParticle && t.norm().startsWith("ال") && cue(s, k, "NameTail") != null) {
                // the second half of a compound given name (نور الدين، سيف الإسلام)
                k++;
                continue;
            }
            boolean nameWord = (cliticTrigger(here) && (k > start || here.prefix().startsWith("ف")))
                    || (afterParticle && t.norm().startsWith("ال"))
                    || (k == start && givenNameAsPlace(s, k, here))
                    // دينا is no "الدين" with a suffix: the second half of a compound name opens none
                    || (k == start && here != null && here.phrase().isCue("NameTail"));
            if ((here != null && !particle && !functionWord && !nameWord) || (!particle && nameStop(s, k))
                    || cue(s, k, "CommonNoun") != null) {
                break;
            }
            if (k > start && t.norm().startsWith("و") && !particle
                    && !(k - start == 1 && here == null && t.norm().length() >= 5 && nameEndsBefore(s, k + 1))) {
                // و opens the next of two (خالد عمر وسمير حداد), except a long surname closing a two-word name
                // (رانيل ويكريمسينغ في): what follows shows the name has ended, so و is its first letter
                break;
            }
            if (possessedNoun(s, k)) {
                break;
            }
            if (k > start && t.norm().equals("الله")) {
                // عبد الله، ذبيح الله، نصر الله: a name part, not a word with the article
                afterParticle = false;
                k++;
                continue;
            }
            if (hasArticle(t) && !afterParticle) {
                // a family name with the article may close a name, never open one: in nisba form (باسم العوادي),
                // or any word no lexicon knows when the clause goes on with no more of the name (علي العلاق إن),
                // but not as the third word: after two, a definite noun is the verb's object (وصف رئيس الوزراء
                // ماتيوش مورافيتسكي الحادثة بأنها ...)
                if (k > start && t.norm().startsWith("ال") && here == null
                        && ((t.norm().endsWith("ي") && t.norm().length() > 4) || (k - start < 2 && nameEndsBefore(s, k + 1)))) {
                    k++;
                }
                break;
            }
            afterParticle = particle;
            k++;
        }
        while (k > start && cue(s, k - 1, "NameParticle") != null) {
            k--;
        }
        return k;
    }

    /**
     * Whether a name read so far ends before token {@code k}: at the sentence's end or a punctuation mark, before a
     * function word or a preposition, or before a noun with a pronoun suffix (مقتدى الصدر أنصاره).
     */
    private boolean nameEndsBefore(int s, int k) {
        return k >= size(s) || !tok(s, k).isWord() || nameStop(s, k) || cue(s, k, "Preposition") != null
                || possessedNoun(s, k);
    }

    /**
     * "القيادي رياض فلان", "رئيسة الوزراء جورجيا فلان": a place's or country's name without clitics opening the
     * words after a title, with a word no lexicon knows after it, is a given name, not the place.
     */
    private boolean givenNameAsPlace(int s, int k, Match here) {
        if (!(isActor(here, ActorType.PLACE) || isActor(here, ActorType.COUNTRY)) || !here.prefix().isEmpty()
                || lastOf(s, here) != k || hasArticle(tok(s, k)) || k + 1 >= size(s)) {
            return false;
        }
        Token next = tok(s, k + 1);
        return next.isWord() && at(s, k + 1) == null && !nameStop(s, k + 1) && cue(s, k + 1, "CommonNoun") == null
                && !next.norm().startsWith("و")
                && (!hasArticle(next) || next.norm().endsWith("ي") || nameEndsBefore(s, k + 2));
    }

    /**
     * Whether a form inside a name run is a name word rather than a trigger: a trigger found only by reading
     * a first letter of the word as the conjunction ف, or a verb only by reading one as a preposition
     * (هاكان فيدان is no "ف + يدان"); a verbal noun after a preposition (الرئيس فلان بإقالة) stays a trigger.
     */
    private static boolean cliticTrigger(Match m) {
        if (m == null || m.phrase().kind() != Phrase.Kind.TRIGGER || m.prefix().isEmpty() || m.prefix().startsWith("و")) {
            return false;
        }
        return m.prefix().startsWith("ف") || m.phrase().voice() != Phrase.Voice.NOUN;
    }

    /**
     * Whether a word is a noun with a pronoun suffix, which no name is: written with ت before the suffix
     * (وأسرته، حكومتها), or a conjunction on a word ending in a suffix (ونائبه، وأنصارهم).
     */
    private boolean possessedNoun(int s, int k) {
        Token t = tok(s, k);
        String written = CompiledLexicon.lightForm(original(t.begin(), t.end()));
        for (String suffix : PRONOUN_SUFFIXES) {
            if (written.endsWith("ت" + suffix) && written.length() - suffix.length() >= 4) {
                return true;
            }
        }
        String w = t.norm();
        if ((w.startsWith("و") || w.startsWith("ف")) && !written.endsWith("ة")) {
            for (String suffix : PRONOUN_SUFFIXES) {
                if (w.endsWith(suffix) && w.length() - 1 - suffix.length() >= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a function word ends a name here. Function words are compared as written, hamza and alef maqsura
     * included, since the matching form confuses some with names (أمام "before" and إمام, على "on" and علي), and
     * a verb seen only through a proclitic ف is none.
     */
    private boolean nameStop(int s, int k) {
        for (String type : List.of("NameStop", "Preposition")) {
            Match m = cue(s, k, type);
            if (m != null && m.prefix().equals("ف") && m.end() - m.begin() >= 3) {
                // a verb found only by reading a first ف as "so" (فيصل is no "ف + يصل")
                continue;
            }
            if (m != null && lex.isWrittenAs(m.phrase().term(), CompiledLexicon.lightForm(original(m.begin(), m.end())))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word carries the article, behind proclitics or not (الشعب، للسماح، وبالقرب). */
    /**
     * Whether a word carries the article as written: the article's alef is bare, so a word that opens with a hamza
     * on it (أليكسي، إلغاء، آلان) reads as ال only in its matching form and carries none.
     */
    private boolean hasArticle(Token t) {
        String w = t.norm();
        if (!hasArticle(w) || w.startsWith("لل")) {
            return hasArticle(w);
        }
        for (CompiledLexicon.Variant v : CompiledLexicon.prefixVariants(w)) {
            if (v.stem().startsWith("ال") && v.stem().length() > 3 && w.endsWith(v.stem())) {
                int alef = t.offsetOf(w.length() - v.stem().length());
                if (original(alef, alef + 1).equals("ا") || original(alef, alef + 1).equals("ٱ")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasArticle(String w) {
        if (w.startsWith("لل")) {
            return true;
        }
        for (CompiledLexicon.Variant v : CompiledLexicon.prefixVariants(w)) {
            if (v.stem().startsWith("ال") && v.stem().length() > 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * "الناشط الحقوقي فلان الفلاني", "رجل الأعمال الروسي فلان", "زوجته فلانة", "ابن أخيه فلان": a noun that says what
     * someone is (lexv:PersonNoun, no office: no role; or a lexv:TitleAdjective alone: الإصلاحي فلان) or whose kin
     * (lexv:KinshipCue with a pronoun), then words
     * describing them (lexv:TitleAdjective, nisbas), then a name: that name is a person. The noun must be definite
     * (the article, a pronoun, or a construct: رجل الأعمال), since "ناشطون قادوا" names no one; the name has two words
     * or more, or is a surname of someone the article named before, where the name visibly ends.
     */
    private Unit describedPerson(int s, int i) {
        Match m = cue(s, i, "PersonNoun");
        for (String type : List.of("KinshipCue", "TitleAdjective")) {
            m = m != null ? m : cue(s, i, type);
        }
        if (m == null) {
            return null;
        }
        if (m.phrase().isCue("TitleAdjective") && i > 0 && tok(s, i - 1).isWord() && hasArticle(tok(s, i - 1))) {
            // الانتخابات الرئاسية، الحل السياسي: an adjective after a definite noun qualifies that noun
            return null;
        }
        Token t = tok(s, lastOf(s, m));
        // شقيقه is شقيق + ه, though its matching form is شقيقة's: the written ه tells the pronoun
        String written = CompiledLexicon.lightForm(original(t.begin(), t.end()));
        boolean pronoun = m.end() < t.end() || written.endsWith("ه");
        boolean kinship = m.phrase().isCue("KinshipCue");
        if (kinship && !pronoun) {
            // "ابن أخت فلان": the name after it is whose kin someone else is, read by the relations pass
            return null;
        }
        if (!pronoun && !hasArticle(tok(s, i)) && m.phrase().tokens().length < 2) {
            return null;
        }
        int j = lastOf(s, m) + 1;
        for (int step = 0; step < 3 && j < size(s); step++) {
            Match n = at(s, j);
            if (n != null && n.prefix().isEmpty() && (n.phrase().isCue("TitleAdjective") || isKind(n, Phrase.Kind.DEMONYM))) {
                j = lastOf(s, n) + 1;
            } else {
                break;
            }
        }
        Unit person = null;
        Match p = at(s, j);
        if (isActor(p, ActorType.PERSON)) {
            person = actor(s, j, p);
        } else if (j < size(s) && p == null) {
            int end = readName(s, j, 4);
            boolean known = end - j == 1 && articleNames.containsKey(tok(s, j).norm());
            if (end - j >= 2 || (known && nameEndsBefore(s, end))) {
                person = unknownPerson(s, j, end);
            }
        }
        if (person == null) {
            return null;
        }
        person.first = i;
        if (kinship) {
            Unit of = antecedent(s, i);
            if (of != null) {
                kinDrafts.add(new KinDraft(person, of, m.phrase().term()));
            }
        }
        return person;
    }

    /**
     * The person a pronoun at token {@code i} stands for: the nearest one named before it in its sentence, else the
     * first one named in the nearest sentence before that names one (the story's subject, not a passer-by).
     */
    private Unit antecedent(int s, int i) {
        Unit near = null;
        for (Unit u : units.get(s)) {
            if (u.last < i && u.isPerson() && (near == null || u.last > near.last)) {
                near = u;
            }
        }
        for (int k = s - 1; near == null && k >= Math.max(0, s - 3); k--) {
            for (Unit u : units.get(k)) {
                if (u.isPerson() && (near == null || u.first < near.first)) {
                    near = u;
                }
            }
        }
        return near;
    }

    /** The kinship of people named after a kinship noun with a pronoun, once every unit is resolved. */
    private void kinOfAntecedents(int s, List<Relation> out) {
        for (KinDraft k : kinDrafts) {
            if (k.person().sentence == s && k.person().resolved() && k.of().resolved() && !k.person().key.equals(k.of().key)) {
                Term t = k.kinship();
                out.add(new Relation(k.person().key, Relation.Kind.valueOf(t.property("relation")), k.of().key,
                        t.property("relationDetail"), s));
            }
        }
    }

    private Unit unknownPerson(int s, int from, int to) {
        absorbTriggers(s, from, to);
        Token a = tok(s, from);
        Token b = tok(s, to - 1);
        Unit u = new Unit(s, from, to - 1, a.begin(), b.end());
        StringBuilder norm = new StringBuilder();
        for (int k = from; k < to; k++) {
            norm.append(k > from ? " " : "").append(tok(s, k).norm());
        }
        String name = norm.toString();
        String seen = articleNames.get(name);
        if (seen != null) {
            // a title before a surname the article gave earlier in full (الرئيس بازوم) names that person again
            u.sameActorAs(personByKey(seen));
            return u;
        }
        // a hamza on the opening alef (أليكسي) is no article: the transliteration must not read al- there
        StringBuilder spoken = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tok(s, k);
            spoken.append(k > from ? " " : "").append(hasArticle(t.norm()) && !hasArticle(t) ? "ء" : "").append(t.norm());
        }
        u.key = "name/" + Transliterator.slug(spoken.toString());
        u.type = ActorType.PERSON;
        u.labelAr = original(a.begin(), b.end());
        u.labelEn = Transliterator.label(spoken.toString());
        u.transliterated = true;
        articleNames.put(name, u.key);
        if (to - from >= 2 && b.norm().length() >= 3) {
            articleNames.putIfAbsent(b.norm(), u.key);
        }
        if (to - from >= 3) {
            articleNames.putIfAbsent(tok(s, to - 2).norm() + " " + b.norm(), u.key);
        }
        return u;
    }

    /**
     * "اعتقلت قوات الأمن فلان الفلاني، ...": after a verb whose object is a person (a trigger marked
     * lexv:personObject) and its subject, two to four words no lexicon knows, closed by a comma or the
     * sentence's end, are the person it acts on, title or not.
     */
    private void findNamedObjects(int s) {
        Unit[] c = cover.get(s);
        for (int t = 0; t < size(s); t++) {
            Match m = at(s, t);
            if (!isKind(m, Phrase.Kind.TRIGGER) || m.phrase().voice() != Phrase.Voice.ACTIVE || !personObject(m.phrase().term())) {
                continue;
            }
            int after = lastOf(s, m) + 1;
            Unit subject = after < size(s) ? c[after] : null;
            if (subject == null || subject.first != after || subject.isPerson()) {
                continue;
            }
            int k = subject.last + 1;
            while (k < size(s) && c[k] != null && c[k].first == k && c[k].qualifier) {
                // the subject's nisba (الشرطة التركية)
                k = c[k].last + 1;
            }
            int end = k < size(s) && c[k] == null && at(s, k) == null ? readName(s, k, 4) : k;
            boolean closed = end == size(s) || COMMAS.contains(tok(s, end).norm())
                    || (tok(s, end).isPunct() && ".!؟?".contains(tok(s, end).norm()));
            if (end - k >= 2 && closed) {
                add(s, unknownPerson(s, k, end));
            }
        }
    }

    private boolean personObject(Term trigger) {
        return true_(trigger, "personObject");
    }

    /** Forgets trigger readings of the words of a name ({@link #cliticTrigger}): they start no event. */
    private void absorbTriggers(int s, int from, int to) {
        Match[] a = starts.get(s);
        for (int k = from; k < to; k++) {
            if (isKind(a[k], Phrase.Kind.TRIGGER)) {
                a[k] = null;
            }
        }
    }

    /** "مقاطعة جامبيل", "مدينة قيزلادا": a place noun before a name no lexicon knows. */
    private Unit placeNoun(int s, int i, Match m) {
        if (m.end() < tok(s, lastOf(s, m)).end()) {
            return null;
        }
        if (true_(m.phrase().term(), "capital")) {
            Unit capital = capital(s, i, m);
            if (capital != null) {
                return capital;
            }
        }
        boolean inLabel = true_(m.phrase().term(), "inLabel");
        int j = lastOf(s, m) + 1;
        Match n = at(s, j);
        if (isActor(n, ActorType.PLACE) && inLabel) {
            ActorEntry city = n.phrase().actor();
            Unit u = new Unit(s, i, lastOf(s, n), m.begin(), n.end());
            u.key = city.key() + "-region";
            u.type = ActorType.PLACE;
            u.labelAr = original(m.begin(), n.end());
            u.labelEn = (city.labelsEn().isEmpty() ? Transliterator.label(n.phrase().tokens()[0]) : city.labelsEn().get(0))
                    + " Region";
            u.countryKey = city.countryKey();
            u.locative = locative(s, i, m);
            return u;
        }
        if (n != null || j >= size(s)) {
            return null;
        }
        int end = j;
        if (tok(s, j).isWord() && tok(s, j).norm().startsWith("ال") && !nameStop(s, j)) {
            // place names often carry the article (مدينة الفاشر), people's names never open with it
            end = readName(s, j + 1, 1) > j + 1 ? readName(s, j + 1, 1) : j + 1;
        } else {
            end = readName(s, j, 2);
        }
        if (end == j) {
            return null;
        }
        Token last = tok(s, end - 1);
        StringBuilder norm = new StringBuilder();
        for (int k = j; k < end; k++) {
            norm.append(k > j ? " " : "").append(tok(s, k).norm());
        }
        Unit u = new Unit(s, inLabel ? i : j, end - 1, inLabel ? m.begin() : tok(s, j).begin(), last.end());
        u.first = i;
        u.key = "place/" + Transliterator.slug(norm.toString()) + (inLabel ? "-region" : "");
        u.type = ActorType.PLACE;
        u.labelAr = original(u.begin, u.end);
        u.labelEn = Transliterator.label(norm.toString()) + (inLabel ? " Region" : "");
        u.transliterated = true;
        u.locative = locative(s, i, m);
        return u;
    }

    /**
     * "العاصمة" not followed by the capital's name: with a nisba or a country's name after it (العاصمة البيروفية،
     * عاصمة بيرو) that country's capital, the country a mention of its own; alone (في العاصمة، ...) the capital of
     * the article's own country, once that is known. Null when a name follows (العاصمة ليما is the place named).
     */
    private Unit capital(int s, int i, Match m) {
        int j = lastOf(s, m) + 1;
        Match n = at(s, j);
        if (isKind(n, Phrase.Kind.DEMONYM) || isActor(n, ActorType.COUNTRY)) {
            Match after = at(s, lastOf(s, n) + 1);
            ActorEntry country = n.phrase().actor();
            ActorEntry city = country.capitalKey() == null ? null : lex.actors.get(country.capitalKey());
            if (isActor(after, ActorType.PLACE) || city == null || !n.prefix().isEmpty()) {
                // العاصمة القطرية الدوحة: the name follows, and the nisba is only a nisba
                return null;
            }
            Unit u = new Unit(s, i, lastOf(s, n), m.begin(), n.end());
            u.actor(city);
            u.locative = locative(s, i, m);
            Unit c = countryUnit(s, j, n, country);
            c.qualifier = true;
            u.inner.add(c);
            return u;
        }
        boolean nameMayFollow = j < size(s) && tok(s, j).isWord() && n == null && cue(s, j, "Preposition") == null
                && !nameStop(s, j);
        if (nameMayFollow || (n != null && isActor(n, ActorType.PLACE))) {
            return null;
        }
        Unit u = new Unit(s, i, lastOf(s, m), m.begin(), m.end());
        u.type = ActorType.PLACE;
        u.pending = Unit.Pending.FOCAL_CAPITAL;
        u.locative = locative(s, i, m);
        return u;
    }

    /**
     * A body no lexicon lists, named by pattern: an institution noun before a known organisation (مفوضية
     * الاتحاد الأفريقي: that organisation's commission), or an institution or armed-force noun, words no
     * lexicon knows, then a nisba (هيئة الإعلام والاتصالات العراقية, قوات شبه عسكرية باكستانية: that country's
     * organisation or armed group). Null when the words after the noun fit neither.
     */
    private Unit namedBody(int s, int i) {
        Match noun = cue(s, i, "InstitutionNoun");
        ActorType type = ActorType.ORGANIZATION;
        if (noun == null) {
            noun = cue(s, i, "ArmedForceNoun");
            type = ActorType.GROUP;
        }
        if (noun == null || noun.end() < tok(s, lastOf(s, noun)).end()) {
            return null;
        }
        int j = lastOf(s, noun) + 1;
        Match next = at(s, j);
        Term term = noun.phrase().term();
        String termEn = term.labelsEn().isEmpty() ? term.key() : term.labelsEn().get(0);
        if (type == ActorType.ORGANIZATION && isActor(next, ActorType.ORGANIZATION) && !next.hasPreposition()
                && !hasArticle(tok(s, i))) {
            ActorEntry owner = next.phrase().actor();
            Unit inner = actor(s, j, next);
            Unit u = new Unit(s, i, inner.last, noun.begin(), inner.end);
            u.key = owner.key() + "/" + term.key();
            u.type = ActorType.ORGANIZATION;
            u.labelAr = original(u.begin, u.end);
            u.labelEn = (owner.labelsEn().isEmpty() ? owner.key() : owner.labelsEn().get(0)) + " " + termEn;
            u.inner.add(inner);
            return u;
        }
        int k = j;
        while (k < size(s) && k - j < 4 && !isKind(at(s, k), Phrase.Kind.DEMONYM)) {
            Match w = at(s, k);
            if (!tok(s, k).isWord() || (w != null && !isKind(w, Phrase.Kind.CUE)) || nameStop(s, k)
                    || cue(s, k, "Preposition") != null) {
                return null;
            }
            k++;
        }
        Match nisba = at(s, k);
        if (k == j || !isKind(nisba, Phrase.Kind.DEMONYM) || !nisba.prefix().isEmpty()) {
            return null;
        }
        ActorEntry country = nisba.phrase().actor();
        Unit qualifier = countryUnit(s, k, nisba, country);
        qualifier.qualifier = true;
        StringBuilder norm = new StringBuilder();
        for (int x = i; x < k; x++) {
            String w = x == i ? noun.phrase().tokens()[0] : tok(s, x).norm();
            norm.append(x > i ? " " : "").append(w);
        }
        Unit u = new Unit(s, i, k, noun.begin(), nisba.end());
        u.key = (type == ActorType.GROUP ? "group/" : "org/") + iso(country) + "/" + Transliterator.slug(norm.toString());
        u.type = type;
        u.labelAr = original(u.begin, tok(s, k).end());
        u.labelEn = Transliterator.label(norm.toString()) + " (" + (country.labelsEn().isEmpty() ? iso(country)
                : country.labelsEn().get(0)) + ")";
        u.transliterated = true;
        u.countryKey = country.key();
        u.inner.add(qualifier);
        return u;
    }

    /**
     * "حزب الشعب الجمهوري": an organisation noun, without the article, before a name no lexicon knows. The name
     * is a run of words that all carry the article (جبهة الخلاص الوطني) or none does (حزب باستيف), so a person's
     * name after it (زعيم جبهة الخلاص الوطني أحمد فلان) is not part of it; a common noun (حركة التجارة, the
     * movement of goods) makes no organisation. A nisba in the run (حزب الحلم الجورجي) is the party's country;
     * a word of its status (الحاكم، المعارض: lexv:OrganizationStatus) ends it. With the article the noun needs
     * two words after it (الحركة الديمقراطية البرتقالية), since "الحركة الاحتجاجية" names no one.
     */
    private Unit organizationNoun(int s, int i, Match m) {
        Token t = tok(s, i);
        int opening = t.offsetOf(m.prefix().length());
        // "الحركة الديمقراطية البرتقالية": with the article the noun is a name only before two words or more
        boolean definiteNoun = m.begin() != opening;
        if (m.end() < t.end() || (definiteNoun && !ArabicNormalizer.normalize(original(opening, m.begin())).equals("ال"))) {
            return null;
        }
        int j = lastOf(s, m) + 1;
        int k = j;
        boolean definite = definiteNoun || (j < size(s) && hasArticle(tok(s, j)));
        ActorEntry country = null;
        int nisbaAt = -1;
        while (k < size(s) && k - j < 3) {
            Token w = tok(s, k);
            Match here = at(s, k);
            // a nisba (حزب الحلم الجورجي: the party's country), a word the lexicon reads as a group (المدني) or a
            // noun that only makes a trigger of a verb (العقد for وقع) goes on the name when it agrees with it
            boolean adjective = here != null && here.prefix().isEmpty() && lastOf(s, here) == k
                    && (isKind(here, Phrase.Kind.DEMONYM) || isActor(here, ActorType.GROUP)
                        || (isKind(here, Phrase.Kind.CUE) && lex.objectNounClasses.contains(here.phrase().cue())));
            if (!w.isWord() || (here != null && !adjective) || cue(s, k, "NameStop") != null
                    || cue(s, k, "Preposition") != null || cue(s, k, "OrganizationStatus") != null
                    || hasArticle(w) != definite) {
                break;
            }
            if (cue(s, k, "CommonNoun") != null) {
                return null;
            }
            if (isKind(here, Phrase.Kind.DEMONYM) && country == null) {
                country = here.phrase().actor();
                nisbaAt = k;
            }
            k++;
        }
        if (k == j || (definiteNoun && k - j < 2)) {
            return null;
        }
        Token last = tok(s, k - 1);
        StringBuilder norm = new StringBuilder((definiteNoun ? "ال" : "") + m.phrase().tokens()[0]);
        for (int x = j; x < k; x++) {
            norm.append(' ').append(tok(s, x).norm());
        }
        Unit u = new Unit(s, i, k - 1, opening, last.end());
        u.key = "org/" + Transliterator.slug(norm.toString());
        u.type = ActorType.ORGANIZATION;
        u.labelAr = original(opening, last.end());
        u.labelEn = Transliterator.label(norm.toString());
        u.transliterated = true;
        if (country != null) {
            // a national party (ng:country), and a mention of its country
            u.countryKey = country.key();
            Unit q = countryUnit(s, nisbaAt, at(s, nisbaAt), country);
            q.qualifier = true;
            u.inner.add(q);
        }
        return u;
    }

    // ------------------------------------------------------------------------------- the article's country

    private void findFocalCountry() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<Unit> us : units) {
            for (Unit u : us) {
                countCountry(u, counts);
                u.inner.forEach(x -> countCountry(x, counts));
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        focal = best == null ? null : lex.actors.get(best);
    }

    private static void countCountry(Unit u, Map<String, Integer> counts) {
        if (u.type == ActorType.COUNTRY && u.key != null && !u.weak) {
            counts.merge(u.key, 1, Integer::sum);
        }
    }

    private void resolvePending() {
        for (List<Unit> us : units) {
            for (Unit u : us) {
                resolveFocal(u);
                u.inner.forEach(this::resolveFocal);
            }
        }
        for (TentativeName t : tentative) {
            settleTentative(t);
        }
        // people named with their title are known before titles alone are resolved
        for (List<Unit> us : units) {
            for (Unit u : us) {
                if (u.pending == Unit.Pending.TITLE_HOLDER) {
                    resolveTitle(u);
                }
            }
        }
        oneLegislature();
        for (List<Unit> us : units) {
            for (Unit u : us) {
                if (u.pending == Unit.Pending.PAIR) {
                    resolvePair(u);
                }
            }
        }
    }

    /**
     * "الطرفين", "البلدين", "كلا الجانبين" with the article: the two parties the article named just before, found
     * once every unit is resolved ({@link #resolvePair}).
     */
    private Unit pairReference(int s, int i, Match m) {
        String rest = tok(s, i).norm().substring(m.prefix().length());
        boolean definite = !m.phrase().tokens()[0].startsWith("ال") || rest.startsWith("ال")
                || (m.prefix().endsWith("ل") && rest.startsWith("ل"));
        if (!definite) {
            // "بين طرفين": two parties, not the two named before
            return null;
        }
        Unit u = new Unit(s, i, lastOf(s, m), m.begin(), m.end());
        u.pending = Unit.Pending.PAIR;
        u.pairOfCountries = true_(m.phrase().term(), "countries");
        return u;
    }

    /**
     * The two parties of a pair reference: looking back from it over up to five sentences, the nearest pair
     * reference resolved before, "بين A وB", or "A وB" (two units side by side, the second opening with و), of
     * countries only for البلدين. The mention stands for the first, {@link Unit#partner} is the second.
     */
    private void resolvePair(Unit u) {
        for (int s = u.sentence; s >= Math.max(0, u.sentence - 5); s--) {
            List<Unit> us = units.get(s);
            for (int k = us.size() - 1; k >= 0; k--) {
                Unit b = us.get(k);
                if (s == u.sentence && b.first >= u.first) {
                    continue;
                }
                if (b.partner != null && b.resolved() && (!u.pairOfCountries || b.type == ActorType.COUNTRY)) {
                    u.sameActorAs(b);
                    u.partner = b.partner;
                    u.pending = Unit.Pending.NONE;
                    return;
                }
                Unit a = k > 0 ? us.get(k - 1) : null;
                if (a != null && party(a, u) && party(b, u) && !a.key.equals(b.key) && b.first == a.last + 1
                        && tok(s, b.first).norm().startsWith("و")) {
                    u.sameActorAs(a);
                    u.partner = b;
                    u.pending = Unit.Pending.NONE;
                    return;
                }
            }
        }
    }

    /** Whether a unit can be one of the parties a pair reference takes up: an actor, not a place or a nisba. */
    private static boolean party(Unit x, Unit pair) {
        return x.resolved() && x.partner == null && !x.qualifier && !x.locative && !x.weak && x.type != ActorType.PLACE
                && (!pair.pairOfCountries || x.type == ActorType.COUNTRY);
    }

    /**
     * "البرلمان" and "مجلس النواب" in one article on one country are one body: the generic word for the
     * legislature (an institution pattern of lexv:chamber "whole") is the lower house the article names for that
     * country, unless the article names its upper house too (then the houses and the whole are three bodies).
     */
    private void oneLegislature() {
        Map<String, Unit> lower = new HashMap<>();
        Set<String> upper = new HashSet<>();
        List<Unit> whole = new ArrayList<>();
        for (List<Unit> us : units) {
            for (Unit x : us) {
                for (Unit u : concat(x, x.inner)) {
                    String chamber = u.resolved() ? chamberOf(u.key) : null;
                    if ("lower".equals(chamber)) {
                        lower.putIfAbsent(u.key.substring(0, u.key.lastIndexOf('/')), u);
                    } else if ("upper".equals(chamber)) {
                        upper.add(u.key.substring(0, u.key.lastIndexOf('/')));
                    } else if ("whole".equals(chamber) && u.institution != null) {
                        whole.add(u);
                    }
                }
            }
        }
        for (Unit u : whole) {
            String state = u.key.substring(0, u.key.lastIndexOf('/'));
            Unit house = lower.get(state);
            if (house != null && !upper.contains(state)) {
                u.sameActorAs(house);
            }
        }
    }

    /** The lexv:chamber of the institution pattern a state body's key ends with (org/LB/lower-house), or null. */
    private String chamberOf(String key) {
        if (key == null || !key.startsWith("org/") || key.indexOf('/', 4) < 0) {
            return null;
        }
        Term pattern = lex.institutions.get(key.substring(key.lastIndexOf('/') + 1));
        return pattern == null ? null : pattern.property("chamber");
    }

    /**
     * A title and one unknown word after it: when the title alone names a person the article introduced (the one
     * ambassador, the one minister), the word was no name; the mention is the title's, and the word names no one.
     */
    private void settleTentative(TentativeName t) {
        Unit name = t.person();
        String key = name.key;
        roleDrafts.remove(t.draft());
        Unit holder = definite(name) ? articleHolder(name.office) : null;
        if (holder == null) {
            roleDrafts.add(t.draft());
            return;
        }
        Unit title = new Unit(name.sentence, name.first, t.titleLast(), t.titleBegin(), t.titleEnd());
        title.sameActorAs(holder);
        title.office = name.office;
        List<Unit> us = units.get(name.sentence);
        if (!us.contains(name)) {
            roleDrafts.add(t.draft());
            return;
        }
        us.set(us.indexOf(name), title);
        Unit[] c = cover.get(name.sentence);
        for (int k = name.first; k <= name.last; k++) {
            c[k] = k <= title.last ? title : null;
        }
        articleNames.values().removeIf(key::equals);
    }

    /**
     * The one person the article introduced with an office or a narrower one: of the article's country for a
     * state office, else of any organisation; null when none or several.
     */
    private Unit articleHolder(Term office) {
        String org = organizationOf(office, null);
        for (String wanted : org == null ? java.util.Collections.<String>singletonList(null) : java.util.Arrays.asList(org, null)) {
            Map<String, Unit> found = new LinkedHashMap<>();
            for (RoleDraft r : roleDrafts) {
                if (holds(r.office, office) && !r.former && r.person.resolved()
                        && (wanted == null || wanted.equals(organizationOf(r.office, r.organization)))) {
                    found.put(r.person.key, r.person);
                }
            }
            if (found.size() == 1) {
                return found.values().iterator().next();
            }
            if (found.size() > 1) {
                return null;
            }
        }
        return null;
    }

    private void resolveFocal(Unit u) {
        if (u.pending == Unit.Pending.FOCAL_CAPITAL) {
            ActorEntry city = focal == null || focal.capitalKey() == null ? null : lex.actors.get(focal.capitalKey());
            if (city != null) {
                u.actor(city);
                u.pending = Unit.Pending.NONE;
            }
            return;
        }
        if (u.pending != Unit.Pending.FOCAL_COUNTRY) {
            return;
        }
        if (u.institution != null && soleQualified(u)) {
            return;
        }
        if (focal == null) {
            return;
        }
        if (u.institution != null) {
            String ar = u.institution.labelsAr().isEmpty() ? original(u.begin, u.end) : u.institution.labelsAr().get(0);
            institutionOf(u, focal, ar);
        } else {
            u.actor(focal);
            u.pending = Unit.Pending.NONE;
        }
    }

    /**
     * "السفارة السعودية ... وأكدت السفارة": a body named without its country is the one body of that kind the
     * article names with its country, when there is exactly one; else (none, or several) the article's country's.
     */
    private boolean soleQualified(Unit u) {
        Unit only = null;
        for (List<Unit> us : units) {
            for (Unit x : us) {
                for (Unit y : x.inner.isEmpty() ? List.of(x) : concat(x, x.inner)) {
                    if (y != u && y.institution != null && y.institution.key().equals(u.institution.key())
                            && y.pending == Unit.Pending.NONE && y.countryKey != null && y.key != null) {
                        if (only != null && !only.key.equals(y.key)) {
                            return false;
                        }
                        only = y;
                    }
                }
            }
        }
        if (only == null) {
            return false;
        }
        u.sameActorAs(only);
        u.pending = Unit.Pending.NONE;
        return true;
    }

    private static List<Unit> concat(Unit x, List<Unit> inner) {
        List<Unit> out = new ArrayList<>(inner.size() + 1);
        out.add(x);
        out.addAll(inner);
        return out;
    }

    /** The organisation key a title refers to: the one it names, or for a state office the article's country. */
    private String organizationOf(Term office, Unit org) {
        if (org != null) {
            return org.resolved() ? org.key : null;
        }
        if (true_(office, "national") && focal != null) {
            return focal.key();
        }
        return null;
    }

    private void resolveTitle(Unit u) {
        String org = organizationOf(u.office, u.organization);
        if (org == null) {
            if (u.organization == null) {
                soleHolder(u);
            }
            return;
        }
        Set<String> found = new LinkedHashSet<>();
        Unit holder = null;
        for (RoleDraft r : roleDrafts) {
            if (holds(r.office, u.office) && org.equals(organizationOf(r.office, r.organization))
                    && r.former == u.former && r.person.resolved()) {
                found.add(r.person.key);
                holder = r.person;
            }
        }
        if (found.size() == 1) {
            u.sameActorAs(holder);
            u.pending = Unit.Pending.NONE;
            return;
        }
        if (found.size() > 1) {
            return;
        }
        if (u.organization == null && indefinite(u)) {
            // "انتخب البرلمان رئيسا جديدا": a president, not the one in office
            return;
        }
        ActorEntry match = null;
        int matches = 0;
        for (ActorEntry e : lex.holdersOf.getOrDefault(u.office.key(), List.of())) {
            // "the former president" is never the sitting one, even if he held the office before too
            if (u.former && e.holds().stream().anyMatch(h -> h.office().equals(u.office.key())
                    && h.organizationKey().equals(org) && heldAsStated(h, false))) {
                continue;
            }
            for (HeldOffice h : e.holds()) {
                if (h.office().equals(u.office.key()) && h.organizationKey().equals(org) && heldAsStated(h, u.former)) {
                    if (match != e) {
                        matches++;
                    }
                    match = e;
                }
            }
        }
        if (matches == 1) {
            u.actor(match);
            u.pending = Unit.Pending.NONE;
            roleDrafts.add(new RoleDraft(u, u.office, u.organization, org, u.former,
                    sinceOf(match, u.office.key(), org), null, u.sentence));
            return;
        }
        // "الرئيس المعزول" after "الرئيس فلان": the one holder the article names, now marked former
        for (RoleDraft r : new ArrayList<>(roleDrafts)) {
            if (r.office.key().equals(u.office.key()) && org.equals(organizationOf(r.office, r.organization))
                    && r.person.resolved()) {
                found.add(r.person.key);
                holder = r.person;
            }
        }
        if (found.size() == 1) {
            u.sameActorAs(holder);
            u.pending = Unit.Pending.NONE;
            roleDrafts.add(new RoleDraft(holder, u.office, u.organization, org, u.former, null, null, u.sentence));
            return;
        }
        if (u.organization == null && definite(u)) {
            // "السفيرة" in an article on Iraq that names only the Swedish ambassador: her ("رئيس جديد" is anyone)
            soleHolder(u);
        }
    }

    /** Whether a title carries the article (الرئيس, not رئيس جديد) or its office's own first word does (المتحدث باسم). */
    /** Whether no word of a title carries the article (رئيس جديد، رئيسا): a holder, not the one holding it. */
    private boolean indefinite(Unit u) {
        for (int k = u.first; k <= u.last; k++) {
            if (hasArticle(tok(u.sentence, k))) {
                return false;
            }
        }
        return true;
    }

    private boolean definite(Unit u) {
        return hasArticle(tok(u.sentence, u.first));
    }

    /** Whether an office held is the office of a title, or a narrower one (وزير الخارجية for الوزير). */
    private static boolean holds(Term held, Term office) {
        if (held.key().equals(office.key())) {
            return true;
        }
        String broader = held.property("broader");
        return broader != null && List.of(broader.split("\\|")).contains(office.key());
    }

    /**
     * "رئيس البلدية", "الوزير" with no organisation named: the one person the article gave that office or a
     * narrower one, if only one.
     */
    private void soleHolder(Unit u) {
        Set<String> found = new LinkedHashSet<>();
        Unit holder = null;
        for (RoleDraft r : roleDrafts) {
            if (holds(r.office, u.office) && r.former == u.former && r.person.resolved()) {
                found.add(r.person.key);
                holder = r.person;
            }
        }
        if (found.size() == 1) {
            u.sameActorAs(holder);
            u.pending = Unit.Pending.NONE;
        }
    }

    private PartialDate sinceOf(ActorEntry e, String office, String org) {
        for (HeldOffice h : e.holds()) {
            if (h.office().equals(office) && h.organizationKey().equals(org)) {
                return h.since();
            }
        }
        return null;
    }

    /** Whether a lexicon office fits "current" or "former" at the article's date. */
    private boolean heldAsStated(HeldOffice h, boolean former) {
        int year = published == null ? Integer.MAX_VALUE : published.getYear();
        if (former) {
            return h.until() != null && h.until().year() <= year;
        }
        boolean started = h.since() == null || published == null || h.since().year() <= year;
        return started && (h.until() == null || (published != null && h.until().year() >= year));
    }

    // ------------------------------------------------------------------------------------- names seen before

    /** Surnames and full names of people the article introduced with a title, wherever they stand alone. */
    private void findKnownNames(int s) {
        if (articleNames.isEmpty()) {
            return;
        }
        Set<String> firstWords = new HashSet<>();
        articleNames.keySet().forEach(k -> firstWords.add(k.split(" ")[0]));
        Unit[] c = cover.get(s);
        int n = size(s);
        for (int i = 0; i < n; i++) {
            Match here = at(s, i);
            boolean functionWord = here != null && (here.phrase().isCue("NameStop") || here.phrase().isCue("Preposition"))
                    && !nameStop(s, i);
            if (c[i] != null || !tok(s, i).isWord() || (here != null && !functionWord)
                    || tok(s, i).variants().stream().noneMatch(v -> firstWords.contains(v.get(0).stem()))) {
                continue;
            }
            for (int len = Math.min(4, n - i); len >= 1; len--) {
                boolean free = true;
                StringBuilder rest = new StringBuilder();
                for (int k = i + 1; k < i + len; k++) {
                    free &= c[k] == null && tok(s, k).isWord();
                    rest.append(' ').append(tok(s, k).norm());
                }
                if (!free) {
                    continue;
                }
                Unit found = null;
                for (List<CompiledLexicon.Variant> vs : tok(s, i).variants()) {
                    CompiledLexicon.Variant v = vs.get(0);
                    String key = articleNames.get(v.stem() + rest);
                    if (key != null) {
                        Token t = tok(s, i);
                        Token last = tok(s, i + len - 1);
                        found = new Unit(s, i, i + len - 1, t.offsetOf(v.from()), last.end());
                        found.sameActorAs(personByKey(key));
                        found.prepositional = !v.prefix().isEmpty() && !v.prefix().equals("و") && !v.prefix().equals("ف")
                                || prepositional(s, i);
                        break;
                    }
                }
                if (found != null) {
                    units.get(s).add(found);
                    for (int k = i; k < i + len; k++) {
                        c[k] = found;
                    }
                    i += len - 1;
                    break;
                }
            }
        }
    }

    private Unit personByKey(String key) {
        for (List<Unit> us : units) {
            for (Unit u : us) {
                if (key.equals(u.key)) {
                    return u;
                }
            }
        }
        throw new IllegalStateException("no unit for " + key);
    }

    private void dropWeakNisbas() {
        Set<String> strong = new HashSet<>();
        for (List<Unit> us : units) {
            for (Unit u : us) {
                if (!u.weak) {
                    strong.add(u.key);
                    u.inner.forEach(x -> strong.add(x.key));
                }
            }
        }
        for (int s = 0; s < count; s++) {
            Unit[] c = cover.get(s);
            units.get(s).removeIf(u -> {
                boolean drop = u.weak && !strong.contains(u.key);
                if (drop) {
                    for (int k = u.first; k <= u.last; k++) {
                        c[k] = null;
                    }
                }
                return drop;
            });
        }
    }

    // ------------------------------------------------------------------------------------------------ records

    private Extraction records() {
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        Unit lastSubject = null;
        for (int s = 0; s < count; s++) {
            for (Unit u : units.get(s)) {
                mention(u, actors, mentions);
                for (Unit x : u.inner) {
                    if (x.resolved()) {
                        mention(x, actors, mentions);
                    }
                }
            }
            if (boilerplate[s]) {
                continue;
            }
            List<DateExpr> dates = dates(s);
            Set<DateExpr> consumed = tenure(s, dates);
            takingOffice(s, dates);
            List<EventDraft> drafts = events(s, dates, consumed, lastSubject);
            quantities(s, drafts, dates);
            drafts.removeIf(d -> d.source == null && d.target == null && d.quantities.isEmpty());
            drafts = withPartners(drafts);
            for (EventDraft d : drafts) {
                if (d.source != null) {
                    lastSubject = d.source;
                }
                if (d.reporting || spokenAct(d)) {
                    Statement st = statement(s, d);
                    if (st != null && !saidAlready(statements, st)) {
                        statements.add(st);
                    }
                }
                for (Unit u : new Unit[] {d.source, d.target, d.place}) {
                    if (u != null) {
                        actors.computeIfAbsent(u.key, k -> actorOf(u));
                    }
                }
                events.add(new Event(d.trigger.property("cameoCode"), d.trigger.key(), new Span(d.match.begin(), d.match.end()),
                        key(d.source), key(d.target), key(d.place), d.date, d.quantities, d.charge, s,
                        confidence(d)));
            }
            relations(s, drafts, relations);
            kinOfAntecedents(s, relations);
        }
        List<Role> roles = roles(actors);
        return new Extraction(ArabicExtractorFactory.NAME, text.sentences, List.copyOf(actors.values()), mentions, roles, events,
                relations, statements);
    }

    /**
     * "دعا الطرفين": an event whose source or target is a pair reference is told of each of the two parties; the
     * second event carries no quantity and no statement, which the first already gives.
     */
    private static List<EventDraft> withPartners(List<EventDraft> drafts) {
        List<EventDraft> out = new ArrayList<>(drafts.size());
        for (EventDraft d : drafts) {
            out.add(d);
            boolean bySource = d.source != null && d.source.partner != null;
            boolean onTarget = d.target != null && d.target.partner != null;
            if (bySource == onTarget) {
                // no pair, or "اتفق الطرفان" with "الطرفين" again as target: one event between the two is enough
                if (bySource && d.source.key.equals(d.target.key)) {
                    d.target = d.source.partner;
                }
                continue;
            }
            EventDraft e = new EventDraft();
            e.trigger = d.trigger;
            e.match = d.match;
            e.at = d.at;
            e.voice = d.voice;
            e.source = bySource ? d.source.partner : d.source;
            e.target = onTarget ? d.target.partner : d.target;
            e.place = d.place;
            e.date = d.date;
            e.charge = d.charge;
            e.quoted = d.quoted;
            e.sentence = d.sentence;
            out.add(e);
        }
        return out;
    }

    /** The record of a unit's actor; an organisation keeps the country it is a body of (ng:country). */
    private static Actor actorOf(Unit u) {
        return new Actor(u.key, u.type, u.labelAr, u.labelEn, u.transliterated, u.wikidata,
                u.type == ActorType.ORGANIZATION ? u.countryKey : null, List.of());
    }

    private static String key(Unit u) {
        return u == null ? null : u.key;
    }

    private void mention(Unit u, Map<String, Actor> actors, List<Mention> mentions) {
        actors.computeIfAbsent(u.key, k -> actorOf(u));
        mentions.add(new Mention(u.key, new Span(u.begin, u.end), original(u.begin, u.end), u.sentence));
    }

    private static double confidence(EventDraft d) {
        double c = 0.4 + (d.source != null ? 0.25 : 0) + (d.target != null ? 0.25 : 0)
                + (d.voice != Phrase.Voice.NOUN ? 0.1 : 0);
        return Math.min(1.0, d.quoted ? c * 0.8 : c);
    }

    // ------------------------------------------------------------------------------------------------- dates

    private List<DateExpr> dates(int s) {
        List<DateExpr> out = new ArrayList<>();
        Unit[] c = cover.get(s);
        int n = size(s);
        for (int i = 0; i < n; i++) {
            if (c[i] != null) {
                continue;
            }
            Match m;
            if ((m = cue(s, i, "DateWord")) != null && published != null) {
                int offset = Integer.parseInt(m.phrase().term().property("dayOffset"));
                out.add(new DateExpr(i, lastOf(s, m), PartialDate.of(published.plusDays(offset))));
                i = lastOf(s, m);
            } else if ((m = cue(s, i, "Weekday")) != null && published != null) {
                DayOfWeek dow = DayOfWeek.of(lex.weekdays.get(m.phrase().term()));
                int last = lastOf(s, m);
                LocalDate d;
                if (cue(s, last + 1, "NextMarker") != null) {
                    d = published.with(TemporalAdjusters.next(dow));
                    last++;
                } else if (cue(s, last + 1, "LastMarker") != null) {
                    d = published.with(TemporalAdjusters.previous(dow));
                    last++;
                } else {
                    d = published.with(TemporalAdjusters.previousOrSame(dow));
                }
                out.add(new DateExpr(i, last, PartialDate.of(d)));
                i = last;
            } else if ((m = cue(s, i, "Month")) != null) {
                int month = lex.months.get(m.phrase().term());
                int last = lastOf(s, m);
                if (last + 2 < n && tok(s, last + 1).is("/") && cue(s, last + 2, "Month") != null) {
                    last = lastOf(s, cue(s, last + 2, "Month"));
                }
                Integer year = number(s, last + 1, 1000, 2200);
                Integer day = number(s, i - 1, 1, 31);
                int first = day != null ? i - 1 : i;
                if (day == null) {
                    // "الأول من تشرين الأول": an ordinal day word, من between or not
                    int k = i - 1 >= 0 && tok(s, i - 1).norm().equals("من") ? i - 2 : i - 1;
                    Match ordinal = k >= 0 ? cueEndingAt(s, k, "DayOrdinal") : null;
                    if (ordinal != null) {
                        day = Integer.parseInt(ordinal.phrase().term().property("value"));
                        first = ordinal.first() - base(s);
                    }
                }
                if (year == null && day == null) {
                    continue;
                }
                if (year != null) {
                    last++;
                } else if (published != null) {
                    year = month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
                } else {
                    continue;
                }
                try {
                    out.add(new DateExpr(first, last, new PartialDate(year, month, day)));
                } catch (RuntimeException invalid) {
                    // "31 شباط": not a date
                }
                i = last;
            } else if ((m = cue(s, i, "YearMarker")) != null) {
                Integer year = number(s, lastOf(s, m) + 1, 1000, 2200);
                if (year != null) {
                    out.add(new DateExpr(i, lastOf(s, m) + 1, PartialDate.ofYear(year)));
                    i = lastOf(s, m) + 1;
                }
            }
        }
        return out;
    }

    private Integer number(int s, int i, int min, int max) {
        if (i < 0 || i >= size(s) || tok(s, i).kind() != Token.Kind.NUMBER) {
            return null;
        }
        try {
            int v = Integer.parseInt(tok(s, i).norm());
            return v >= min && v <= max ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "الذي شغل المنصب عام 2016": the date is when the person before took their office. */
    private Set<DateExpr> tenure(int s, List<DateExpr> dates) {
        Set<DateExpr> consumed = new HashSet<>();
        for (int i = 0; i < size(s); i++) {
            Match m = cue(s, i, "TenureCue");
            if (m == null) {
                continue;
            }
            int last = lastOf(s, m);
            DateExpr since = null;
            for (DateExpr d : dates) {
                if (d.first() > last && d.first() <= last + 3) {
                    since = d;
                    break;
                }
            }
            Unit person = null;
            for (Unit u : units.get(s)) {
                if (u.isPerson() && u.last < i) {
                    person = u;
                }
            }
            if (since == null || person == null) {
                continue;
            }
            consumed.add(since);
            for (int r = roleDrafts.size() - 1; r >= 0; r--) {
                RoleDraft d = roleDrafts.get(r);
                if (d.person.resolved() && d.person.key.equals(person.key)) {
                    d.since = since.date();
                    break;
                }
            }
        }
        return consumed;
    }

    /**
     * "أدى جوزيف عون اليمين الدستورية رئيسا للبلاد"، "تولى فلان منصب رئيس الوزراء": a verb of taking office
     * (lexv:OathVerb) whose subject is a person and whose complement, after the oath or post (lexv:OathObject), is
     * an office gives that person the office, of the country or body named right after it (else of the article's
     * country, for a national office), held since the sentence's date when it gives one.
     */
    private void takingOffice(int s, List<DateExpr> dates) {
        for (int i = 0; i < size(s); i++) {
            Match verb = cue(s, i, "OathVerb");
            if (verb == null) {
                continue;
            }
            int v = lastOf(s, verb);
            Unit person = null;
            Unit before = i > 0 ? cover.get(s)[i - 1] : null;
            if (before != null && before.isPerson() && before.last == i - 1) {
                person = before;
            }
            boolean post = false;
            for (int k = v + 1; k < size(s) && k <= v + 12 && (!tok(s, k).isPunct() || COMMAS.contains(tok(s, k).norm())); k++) {
                Unit u = cover.get(s)[k];
                if (person == null && u != null && u.first == k && u.isPerson()) {
                    person = u;
                    k = u.last;
                    continue;
                }
                Match object = cue(s, k, "OathObject");
                if (object != null) {
                    post = true;
                    k = lastOf(s, object);
                    continue;
                }
                Match office = at(s, k);
                // the office may read as a title naming its holder (رئيسا: the president the lexicon knows): still the office taken
                if (post && person != null && isKind(office, Phrase.Kind.OFFICE) && (u == null || u.first == k)) {
                    int after = lastOf(s, office) + 1;
                    Unit org = after < size(s) ? cover.get(s)[after] : null;
                    boolean ofOrg = org != null && org.first == after
                            && (org.type == ActorType.COUNTRY || org.type == ActorType.ORGANIZATION);
                    PartialDate since = dates.isEmpty() ? null : dates.get(0).date();
                    Term held = officeWithComplement(s, k, office.phrase().term());
                    if (held != office.phrase().term()) {
                        // "رئيسا للوزراء": the complement names the country only when it follows the whole office
                        after++;
                        org = after < size(s) ? cover.get(s)[after] : null;
                        ofOrg = org != null && org.first == after
                                && (org.type == ActorType.COUNTRY || org.type == ActorType.ORGANIZATION);
                    }
                    roleDrafts.add(new RoleDraft(person, held, ofOrg ? org : null, null, false, since, null, s));
                    break;
                }
            }
        }
    }

    /**
     * An office in the accusative whose complement is joined by لـ (رئيسا للوزراء، رئيسة للحكومة، وزيرا
     * للخارجية) names the office of the construct (رئيس الوزراء) when the lexicon has one; else the office read.
     */
    private Term officeWithComplement(int s, int k, Term read) {
        if (k + 1 >= size(s)) {
            return read;
        }
        String head = tok(s, k).norm();
        if (head.endsWith("ا")) {
            head = head.substring(0, head.length() - 1);
        }
        String next = tok(s, k + 1).norm();
        if (!next.startsWith("لل") || next.length() < 4) {
            return read;
        }
        String construct = head + " ال" + next.substring(2);
        for (Term office : lex.lexicon.offices()) {
            for (String label : office.labelsAr()) {
                if (ArabicNormalizer.normalize(label).equals(construct)) {
                    return office;
                }
            }
        }
        return read;
    }

    private PartialDate dateFor(int at, List<DateExpr> dates, Set<DateExpr> consumed, int s) {
        DateExpr best = null;
        for (DateExpr d : dates) {
            if (consumed.contains(d)) {
                continue;
            }
            boolean quoted = tok(s, d.first()).quoted();
            if (best == null || d.precision() > best.precision()
                    || (d.precision() == best.precision() && !quoted && tok(s, best.first()).quoted())
                    || (d.precision() == best.precision() && Math.abs(d.first() - at) < Math.abs(best.first() - at))) {
                best = d;
            }
        }
        return best == null ? null : best.date();
    }

    // ------------------------------------------------------------------------------------------------ events

    /** Clause number of each token: clause breaks, and a comma before و + a verb trigger, start a new one. */
    private int[] clauses(int s) {
        int n = size(s);
        int[] clause = new int[n];
        int c = 0;
        for (int i = 0; i < n; i++) {
            Match b = cue(s, i, "ClauseBreak");
            Match t = at(s, i);
            if (b != null && (t == null || !isKind(t, Phrase.Kind.ACTOR))) {
                c++;
            } else if (i > 0 && COMMAS.contains(tok(s, i - 1).norm()) && isKind(t, Phrase.Kind.TRIGGER)
                    && t.phrase().voice() != Phrase.Voice.NOUN && t.prefix().startsWith("و")) {
                c++;
            }
            clause[i] = c;
        }
        return clause;
    }

    /** For each token, the index after the last complementizer (أن، إن) of its clause before it. */
    private int[] complements(int s, int[] clause) {
        int n = size(s);
        int[] sub = new int[n];
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && clause[i] != clause[i - 1]) {
                start = i;
            }
            sub[i] = start;
            Match c = cue(s, i, "Complementizer");
            if (c != null && (at(s, i) == null || isKind(at(s, i), Phrase.Kind.CUE))) {
                start = lastOf(s, c) + 1;
            }
        }
        return sub;
    }

    private List<EventDraft> events(int s, List<DateExpr> dates, Set<DateExpr> consumed, Unit lastSubject) {
        List<EventDraft> out = new ArrayList<>();
        int n = size(s);
        int[] clause = clauses(s);
        int[] sub = complements(s, clause);
        List<Unit> us = units.get(s);
        List<EventDraft> all = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            Match m = at(s, t);
            if (!isKind(m, Phrase.Kind.TRIGGER)) {
                continue;
            }
            int last = lastOf(s, m);
            if (m.phrase().term().property("needsObject") != null
                    && !objectFollows(s, last + 1, m.phrase().term().property("needsObject"), clause)) {
                // "علق عضوية": the word is another trigger, the one whose object follows
                m = otherReading(s, t, m, clause);
                if (m == null) {
                    continue;
                }
            }
            m = readingWithObject(s, t, m, clause);
            Term trig = m.phrase().term();
            String needs = trig.property("needsObject");
            EventDraft d = new EventDraft();
            d.trigger = trig;
            d.match = m;
            d.at = t;
            d.sentence = s;
            d.voice = voice(s, t, m);
            if (d.voice == Phrase.Voice.ACTIVE && agentFollowsVerb(s, last + 1)) {
                d.voice = Phrase.Voice.PASSIVE;
            }
            d.reporting = true_(trig, "reporting");
            d.quoted = tok(s, t).quoted();
            boolean noTarget = true_(trig, "noTarget");

            d.source = d.voice == Phrase.Voice.ACTIVE ? null : agent(s, last + 1, clause);
            Unit[] pair = pair(s, d.trigger, last + 1, clause);
            if (pair != null) {
                d.source = pair[0];
                d.target = pair[1];
            } else switch (d.voice) {
                case ACTIVE -> {
                    if (d.source == null) {
                        d.source = unitBefore(s, t, sub[t], us);
                    }
                    if (d.source == null) {
                        d.source = relativeAntecedent(s, t);
                    }
                    if (d.source != null && objectPronounAfterConjunction(s, t, m, d.source)) {
                        // "اقتحمت الشرطة منزل فلان واعتقلته": the actor before و is the first verb's object
                        d.source = null;
                    }
                    if (d.source == null) {
                        Unit after = bareUnitAfter(s, last + 1, clause, 2, us, null);
                        if (after != null && complementizerBetween(s, last + 1, after.first)) {
                            // "وقال إن روسيا سترد": what follows إن is what is said, not who says it
                            after = null;
                        }
                        Unit subject = after == null ? null : subjectToInherit(s, t, m, after, clause, all, lastSubject);
                        if (subject != null) {
                            d.source = subject;
                            d.target = after;
                        } else {
                            d.source = after;
                        }
                    }
                }
                case PASSIVE -> {
                    d.target = bareUnitAfter(s, last + 1, clause, 3, us, d.source);
                    if (d.target == null && last + 1 < n && tok(s, last + 1).kind() == Token.Kind.NUMBER) {
                        // "قتل 23 جنديا باكستانيا": the nisba of the counted people is who suffered it
                        d.target = genitive(s, last + 1, clause, us);
                    }
                    if (d.target == null && counted(s, last + 1) && cue(s, last + 2, "OthersNoun") != null) {
                        // "قتل 23 جنديا باكستانيا وأصيب 29 آخرون": the others are more of the people counted before
                        d.target = lastTarget(all);
                    }
                }
                case NOUN -> {
                    Unit g = needs != null ? null : genitive(s, last + 1, clause, us);
                    if (noTarget && d.source == null) {
                        d.source = g;
                    } else if (!noTarget && g != d.source) {
                        d.target = g;
                    }
                }
                default -> throw new IllegalStateException();
            }
            nisbaAsAgent(s, d, last);
            if (d.source == null) {
                d.source = legislatureOfVoters(s, d, last, clause);
            }
            if (d.source == null && needs != null) {
                d.source = forcesOwner(s, last + 1, clause, true);
            }
            if (d.source == null && !d.quoted) {
                d.source = inherited(s, t, sub, clause, d, all, lastSubject);
            }
            if (d.source == null && needs != null) {
                d.source = forcesOwner(s, last + 1, clause, false);
            }
            if (d.source == null && d.voice == Phrase.Voice.NOUN && true_(trig, "agentFromClause")
                    && !prepositional(s, t) && !afterEventVerb(all, clause, sub, t) && !spokenOf(s, t)) {
                Unit announcer = announcer(all, clause, sub, t, d.target);
                d.source = announcer != null ? announcer : clauseSubject(s, t, sub[t], d.target, dates);
            }
            if (!noTarget && d.target == null && true_(trig, "premisesObject")) {
                d.target = premisesOwner(s, d, last + 1, clause);
            }
            if (!noTarget && d.target == null) {
                d.target = target(s, d, last + 1, clause, us);
            }
            if (d.target != null && "ForcesNoun".equals(needs) && armed(s, d.target)) {
                // "نشر قوات الجيش": the forces sent are not whom they are sent against
                d.target = null;
            }
            if (!noTarget && d.target == null && true_(trig, "pronounObject")) {
                d.target = pronounReferent(s, last, d.match.end(), d.source, false);
            }
            if (!noTarget && d.target == null) {
                d.target = eventReferent(s, d, last + 1);
            }
            if (d.target != null && d.source != null && d.target.key.equals(d.source.key)) {
                d.target = null;
            }
            if (trig.property("militaryReading") != null || true_(trig, "militaryOnly")) {
                Term reading = military(s, t, last, d, clause) ? lex.trigger(trig.property("militaryReading")) : null;
                if (reading != null) {
                    d.trigger = reading;
                } else if (true_(trig, "militaryOnly")) {
                    continue;
                }
            }
            d.place = place(s, last + 1, clause, us, d);
            d.date = dateFor(t, dates, consumed, s);
            d.charge = charge(s, last + 1, clause);
            all.add(d);
            // a casualty trigger stays a candidate without actors: "وأصيب 40 شخصا" is news for its number alone
            // (records() drops it when no number binds to it either)
            if (d.source != null || d.target != null || trig.property("counts") != null) {
                out.add(d);
            }
        }
        targetsFromComplements(s, all);
        mergePurposeNouns(s, clause, all, out);
        reactionTargets(s, all);
        for (EventDraft d : all) {
            if (d.source != null && d.voice != Phrase.Voice.PASSIVE) {
                agents.put(d.trigger.key(), d.source);
            }
        }
        return out;
    }

    // ---- reactions, votes and statements about acts

    /**
     * "العقوبات الأمريكية"، "الغارات الإسرائيلية على لبنان"، "عقوبات أوروبية": a nisba adjective right after the
     * verbal noun of an act says whose act it is, not whom it is done to. Only a singular nisba agreeing with the
     * noun in definiteness reads so (a plural nisba, الأمريكيين, names people, who may be the act's patients), and
     * never after a noun whose number counts its victims (مقتل، اعتقال، إصابة: the nisba is of those counted).
     */
    private void nisbaAsAgent(int s, EventDraft d, int last) {
        if (d.voice != Phrase.Voice.NOUN || d.target == null || d.target.first != last + 1
                || d.trigger.property("counts") != null || !isKind(at(s, last + 1), Phrase.Kind.DEMONYM)) {
            return;
        }
        Match nisba = at(s, last + 1);
        String word = tok(s, last + 1).norm().substring(Math.min(nisba.prefix().length(), tok(s, last + 1).norm().length()));
        String noun = tok(s, d.at).norm().substring(Math.min(d.match.prefix().length(), tok(s, d.at).norm().length()));
        boolean singular = word.endsWith("ي") || word.endsWith("يه");
        if (!singular || hasArticle(word) != hasArticle(noun) || !nisba.prefix().isEmpty()) {
            return;
        }
        if (d.source == null) {
            d.source = d.target;
        }
        d.target = null;
    }

    /** Whether the word before token {@code t} is one of speaking about (إزاء، حيال، بشأن): t is spoken of. */
    private boolean spokenOf(int s, int t) {
        int k = wordBefore(s, t);
        return k >= 0 && cueEndingAt(s, k, "AboutPreposition") != null;
    }

    /**
     * "صوت 101 نائب لصالح عزل الرئيس"، "وأيد 204 نواب القرار": an act whose subject is a number of deputies or
     * votes (the lexv:voter counted nouns) is the legislature's: the last body the article named, up to this
     * sentence, whose name starts with a lexv:LegislatureNoun cue. Null when there is none, or no such count
     * stands as the subject (right after a verb, or before a verbal noun in its clause).
     */
    private Unit legislatureOfVoters(int s, EventDraft d, int last, int[] clause) {
        boolean voters = false;
        if (d.voice == Phrase.Voice.ACTIVE) {
            voters = voterCount(s, last + 1);
        } else if (d.voice == Phrase.Voice.NOUN) {
            for (int k = d.at - 1; k >= 0 && k >= d.at - 8 && clause[k] == clause[d.at] && !voters; k--) {
                voters = voterCount(s, k);
            }
        }
        if (!voters) {
            return null;
        }
        for (int r = s; r >= 0; r--) {
            List<Unit> us = units.get(r);
            for (int i = us.size() - 1; i >= 0; i--) {
                Unit u = us.get(i);
                if (u.type == ActorType.ORGANIZATION && (r < s || u.first < d.at) && cue(r, u.first, "LegislatureNoun") != null) {
                    return u;
                }
            }
        }
        return null;
    }

    /** Whether a number stands at {@code k} followed by a counted noun of voters (نائبا، نواب، صوتا). */
    private boolean voterCount(int s, int k) {
        if (!counted(s, k)) {
            return false;
        }
        Match number = cue(s, k, "NumberWord");
        int next = number != null ? lastOf(s, number) + 1 : k + 1;
        Match noun = cue(s, next, "CountedNoun");
        return noun != null && true_(noun.phrase().term(), "voter");
    }

    /**
     * "رحبت واشنطن بالإفراج عن فلان"، "أدانت باريس اعتقال السلطات للكاتب فلان": a reaction (lexv:reaction) whose
     * object is the verbal noun of another event of the sentence is aimed at that act's agent, or at its patient
     * when the act names no agent other than the one reacting.
     */
    private void reactionTargets(int s, List<EventDraft> all) {
        for (EventDraft d : all) {
            if (!true_(d.trigger, "reaction") || d.voice == Phrase.Voice.NOUN) {
                continue;
            }
            int object = d.source != null && d.source.first > d.at ? d.source.last + 1 : lastOf(s, d.match) + 1;
            while (object < size(s) && isQuote(tok(s, object))) {
                object++;
            }
            for (EventDraft act : all) {
                if (act == d || act.at != object || act.voice != Phrase.Voice.NOUN) {
                    continue;
                }
                Unit aimed = act.source != null && (d.source == null || !act.source.key.equals(d.source.key)) ? act.source : act.target;
                if (aimed != null && (d.source == null || !aimed.key.equals(d.source.key))) {
                    d.target = aimed;
                }
            }
        }
    }

    /** The article's latest agent of each trigger so far, for a definite verbal noun naming that event again. */
    private final Map<String, Unit> agents = new HashMap<>();

    /**
     * "أدان الاتحاد الأفريقي الانقلاب": a trigger whose object is the definite verbal noun of an event the article
     * told before, with no actor of its own, acts on that event's agent.
     */
    private Unit eventReferent(int s, EventDraft d, int from) {
        int k = d.source != null && d.source.first == from ? d.source.last + 1 : from;
        Match m = at(s, k);
        if (!isKind(m, Phrase.Kind.TRIGGER) || m.phrase().voice() != Phrase.Voice.NOUN || !m.prefix().isEmpty()
                || !tok(s, k).norm().startsWith("ال") || (k + 1 < size(s) && cover.get(s)[k + 1] != null)) {
            return null;
        }
        Unit agent = agents.get(m.phrase().term().key());
        return agent == null || (d.source != null && agent.key.equals(d.source.key)) ? null : agent;
    }

    // ---- events of unrest and repression: owners of buildings, pronoun objects, relative-clause agents

    /**
     * "اقتحم المحتجون المقر الرسمي للرئيس"، "أضرموا النار في منزل رئيس الوزراء"، "اقتحموا مقر البرلمان"،
     * "اقتحام مقره": for a trigger acting on places (lexv:premisesObject), a building or home (lexv:PremisesNoun)
     * standing as its object, right after the trigger (and its subject) or after one of its target markers, stands
     * for its owner: the actor after it in the genitive or after ل (the adjectives of the building between:
     * الرسمي، الخاص), a title resolving to its holder; or, for a pronoun on the noun, the actor it refers to.
     * Null when no building is the object or its owner is no actor (منزل في القرية).
     */
    private Unit premisesOwner(int s, EventDraft d, int from, int[] clause) {
        int k = d.source != null && d.source.first >= from && d.source.first <= from + 1 ? d.source.last + 1 : from;
        List<String> markers = lex.normalizedValues(d.trigger, "targetMarker");
        for (int words = 0; k < size(s) && clause[k] == clause[from - 1] && words < 3; k++) {
            Token t = tok(s, k);
            Unit c = cover.get(s)[k];
            if (c != null && c.first == k && (c.locative || c.type == ActorType.PLACE)) {
                // "اقتحم آلاف المحتجين في سريلانكا، أمس السبت، المقر الرسمي": where, then when, then the object
                k = c.last;
                continue;
            }
            if (COMMAS.contains(t.norm()) || cue(s, k, "Weekday") != null || cue(s, k, "DateWord") != null) {
                continue;
            }
            if (t.isPunct() || (c != null && cue(s, k, "PremisesNoun") == null)) {
                return null;
            }
            Match p = cue(s, k, "PremisesNoun");
            if (p != null && (p.prefix().isEmpty() || markers.stream().anyMatch(mk -> p.prefix().endsWith(mk)))) {
                return ownerAfter(s, p, d.source);
            }
            Unit whole = partOf(s, k, d.source);
            if (whole != null) {
                return whole;
            }
            if (!markers.contains(t.norm())) {
                words++;
            }
        }
        return null;
    }

    /**
     * "أضرموا النار في جزء منه"، "في أجزاء من البرلمان": the whole a part is named of, an actor after من or the one
     * a pronoun on من refers to; null when no part word stands at {@code k}.
     */
    private Unit partOf(int s, int k, Unit not) {
        if (cue(s, k, "PartNoun") == null || k + 1 >= size(s)) {
            return null;
        }
        Token of = tok(s, k + 1);
        String w = CompiledLexicon.lightForm(original(of.begin(), of.end()));
        if (w.startsWith("من") && w.length() > 2) {
            return pronounReferent(s, k + 1, of.begin() + 2, not, true);
        }
        if (!w.equals("من") || k + 2 >= size(s)) {
            return null;
        }
        Match building = cue(s, k + 2, "PremisesNoun");
        if (building != null && building.prefix().isEmpty()) {
            // "في أجزاء من مقر البرلمان": part of a building, and so of its owner
            return ownerAfter(s, building, not);
        }
        Unit u = cover.get(s)[k + 2];
        return u == null || u.first != k + 2 || u.type == ActorType.PLACE ? null : u;
    }

    /** The owner of the building named by {@code p}: the actor right after it and its adjectives, or its pronoun's. */
    private Unit ownerAfter(int s, Match p, Unit not) {
        int k = lastOf(s, p);
        Token noun = tok(s, k);
        if (p.end() < noun.end()) {
            return pronounReferent(s, k, p.end(), not, true);
        }
        boolean definite = hasArticle(tok(s, p.first() - base(s)).norm().substring(p.prefix().length()));
        int j = k + 1;
        for (int adjectives = 0; definite && j < size(s) && adjectives < 2 && cover.get(s)[j] == null
                && tok(s, j).isWord() && tok(s, j).norm().startsWith("ال"); adjectives++) {
            // "المقر الرسمي للرئيس": adjectives agree with a definite building; its owner follows with ل
            j++;
        }
        Unit u = j < size(s) ? cover.get(s)[j] : null;
        if (u == null || u.first != j || u.type == ActorType.PLACE || u.locative || u == not
                || (not != null && u.key.equals(not.key))) {
            return null;
        }
        Match m = at(s, j);
        String prefix = m == null ? "" : m.prefix();
        // a definite building takes its owner with ل (المقر الرسمي للرئيس), an indefinite one in the genitive
        boolean genitive = prefix.isEmpty() && !definite;
        boolean lam = prefix.endsWith("ل") || tok(s, j).norm().startsWith("لل");
        return genitive || lam ? u : null;
    }

    /**
     * The actor an object pronoun on word {@code k}, whose stem ends at code point {@code stemEnd}, refers to (توقيفها، اعتقاله، اعتقلته، مقره):
     * the last one before it, in this sentence or the one before, of the pronoun's gender and number: ها a
     * person with a feminine title or name, ه a person without; هم a group. With {@code organizations}, a body
     * of the pronoun's gender (its words feminine or not) counts too (اقتحام مقرها: the government's). Null for
     * any other ending, or when no actor fits.
     */
    private Unit pronounReferent(int s, int k, int stemEnd, Unit not, boolean organizations) {
        Token t = tok(s, k);
        if (stemEnd >= t.end()) {
            return null;
        }
        String suffix = CompiledLexicon.lightForm(original(stemEnd, t.end()));
        boolean plural = suffix.equals("هم") || suffix.equals("هن") || suffix.equals("هما");
        if (!plural && !suffix.equals("ه") && !suffix.equals("ها")) {
            return null;
        }
        boolean fem = suffix.equals("ها");
        for (int z = s; z >= 0 && z >= s - 1; z--) {
            if (boilerplate[z]) {
                continue;
            }
            List<Unit> us = units.get(z);
            for (int i = us.size() - 1; i >= 0; i--) {
                Unit u = us.get(i);
                if ((z == s && u.first >= k) || u == not || (not != null && u.key.equals(not.key)) || u.qualifier) {
                    continue;
                }
                boolean fits;
                if (plural) {
                    fits = u.type == ActorType.GROUP;
                } else if (u.isPerson()) {
                    fits = feminineEvidence(u) == fem;
                } else {
                    fits = organizations && (u.type == ActorType.ORGANIZATION || u.type == ActorType.GROUP)
                            && feminine(u) == fem;
                }
                if (fits) {
                    return u;
                }
            }
        }
        return null;
    }

    /**
     * Whether a person is named as a woman: the title or word before the name, or the given name, is feminine
     * in ة (الرئيسة، الشابة، الناشطة فلانة، فاطمة).
     */
    private boolean feminineEvidence(Unit u) {
        int s = u.sentence;
        for (int k : new int[] {u.first - 1, u.first}) {
            if (k < 0 || k > u.last || (k < u.first && cover.get(s)[k] != null)) {
                continue;
            }
            Token t = tok(s, k);
            if (t.isWord() && CompiledLexicon.lightForm(original(t.begin(), t.end())).endsWith("ة")) {
                return true;
            }
        }
        String name = original(u.begin, u.end).strip().split("\\s+")[0];
        return name.endsWith("ة");
    }

    /**
     * "قوات الأمن التي أطلقت الرصاص": the subject of a verb opening a relative clause is the actor the relative
     * pronoun follows (a comma may stand between).
     */
    private Unit relativeAntecedent(int s, int t) {
        int k = wordBefore(s, t);
        if (k < 1 || cue(s, k, "RelativePronoun") == null) {
            return null;
        }
        int j = k - 1;
        if (COMMAS.contains(tok(s, j).norm())) {
            j--;
        }
        Unit u = j >= 0 ? cover.get(s)[j] : null;
        if (u == null || u.last != j) {
            return null;
        }
        if (u.qualifier && u.first > 0 && cover.get(s)[u.first - 1] != null) {
            // "الشرطة الإيرانية التي": the group the nisba qualifies
            u = cover.get(s)[u.first - 1];
        }
        // a preposition on the antecedent governs it in the main clause only (ندد بقوات الأمن التي أطلقت)
        return u.type == ActorType.PLACE || (u.locative && u.type == ActorType.COUNTRY) ? null : u;
    }

    /**
     * Whether a verb with و on it and an object pronoun after it (واعتقلته) follows right after {@code before}:
     * that actor closes the clause before and is not the verb's subject, which it shares with that clause.
     */
    private boolean objectPronounAfterConjunction(int s, int t, Match m, Unit before) {
        if (!m.prefix().startsWith("و") || before.last != t - 1) {
            return false;
        }
        Token v = tok(s, lastOf(s, m));
        String suffix = m.end() < v.end() ? CompiledLexicon.lightForm(original(m.end(), v.end())) : "";
        return suffix.equals("ه") || suffix.equals("ها") || suffix.equals("هم");
    }

    /**
     * "قتلوا برصاص الشرطة"، "اعتقل على يد"، "قتل خمسة متظاهرين برصاص الشرطة": a verb whose agent marker follows
     * it right away, or a marker of the agent of passives only (lexv:passiveOnly) after the actor or the number
     * and noun of those it befell, is a passive its letters do not show.
     */
    private boolean agentFollowsVerb(int s, int k) {
        if (cue(s, k, "AgentMarker") != null) {
            return true;
        }
        if (counted(s, k)) {
            int j = k;
            while (j < k + 3 && (counted(s, j) || cue(s, j, "ApproximateMarker") != null)) {
                j++;
            }
            Unit u = j < size(s) ? cover.get(s)[j] : null;
            k = u != null && u.first == j ? u.last + 1 : j + 1;
        } else {
            // "قتل المتظاهر فلان على يد قوات الأمن": the one it befell (a noun, its nisba and a name at most), then its agent
            for (int units = 0; units < 3 && k < size(s) && cover.get(s)[k] != null && cover.get(s)[k].first == k; units++) {
                k = cover.get(s)[k].last + 1;
            }
        }
        Match marker = cue(s, k, "AgentMarker");
        return marker != null && true_(marker.phrase().term(), "passiveOnly");
    }

    /**
     * "هاجم محتجون مكتب الحزب": of the triggers a word is the form of, the one that needs an object of a cue class
     * (a building, a means of repression) when that object follows, over one that needs none.
     */
    private Match readingWithObject(int s, int t, Match m, int[] clause) {
        if (m.phrase().term().property("needsObject") != null) {
            return m;
        }
        for (Match o : CompiledLexicon.triggers(candidates(s, t), toks(s), t)) {
            String needs = o.phrase().term().property("needsObject");
            if (o.last() == m.last() && o.phrase().voice() == m.phrase().voice() && needs != null
                    && objectFollows(s, lastOf(s, o) + 1, needs, clause)) {
                return o;
            }
        }
        return m;
    }

    /**
     * "أطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين": a verbal noun of purpose (with ل) of the same kind of
     * event (the same CAMEO root) as the event before it in its clause is that event again: its target becomes
     * that event's when it had none, and it is no event of its own.
     */
    private void mergePurposeNouns(int s, int[] clause, List<EventDraft> all, List<EventDraft> out) {
        for (int i = 1; i < all.size(); i++) {
            EventDraft d = all.get(i);
            EventDraft e = all.get(i - 1);
            String dc = d.trigger.property("cameoCode");
            String ec = e.trigger.property("cameoCode");
            if (d.voice != Phrase.Voice.NOUN || !d.match.prefix().endsWith("ل") || clause[d.at] != clause[e.at]
                    || dc == null || ec == null || !dc.regionMatches(0, ec, 0, 2) || e.reporting) {
                continue;
            }
            if (e.target == null) {
                e.target = d.target;
            }
            if (e.source == null) {
                e.source = d.source;
            }
            if (!out.contains(e) && (e.source != null || e.target != null)) {
                out.add(out.indexOf(d) < 0 ? out.size() : out.indexOf(d), e);
            }
            out.remove(d);
            all.remove(i--);
        }
    }

    private static Unit lastTarget(List<EventDraft> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).target != null) {
                return before.get(i).target;
            }
        }
        return null;
    }

    /**
     * "وهددت بفرض عقوبات على قادة الانقلاب": a trigger marked lexv:targetFromComplement with no target of its
     * own, followed right away by ب and the verbal noun of the act it threatens, has that act's target.
     */
    private void targetsFromComplements(int s, List<EventDraft> all) {
        for (int i = 0; i + 1 < all.size(); i++) {
            EventDraft d = all.get(i);
            EventDraft next = all.get(i + 1);
            if (d.target == null && true_(d.trigger, "targetFromComplement") && next.target != null
                    && next.voice == Phrase.Voice.NOUN && next.match.prefix().contains("ب")
                    && next.at == (d.source != null && d.source.first == lastOf(s, d.match) + 1 ? d.source.last : lastOf(s, d.match)) + 1
                    && (d.source == null || !d.source.key.equals(next.target.key))) {
                d.target = next.target;
            }
        }
    }

    /**
     * For a word that is the form of several triggers that each need an object (علق: aid suspended, membership
     * suspended), the reading of the same words whose object follows; null when none does.
     */
    private Match otherReading(int s, int t, Match m, int[] clause) {
        for (Match o : CompiledLexicon.triggers(candidates(s, t), toks(s), t)) {
            String needs = o.phrase().term().property("needsObject");
            if (o.last() == m.last() && o.phrase().term() != m.phrase().term() && o.phrase().voice() == m.phrase().voice()
                    && needs != null && objectFollows(s, lastOf(s, o) + 1, needs, clause)) {
                return o;
            }
        }
        return null;
    }

    /** Whether a complementizer (أن، إن) stands between tokens {@code from} and {@code to}. */
    private boolean complementizerBetween(int s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (cue(s, k, "Complementizer") != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a verb joined by و and followed by one actor only that cannot be its subject: the subject it shares
     * with the clause or sentence before, the actor being its object. The actor cannot be the subject when the
     * verb is plural (a verb before its subject is singular: واعتقلوا الرئيس), when its case ending is that of
     * an object (a plural or dual in ين: ودعا العسكريين، ودعا الطرفين), or, for a verb whose direct object is an
     * actor (lexv:actorObject), when the verb's gender is not the actor's (ودعا الدول الغربية، واتهمت جهاز
     * الاستخبارات الفرنسي). Null when the actor is the subject: a second actor follows (واتهم إسلام آباد كابول),
     * genders agree, or there is no subject to share.
     */
    private Unit subjectToInherit(int s, int t, Match m, Unit after, int[] clause, List<EventDraft> before,
                                  Unit lastSubject) {
        Term trig = m.phrase().term();
        if (!m.prefix().startsWith("و") || true_(trig, "noTarget") || true_(trig, "reporting")
                || secondObject(s, after, clause)) {
            return null;
        }
        boolean femVerb = lex.isFeminineVerb(m);
        boolean object = lex.isPluralVerb(m) || accusativePlural(s, after)
                || (true_(trig, "actorObject") && (femVerb ? masculine(after) : feminine(after)));
        if (!object) {
            return null;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e.source != null && e.voice != Phrase.Voice.PASSIVE && e.at < t && !e.source.key.equals(after.key)) {
                return e.source;
            }
        }
        return lastSubject != null && !lastSubject.key.equals(after.key) ? lastSubject : null;
    }

    /** A group named by a sound plural or dual in ين (العسكريين، المحتجين، الطرفين): the case of an object. */
    private boolean accusativePlural(int s, Unit u) {
        if (u.type != ActorType.GROUP) {
            return false;
        }
        Match m = at(s, u.first);
        String w = tok(s, u.first).norm().substring(m == null ? 0 : Math.min(m.prefix().length(), tok(s, u.first).norm().length()));
        return w.endsWith("ين") && w.length() > 4;
    }

    /**
     * A body whose words end in a masculine nisba and whose head noun is not feminine (جهاز الاستخبارات الفرنسي،
     * الجيش الباكستاني، المجلس العسكري): grammatically masculine.
     */
    private boolean masculine(Unit u) {
        if (u.type != ActorType.ORGANIZATION && u.type != ActorType.GROUP) {
            return false;
        }
        int end = u.end;
        Unit next = u.last + 1 < size(u.sentence) ? cover.get(u.sentence)[u.last + 1] : null;
        if (next != null && next.qualifier && next.first == u.last + 1) {
            // "الجيش الفرنسي": the nisba qualifying the group agrees with it
            end = next.end;
        }
        String words = original(u.begin, end).strip();
        String head = words.split("\\s+")[0];
        return words.endsWith("ي") && words.contains(" ") && !head.endsWith("ة") && !head.endsWith("ات");
    }

    /**
     * Whether a second bare actor follows {@code first} before the verb's complements begin (a preposition, or a
     * word with ب or ل on it: واتهم X بانتهاك المجال الجوي الأفغاني has one actor, واتهم X Y بـ two).
     */
    private boolean secondObject(int s, Unit first, int[] clause) {
        Unit[] c = cover.get(s);
        int words = 0;
        for (int k = first.last + 1; k < size(s) && clause[k] == clause[first.first] && words <= 3; k++) {
            Unit u = c[k];
            if (u != null && u.first == k) {
                boolean adjective = isKind(at(s, k), Phrase.Kind.DEMONYM) && k == first.last + 1;
                if (u.qualifier || u.prepositional || u.locative || adjective) {
                    k = u.last;
                    continue;
                }
                return true;
            }
            Token t = tok(s, k);
            if (t.isPunct() || cue(s, k, "Preposition") != null || t.norm().startsWith("ب") || t.norm().startsWith("ل")) {
                return false;
            }
            words++;
        }
        return false;
    }

    /**
     * Whether an actor's words are grammatically feminine: ending in ة or the plural ات (الدول الغربية، الحكومة،
     * المنظمات), or a country or place named without the article (states and cities are feminine; العراق and
     * the like, with it, are masculine).
     */
    private boolean feminine(Unit u) {
        String words = original(u.begin, u.end).strip();
        if (words.endsWith("ة") || words.endsWith("ات")) {
            return true;
        }
        return (u.type == ActorType.COUNTRY || u.type == ActorType.PLACE) && !hasArticle(tok(u.sentence, u.first).norm()
                .substring(Math.min(tok(u.sentence, u.first).norm().length(), prefixLength(u))));
    }

    private int prefixLength(Unit u) {
        Match m = at(u.sentence, u.first);
        return m == null ? 0 : m.prefix().length();
    }

    /**
     * Whether a verb of attack that is also used without arms (هاجم، استهدف) acts militarily here: never when
     * its subject is a measure (عقوبات تستهدف); yes when its subject is an armed body (الجيش، مسلحون، قوات، عناصر
     * من حركة) or its object is positions, a place or people (مواقع، قرية، المدنيين، قوات).
     */
    private boolean military(int s, int t, int last, EventDraft d, int[] clause) {
        int b = wordBefore(s, t);
        if (b >= 0 && clause[b] == clause[t] && cueEndingAt(s, b, "MeasureNoun") != null) {
            return false;
        }
        if (d.source != null && armed(s, d.source)) {
            return true;
        }
        int o = d.source != null && d.source.first > t ? d.source.last + 1 : last + 1;
        while (o < size(s) && isQuote(tok(s, o))) {
            o++;
        }
        if (o >= size(s) || clause[o] != clause[t]) {
            return false;
        }
        Unit u = cover.get(s)[o];
        if (u != null && u.first == o && u.type == ActorType.PLACE) {
            return true;
        }
        return cue(s, o, "MilitaryObject") != null || cue(s, o, "ForcesNoun") != null || armedNoun(s, o);
    }

    /** Whether an actor is an armed body: its first word, or a partitive before it (عناصر من), names one. */
    private boolean armed(int s, Unit u) {
        if (armedNoun(s, u.first)) {
            return true;
        }
        int k = wordBefore(s, u.first);
        if (k >= 0 && tok(s, k).norm().equals("من")) {
            k = wordBefore(s, k);
        }
        return k >= 0 && k >= u.first - 3 && armedNoun(s, k);
    }

    private boolean armedNoun(int s, int k) {
        return cue(s, k, "ArmedActorNoun") != null || cue(s, k, "ForcesNoun") != null || cue(s, k, "ArmedForceNoun") != null;
    }

    private Phrase.Voice voice(int s, int t, Match m) {
        Phrase.Voice v = m.phrase().voice();
        if (v == Phrase.Voice.ACTIVE && lex.isAlsoNoun(m) && !verbPosition(s, t, m)) {
            v = Phrase.Voice.NOUN;
        }
        if (v == Phrase.Voice.ACTIVE) {
            // a damma on the first letter of the verb marks the passive its letters hide (عُزل)
            int[] cps = text.cps;
            int k = m.begin();
            if (k + 1 < m.end() && cps[k + 1] == 0x064F) {
                return Phrase.Voice.PASSIVE;
            }
        }
        int b = wordBefore(s, t);
        if (b >= 0 && cue(s, b, "ImpersonalMarker") != null) {
            return Phrase.Voice.PASSIVE;
        }
        int next = lastOf(s, m) + 1;
        if (v == Phrase.Voice.ACTIVE && t == 0 && next < size(s) && tok(s, next).kind() == Token.Kind.NUMBER
                && m.phrase().term().property("counts") != null) {
            // "قتل 23 جنديا" opening a report: a number is no verb's subject, so the unmarked verb is the passive قُتل
            return Phrase.Voice.PASSIVE;
        }
        return v;
    }

    /**
     * Where a form that is both a verb and a verbal noun (عزل، نقل، رفض) reads as a verb: with و or ف on it,
     * opening a sentence or clause, after punctuation, a complementizer, قد, or right after its subject; never
     * with the preposition ب on it.
     */
    private boolean verbPosition(int s, int t, Match m) {
        if (m.prefix().contains("ب")) {
            // a preposition governs nouns only: "هددت فرنسا بفرض عقوبات"
            return false;
        }
        if (m.prefix().startsWith("و") || m.prefix().startsWith("ف") || t == 0) {
            return true;
        }
        Token before = tok(s, t - 1);
        if (before.isPunct() && !isQuote(before)) {
            return true;
        }
        Unit u = cover.get(s)[t - 1];
        if (u != null && u.last == t - 1 && !u.prepositional) {
            return true;
        }
        return cueEndingAt(s, t - 1, "Complementizer") != null || cueEndingAt(s, t - 1, "ClauseBreak") != null
                || before.norm().equals("قد") || before.norm().equals("لقد");
    }

    /** Whether a noun of the cue class follows within five words, the words of a subject in between not counted. */
    private boolean objectFollows(int s, int from, String cueType, int[] clause) {
        int words = 0;
        for (int k = from; k < size(s) && words < 5; k++) {
            if (clause[k] != clause[from - 1]) {
                return false;
            }
            if (cue(s, k, cueType) != null) {
                return true;
            }
            Unit u = cover.get(s)[k];
            if (u != null && u.first == k && !u.prepositional) {
                k = u.last;
            } else {
                words++;
            }
        }
        return false;
    }

    /**
     * "أعلن ضباط في الجيش، فجر الجمعة، الاستيلاء على السلطة": a verbal noun that is the object of a verb of
     * saying in its clause (no أن between) has that verb's subject as agent, whatever actors stand between.
     */
    private static Unit announcer(List<EventDraft> before, int[] clause, int[] sub, int t, Unit not) {
        for (int i = before.size() - 1; i >= 0; i--) {
            EventDraft e = before.get(i);
            if (e.reporting && e.source != null && e.voice == Phrase.Voice.ACTIVE && clause[e.at] == clause[t]
                    && e.at >= sub[t] && e.at < t) {
                return not != null && e.source.key.equals(not.key) ? null : e.source;
            }
        }
        return null;
    }

    /** Whether a verb of another event (not of saying) governs the clause before {@code t} (دانت X الانقلاب). */
    private static boolean afterEventVerb(List<EventDraft> before, int[] clause, int[] sub, int t) {
        for (EventDraft e : before) {
            if (!e.reporting && e.voice != Phrase.Voice.NOUN && clause[e.at] == clause[t] && e.at >= sub[t]) {
                return true;
            }
        }
        return false;
    }

    /** "اشتباكات بين A و(بين) B": A and B, for triggers with a pair marker. */
    private Unit[] pair(int s, Term trig, int from, int[] clause) {
        List<String> markers = lex.normalizedValues(trig, "pairMarker");
        for (int k = from; k < Math.min(size(s), from + 6) && clause[k] == clause[from - 1]; k++) {
            if (!markers.contains(tok(s, k).norm())) {
                continue;
            }
            Unit a = unitWithin(s, k + 1, 0);
            if (a == null) {
                return null;
            }
            int j = a.last + 1;
            while (j < size(s) && cover.get(s)[j] != null && cover.get(s)[j].qualifier) {
                j = cover.get(s)[j].last + 1;
            }
            if (j < size(s) && (tok(s, j).norm().equals("و") || markers.contains(tok(s, j).norm().replaceFirst("^و", "")))) {
                j++;
            }
            Match forces = j < size(s) && cover.get(s)[j] == null ? cue(s, j, "ForcesNoun") : null;
            if (forces != null) {
                // "وقوات حركة X": the forces of X are X
                j = lastOf(s, forces) + 1;
            }
            Unit b = unitWithin(s, j, 0);
            return b == null || b.key.equals(a.key) ? null : new Unit[] {a, b};
        }
        return null;
    }

    /** The subject of the clause a verbal noun stands in (فرضت واشنطن ... عقوبات): a bare actor before it. */
    private Unit clauseSubject(int s, int t, int start, Unit not, List<DateExpr> dates) {
        int words = 0;
        for (int k = t - 1; k >= start && words <= 6; k--) {
            Unit u = cover.get(s)[k];
            if (u != null && u.last == k) {
                if (!u.prepositional && !u.locative && u.type != ActorType.PLACE && u != not
                        && (not == null || !u.key.equals(not.key))) {
                    return u;
                }
                k = u.first;
            }
            // a date between subject and noun (مدد في الأول من شباط عقوباته) does not put the subject further away
            if (tok(s, k).isWord() && !dateCovers(dates, k)) {
                words++;
            }
        }
        return null;
    }

    /** The actor after an agent marker (بقرار من X) in the trigger's clause. */
    private Unit agent(int s, int from, int[] clause) {
        for (int k = from; k < size(s) && clause[k] == clause[from - 1]; k++) {
            if (isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                // an agent marker after the next trigger is that trigger's
                return null;
            }
            Match a = cue(s, k, "AgentMarker");
            if (a != null) {
                int after = lastOf(s, a) + 1;
                Unit u = after < size(s) ? cover.get(s)[after] : null;
                if (u != null && u.first == after) {
                    return u;
                }
            }
        }
        return null;
    }

    /** The subject before a verb: the unit that ends right before it (قد, لقد and quotation marks between). */
    private Unit unitBefore(int s, int t, int start, List<Unit> us) {
        int k = t - 1;
        while (k >= start && (isQuote(tok(s, k)) || cue(s, k, "NameStop") != null
                && (tok(s, k).norm().equals("قد") || tok(s, k).norm().equals("لقد")))) {
            k--;
        }
        k = beforeParenthetical(s, k, start);
        if (k < start) {
            return null;
        }
        Unit u = cover.get(s)[k];
        if (u != null && u.qualifier && u.first > start) {
            // "الشرطة التركية يعتقل": the subject is the group the nisba qualifies
            u = cover.get(s)[u.first - 1];
        }
        if (u == null || u.last >= t || u.first < start || u.prepositional || u.locative || u.type == ActorType.PLACE) {
            return null;
        }
        return u;
    }

    /**
     * "أعلنت الحكومة، الاثنين، فرض...": the token before a time set off by commas ending at {@code k}, or
     * {@code k} itself. Only a short stretch holding a date word, a weekday or a number counts as parenthetical.
     */
    private int beforeParenthetical(int s, int k, int start) {
        if (k < start + 2 || !COMMAS.contains(tok(s, k).norm())) {
            return k;
        }
        boolean time = false;
        for (int j = k - 1; j >= Math.max(start, k - 4); j--) {
            if (COMMAS.contains(tok(s, j).norm())) {
                return time ? j - 1 : k;
            }
            if (cover.get(s)[j] != null) {
                return k;
            }
            time |= cue(s, j, "Weekday") != null || cue(s, j, "DateWord") != null || tok(s, j).kind() == Token.Kind.NUMBER;
        }
        return k;
    }

    /** The first unit after {@code from} not governed by a preposition, within {@code gap} words, same clause. */
    private Unit bareUnitAfter(int s, int from, int[] clause, int gap, List<Unit> us, Unit not) {
        int words = 0;
        for (int k = from; k < size(s); k++) {
            if (clause[k] != clause[from - 1]) {
                return null;
            }
            if (relativeClauseEnd(s, k) > k) {
                k = relativeClauseEnd(s, k);
                continue;
            }
            Unit u = cover.get(s)[k];
            if (u != null && u.first == k && u != not) {
                if (!u.prepositional && !u.locative && !u.qualifier && u.type != ActorType.PLACE) {
                    return u;
                }
                k = u.last;
                words++;
            } else if (tok(s, k).isWord() || tok(s, k).kind() == Token.Kind.NUMBER) {
                words++;
            }
            if (words > gap) {
                return null;
            }
        }
        return null;
    }

    /** The actor right after a verbal noun (مقتل 26 محتجا، اعتقال المعارض): numbers may stand between. */
    private Unit genitive(int s, int from, int[] clause, List<Unit> us) {
        int words = 0;
        for (int k = from; k < size(s) && clause[k] == clause[from - 1]; k++) {
            Unit u = cover.get(s)[k];
            if (u != null && u.first == k) {
                return u.prepositional || u.locative || u.type == ActorType.PLACE ? null : u;
            }
            Token t = tok(s, k);
            if (t.kind() == Token.Kind.NUMBER || cue(s, k, "NumberWord") != null || cue(s, k, "ApproximateMarker") != null) {
                continue;
            }
            if (t.isWord() && t.norm().startsWith("و") && cue(s, k, "NumberWord") == null) {
                // "الاستيلاء على السلطة وحل الحكومة": a noun joined by و opens the next phrase, with its own genitive
                return null;
            }
            if (t.isWord() && ++words > 1) {
                return null;
            }
        }
        return null;
    }

    /**
     * For a deployment: the organisation or country whose forces they are. Strictly, only where the owner
     * stands in the forces phrase itself (وحدات من قوات منظمة X، كتيبة من القوات الروسية); loosely, the first
     * organisation named in the clause after the forces.
     */
    private Unit forcesOwner(int s, int from, int[] clause, boolean strict) {
        int forces = -1;
        for (int k = from; k < size(s) && k < from + 5; k++) {
            if (cue(s, k, "ForcesNoun") != null) {
                forces = k;
                break;
            }
        }
        if (forces < 0) {
            return null;
        }
        for (int k = forces; k < size(s) && k < forces + 16 && clause[k] == clause[forces]; k++) {
            Unit u = cover.get(s)[k];
            if (u != null && u.first == k) {
                if (u.type == ActorType.ORGANIZATION || (u.type == ActorType.COUNTRY && !u.prepositional)) {
                    return u;
                }
                if (strict) {
                    return null;
                }
                k = u.last;
                continue;
            }
            Match f = cue(s, k, "ForcesNoun");
            if (f != null) {
                k = lastOf(s, f);
            } else if (strict && !tok(s, k).norm().equals("من")) {
                return null;
            }
        }
        return null;
    }

    /**
     * A trigger with no subject of its own: inside what a speaker reports (إنها أرسلت، أنه جرى فتح تحقيق) it is
     * the speaker's, when the complementizer carries the speaker's pronoun, the trigger is passive, or the
     * speaker is an institution or state; a verb joined by و takes the subject of the verb before it; a verb of
     * saying opening a sentence takes the last subject of the text before.
     */
    private Unit inherited(int s, int t, int[] sub, int[] clause, EventDraft d, List<EventDraft> before, Unit lastSubject) {
        EventDraft speaker = null;
        for (EventDraft e : before) {
            if (e.reporting && e.source != null && e.at < sub[t] && clause[e.at] == clause[t]) {
                speaker = e;
            }
        }
        if (speaker != null && sub[t] > 0) {
            Match comp = cueEndingAt(s, sub[t] - 1, "Complementizer");
            boolean pronoun = comp != null && true_(comp.phrase().term(), "pronoun") && t - sub[t] <= 1;
            ActorType st = speaker.source.type;
            boolean institution = (st == ActorType.ORGANIZATION || st == ActorType.COUNTRY) && d.voice == Phrase.Voice.ACTIVE;
            if (pronoun || d.voice == Phrase.Voice.PASSIVE || institution) {
                return speaker.source;
            }
        }
        Match m = at(s, t);
        if (m.prefix().startsWith("و") && d.voice == Phrase.Voice.ACTIVE) {
            // "أدان X الانقلاب، ودعا إلى...": a verb opening its clause with و shares the subject of the clause before
            boolean opensClause = t > 0 && clause[t - 1] != clause[t];
            for (int i = before.size() - 1; i >= 0; i--) {
                EventDraft e = before.get(i);
                boolean sameSubject = clause[e.at] == clause[t] || (opensClause && clause[e.at] == clause[t] - 1);
                if (e.voice == Phrase.Voice.ACTIVE && e.source != null && sameSubject) {
                    return e.source;
                }
            }
        }
        int next = lastOf(s, m) + 1;
        if (d.reporting && t <= 1 && lastSubject != null && next < size(s) && tok(s, next).is(":")) {
            // وقال: "..." goes on quoting the speaker of the sentences before
            return lastSubject;
        }
        return null;
    }

    /** The target: after one of the trigger's target markers, or else the first bare actor after the source. */
    private Unit target(int s, EventDraft d, int from, int[] clause, List<Unit> us) {
        List<String> markers = lex.normalizedValues(d.trigger, "targetMarker");
        int start = d.source != null && d.source.first > d.at ? d.source.last + 1 : from;
        for (String marker : markers) {
            String mk = marker;
            for (int k = start; k < size(s); k++) {
                if (clause[k] != clause[from - 1]) {
                    break;
                }
                Token t = tok(s, k);
                Unit u = null;
                if (t.norm().equals(mk)) {
                    u = unitWithin(s, k + 1, 2);
                    if (u == null) {
                        u = ownerInPhrase(s, k + 1, clause);
                    }
                } else if (mk.length() == 1 && t.norm().startsWith(mk)) {
                    Unit c = cover.get(s)[k];
                    Match mm = at(s, k);
                    if (c != null && c.first == k && mm != null && mm.prefix().contains(mk)) {
                        u = c;
                    }
                }
                if (u == null) {
                    continue;
                }
                if (u.type == ActorType.PLACE) {
                    // a deployment to a city is a deployment to its country, the city being the place
                    u = true_(d.trigger, "placeAsTarget") && u.countryKey != null ? countryOf(u) : null;
                    if (u == null) {
                        continue;
                    }
                }
                if (d.source == null || !u.key.equals(d.source.key)) {
                    return u;
                }
            }
        }
        if (d.voice != Phrase.Voice.ACTIVE) {
            return counted(s, from) ? ownerInPhrase(s, from, clause) : null;
        }
        Unit after = d.source != null && d.source.first > d.at ? d.source : null;
        int begin = after != null ? after.last + 1 : from;
        // "وطالبت ليتوانيا ولاتفيا وإستونيا الاتحاد": for a verb whose object is an actor, actors of the subject's
        // kind joined to it by و are more subjects, not the object (with a thing as object, as in "وقعت رواندا
        // والكونغو اتفاقا", the one joined is the other party)
        boolean actorObject = true_(d.trigger, "actorObject");
        for (Unit co = after == null || !actorObject ? null : coSubject(s, begin, after); co != null;
                co = coSubject(s, begin, after)) {
            begin = co.last + 1;
        }
        if (begin >= size(s)) {
            return null;
        }
        Unit u = bareUnitAfterExtended(s, begin, clause, 4, d.source);
        if (u == null && counted(s, begin)) {
            // "طرد 12 دبلوماسيا فرنسيا": the nisba of the people counted is whose they are, the target
            u = ownerInPhrase(s, begin, clause);
        }
        // "وحذر من أن الحكومة لن تتسامح": an actor in what is said is not the verb's object
        return u == null || complementizerBetween(s, begin, u.first) ? null : u;
    }

    /** The actor at {@code k} when it opens with the conjunction و and is of the same type as {@code subject}. */
    private Unit coSubject(int s, int k, Unit subject) {
        if (k >= size(s)) {
            return null;
        }
        Unit c = cover.get(s)[k];
        Match m = at(s, k);
        return c != null && c.first == k && c.type == subject.type && m != null && m.prefix().startsWith("و") ? c : null;
    }

    /**
     * "على 107 كيانات وأفراد مرتبطين بروسيا"، "على شركات وبنوك إيرانية": when a target marker introduces things
     * rather than an actor, the actor they belong to. Within the noun phrase after the marker (up to eight words,
     * no punctuation, clause break, preposition or trigger in between): the actor after an affiliation word
     * (مرتبطة ب، تابعة ل), or a nisba qualifying the things. Their number, if any, is a quantity of the event.
     */
    private Unit ownerInPhrase(int s, int from, int[] clause) {
        for (int k = from; k < size(s) && k < from + 8 && clause[k] == clause[from - 1]; k++) {
            Token t = tok(s, k);
            if (t.isPunct() || isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                return null;
            }
            Match aff = cue(s, k, "AffiliationCue");
            if (aff != null) {
                int j = lastOf(s, aff) + 1;
                if (j < size(s) && cue(s, j, "Preposition") != null && cover.get(s)[j] == null) {
                    j++;
                }
                Unit u = unitWithin(s, j, 0);
                return u == null || u.type == ActorType.PLACE ? null : u;
            }
            Unit u = cover.get(s)[k];
            if (u != null && u.first == k) {
                Match n = at(s, k);
                return isKind(n, Phrase.Kind.DEMONYM) && !u.prepositional ? u : null;
            }
            if (k > from && cue(s, k, "Preposition") != null) {
                return null;
            }
        }
        return null;
    }

    /** Whether a number (digits or a number word) stands at {@code k}. */
    private boolean counted(int s, int k) {
        return k < size(s) && (tok(s, k).kind() == Token.Kind.NUMBER || cue(s, k, "NumberWord") != null);
    }

    private Unit bareUnitAfterExtended(int s, int from, int[] clause, int gap, Unit not) {
        int words = 0;
        int c = clause[Math.max(0, from - 1)];
        for (int k = from; k < size(s); k++) {
            if (clause[k] != c) {
                return null;
            }
            if (relativeClauseEnd(s, k) > k) {
                k = relativeClauseEnd(s, k);
                continue;
            }
            Unit u = cover.get(s)[k];
            if (u != null && u.first == k && u != not) {
                if (!u.prepositional && !u.locative && !u.qualifier && u.type != ActorType.PLACE) {
                    return u;
                }
                k = u.last;
                words++;
            } else if (tok(s, k).isWord()) {
                words++;
            }
            if (words > gap) {
                return null;
            }
        }
        return null;
    }

    /**
     * For a relative pronoun at {@code k} (حزب الأمة، الذي يتزعمه فلان، ...), the comma closing its clause, whose
     * actors describe the one before and are no argument of the main verb; else {@code k}.
     */
    private int relativeClauseEnd(int s, int k) {
        if (cue(s, k, "RelativePronoun") == null || !tok(s, k).norm().startsWith("ال")) {
            return k;
        }
        for (int c = k + 1; c < size(s); c++) {
            if (COMMAS.contains(tok(s, c).norm())) {
                return c;
            }
        }
        return k;
    }

    /** A unit starting within {@code gap} tokens of {@code k} (quotation marks and nouns like مطار between). */
    private Unit unitWithin(int s, int k, int gap) {
        for (int j = k; j < size(s) && j <= k + gap; j++) {
            Unit u = cover.get(s)[j];
            if (u != null && u.first == j) {
                return u;
            }
            if (u != null) {
                return null;
            }
        }
        return null;
    }

    private Unit countryOf(Unit place) {
        ActorEntry c = lex.actors.get(place.countryKey);
        if (c == null) {
            return null;
        }
        Unit u = new Unit(place.sentence, place.first, place.last, place.begin, place.end);
        u.actor(c);
        return u;
    }

    private Unit place(int s, int from, int[] clause, List<Unit> us, EventDraft d) {
        for (Unit u : us) {
            if (u.first < from || clause[u.first] != clause[from - 1]) {
                continue;
            }
            if (u == d.source || u == d.target || (d.target != null && u.key.equals(d.target.key))) {
                continue;
            }
            if (u.type == ActorType.PLACE || (u.locative && u.type == ActorType.COUNTRY)) {
                return u;
            }
        }
        return null;
    }

    /** The charge after a charge marker: the quoted words, or the words up to the next punctuation. */
    private String charge(int s, int from, int[] clause) {
        for (int k = from; k < size(s) && k < from + 30 && clause[k] == clause[from - 1]; k++) {
            Match c = cue(s, k, "ChargeMarker");
            if (c == null) {
                continue;
            }
            int j = lastOf(s, c) + 1;
            boolean quoted = j < size(s) && isQuote(tok(s, j));
            if (quoted) {
                j++;
            }
            int end = j;
            while (end < size(s) && !tok(s, end).isPunct() && end - j < (quoted ? 12 : 4)) {
                end++;
            }
            if (end > j) {
                return original(tok(s, j).begin(), tok(s, end - 1).end());
            }
        }
        return null;
    }

    // -------------------------------------------------------------------------------------------- quantities

    private void quantities(int s, List<EventDraft> drafts, List<DateExpr> dates) {
        int n = size(s);
        Unit[] c = cover.get(s);
        for (int i = 0; i < n; i++) {
            Token t = tok(s, i);
            Match word = cue(s, i, "NumberWord");
            long value;
            boolean approximate = false;
            int last = i;
            if (t.kind() == Token.Kind.NUMBER) {
                if (i > 0 && tok(s, i - 1).norm().equals("ال") || dateCovers(dates, i)) {
                    continue;
                }
                try {
                    value = Math.round(Double.parseDouble(t.norm()));
                } catch (NumberFormatException e) {
                    continue;
                }
                Match mult = cue(s, i + 1, "NumberWord");
                if (mult != null && true_(mult.phrase().term(), "multiplier")) {
                    value *= Long.parseLong(mult.phrase().term().property("value"));
                    approximate = true_(mult.phrase().term(), "approximate");
                    last = lastOf(s, mult);
                }
            } else if (word != null && c[i] == null && !dateCovers(dates, i) && cue(s, i, "Weekday") == null) {
                // a weekday is no number word (الاثنين, Monday, is also "the two")
                value = Long.parseLong(word.phrase().term().property("value"));
                approximate = true_(word.phrase().term(), "approximate");
                last = lastOf(s, word);
                Match mult = cue(s, last + 1, "NumberWord");
                if (mult != null && true_(mult.phrase().term(), "multiplier") && !true_(word.phrase().term(), "multiplier")) {
                    value *= Long.parseLong(mult.phrase().term().property("value"));
                    last = lastOf(s, mult);
                }
            } else {
                continue;
            }
            int before = i - 1;
            Match approx = before >= 0 ? cueEndingAt(s, before, "ApproximateMarker") : null;
            if (approx != null) {
                approximate = true;
                before = approx.first() - base(s) - 1;
            }
            String counts = null;
            EventDraft bound = null;
            Match trig = before >= 0 ? at(s, before) : null;
            if (!isKind(trig, Phrase.Kind.TRIGGER) && before > 0) {
                Match covering = triggerEndingAt(s, before);
                trig = covering;
            }
            if (isKind(trig, Phrase.Kind.TRIGGER) && trig.phrase().term().property("counts") != null) {
                counts = trig.phrase().term().property("counts");
                for (EventDraft d : drafts) {
                    if (d.match == trig) {
                        bound = d;
                    }
                }
                if (bound == null) {
                    i = last;
                    continue;
                }
            }
            if (counts == null) {
                Match noun = cue(s, last + 1, "CountedNoun");
                if (noun != null) {
                    counts = noun.phrase().term().property("counts");
                }
            }
            if (counts == null && !nounAfter(s, last + 1)) {
                // "خلال 48 ساعة" counts hours: a number before a noun of its own counts nothing said before it
                for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
                    Match noun = cue(s, k, "CountedNoun");
                    if (noun != null) {
                        counts = noun.phrase().term().property("counts");
                        break;
                    }
                }
            }
            if (counts == null) {
                i = last;
                continue;
            }
            if (bound == null) {
                bound = nearest(drafts, i);
            }
            if (bound != null) {
                bound.quantities.add(new Quantity(value, counts, approximate, new Span(t.begin(), tok(s, last).end())));
            }
            i = last;
        }
    }

    /** Whether a content word stands at {@code k}: no punctuation, preposition, function word or trigger. */
    private boolean nounAfter(int s, int k) {
        return k < size(s) && tok(s, k).isWord() && cue(s, k, "Preposition") == null && cue(s, k, "NameStop") == null
                && cue(s, k, "ClauseBreak") == null && cover.get(s)[k] == null && !isKind(at(s, k), Phrase.Kind.TRIGGER);
    }

    private Match triggerEndingAt(int s, int i) {
        for (int k = Math.max(0, i - 3); k <= i; k++) {
            Match m = at(s, k);
            if (isKind(m, Phrase.Kind.TRIGGER) && lastOf(s, m) == i) {
                return m;
            }
        }
        return null;
    }

    private static boolean dateCovers(List<DateExpr> dates, int i) {
        for (DateExpr d : dates) {
            if (d.first() <= i && i <= d.last()) {
                return true;
            }
        }
        return false;
    }

    private static EventDraft nearest(List<EventDraft> drafts, int i) {
        EventDraft best = null;
        int bestDist = Integer.MAX_VALUE;
        for (EventDraft d : drafts) {
            int dist = d.at <= i ? i - d.at : 2 * (d.at - i);
            if (dist < bestDist) {
                best = d;
                bestDist = dist;
            }
        }
        return best;
    }

    // ------------------------------------------------------------------------------------------- statements

    private Statement statement(int s, EventDraft d) {
        if (d.source == null) {
            return null;
        }
        int n = size(s);
        int qBegin = -1;
        int qEnd = -1;
        int open = -1;
        for (int k = d.at + 1; k < n; k++) {
            Token t = tok(s, k);
            if (!isQuote(t)) {
                continue;
            }
            boolean opening = t.norm().equals("«") || t.norm().equals("“") || (t.norm().equals("\"") && open < 0);
            if (opening && open < 0) {
                open = k;
            } else if (open >= 0) {
                int b = tok(s, open).end();
                int e = t.begin();
                if (e - b > qEnd - qBegin) {
                    qBegin = b;
                    qEnd = e;
                }
                open = -1;
            }
        }
        String quote = null;
        Span span = null;
        if (qBegin >= 0) {
            String raw = original(qBegin, qEnd);
            String trimmed = raw.strip();
            int lead = raw.codePointCount(0, raw.indexOf(trimmed.isEmpty() ? raw : trimmed));
            if (!trimmed.isEmpty()) {
                quote = trimmed;
                span = new Span(qBegin + lead, qBegin + lead + trimmed.codePointCount(0, trimmed.length()));
            }
        }
        String medium = null;
        for (int k = 0; k < n; k++) {
            Match m = at(s, k);
            String key = m == null ? null : isKind(m, Phrase.Kind.MEDIUM) ? m.phrase().term().key() : lex.mediumOf(m);
            if (key != null && (span == null || m.begin() < span.begin())) {
                medium = key;
            }
        }
        Set<String> about = new LinkedHashSet<>();
        for (Unit u : units.get(s)) {
            if (u.first > d.at && !u.key.equals(d.source.key) && u.type != ActorType.PLACE) {
                about.add(u.key);
            }
        }
        return new Statement(d.source.key, medium, d.date, quote, span, List.copyOf(about), s);
    }

    /**
     * Whether an event is an act done by speaking (lexv:speechAct: condemning, welcoming, calling on, accusing,
     * rejecting) told by a verb whose subject is known: it is then also a statement of that speaker.
     */
    private boolean spokenAct(EventDraft d) {
        return true_(d.trigger, "speechAct") && d.voice == Phrase.Voice.ACTIVE && d.source != null;
    }

    /**
     * Whether the same speaker already has a statement in the same sentence with the same quote (رحب X بالقرار،
     * واعتبر أنه "..."): one statement is enough.
     */
    private static boolean saidAlready(List<Statement> statements, Statement st) {
        for (Statement other : statements) {
            if (other.sentence() == st.sentence() && other.speakerKey().equals(st.speakerKey())
                    && java.util.Objects.equals(other.quote(), st.quote())) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------ relations

    private void relations(int s, List<EventDraft> drafts, List<Relation> out) {
        List<Unit> us = units.get(s);
        Unit[] c = cover.get(s);
        int n = size(s);
        int[] clause = clauses(s);
        for (int i = 0; i < n; i++) {
            if (c[i] != null) {
                continue;
            }
            Match m;
            if ((m = cue(s, i, "MembershipCue")) != null) {
                int last = lastOf(s, m);
                if ("members-after".equals(m.phrase().term().property("direction"))) {
                    Unit org = null;
                    for (Unit u : us) {
                        if (u.last < i && u.type == ActorType.ORGANIZATION) {
                            org = u;
                        }
                    }
                    if (org == null) {
                        continue;
                    }
                    Set<String> members = new LinkedHashSet<>();
                    for (Unit u : us) {
                        if (u.first > last && (u.type == ActorType.COUNTRY || u.type == ActorType.ORGANIZATION)
                                && !u.key.equals(org.key)) {
                            members.add(u.key);
                        }
                    }
                    for (String member : members) {
                        out.add(new Relation(member, Relation.Kind.MEMBER_OF, org.key, null, s));
                    }
                } else {
                    Unit org = unitWithin(s, last + 1, 2);
                    Unit member = null;
                    for (Unit u : us) {
                        if (u.last < i && u.last >= i - 3) {
                            member = u;
                        }
                    }
                    if (org != null && member != null && org.type == ActorType.ORGANIZATION && !org.key.equals(member.key)) {
                        out.add(new Relation(member.key, Relation.Kind.MEMBER_OF, org.key, null, s));
                    }
                }
                i = last;
            } else if ((m = cue(s, i, "KinshipCue")) != null) {
                int last = lastOf(s, m);
                Unit a = null;
                for (Unit u : us) {
                    if (u.last < i && u.isPerson()) {
                        a = u;
                    }
                }
                Unit b = unitWithin(s, last + 1, 1);
                if (a != null && b != null && b.isPerson() && !a.key.equals(b.key)) {
                    Term t = m.phrase().term();
                    Relation.Kind kind = Relation.Kind.valueOf(t.property("relation"));
                    out.add(new Relation(a.key, kind, b.key, t.property("relationDetail"), s));
                }
                i = last;
            } else if ((m = cue(s, i, "AllyCue")) != null) {
                int last = lastOf(s, m);
                Unit b = unitWithin(s, last + 1, 1);
                Unit a = null;
                for (EventDraft d : drafts) {
                    if (d.at < i && d.source != null && clause[d.at] == clause[i]) {
                        a = d.source;
                    }
                }
                if (a != null && b != null && !a.key.equals(b.key)
                        && (b.isPerson() || b.type == ActorType.COUNTRY || b.type == ActorType.ORGANIZATION)) {
                    out.add(new Relation(b.key, Relation.Kind.ALLY_OF, a.key, null, s));
                }
                i = last;
            }
        }
    }

    // ----------------------------------------------------------------------------------------------- roles

    private List<Role> roles(Map<String, Actor> actors) {
        Map<String, RoleDraft> merged = new LinkedHashMap<>();
        Map<String, String> orgOf = new HashMap<>();
        for (RoleDraft r : roleDrafts) {
            if (!r.person.resolved() || !actors.containsKey(r.person.key)) {
                continue;
            }
            String org = r.organizationKey != null ? r.organizationKey : organizationOf(r.office, r.organization);
            if (org == null || !actors.containsKey(org) || org.equals(r.person.key)) {
                continue;
            }
            String k = r.person.key + "|" + r.office.key() + "|" + org;
            RoleDraft first = merged.get(k);
            if (first == null) {
                merged.put(k, r);
                orgOf.put(k, org);
            } else {
                first.former |= r.former;
                if (first.since == null) {
                    first.since = r.since;
                }
            }
        }
        List<Role> out = new ArrayList<>();
        for (Map.Entry<String, RoleDraft> e : merged.entrySet()) {
            RoleDraft r = e.getValue();
            String org = orgOf.get(e.getKey());
            Term office = r.office;
            String en = office.labelsEn().isEmpty() ? office.key() : office.labelsEn().get(0);
            String inOrg = office.property("labelInOrganization");
            if (inOrg != null && actors.get(org).type() == ActorType.ORGANIZATION) {
                en = inOrg;
            }
            out.add(new Role(r.person.key, office.key(), en, office.labelsAr().isEmpty() ? null : office.labelsAr().get(0),
                    org, r.former, r.since, r.until, r.sentence));
        }
        return out;
    }
}
