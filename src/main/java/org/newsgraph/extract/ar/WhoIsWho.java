package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.HeldOffice;
import org.newsgraph.extract.lexicon.Term;

/**
 * Who is who inside an article, the references that point back: some of a group named before (بعضهم، عدد منهم،
 * 300 منهم), the country or body a pronoun possesses (بلاده، حكومتها: the speaker's, not the article's), an
 * organisation taken up again by the head noun of its name (الاتحاد for الاتحاد الأوروبي), and the end of an office
 * when its holder resigns or is dismissed. Runs between the stages: partitives after each sentence's units (before
 * its named objects, which would read "عددا منهم" as a name), possessives and head nouns once the article's country
 * and the holders of titles are known, office ends once a sentence's events are.
 */
final class WhoIsWho extends Stage {

    private final UnitFinder unitFinder;
    private final ActorResolver resolver;
    private final Unrest unrest;
    /** Normalised first word of each Arabic label met, asked for every definite word of the article. */
    private final Map<String, String> firstWords = new HashMap<>();

    WhoIsWho(Stage shared, UnitFinder unitFinder, ActorResolver resolver, Unrest unrest) {
        super(shared);
        this.unitFinder = unitFinder;
        this.resolver = resolver;
        this.unrest = unrest;
    }

    // ------------------------------------------------------------------------------------------- partitives

    /**
     * "وأحرق بعضهم"، "قتل أحدهم"، "اعتقلت الشرطة عددا منهم"، "أكثر من 300 منهم": a quantifier with a plural pronoun on
     * it, or a quantifier, number or number word before منهم (lexv:PartitiveQuantifier, lexv:PartitiveOf), not yet
     * read as anything else, is some of a group named before ({@link #groupBefore}): a mention of that group from
     * the quantifier (or the approximation before a number) to the pronoun.
     */
    void findPartitives(int s) {
        Unit[] c = cover.get(s);
        for (int i = 0; i < size(s); i++) {
            Unit u = c[i] == null ? partitive(s, i) : null;
            if (u != null) {
                unitFinder.add(s, u);
                i = u.last;
            }
        }
    }

    private Unit partitive(int s, int i) {
        Token t = tok(s, i);
        if (!t.isWord() && t.kind() != Token.Kind.NUMBER) {
            return null;
        }
        Match q = cue(s, i, Cues.PARTITIVE_QUANTIFIER);
        String suffix = q != null && lastOf(s, q) == i && q.end() < t.end()
                ? CompiledLexicon.lightForm(original(q.end(), t.end())) : "";
        int last;
        int begin = t.begin();
        if (suffix.equals("هم") || suffix.equals("هن")) {
            last = i;
            begin = q.begin();
        } else {
            Match approx = cue(s, i, Cues.APPROXIMATE_MARKER);
            int k = approx != null ? lastOf(s, approx) + 1 : i;
            if (k >= size(s)) {
                return null;
            }
            Match word = cue(s, k, Cues.NUMBER_WORD);
            Match quantifier = cue(s, k, Cues.PARTITIVE_QUANTIFIER);
            int j;
            if (tok(s, k).kind() == Token.Kind.NUMBER) {
                Match mult = cue(s, k + 1, Cues.NUMBER_WORD);
                j = mult != null ? lastOf(s, mult) + 1 : k + 1;
            } else if (word != null) {
                j = lastOf(s, word) + 1;
            } else if (quantifier != null && quantifier.end() >= tok(s, lastOf(s, quantifier)).end() - 1) {
                // عدد، عددا (with the accusative alef), العديد: no pronoun on it, منهم follows
                j = lastOf(s, quantifier) + 1;
            } else {
                return null;
            }
            Match of = j < size(s) ? cue(s, j, Cues.PARTITIVE_OF) : null;
            if (of == null || !of.prefix().isEmpty()) {
                return null;
            }
            last = j;
            Match first = approx != null ? approx : word != null ? word : quantifier;
            begin = first != null && first.first() - base(s) == i ? first.begin() : t.begin();
        }
        Unit group = groupBefore(s, i);
        if (group == null) {
            return null;
        }
        Unit u = new Unit(s, i, last, begin, tok(s, last).end());
        u.sameActorAs(group);
        u.partitive = true;
        return u;
    }

