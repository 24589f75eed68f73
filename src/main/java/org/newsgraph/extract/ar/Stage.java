package org.newsgraph.extract.ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.Term;
import org.newsgraph.read.Article;

/**
 * The state one article's analysis shares between its stages, and the small helpers every stage uses (tokens of a
 * sentence, the lexicon forms starting at a token, cues, quotation marks, the article on a word, prepositions,
 * clauses). The analysis makes one root state from the article ({@link ArticleAnalysis}); each stage is made from
 * it and sees the same lists and maps, which the stages before it filled: the lexicon forms and units per
 * sentence, what covers each token, the names and people the article introduced, and the drafts of roles,
 * tentative names and kinship. Offsets are Unicode code points into {@code Article.text()}.
 */
abstract class Stage {

    static final Set<String> COMMAS = Set.of("،", ",");
    /** Pronoun suffixes of a possessed noun, longest first. */
    static final List<String> PRONOUN_SUFFIXES = List.of("هما", "هم", "هن", "ها", "ه");
    /** Closing quotation marks and brackets at the end of a line. */
    static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile("[\"»”')\\s]+$");

    final CompiledLexicon lex;
    final ArabicText text;
    final LocalDate published;
    final int count;
    final boolean[] boilerplate;
    final List<Match[]> starts;
    final List<List<Unit>> units;
    /** Per sentence, per token: the unit covering it (a title chunk covers all its words), or null. */
    final List<Unit[]> cover;
    final Map<String, String> articleNames;
    final Map<String, ActorEntry> articlePeople;
    final List<RoleDraft> roleDrafts;

    final List<TentativeName> tentative;
    final List<KinDraft> kinDrafts;

    /**
     * Per article token, the lexicon forms that may start there; looked up for every token when the analysis starts
     * (the first pass asks of every token anyway), so that a question needs no check whether they are known.
     */
    final List<List<CompiledLexicon.Candidate>> candidates;
    /**
     * Per article token, {@link #classWords} words from {@code token * classWords}: its cue classes, one bit per class
     * ({@link CompiledLexicon#addClasses}).
     */
    final long[] cueClasses;
    /**
     * Per article token, whether it has any cue class at all ({@link #cueClasses} not empty): most tokens have none,
     * and {@link #cue} then answers without looking up the class asked.
     */
    final boolean[] anyCue;
    final int classWords;
    /** The candidates of a word's readings: tokens of one word share their readings (ArabicText), so their candidates. */
    final Map<List<List<CompiledLexicon.Variant>>, List<CompiledLexicon.Candidate>> candidatesOfReadings;
    /** Each sentence's tokens, as lists made once, and as arrays for {@link #tok}. */
    final List<List<Token>> sentenceTokens;
    final Token[][] tokenArrays;
    /** Per sentence, the article index of its first token and its number of tokens. */
    final int[] bases;
    final int[] sizes;
    /** Per article token, whether it carries the article: 0 not asked yet, 1 no, 2 yes (asked of most words, often). */
    final byte[] definite;
    /** Per article token, {@link #nameStop} there: 0 not asked yet, 1 no, 2 yes (asked of most words by many rules). */
    final byte[] nameStops;
    /**
     * Per article token, per cue class it has ({@link #cueClasses}, in the order of their bits): the answer of
     * {@link #cue}, {@link #NO_CUE} for none, null when not asked yet. The rules ask the same token for the same class many times over (each
     * rule scans the words around every candidate), and the answer depends on the token alone.
     */
    final Match[][] cueAnswers;
    /** Per article token, {@link CompiledLexicon#triggers} there; null when not asked yet. */
    final List<List<Match>> triggerReadings;
    /**
     * Per sentence, its {@link #clauses} once worked out, or null: the rules ask them for each verb and participle.
     * A stage that drops a trigger reading from {@link #starts} forgets its sentence's ({@link #forgetClauses}).
     */
    final int[][] clauseNumbers;
    /** The cue classes of the function words that end a name ({@link #nameStop}). */
    private static final int[] NAME_STOP_CLASSES = {Cues.NAME_STOP, Cues.PREPOSITION};
    /** The answer "no cue of this class here" in {@link #cueAnswers}. */
    private static final Match NO_CUE = new Match(null, -1, -1, -1, -1, "");

    /** The state of a new analysis of {@code article}, before any stage ran. */
    Stage(CompiledLexicon lex, Article article) {
        this.lex = lex;
        this.text = new ArabicText(article.text());
        this.published = article.published();
        this.count = text.sentences.size();
        this.boilerplate = new boolean[count];
        this.starts = new ArrayList<>();
        this.units = new ArrayList<>();
        this.cover = new ArrayList<>();
        this.articleNames = new HashMap<>();
        this.articlePeople = new HashMap<>();
        this.roleDrafts = new ArrayList<>();
        this.tentative = new ArrayList<>();
        this.kinDrafts = new ArrayList<>();
        this.candidates = new ArrayList<>(text.tokens.size());
        this.anyCue = new boolean[text.tokens.size()];
        this.candidatesOfReadings = new java.util.IdentityHashMap<>();
        this.classWords = lex.cueClassWords();
        this.cueClasses = new long[text.tokens.size() * classWords];
        for (Token t : text.tokens) {
            // the candidates of a word's readings: tokens of one word share their readings (ArabicText)
            List<CompiledLexicon.Candidate> c = candidatesOfReadings.get(t.variants());
            if (c == null) {
                c = lex.candidates(t);
                candidatesOfReadings.put(t.variants(), c);
            }
            int at = candidates.size() * classWords;
            CompiledLexicon.addClasses(c, cueClasses, at);
            for (int w = 0; w < classWords; w++) {
                anyCue[candidates.size()] |= cueClasses[at + w] != 0;
            }
            candidates.add(c);
        }
        this.sentenceTokens = new ArrayList<>(count);
        this.definite = new byte[text.tokens.size()];
        this.nameStops = new byte[text.tokens.size()];
        this.bases = new int[count];
        this.sizes = new int[count];
        this.tokenArrays = new Token[count][];
        this.cueAnswers = new Match[text.tokens.size()][];
        this.triggerReadings = new ArrayList<>(java.util.Collections.nCopies(text.tokens.size(), null));
        this.clauseNumbers = new int[count][];
        for (int s = 0; s < count; s++) {
            // copied: a view into the article's list checks its bounds and the list's changes on every read
            sentenceTokens.add(new ArrayList<>(text.tokensOf(s)));
            bases[s] = text.sentenceTokens.get(s)[0];
            sizes[s] = sentenceTokens.get(s).size();
            tokenArrays[s] = sentenceTokens.get(s).toArray(new Token[0]);
        }
    }