    /**
     * The last group (not a nisba) named before token {@code i}, in its sentence or the two before. Not the subject
     * of the verb the partitive follows (اعتقلت الشرطة عددا منهم: some of those named before, not of the police), and
     * not the agent of a passive (برصاص الشرطة، على يد الجيش): who acted on the people counted is none of them.
     * A verb joined by و with no subject of its own, the partitive its object in the accusative (قبل أن تتدخل قوات
     * الأمن لتفريقهم، واعتقلت عددا منهم), goes on with the subject of the clause before it, which is none of those it
     * acts on either.
     */
    private Unit groupBefore(int s, int i) {
        int verb = -1;
        for (int k = i - 1; k >= 0 && verb < 0; k--) {
            Match m = at(s, k);
            if (isKind(m, Phrase.Kind.TRIGGER) && m.phrase().voice() != Phrase.Voice.NOUN) {
                verb = k;
            }
        }
        Unit implied = verb >= 0 ? impliedSubject(s, verb, i) : null;
        for (int z = s; z >= 0 && z >= s - 2; z--) {
            if (boilerplate[z]) {
                continue;
            }
            List<Unit> us = units.get(z);
            for (int k = us.size() - 1; k >= 0; k--) {
                Unit x = us.get(k);
                if ((z == s && (x.first >= i || (verb >= 0 && x.first > verb))) || x.type != ActorType.GROUP || x.key == null
                        || x.qualifier || (x.first > 0 && cueEndingAt(z, x.first - 1, Cues.AGENT_MARKER) != null)
                        || (implied != null && x.key.equals(implied.key))) {
                    continue;
                }
                return x;
            }
        }
        return null;
    }