    /** A stage working on the same article as {@code shared}: the same lexicon, text, units and drafts. */
    Stage(Stage shared) {
        this.lex = shared.lex;
        this.text = shared.text;
        this.published = shared.published;
        this.count = shared.count;
        this.boilerplate = shared.boilerplate;
        this.starts = shared.starts;
        this.units = shared.units;
        this.cover = shared.cover;
        this.articleNames = shared.articleNames;
        this.articlePeople = shared.articlePeople;
        this.roleDrafts = shared.roleDrafts;
        this.tentative = shared.tentative;
        this.kinDrafts = shared.kinDrafts;
        this.candidates = shared.candidates;
        this.anyCue = shared.anyCue;
        this.cueClasses = shared.cueClasses;
        this.classWords = shared.classWords;
        this.candidatesOfReadings = shared.candidatesOfReadings;
        this.sentenceTokens = shared.sentenceTokens;
        this.bases = shared.bases;
        this.tokenArrays = shared.tokenArrays;
        this.sizes = shared.sizes;
        this.definite = shared.definite;
        this.nameStops = shared.nameStops;
        this.cueAnswers = shared.cueAnswers;
        this.triggerReadings = shared.triggerReadings;
        this.clauseNumbers = shared.clauseNumbers;
    }

    int base(int s) {
        return bases[s];
    }

    List<Token> toks(int s) {
        return sentenceTokens.get(s);
    }

    Token tok(int s, int i) {
        return tokenArrays[s][i];
    }

    int size(int s) {
        return sizes[s];
    }

    Match at(int s, int i) {
        Match[] a = starts.get(s);
        return i >= 0 && i < a.length ? a[i] : null;
    }

    int lastOf(int s, Match m) {
        return m.last() - base(s);
    }

    List<CompiledLexicon.Candidate> candidates(int s, int i) {
        return candidates.get(base(s) + i);
    }

    /**
     * Every trigger form that matches at token {@code i} ({@link CompiledLexicon#triggers}), worked out once per token:
     * the rules on crowds and unrest ask it of the same verbs again and again. The list is shared: read it only.
     */
    List<Match> triggersAt(int s, int i) {
        int k = base(s) + i;
        List<Match> readings = triggerReadings.get(k);
        if (readings == null) {
            readings = java.util.Collections.unmodifiableList(CompiledLexicon.triggers(candidates(s, i), toks(s), i));
            triggerReadings.set(k, readings);
        }
        return readings;
    }

    /** The cue of a class ({@link Cues}) starting at token {@code i}. */
    Match cue(int s, int i, int type) {
        if (i < 0 || i >= size(s)) {
            return null;
        }
        int k = base(s) + i;
        return anyCue[k] ? cue(s, i, k, type) : null;
    }

    /**
     * The cue of a class given by its name starting at token {@code i}: for names the code holds in a variable (a
     * trigger's lexv: slot, a list of classes); a literal name is asked by its number ({@link Cues}), which needs no
     * look-up.
     */
    Match cue(int s, int i, String type) {
        if (i < 0 || i >= size(s)) {
            return null;
        }
        int k = base(s) + i;
        return anyCue[k] ? cue(s, i, k, lex.cueIndex(type)) : null;
    }

    /** {@link #cue} at article token {@code k} (token {@code i} of sentence {@code s}), its class numbered {@code index}. */
    private Match cue(int s, int i, int k, int index) {
        int at = k * classWords;
        // a class of no form of this lexicon may have a number past its sets
        long bits = index < 0 || index >>> 6 >= classWords ? 0L : cueClasses[at + (index >>> 6)];
        if ((bits & 1L << index) == 0) {
            // no form starting here is of this class: the answer to most such questions, asked of every token
            return null;
        }
        // the token keeps an answer for each of its own classes, in the order of their bits
        int rank = Long.bitCount(bits & (1L << index) - 1);
        for (int w = 0; w < index >>> 6; w++) {
            rank += Long.bitCount(cueClasses[at + w]);
        }
        Match[] answers = cueAnswers[k];
        if (answers == null) {
            int n = 0;
            for (int w = 0; w < classWords; w++) {
                n += Long.bitCount(cueClasses[at + w]);
            }
            answers = new Match[n];
            cueAnswers[k] = answers;
        }
        Match known = answers[rank];
        if (known == null) {
            known = cueAt(s, i, Cues.name(index), candidates.get(k));
            answers[rank] = known == null ? NO_CUE : known;
        }
        return known == NO_CUE ? null : known;
    }

    /** The cue of a class at token {@code i} worked out from its candidates (what {@link #cue} keeps). */
    private Match cueAt(int s, int i, String type, List<CompiledLexicon.Candidate> c) {
        Match m = CompiledLexicon.best(c, toks(s), i, type);
        if (m != null && "AgentMarker".equals(type) && m.begin() > tok(s, i).offsetOf(m.prefix().length())) {
            // the agent markers are verbs and prepositions, never read through the article: القادة is "the
            // leaders", not قاده "led it"
            return null;
        }
        if (m != null && "AgentMarker".equals(type) && original(m.begin(), m.end()).endsWith("ة")) {
            // nor through a ta marbuta the normalizer writes as the pronoun ه: "قال قادة الاتحاد" is "the leaders of the
            // Union said", not قاده "led it" making the verb a passive
            return null;
        }
        return m;
    }

    /**
     * Whether, from token {@code from} up to (not including) {@code to}, a comma opens a stretch in which the word
     * of a trigger stands (، متهما، ، داعيا): an actor after it is that act's, the comma having closed the clause of
     * the verb before.
     */
    boolean actAfterComma(int s, int from, int to) {
        boolean comma = false;
        for (int k = from; k < to; k++) {
            comma |= COMMAS.contains(tok(s, k).norm());
            // a time set off by commas (، فجر الأحد،) is no act, whatever verb its word also spells (فجّر)
            if (comma && isKind(at(s, k), Phrase.Kind.TRIGGER) && cue(s, k, Cues.DAY_PART) == null && cue(s, k, Cues.DATE_WORD) == null
                    && cue(s, k, Cues.WEEKDAY) == null) {
                return true;
            }
            if (comma && k > from && COMMAS.contains(tok(s, k - 1).norm()) && joinedVerbWithSubject(s, k)) {
                // "أعلنت الدولة A استعدادها للمشاركة، وقررت الدولة B": a verb joined by و after a comma, its subject
                // right after it, opens an act of its own; that subject is no one's object before it
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} is a verb joined by و that the lexicon reads as no other word (or as a verb of deciding,
     * lexv:ownActObject: وقرر) with an actor right after it, its subject.
     */
    private boolean joinedVerbWithSubject(int s, int k) {
        String w = tok(s, k).norm();
        Match m = at(s, k);
        Match stop = cue(s, k, Cues.NAME_STOP);
        boolean verb = m == null || stop != null && true_(stop.phrase().term(), "ownActObject");
        Unit next = k + 1 < size(s) ? cover.get(s)[k + 1] : null;
        return verb && w.length() > 3 && w.startsWith("و") && tok(s, k).isWord() && next != null && next.first == k + 1
                && !next.prepositional;
    }

    /** A trigger reading that ends exactly at token {@code i} (looking back up to three words), or null. */
    Match triggerEndingAt(int s, int i) {
        for (int k = Math.max(0, i - 3); k <= i; k++) {
            Match m = at(s, k);
            if (isKind(m, Phrase.Kind.TRIGGER) && lastOf(s, m) == i) {
                return m;
            }
        }
        return null;
    }

    /** A cue of the class that ends exactly at token {@code i} (looking back up to three words). */
    Match cueEndingAt(int s, int i, int type) {
        for (int k = Math.max(0, i - 3); k <= i && k < size(s); k++) {
            Match m = anyCue[base(s) + k] ? cue(s, k, base(s) + k, type) : null;
            if (m != null && lastOf(s, m) == i) {
                return m;
            }
        }
        return null;
    }

    /**
     * The body a head marker at token {@code i} of sentence {@code s} (برئاسة، بزعامة) follows: the nearest resolved
     * organisation ending up to six words before it (الحكومة العسكرية برئاسة), or null.
     */
    Unit bodyBeforeHead(int s, int i) {
        Unit body = null;
        for (Unit x : units.get(s)) {
            if ((x.type == ActorType.ORGANIZATION || force(x)) && x.resolved() && x.last < i && x.last >= i - 6
                    && (body == null || x.last > body.last)) {
                body = x;
            }
        }
        return body;
    }

    /**
     * Whether a unit is a state's force (الجيش الكيني, org/KE/army) or the bare name of one (الجيش، الشرطة: a
     * lexv:NationalForce): a group, but one with a commander and a spokesperson, as a body has (الجيش بقيادة فلان،
     * نفى الجيش ذلك، وقال المتحدث باسمه فلان). A crowd or a people is none.
     */
    boolean force(Unit u) {
        return u.type == ActorType.GROUP && u.resolved() && u.key != null && (u.key.startsWith("org/")
                || u.labelAr != null && lex.wordsOfClass.getOrDefault("NationalForce", Set.of())
                        .contains(ArabicNormalizer.normalize(u.labelAr)));
    }

    /**
     * Whether a verb of heading (lexv:HeadedBy with lexv:afterRelative: يرأسها، يتزعمه) at {@code i} stands where its
     * clause is about the body before it: right after a relative pronoun (لجنة التحقيق، التي يرأسها فلان), or right
     * after an indefinite body, whose clause takes none in Arabic (لجنة عسكرية يرأسها فلان، مجلس عسكري يقوده فلان).
     */
    boolean headVerbPlaced(int s, int i) {
        if (i == 0) {
            return false;
        }
        if (cue(s, i - 1, Cues.RELATIVE_PRONOUN) != null) {
            return true;
        }
        Unit before = cover.get(s)[i - 1];
        return before != null && before.last == i - 1 && before.type == ActorType.ORGANIZATION
                && !hasArticle(tok(s, before.first));
    }

    /** The office a head marker's term gives its holder (lexv:headOffice: برئاسة, a president), or null. */
    Term headOffice(Term marker) {
        String key = marker.property("headOffice");
        return key == null ? null : lex.officesByLabel.values().stream()
                .filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }

    /** Whether actor {@code u} is a title and a name after it set off by a comma (رئيس الوزراء البريطاني، فلان). */
    boolean apposed(int s, Unit u) {
        for (int k = u.first + 1; k < u.last; k++) {
            if (COMMAS.contains(tok(s, k).norm())) {
                return true;
            }
        }
        return false;
    }

    boolean isKind(Match m, Phrase.Kind kind) {
        return m != null && m.phrase().kind() == kind;
    }

    boolean isActor(Match m, ActorType type) {
        return isKind(m, Phrase.Kind.ACTOR) && m.phrase().actor().type() == type;
    }

    String original(int begin, int end) {
        return text.substring(begin, end);
    }

    static boolean isQuote(Token t) {
        return t.isPunct() && (t.norm().equals("\"") || t.norm().equals("«") || t.norm().equals("»")
                || t.norm().equals("“") || t.norm().equals("”"));
    }

    /**
     * "وحدات من الشرطة الخاصة، التي استخدمت"، "الحكومة الجديدة، التي": the actor a relative pronoun at {@code rel}
     * describes when the word before it (at {@code j}, a comma skipped) is no actor's: one adjective with the article,
     * no word the lexicon reads, agreeing with the pronoun and with the actor's last word (التي after a feminine
     * ة or a plural ات, الذي after neither), is the actor's own and stands between. Null when no actor ends there.
     */
    Unit antecedentEndingAt(int s, int j, int rel) {
        Unit u = j >= 0 ? cover.get(s)[j] : null;
        if (u != null) {
            return u.last == j ? u : null;
        }
        if (j < 1 || at(s, j) != null || !tok(s, j).isWord() || !tok(s, j).norm().startsWith("ال") || !hasArticle(tok(s, j))) {
            return null;
        }
        Unit a = cover.get(s)[j - 1];
        if (a == null || a.last != j - 1) {
            return null;
        }
        String pronoun = tok(s, rel).norm();
        String head = tok(s, a.last).norm();
        boolean feminineHead = head.endsWith("ه") || head.endsWith("ات");
        boolean feminineAdjective = tok(s, j).norm().endsWith("ه");
        boolean agrees = pronoun.equals("التي") ? feminineHead && feminineAdjective
                : pronoun.equals("الذي") && !feminineHead && !feminineAdjective;
        return agrees ? a : null;
    }

    /** The word before token {@code i}, skipping quotation marks, or -1. */
    int wordBefore(int s, int i) {
        int k = i - 1;
        while (k >= 0 && isQuote(tok(s, k))) {
            k--;
        }
        return k;
    }

    /** Whether the trigger is an act of force (assault, fight, violent protest: CAMEO 18, 19, 145). */
    boolean violent(Term trigger) {
        String code = trigger.property("cameoCode");
        // a coup is told and condemned by its own words (lexv:characterisation), never taken for another act
        return code != null && (code.startsWith("18") || code.startsWith("19") || code.startsWith("145"))
                && !true_(trigger, "characterisation");
    }

    boolean true_(Term t, String property) {
        return "true".equals(t.property(property));
    }

    /**
     * Whether the kinship noun {@code kin} ending at token {@code k} carries a pronoun (شقيقه، والدها، لأخيه): its
     * token goes on past the match, or is written with ه. شقيقه is شقيق + ه though its matching form is شقيقة's.
     */
    boolean withPronoun(int s, int k, Match kin) {
        Token t = tok(s, k);
        String written = CompiledLexicon.lightForm(original(t.begin(), t.end()));
        return kin.end() < t.end() || written.endsWith("ه") || written.endsWith("ها");
    }

    /**
     * The weekday written at token {@code i} of sentence {@code s}: a weekday's name with the article, or after a part
     * of the day (صباح أحد); null otherwise, as the same letters without them are a number or a pronoun (اعتقلت اثنين
     * آخرين: two others; أحدهم: one of them).
     */
    Match weekdayAt(int s, int i) {
        Match m = cue(s, i, Cues.WEEKDAY);
        return m != null && (hasArticle(tok(s, i)) || i > 0 && cue(s, i - 1, Cues.DAY_PART) != null) ? m : null;
    }

    /**
     * Whether a word carries the article as written: the article's alef is bare, so a word that opens with a hamza
     * on it (أليكسي، إلغاء، آلان) reads as ال only in its matching form and carries none.
     */
    boolean hasArticle(Token t) {
        if (definite[t.index()] == 0) {
            definite[t.index()] = definiteArticle(t) ? (byte) 2 : (byte) 1;
        }
        return definite[t.index()] == 2;
    }

    private boolean definiteArticle(Token t) {
        String w = t.norm();
        if (!hasArticle(w) || w.startsWith("لل")) {
            return hasArticle(w);
        }
        if ((w.startsWith("كال") || w.startsWith("فال"))
                && ArabicVocabulary.kind(CompiledLexicon.lightForm(original(t.begin(), t.end()))) == ArabicVocabulary.Kind.UNKNOWN) {
            // كالديرون، كالينياك، فالنسيا: a foreign name opening with Cal-, Val- reads as ك or ف and the article only in
            // its letters; "like the" or "so the" comes before a word of the language, which the dictionary knows
            return false;
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

    /** Whether a word carries the article, behind proclitics or not (الشعب، للسماح، وبالقرب). */
    static boolean hasArticle(String w) {
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

    /** Whether the word at {@code i} is governed by a preposition (standalone or proclitic ب ل ك). */
    boolean prepositional(int s, int i) {
        Match m = at(s, i);
        if (m != null && m.hasPreposition()) {
            return true;
        }
        if (m == null) {
            String w = tok(s, i).norm();
            if ((w.startsWith("ب") || w.startsWith("ل")) && i < size(s)) {
                Match c = cue(s, i, Cues.PREPOSITION);
                if (c != null) {
                    return true;
                }
            }
        }
        int k = wordBefore(s, i);
        if (k >= 0 && cueEndingAt(s, k, Cues.PARTITIVE_NOUN) != null) {
            // "عناصر من الحرس": the body is who acts, من only says the actors are some of its members
            return false;
        }
        if (k >= 0 && countBefore(s, k)) {
            // "تظاهر عشرات الآلاف من المحتجين"، "قتل 12 من الجنود": the group counted is who acts or suffers
            return false;
        }
        if (k >= 0 && cueEndingAt(s, k, Cues.APPROXIMATE_MARKER) != null && countAt(s, i)) {
            // "تظاهر أكثر من 100 شخص"، "ما لا يقل عن عشرين": the preposition closes the "more than" before a count,
            // which is still who acts or suffers, not the object of من or عن
            return false;
        }
        if (quantifierOf(s, k)) {
            // "اعتقلت قوات الأمن عددا من المتظاهرين"، "الكثير من الطلاب": so is the group a quantifier is taken from
            return false;
        }
        return k >= 0 && cue(s, k, Cues.PREPOSITION) != null && lastOf(s, cue(s, k, Cues.PREPOSITION)) == k;
    }

    /**
     * Whether token {@code k} is the من of a count (عشرات الآلاف من، 12 من، مئات من), the counted noun maybe
     * between (20 عنصرا من، عشرون جنديا من): what follows is the group the count is taken from.
     */
    boolean countBefore(int s, int k) {
        if (!tok(s, k).norm().equals("من")) {
            return false;
        }
        if (cueEndingAt(s, k, Cues.NUMBER_WORD) != null) {
            return true;
        }
        int j = wordBefore(s, k);
        if (j >= 0 && numberEndsAt(s, j)) {
            return true;
        }
        return j > 0 && tok(s, j).isWord() && cover.get(s)[j] == null && numberEndsAt(s, wordBefore(s, j));
    }

    /**
     * Whether token {@code k} is the من of a quantifier (lexv:PartitiveQuantifier: عدد من، عددا من، العديد من، الكثير
     * من): what follows is the group some of whom are meant.
     */
    boolean quantifierOf(int s, int k) {
        return k > 0 && k < size(s) && tok(s, k).norm().equals("من") && quantifierAt(s, wordBefore(s, k));
    }

    /**
     * Whether token {@code j} is a quantifier word alone (عدد، عددا، عدداً، العديد): the quantifier is the whole word,
     * but for the accusative alef and its tanween, not the start of a longer word.
     */
    private boolean quantifierAt(int s, int j) {
        if (j < 0) {
            return false;
        }
        Match q = cue(s, j, Cues.PARTITIVE_QUANTIFIER);
        if (q == null || lastOf(s, q) != j || q.first() - base(s) != j) {
            return false;
        }
        String rest = CompiledLexicon.lightForm(original(q.end(), tok(s, j).end()));
        return rest.isEmpty() || rest.equals("ا");
    }

    /** Whether a number (digits, or a number word's last token) ends at {@code j}. */
    boolean numberEndsAt(int s, int j) {
        return j >= 0 && (tok(s, j).kind() == Token.Kind.NUMBER || cueEndingAt(s, j, Cues.NUMBER_WORD) != null);
    }

    /** Whether a number (in figures or in words) starts at token {@code i}. */
    boolean countAt(int s, int i) {
        return i >= 0 && i < size(s) && (tok(s, i).kind() == Token.Kind.NUMBER || cue(s, i, Cues.NUMBER_WORD) != null);
    }

    /**
     * Whether a function word ends a name here. Function words are compared as written, hamza and alef maqsura
     * included, since the matching form confuses some with names (أمام "before" and إمام, على "on" and علي), and
     * a verb seen only through a proclitic ف is none. Nor is a word found only by reading its first letters as the
     * article: a function word takes none, so ألبين (a given name, its hamza dropped in the matching form) is no
     * "ال + بين"; the forms listed with their article (الحالي، الجديد) match from the token's start.
     */
    boolean nameStop(int s, int k) {
        if (k < 0 || k >= size(s)) {
            return stopsName(s, k);
        }
        // the answer depends on the token alone (its cues, its words as written, the word after it): kept once asked
        int at = base(s) + k;
        if (nameStops[at] == 0) {
            nameStops[at] = stopsName(s, k) ? (byte) 2 : (byte) 1;
        }
        return nameStops[at] == 2;
    }

    /** What {@link #nameStop} answers, worked out. */
    private boolean stopsName(int s, int k) {
        if (uponWordBeforeNoun(s, k)) {
            return true;
        }
        for (int type : NAME_STOP_CLASSES) {
            Match m = cue(s, k, type);
            if (m != null && m.prefix().equals("ف") && m.end() - m.begin() >= 3) {
                // a verb found only by reading a first ف as "so" (فيصل is no "ف + يصل")
                continue;
            }
            if (m != null && m.begin() > tok(s, k).offsetOf(m.prefix().length())) {
                continue;
            }
            if (m != null && clitickedBeforeForeignWord(s, k, m)) {
                continue;
            }
            if (m != null && lex.isWrittenAs(m.phrase().term(), CompiledLexicon.lightForm(original(m.begin(), m.end())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "بنظير بوتو": a function word of four letters or more read only behind a proclitic ب، ل or ك (ب + نظير "in return
     * for") before a transliterated word (one no dictionary or lexicon knows, without the article) is a given name
     * written as one word, no function word: a preposition with its noun governs a word of Arabic, and و or ف
     * before a function word (وبعد، فقد) still ends a name.
     */
    private boolean clitickedBeforeForeignWord(int s, int k, Match m) {
        String prefix = m.prefix();
        if (prefix.length() != 1 || "بلك".indexOf(prefix.charAt(0)) < 0 || m.end() - m.begin() < 4
                || k + 1 >= size(s) || !tok(s, k + 1).isWord() || hasArticle(tok(s, k + 1))) {
            return false;
        }
        Match next = at(s, k + 1);
        Token t = tok(s, k + 1);
        return next == null && ArabicVocabulary.kind(CompiledLexicon.lightForm(original(t.begin(), t.end())))
                == ArabicVocabulary.Kind.UNKNOWN;
    }

    /**
     * Whether the word at {@code k} is one of "upon, right at" (lexv:UponWord: فور) before a noun with the article or a
     * pronoun (فور عودته، فور وصولها، فور الإعلان): a clause of time opens there, so the name before it ends. The same
     * word before a bare word is a given name (فور غناسينغبي), so it is no stop of its own.
     */
    boolean uponWordBeforeNoun(int s, int k) {
        if (k + 1 >= size(s) || !tok(s, k).isWord() || !tok(s, k + 1).isWord()
                || !lex.wordsOfClass.getOrDefault("UponWord", java.util.Set.of()).contains(tok(s, k).norm())) {
            return false;
        }
        Token next = tok(s, k + 1);
        String written = CompiledLexicon.lightForm(original(next.begin(), next.end()));
        return hasArticle(next) || written.length() > 3
                && (written.endsWith("ه") || written.endsWith("ها") || written.endsWith("هم") || written.endsWith("هما"));
    }

    /** Whether a building (lexv:PremisesNoun) stands among words {@code from} (inclusive) to {@code to} (exclusive). */
    boolean premisesBefore(int s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (cue(s, k, Cues.PREMISES_NOUN) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a complementizer (أن، إن) stands between tokens {@code from} and {@code to}. */
    boolean complementizerBetween(int s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (cue(s, k, Cues.COMPLEMENTIZER) != null) {
                return true;
            }
        }
        return false;
    }

    static boolean dateCovers(List<DateExpr> dates, int i) {
        for (DateExpr d : dates) {
            if (d.first() <= i && i <= d.last()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Clause number of each token: clause breaks, and a comma before و + a verb trigger, start a new one. Worked out
     * once per sentence and shared: read it only.
     */
    int[] clauses(int s) {
        int[] known = clauseNumbers[s];
        if (known == null) {
            known = clausesOf(s);
            clauseNumbers[s] = known;
        }
        return known;
    }

    /** Forgets the clauses of sentence {@code s}: a trigger reading that may start one was dropped from it. */
    void forgetClauses(int s) {
        clauseNumbers[s] = null;
    }

    private int[] clausesOf(int s) {
        int n = size(s);
        int[] clause = new int[n];
        int c = 0;
        for (int i = 0; i < n; i++) {
            Match b = cue(s, i, Cues.CLAUSE_BREAK);
            if (b != null && i > 0 && lex.normalizedValues(b.phrase().term(), "notAfter").contains(tok(s, i - 1).norm())) {
                // "في وسط العاصمة": the middle of a place, not "amid"
                b = null;
            }
            if (b != null && i > 0 && verbOfSayingEndingAt(s, i - 1)) {
                // "وقال عقب الاجتماع الرئيس فلان إن"، "قال إثر لقائه نظيره": right after a verb of saying the word
                // tells when it was said, and the subject after it is still that verb's
                b = null;
            }
            if (b != null && i > 0 && enclosedAsideEnd(s, i - 1) > i) {
                // "وطالب فلان، عقب اجتماع طارئ في بروكسل، روسيا بـ": set off by commas, the word opens an aside
                // telling when, and the actor after it is still the verb's
                b = null;
            }
            Match t = at(s, i);
            if (b != null && (t == null || !isKind(t, Phrase.Kind.ACTOR))) {
                c++;
            } else if (i > 0 && COMMAS.contains(tok(s, i - 1).norm()) && isKind(t, Phrase.Kind.TRIGGER)
                    && t.phrase().voice() != Phrase.Voice.NOUN && t.prefix().startsWith("و")
                    && !(lex.isAlsoNoun(t) && sameTriggerBefore(s, i, t))) {
                // (not "حل الاتحاد، التنظيم الوحيد، وحل البرلمان": the word of a verbal noun the list gave before
                // goes on with that list, past an apposition)
                c++;
            }
            clause[i] = c;
        }
        return clause;
    }

    /**
     * For a comma at {@code k} before a word that opens a new clause except when set off by commas
     * (lexv:enclosedAside: ، عقب اجتماع طارئ في بروكسل،), closed by a comma within twelve tokens with no verb of an
     * act inside: that closing comma; else {@code k}.
     */
    int enclosedAsideEnd(int s, int k) {
        if (!COMMAS.contains(tok(s, k).norm()) || k + 2 >= size(s)) {
            return k;
        }
        Match b = cue(s, k + 1, Cues.CLAUSE_BREAK);
        if (b == null || !b.prefix().isEmpty() || !true_(b.phrase().term(), "enclosedAside")) {
            return k;
        }
        return closingComma(s, lastOf(s, b) + 1, k + 13, k);
    }

    /**
     * The first comma from token {@code from} to token {@code last} when no full stop and no verb of an act (a
     * trigger not in its noun voice) stands before it: the comma closing an aside opened at {@code k}; else
     * {@code k}, the aside being no aside.
     */
    int closingComma(int s, int from, int last, int k) {
        for (int j = from; j < size(s) && j <= last; j++) {
            if (COMMAS.contains(tok(s, j).norm())) {
                return j;
            }
            Match m = at(s, j);
            if (tok(s, j).is(".") || isKind(m, Phrase.Kind.TRIGGER) && m.phrase().voice() != Phrase.Voice.NOUN) {
                return k;
            }
        }
        return k;
    }

    /** Whether a verb (not a verbal noun) of saying (lexv:reporting) or a speech act ends at token {@code i}. */
    private boolean verbOfSayingEndingAt(int s, int i) {
        Match m = triggerEndingAt(s, i);
        return m != null && m.phrase().voice() == Phrase.Voice.ACTIVE
                && (true_(m.phrase().term(), "reporting") || true_(m.phrase().term(), "speechAct"));
    }

    /** Whether token {@code k} of sentence {@code s} is one of the lexv:word words of cue class {@code type}. */
    boolean wordOfClass(int s, int k, String type) {
        return type != null && lex.wordsOfClass.getOrDefault(type, Set.of()).contains(tok(s, k).norm());
    }

    /** Whether the trigger of {@code t} is read before token {@code i} of sentence {@code s}. */
    boolean sameTriggerBefore(int s, int i, Match t) {
        for (int k = 0; k < i; k++) {
            Match o = at(s, k);
            if (isKind(o, Phrase.Kind.TRIGGER) && o.phrase().term() == t.phrase().term()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The forms (matching form) a person of the people lexicon is named by alone once the article gave his full name,
     * as an unlisted name's are ({@link UnitFinder}): read from each Arabic label spelling his full name (the display
     * label and the labels opening with its first word: بيدرو كاستيو، بيدرو كاستيلو), the surname, that is the last
     * word or the last two after a particle opening one (جمال عبد الناصر: عبد الناصر; إبراهيم أبو بكر كيتا: كيتا); an
     * East Asian family name, given first (يون سوك يول: يون), instead; and the given name of a name of two words when
     * long and no common given name (ينغلاك شيناواترا: ينغلاك), as foreign names go by it. A name of three words or
     * more is named by its last two as well (عبد الرحمن سوار الذهب: سوار الذهب), as an unlisted one is. A name with a
     * filial particle (محمد بن سلمان) ends in someone else's name, so its last word is no form of it; the lineage from
     * its first particle on is (زين العابدين بن علي: بن علي؛ سيدي ولد الشيخ عبد الله: ولد الشيخ عبد الله), as an
     * unlisted name's is: the old articles the lexicon's past holders come up in call them so.
     */
    Set<String> shortFormsOf(String key) {
        ActorEntry e = key == null ? null : lex.actors.get(key);
        Set<String> forms = new java.util.LinkedHashSet<>();
        if (e == null || e.type() != ActorType.PERSON || e.labelsAr().isEmpty()) {
            return forms;
        }
        String opening = ArabicNormalizer.normalize(e.labelsAr().get(0)).split(" ")[0];
        for (String label : e.labelsAr()) {
            String[] w = ArabicNormalizer.normalize(label).split(" ");
            int n = w.length;
            if (n < 2 || !w[0].equals(opening)) {
                continue;
            }
            // فرديناند ماركوس الابن (Jr.): the suffix closing a name is no surname; the name before it gives the forms
            // (ماركوس), as the father's would, and the given name it opens with stays no form of the son's
            boolean suffixed = n >= 3 && lex.nameSuffixes.contains(w[n - 1]);
            if (suffixed) {
                w = java.util.Arrays.copyOf(w, --n);
            }
            if (java.util.Arrays.stream(w).anyMatch(lex.filialParticles::contains)) {
                for (int k = 1; k < n - 1; k++) {
                    if (lex.filialParticles.contains(w[k])) {
                        forms.add(String.join(" ", java.util.Arrays.copyOfRange(w, k, n)));
                        break;
                    }
                }
                continue;
            }
            if (lex.eastAsianFamilyNames.contains(w[0])) {
                forms.add(w[0]);
                continue;
            }
            if (n >= 3 && lex.nameParticles.contains(w[n - 2])) {
                forms.add(w[n - 2] + " " + w[n - 1]);
            } else if (w[n - 1].length() >= 3) {
                forms.add(w[n - 1]);
                if (n >= 3) {
                    forms.add(w[n - 2] + " " + w[n - 1]);
                }
            }
            if (n == 2 && !suffixed && w[0].length() >= 5 && !hasArticle(w[0]) && !lex.nameSpellings.containsKey(w[0])
                    && !lex.nameParticles.contains(w[0])) {
                forms.add(w[0]);
            }
        }
        return forms;
    }

    /**
     * "الرئيس كاستيلو" after "بيدرو كاستيلو": the person of the people lexicon named before token {@code i} of sentence
     * {@code s} whose short form ({@link #shortFormsOf}) a name is; of several (رفيق الحريري، سعد الحريري), the one
     * {@link #relativeByContext} gives; null when none.
     */
    String listedNamedBefore(String name, int s, int i) {
        Set<String> found = new java.util.LinkedHashSet<>();
        for (int t = 0; t <= s && t < units.size(); t++) {
            for (Unit u : units.get(t)) {
                for (Unit x : concatUnits(u)) {
                    if (x.key != null && x.key.startsWith("person/") && (t < s || x.first < i)
                            && !found.contains(x.key) && shortFormsOf(x.key).contains(name)) {
                        found.add(x.key);
                    }
                }
            }
        }
        return found.size() <= 1 ? found.stream().findFirst().orElse(null) : relativeByContext(s, i, found);
    }

    /**
     * Of listed people who share a surname (رفيق الحريري، سعد الحريري), the one the surname alone at token {@code i}
     * of sentence {@code s} names: the one of them named before it in the same sentence ("قال سعد الحريري إن
     * الحريري ..."); else, when the sentence names none or both, the one the article named first, the story's man
     * (بشار الأسد before "خلفا لوالده حافظ الأسد"; رودريغو دوتيرتي before his daughter the vice-president, whose full
     * name comes up more often than his, he being called by his surname alone). Never a third person.
     */
    String relativeByContext(int s, int i, Set<String> relatives) {
        Set<String> named = new java.util.HashSet<>();
        for (Unit u : units.get(s)) {
            for (Unit x : concatUnits(u)) {
                if (x.key != null && relatives.contains(x.key) && x.first < i) {
                    named.add(x.key);
                }
            }
        }
        if (named.size() == 1) {
            return named.iterator().next();
        }
        for (List<Unit> us : units) {
            Unit first = null;
            for (Unit u : us) {
                for (Unit x : concatUnits(u)) {
                    if (x.key != null && relatives.contains(x.key) && (first == null || x.first < first.first)) {
                        first = x;
                    }
                }
            }
            if (first != null) {
                return first.key;
            }
        }
        return null;
    }

    static List<Unit> concatUnits(Unit u) {
        List<Unit> out = new ArrayList<>(u.inner.size() + 1);
        out.add(u);
        out.addAll(u.inner);
        return out;
    }

    /**
     * The state whose capital the place {@code placeKey} is, or null: a former state's until the year it ended (موسكو in
     * an article of 1968 is the Soviet Union, بلغراد in 1980 Yugoslavia), then the successor's that keeps it; an
     * article with no date is read as of today.
     */
    ActorEntry stateWithCapital(String placeKey) {
        ActorEntry former = lex.formerCapitalOf.get(placeKey);
        if (former != null && published != null && published.getYear() <= former.dissolved()) {
            return former;
        }
        return lex.capitalOf.get(placeKey);
    }

    Unit personByKey(String key) {
        Unit u = unitByKey(key);
        if (u == null) {
            throw new IllegalStateException("no unit for " + key);
        }
        return u;
    }

    /**
     * The first unit with that key in the sentences read so far, or null when none has it yet. An actor named only
     * as whom a group follows (أنصار الحكومة: the government, inside the supporters' mention) is named too.
     */
    Unit unitByKey(String key) {
        Unit followed = null;
        for (List<Unit> us : units) {
            for (Unit u : us) {
                if (key.equals(u.key)) {
                    return u;
                }
                if (followed == null && UnnamedGroups.followers(u)) {
                    followed = u.inner.stream().filter(x -> key.equals(x.key)).findFirst().orElse(null);
                }
            }
        }
        return followed;
    }

    void institutionOf(Unit u, ActorEntry country, String labelAr) {
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

    static String iso(ActorEntry country) {
        return country.isoCode() != null ? country.isoCode() : country.key().substring(country.key().indexOf('/') + 1);
    }

    /** The keys of a speaker and of what is its own: its organisation, its country, the actors inside its title. */
    Set<String> own(Unit speaker) {
        Set<String> own = new java.util.HashSet<>();
        own.add(speaker.key);
        if (speaker.countryKey != null) {
            own.add(speaker.countryKey);
        }
        for (Unit x : speaker.inner) {
            own.add(x.key);
            if (x.countryKey != null) {
                own.add(x.countryKey);
            }
        }
        if (speaker.organization != null && speaker.organization.key != null) {
            own.add(speaker.organization.key);
            if (speaker.organization.countryKey != null) {
                own.add(speaker.organization.countryKey);
            }
        }
        addRoleBodies(speaker, own);
        return own;
    }

    /** Adds to {@code keys} the body and the country of every role the article gives {@code person}. */
    void addRoleBodies(Unit person, Set<String> keys) {
        for (RoleDraft r : roleDrafts) {
            if (r.person != null && person.key.equals(r.person.key)) {
                if (r.organizationKey != null) {
                    keys.add(r.organizationKey);
                }
                if (r.organization != null && r.organization.countryKey != null) {
                    keys.add(r.organization.countryKey);
                }
            }
        }
    }

    /**
     * "تيريزا ماي"، "ماي تطرد": a month name of one of the JDK's series (ماي, Maghrebi May) that is no date where it
     * stands, with no day number before it and no year or marker (الماضي، المقبل، الجاري) after it, is the word a
     * name also is; a date always has one of them.
     */
    boolean monthAsName(int s, int k, Match here) {
        if (here == null || !here.phrase().isCue("Month") || !here.prefix().isEmpty() || lastOf(s, here) != k) {
            return false;
        }
        if (k > 0 && tok(s, k - 1).kind() == Token.Kind.NUMBER) {
            return false;
        }
        int next = k + 1;
        return next >= size(s) || (tok(s, next).kind() != Token.Kind.NUMBER && !tok(s, next).is("/")
                && cue(s, next, Cues.CURRENT_MARKER) == null && cue(s, next, Cues.LAST_MARKER) == null
                && cue(s, next, Cues.NEXT_MARKER) == null);
    }

    /**
     * A unit of the first of these actors (keys separated by spaces, in order of preference) named anywhere in the
     * article, the one with key {@code own} only when none before it is named; or null (also when it would be
     * {@code own}).
     */
    Unit namedInArticle(String keys, String own) {
        for (String key : keys == null ? new String[0] : keys.split(" ")) {
            if (key.equals(own)) {
                return null;
            }
            Unit u = namedInArticle(key);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    /** A unit of the actor with this key anywhere in the article, or null. */
    Unit namedInArticle(String key) {
        for (int z = 0; key != null && z < units.size(); z++) {
            for (Unit x : units.get(z)) {
                if (!boilerplate[z] && key.equals(x.key) && x.resolved()) {
                    return x;
                }
            }
        }
        return null;
    }
}