    /**
     * The subject a verb joined by و goes on with when no actor stands between it and {@code i}: the first actor
     * not after a preposition in the verb's clause before it, else in the clause before (فرقت الشرطة المتظاهرين
     * واعتقلت: the police; تظاهر الطلاب قبل أن تتدخل قوات الأمن لتفريقهم، واعتقلت: the security forces), or null.
     */
    private Unit impliedSubject(int s, int verb, int i) {
        Match m = at(s, verb);
        if (!m.prefix().startsWith("و")) {
            return null;
        }
        if (i == lastOf(s, m) + 1 && !tok(s, i).norm().endsWith("ا")) {
            // "وأغلق بعضهم الطرق": some of them right after the verb, not in the accusative, are its subject
            return null;
        }
        Unit[] c = cover.get(s);
        for (int k = lastOf(s, m) + 1; k < i; k++) {
            if (c[k] != null) {
                return null;
            }
        }
        int[] clause = clauses(s);
        for (int want = clause[verb]; want >= Math.max(0, clause[verb] - 1); want--) {
            for (int k = 0; k < verb; k++) {
                Unit u = c[k];
                if (clause[k] == want && u != null && u.first == k && !u.prepositional && !u.locative
                        && u.type != ActorType.PLACE && u.key != null) {
                    return u;
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------ collectives

    /**
     * "وطالبت دول الاتحاد الأفريقي"، "قال قادة مجموعة السبع"، "وزراء خارجية الاتحاد": an organisation after the
     * noun of its members acting together (lexv:CollectiveNoun) is named by the whole phrase; the unit takes the
     * noun in, and is a plural either gender of verb may agree with (ودعت دول الاتحاد: the states, not their object).
     */
    void findCollectives(int s) {
        for (Unit u : units.get(s)) {
            collective(s, u);
        }
    }

    private void collective(int s, Unit u) {
        if (u.type != ActorType.ORGANIZATION || u.institution != null || u.first == 0 || u.collective) {
            return;
        }
        Match m = cueEndingAt(s, u.first - 1, Cues.COLLECTIVE_NOUN);
        int first = m == null ? -1 : m.first() - base(s);
        if (m == null || cover.get(s)[first] != null) {
            return;
        }
        Match own = at(s, u.first);
        if (own != null && !own.prefix().isEmpty()) {
            return;
        }
        u.first = first;
        u.begin = m.begin();
        u.collective = true;
        u.prepositional = prepositional(s, first);
        for (int k = first; k <= u.last; k++) {
            cover.get(s)[k] = u;
        }
    }

    // ------------------------------------------------------------------------------------------ possessives

    /**
     * "وقال وزير الخارجية الفرنسي إن بلاده تدين"، "أكدت الخارجية التركية أن بلادها"، "قالت ميلوني إن حكومتها": a
     * country or state body with a possessive pronoun ({@link Unit#possessor}) is the country of the one the pronoun
     * stands for, the speaker or subject named before it, not the article's own country. The antecedent is the
     * nearest person or organisation before the pronoun of its gender, in its sentence or else the sentence before
     * (one not after a preposition first: the speaker, not the one spoken to); its country is the one its office
     * belongs to (a title's nisba, a role of the article, an office the lexicon knows it holds) or, for a body of a
     * state, that state. When no such country is known the unit stays the article's country's.
     */
    void resolvePossessives() {
        for (List<Unit> us : units) {
            for (Unit u : us) {
                if (u.possessor == null) {
                    continue;
                }
                Unit owner = possessorOf(u);
                ActorEntry country = owner == null ? null : countryOfHolder(owner);
                if (country == null) {
                    continue;
                }
                if (u.institution != null) {
                    String ar = u.institution.labelsAr().isEmpty() ? original(u.begin, u.end) : u.institution.labelsAr().get(0);
                    institutionOf(u, country, ar);
                } else {
                    u.actor(country);
                    u.pending = Unit.Pending.NONE;
                }
            }
        }
    }

    private Unit possessorOf(Unit u) {
        boolean fem = u.possessor.equals("ها");
        for (boolean prepositionalToo : new boolean[] {false, true}) {
            for (int z = u.sentence; z >= 0 && z >= u.sentence - 1; z--) {
                if (boilerplate[z]) {
                    continue;
                }
                List<Unit> us = units.get(z);
                for (int i = us.size() - 1; i >= 0; i--) {
                    Unit x = us.get(i);
                    // a title whose holder the article does not name still says whose office it is
                    boolean title = x.key == null && x.office != null && x.organization != null && x.organization.resolved();
                    if ((z == u.sentence && x.first >= u.first) || x == u || (x.key == null && !title) || x.qualifier
                            || (x.prepositional && !prepositionalToo)) {
                        continue;
                    }
                    boolean fits = x.isPerson() ? unrest.feminineEvidence(x) == fem
                            : x.type == ActorType.ORGANIZATION && feminineBody(x) == fem;
                    if (fits) {
                        return x;
                    }
                }
            }
        }
        return null;
    }

    /** A body is of the gender of its head noun: حكومة ميانمار and الخارجية التركية are feminine. */
    private boolean feminineBody(Unit x) {
        String head = x.institution != null && !x.institution.labelsAr().isEmpty()
                ? x.institution.labelsAr().get(0).split(" ")[0] : original(x.begin, x.end).strip().split("\\s+")[0];
        return head.endsWith("ة") || unrest.feminine(x);
    }

    /** The country a person's office or a state body belongs to, or null when the article and lexicon do not say. */
    private ActorEntry countryOfHolder(Unit x) {
        if (x.type == ActorType.ORGANIZATION) {
            return x.countryKey == null ? null : lex.actors.get(x.countryKey);
        }
        if (x.organization != null && x.organization.resolved()) {
            String key = x.organization.type == ActorType.COUNTRY ? x.organization.key : x.organization.countryKey;
            if (key != null && lex.actors.containsKey(key)) {
                return lex.actors.get(key);
            }
        }
        for (RoleDraft d : roleDrafts) {
            if (x.key == null || d.person.key == null || !d.person.key.equals(x.key)) {
                continue;
            }
            Unit org = d.organization;
            String key = org != null ? (org.type == ActorType.COUNTRY ? org.key : org.countryKey)
                    : d.organizationKey != null ? d.organizationKey : resolver.organizationOf(d.office, null);
            if (key != null && key.startsWith("country/") && lex.actors.containsKey(key)) {
                return lex.actors.get(key);
            }
        }
        ActorEntry known = x.key == null ? null : lex.actors.get(x.key);
        if (known != null) {
            for (HeldOffice h : known.holds()) {
                if (h.until() == null && h.organizationKey().startsWith("country/")) {
                    return lex.actors.get(h.organizationKey());
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------- head nouns

    /**
     * "وقال وزراء خارجية الاتحاد"، "أعلن الحلف"، "وقالت المنظمة": the head noun of an organisation's name, alone with
     * the article and no lexicon form or unit on it, is the organisation the article named before whose name opens
     * with that noun (الاتحاد الأوروبي، حلف الناتو، منظمة العفو الدولية), when exactly one does. A word with the
     * article after it (الحزب الحاكم، الاتحاد العام) makes it another body, and a noun of followers (lexv:FollowerNoun:
     * أنصار الحزب) or an unknown noun in construct before it another actor, which the rule leaves alone.
     */
    void findHeadNouns(int s) {
        Unit[] c = cover.get(s);
        for (int i = 0; i < size(s); i++) {
            Token t = tok(s, i);
            Match here = at(s, i);
            if (c[i] != null || !t.isWord() || (here != null && !isKind(here, Phrase.Kind.CUE))) {
                continue;
            }
            // the cheap test first: most words are no definite noun of five letters or more
            CompiledLexicon.Variant v = definiteReading(t);
            if (v == null) {
                continue;
            }
            int next = i + 1;
            if (next < size(s) && tok(s, next).isWord() && hasArticle(tok(s, next)) && cue(s, next, Cues.WEEKDAY) == null) {
                continue;
            }
            int before = wordBefore(s, i);
            if (before >= 0 && cueEndingAt(s, before, Cues.COLLECTIVE_NOUN) == null && (cue(s, before, Cues.FOLLOWER_NOUN) != null
                    || (tok(s, before).isWord() && at(s, before) == null && !hasArticle(tok(s, before))))) {
                // "أنصار الحزب": the noun before it, in construct with it, is who acts (its supporters), not the party
                continue;
            }
            Unit named = organizationNamedBefore(s, i, v.stem().substring(2));
            if (named != null) {
                Unit u = new Unit(s, i, i, t.offsetOf(v.from()), t.end());
                u.sameActorAs(named);
                unitFinder.add(s, u);
                collective(s, u);
            }
        }
    }

    /**
     * "وقال البيان إن"، "وأعلن البيان حل البرلمان": the statement (lexv:StatementReference, with no clitic) as the
     * subject of a verb right before it stands for whoever issued the statement the article told of last: the first
     * actor of the nearest sentence, this one before it or up to three before, that names a statement
     * (lexv:StatementNoun: أذاع المجلس بيانا، قال فلان في بيان), that is neither a place nor after a preposition (وفي
     * واشنطن، قالت الوزارة في بيان: the ministry). No one when no such statement was told.
     */
    void findStatementIssuers(int s) {
        Unit[] c = cover.get(s);
        for (int i = 1; i < size(s); i++) {
            Match m = cue(s, i, Cues.STATEMENT_REFERENCE);
            Match verb = at(s, i - 1);
            if (m == null || c[i] != null || !m.prefix().isEmpty() || lastOf(s, m) != i || verb == null
                    || !isKind(verb, Phrase.Kind.TRIGGER) || verb.phrase().voice() != Phrase.Voice.ACTIVE
                    || lastOf(s, verb) != i - 1) {
                continue;
            }
            Unit issuer = null;
            for (int z = s; z >= Math.max(0, s - 3) && issuer == null; z--) {
                if (!boilerplate[z]) {
                    issuer = issuerIn(z, z == s ? i : size(z));
                }
            }
            if (issuer != null) {
                Unit u = new Unit(s, i, i, m.begin(), m.end());
                u.sameActorAs(issuer);
                unitFinder.add(s, u);
            }
        }
    }

    /** The first actor of sentence {@code z}, before token {@code end}, when a statement noun follows it there. */
    private Unit issuerIn(int z, int end) {
        int noun = -1;
        for (int k = 0; k < end && noun < 0; k++) {
            if (cue(z, k, Cues.STATEMENT_NOUN) != null) {
                noun = k;
            }
        }
        Unit first = null;
        for (Unit x : units.get(z)) {
            // (the units of a sentence are in the order the passes found them, not yet in the text's)
            if (noun >= 0 && x.first < noun && x.resolved() && x.type != ActorType.PLACE && !x.prepositional
                    && !x.locative && !x.qualifier && (first == null || x.first < first.first)) {
                first = x;
            }
        }
        return first;
    }

    /**
     * "لتفريق الحشود"، "اعتقلت العشرات من مثيري الشغب"، "فرقت الشرطة المعتصمين": a crowd named by what it does there
     * (lexv:CrowdNoun) is the first group its cue gives (lexv:crowdOf: the protesters, then the rioters) that the
     * article names elsewhere: the crowd the police disperse is the article's protesters. A crowd noun that names a
     * group of its own (مثيرو الشغب: the rioters) is that other group when the article names it. A one-word crowd noun
     * counts only with the article (حشود المشيعين says whose crowd it is), and troops massed (lexv:MassedTroops) are
     * none.
     */
    void findCrowds(int s) {
        Unit[] c = cover.get(s);
        for (int i = 0; i < size(s); i++) {
            Match m = cue(s, i, Cues.CROWD_NOUN);
            if (m == null || cue(s, i, Cues.MASSED_TROOPS) != null) {
                continue;
            }
            Unit own = c[i];
            boolean ownGroup = own != null && own.first == i && own.last == lastOf(s, m) && own.key != null
                    && own.key.startsWith("group/");
            if ((own != null && !ownGroup) || (own == null && lastOf(s, m) == i && !hasArticle(tok(s, i)))) {
                continue;
            }
            Unit group = namedInArticle(m.phrase().term().property("crowdOf"), own == null ? null : own.key);
            if (group != null && ownGroup) {
                own.sameActorAs(group);
                i = own.last;
            } else if (group != null) {
                Unit u = new Unit(s, i, lastOf(s, m), m.begin(), m.end());
                u.sameActorAs(group);
                unitFinder.add(s, u);
                i = u.last;
            }
        }
    }

    /**
     * "اقتحمت حشود من السكان المتاجر ونهبتها"، "أحرق شبان غاضبون سيارات"، "تجمع مئات الشبان ورشقوا الشرطة بالحجارة":
     * a crowd with no name (lexv:MobNoun, a count before it or not) as the subject right after a verb, in a sentence
     * that tells an act of rioting (a trigger with lexv:mobAct), is the first group of its lexv:crowdOf the article
     * names (the protesters), else the last of them (the rioters: the act itself names them). A crowd that only
     * watches or gathers, in a sentence telling no such act, stays no one; so does a crowd noun in construct with
     * whose crowd it is (حشود المشجعين).
     */
    void findMobs(int s) {
        Unit[] c = cover.get(s);
        int act = lastMobAct(s);
        for (int i = act < 0 ? size(s) : 0; i < size(s); i++) {
            Match m = c[i] == null ? cue(s, i, Cues.MOB_NOUN) : null;
            if (m == null) {
                continue;
            }
            int last = lastOf(s, m);
            int first = i;
            while (first > 0 && c[first - 1] == null && cue(s, first - 1, Cues.NUMBER_WORD) != null) {
                first--;
            }
            int verb = wordBefore(s, first);
            Match v = verb < 0 ? null : at(s, verb);
            boolean afterVerb = isKind(v, Phrase.Kind.TRIGGER) && v.phrase().voice() != Phrase.Voice.NOUN
                    && lastOf(s, v) == verb && !tok(s, verb).norm().startsWith("ال");
            boolean construct = last + 1 < size(s) && tok(s, last + 1).isWord() && hasArticle(tok(s, last + 1))
                    && !hasArticle(tok(s, last));
            if (!afterVerb || construct || act < verb) {
                continue;
            }
            String[] keys = m.phrase().term().property("crowdOf").split(" ");
            Unit group = namedInArticle(m.phrase().term().property("crowdOf"), null);
            ActorEntry own = group == null ? lex.actors.get(keys[keys.length - 1]) : null;
            if (group == null && own == null) {
                continue;
            }
            Unit u = new Unit(s, first, last, tok(s, first).begin(), m.end());
            if (group != null) {
                u.sameActorAs(group);
            } else {
                u.actor(own);
            }
            u.partitive = first < i;
            unitFinder.add(s, u);
            int next = last + 1 < size(s) && COMMAS.contains(tok(s, last + 1).norm()) ? last + 2 : last + 1;
            if (next < size(s) && c[next] != null && c[next].partitive && c[next].first == next) {
                // "تجمع مئات الشبان، معظمهم من أبناء الأقلية": the pronoun, read before the crowd was, is the crowd's
                c[next].sameActorAs(u);
            }
            i = last;
        }
    }

    /** The first token of the last verb of rioting (a trigger with lexv:mobAct) in the sentence, or -1. */
    private int lastMobAct(int s) {
        int found = -1;
        for (int i = 0; i < size(s); i++) {
            for (Match m : triggersAt(s, i)) {
                if ("true".equals(m.phrase().term().property("mobAct")) && m.phrase().voice() != Phrase.Voice.NOUN) {
                    found = i;
                }
            }
        }
        return found;
    }

    /**
     * "تظاهر مئات الآلاف في العاصمة"، "خرج الآلاف إلى الشوارع"، "احتشد نحو عشرين ألفا": a count of people with no
     * noun of its own (no actor within two words after it) right after the verb of a protest whose trigger gives the
     * group of its doers (lexv:crowdOf) is that group, when the article names it elsewhere, as a crowd noun is (a
     * gathering in an article naming no protesters is as often a celebration or a funeral). The count stays a
     * number of them (the unit is partitive), so the protest keeps its size. A verb that is a protest only with its
     * object (خرج إلى الشوارع) needs that object within a few words.
     */
    void findCrowdCounts(int s) {
        Unit[] c = cover.get(s);
        for (int i = 0; i < size(s); i++) {
            String crowdOf = crowdOfVerb(s, i);
            String joined = crowdOf == null ? crowdOfJoinedAct(s, i) : null;
            if (crowdOf == null && joined == null) {
                continue;
            }
            crowdOf = crowdOf == null ? joined : crowdOf;
            int first = (joined != null ? lastOf(s, cue(s, i, Cues.PARTICIPATION_VERB)) : triggerEnd(s, i)) + 1;
            if (first < size(s) && cue(s, first, Cues.APPROXIMATE_MARKER) != null) {
                first = lastOf(s, cue(s, first, Cues.APPROXIMATE_MARKER)) + 1;
            }
            int last = first - 1;
            while (last + 1 < size(s) && c[last + 1] == null && (tok(s, last + 1).kind() == Token.Kind.NUMBER
                    || cue(s, last + 1, Cues.NUMBER_WORD) != null)) {
                Match w = cue(s, last + 1, Cues.NUMBER_WORD);
                last = w != null ? lastOf(s, w) : last + 1;
            }
            int nationals = nationalsAfter(s, last + 1);
            boolean ownNoun = nationals < 0 && last + 1 < size(s) && (c[last + 1] != null
                    || tok(s, last + 1).norm().equals("من") && last + 2 < size(s) && c[last + 2] != null);
            if (last < first || ownNoun) {
                // "تظاهر آلاف المحتجين"، "الآلاف من الطلاب": the noun after says who they are
                continue;
            }
            Unit group = namedInArticle(crowdOf, null);
            String[] keys = crowdOf.split(" ");
            if (last >= first && nationals >= 0) {
                last = nationals;
            }
            // the noun a count takes part in names the protest itself, as a verb of protest only does
            ActorEntry own = group == null && (protestOnly(s, i) || joined != null) && !saysWho(s, last + 1)
                    ? lex.actors.get(keys[0]) : null;
            if (group != null || own != null) {
                Unit u = new Unit(s, first, last, tok(s, first).begin(), tok(s, last).end());
                if (group != null) {
                    u.sameActorAs(group);
                } else {
                    u.actor(own);
                }
                u.partitive = true;
                unitFinder.add(s, u);
                i = last;
            }
        }
    }

    /**
     * "تظاهر آلاف الفرنسيين"، "خرج مئات السودانيين في مسيرات": a people named by their nationality with the article
     * right after a count says only whose citizens the crowd are, as a noun of people (المواطنين) does; the crowd is
     * still the protest's doers, and their nationality no act of their state. The last token of that nationality, or
     * -1 when none stands at {@code k}.
     */
    private int nationalsAfter(int s, int k) {
        if (k >= size(s) || !hasArticle(tok(s, k))) {
            return -1;
        }
        Match m = at(s, k);
        Unit u = cover.get(s)[k];
        boolean nisba = isKind(m, Phrase.Kind.DEMONYM)
                || isKind(m, Phrase.Kind.ACTOR) && m.phrase().actor() != null && lex.isAlsoDemonym(m);
        return nisba && m.prefix().isEmpty() && (u == null || u.first == k && u.type == ActorType.COUNTRY)
                ? lastOf(s, m) : -1;
    }

    /**
     * Whether the words at {@code k}, right after a count, say who the people counted are: من and a noun ("عشرات من
     * أنصار الحركة") or a noun with the article in construct ("مئات الشبان"), past a noun of people (شخص، مواطن); a
     * preposition (في، أمام، ضد) or a time (الأحد) says where or when.
     */
    private boolean saysWho(int s, int k) {
        Match noun = k < size(s) ? cue(s, k, Cues.COUNTED_NOUN) : null;
        if (noun != null && noun.phrase().term().property("crowdOf") != null) {
            k = lastOf(s, noun) + 1;
        }
        if (k >= size(s) || !tok(s, k).isWord() || cue(s, k, Cues.DATE_WORD) != null || cue(s, k, Cues.WEEKDAY) != null
                || cover.get(s)[k] != null && cover.get(s)[k].locative) {
            return false;
        }
        return tok(s, k).norm().equals("من") || hasArticle(tok(s, k));
    }

    /**
     * Whether the verb at {@code i} (with و or ف before it) can only mean protesting (lexv:ProtestOnlyVerb: تظاهر،
     * اعتصم), unlike gathering or going out (احتشد، تجمع، خرج), which a celebration or a funeral does too: its crowd
     * is the protesters even in an article that names them nowhere else.
     */
    private boolean protestOnly(int s, int i) {
        java.util.Set<String> verbs = lex.wordsOfClass.getOrDefault("ProtestOnlyVerb", java.util.Set.of());
        String w = tok(s, i).norm();
        return verbs.contains(w) || (w.startsWith("و") || w.startsWith("ف")) && verbs.contains(w.substring(1));
    }

    /**
     * "اعتصامات ليلية متواصلة شارك فيها آلاف المواطنين": the lexv:crowdOf of a crowd's act told by its verbal noun
     * (needing no object) that a verb of taking part in it (lexv:ParticipationVerb) at {@code i} follows, with at most
     * three words between that are no actor, act or punctuation (its adjectives); else null. Who takes part in a
     * protest protests.
     */
    private String crowdOfJoinedAct(int s, int i) {
        if (cue(s, i, Cues.PARTICIPATION_VERB) == null) {
            return null;
        }
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (!tok(s, k).isWord() || cover.get(s)[k] != null) {
                return null;
            }
            for (Match m : triggersAt(s, k)) {
                Term t = m.phrase().term();
                if (m.phrase().voice() == Phrase.Voice.NOUN && t.property("crowdOf") != null
                        && t.property("needsObject") == null && lastOf(s, m) < i) {
                    return t.property("crowdOf");
                }
            }
            if (isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                return null;
            }
        }
        return null;
    }

    /** The lexv:crowdOf of a protest verb (no verbal noun) at {@code i} whose needed object, if any, follows; else null. */
    private String crowdOfVerb(int s, int i) {
        for (Match m : triggersAt(s, i)) {
            String crowdOf = m.phrase().term().property("crowdOf");
            String needs = m.phrase().term().property("needsObject");
            if (crowdOf == null || m.phrase().voice() == Phrase.Voice.NOUN || tok(s, i).norm().startsWith("ال")) {
                continue;
            }
            if (needs == null) {
                return crowdOf;
            }
            for (int k = lastOf(s, m) + 1; k < size(s) && k <= lastOf(s, m) + 8; k++) {
                if (cue(s, k, needs) != null) {
                    return crowdOf;
                }
            }
        }
        return null;
    }

    /** The last token of the longest trigger starting at {@code i}. */
    private int triggerEnd(int s, int i) {
        int end = i;
        for (Match m : triggersAt(s, i)) {
            end = Math.max(end, lastOf(s, m));
        }
        return end;
    }

    /** The first reading of the token that is a definite noun of five letters or more, or null. */
    private static CompiledLexicon.Variant definiteReading(Token t) {
        for (List<CompiledLexicon.Variant> vs : t.variants()) {
            CompiledLexicon.Variant v = vs.get(0);
            if (v.stem().startsWith("ال") && v.stem().length() >= 5) {
                return v;
            }
        }
        return null;
    }

    /** The one organisation named before token {@code i} whose Arabic name opens with {@code head}, with or without the article. */
    private Unit organizationNamedBefore(int s, int i, String head) {
        Unit found = null;
        for (int z = 0; z <= s; z++) {
            if (boilerplate[z]) {
                continue;
            }
            for (Unit x : units.get(z)) {
                if ((z == s && x.first >= i) || x.type != ActorType.ORGANIZATION || !x.resolved() || x.institution != null
                        || x.labelAr == null) {
                    continue;
                }
                String first = firstWords.computeIfAbsent(x.labelAr, l -> ArabicNormalizer.normalize(l.split(" ")[0]));
                if (!first.equals(head) && !first.equals("ال" + head)) {
                    continue;
                }
                if (found != null && !found.key.equals(x.key)) {
                    return null;
                }
                found = x;
            }
        }
        return found;
    }

    // ---------------------------------------------------------------------------------------- end of an office

    /**
     * "استقال فلان"، "أعلن استقالته"، "أقال الرئيس وزير الداخلية فلان"، "أقيل فلان": an act told as done that ends an
     * office (lexv:endsOffice says whether its source or its target leaves) ends the office the article gives that
     * person: the one named in the same sentence, else every one not ended yet. The role ends on the act's date
     * when the sentence gives one (ng:until), and its holder is a former one either way.
     */
    void endOffices(int s, List<EventDraft> drafts) {
        for (EventDraft d : drafts) {
            String who = d.trigger.property("endsOffice");
            Unit person = "source".equals(who) ? d.source : "target".equals(who) ? d.target : null;
            if (person == null || !person.isPerson() || person.key == null || !reportedDone(s, d)) {
                continue;
            }
            List<RoleDraft> held = new ArrayList<>();
            for (RoleDraft r : roleDrafts) {
                if (person.key.equals(r.person.key) && r.until == null) {
                    held.add(r);
                }
            }
            List<RoleDraft> here = held.stream().filter(r -> r.sentence == s).toList();
            for (RoleDraft r : here.isEmpty() ? held : here) {
                r.until = d.date;
                r.former = true;
            }
        }
    }

    /**
     * Whether an act is told as done: a verb in the past (not يستقيل، ستقيله) or the passive, or a verbal noun after
     * a verb saying it was done (lexv:CompletedActVerb: أعلن استقالته) with no other trigger between (طالب
     * باستقالته، رفض الاستقالة are not).
     */
    private boolean reportedDone(int s, EventDraft d) {
        if (d.voice != Phrase.Voice.NOUN) {
            String w = tok(s, d.at).norm().substring(Math.min(d.match.prefix().length(), tok(s, d.at).norm().length()));
            return !(w.startsWith("ي") || w.startsWith("ت") || w.startsWith("ن") || w.startsWith("س"));
        }
        for (int k = d.at - 1; k >= 0 && k >= d.at - 12; k--) {
            if (cue(s, k, Cues.COMPLETED_ACT_VERB) != null) {
                return true;
            }
            if (isKind(at(s, k), Phrase.Kind.TRIGGER)) {
                return false;
            }
        }
        return false;
    }
}
