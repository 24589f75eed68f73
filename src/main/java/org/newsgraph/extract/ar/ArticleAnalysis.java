package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.read.Article;

/**
 * The analysis of one article, in passes: (1) lexicon forms and the units built from them (titles with or
 * without names, institutions, nisbas, capitals, place nouns), (2) the article's own country (the one named
 * most), which completes the units that needed it, and the holders of titles named alone, (3) surnames and
 * full names of people introduced earlier, (4) events, statements, quantities, dates, roles and relations,
 * sentence by sentence, and (5) the records. Sentences that only point to other articles (a line starting
 * with "اقرأ أيضا", the list of links closing a page) yield nothing. This class runs the passes in that order:
 * {@link UnitFinder}, {@link ActorResolver}, then per sentence {@link DateFinder}, {@link EventFinder},
 * {@link QuantityFinder}, {@link StatementFinder}, {@link RelationFinder}, and last {@link RoleBuilder}, with
 * {@link WhoIsWho} between them for the references that point back (partitives, possessives, head nouns, the end
 * of an office); it marks the
 * boilerplate and builds the records itself. Offsets in the records are Unicode code points into
 * {@code Article.text()}.
 */
final class ArticleAnalysis extends Stage {

    private final UnitFinder unitFinder;
    private final ActorResolver resolver;
    private final DateFinder dateFinder;
    private final EventFinder eventFinder;
    private final QuantityFinder quantityFinder;
    private final StatementFinder statementFinder;
    private final RelationFinder relationFinder;
    private final RoleBuilder roleBuilder;
    private final WhoIsWho whoIsWho;
    private final UnnamedGroups unnamedGroups;
    private final Unrest unrest;

    ArticleAnalysis(CompiledLexicon lex, Article article) {
        super(lex, article);
        this.unitFinder = new UnitFinder(this);
        this.resolver = new ActorResolver(this);
        this.dateFinder = new DateFinder(this);
        Arguments arguments = new Arguments(this);
        this.unrest = new Unrest(this, arguments);
        this.eventFinder = new EventFinder(this, dateFinder, new Reactions(this, arguments, resolver), unrest, arguments);
        this.quantityFinder = new QuantityFinder(this, dateFinder);
        this.statementFinder = new StatementFinder(this);
        this.relationFinder = new RelationFinder(this, arguments);
        this.roleBuilder = new RoleBuilder(this, resolver);
        this.whoIsWho = new WhoIsWho(this, unitFinder, resolver, unrest);
        this.unnamedGroups = new UnnamedGroups(this, unitFinder, resolver);
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
                    int from = i;
                    Match m = CompiledLexicon.best(candidates(s, i), toks, i, null, x -> lineageGoesOn(x, toks, from));
                    m = m == null ? null : CompiledLexicon.writtenWithShadda(candidates(s, i), toks, i, m,
                            original(toks.get(i).begin(), toks.get(m.last() - m.first() + i).end()));
                    at[i] = m;
                    i += m == null ? 1 : m.last() - m.first() + 1;
                }
            }
            starts.add(at);
            units.add(new ArrayList<>());
            cover.add(new Unit[toks.size()]);
        }
        readHomonymPlaces();
        for (int s = 0; s < count; s++) {
            if (!boilerplate[s]) {
                unitFinder.findUnits(s);
                whoIsWho.findPartitives(s);
                whoIsWho.findCollectives(s);
                unitFinder.findNamedObjects(s);
                unitFinder.superlativeAppositions(s);
            }
        }
        unitFinder.placesAsSurnames();
        resolver.findFocalCountry();
        resolver.resolvePending();
        resolver.surnamesOfOthersNamedInFull();
        resolver.surnamesByOfficeYears();
        resolver.titledSurnamesOfListedHolders();
        resolver.listedSurnames();
        for (int s = 0; s < count; s++) {
            if (!boilerplate[s]) {
                resolver.findKnownNames(s);
            }
        }
        whoIsWho.resolvePossessives();
        for (int s = 0; s < count; s++) {
            if (!boilerplate[s]) {
                whoIsWho.findHeadNouns(s);
                whoIsWho.findStatementIssuers(s);
                whoIsWho.findCrowds(s);
                unnamedGroups.findDistantCrowds(s);
                whoIsWho.findCrowdCounts(s);
                whoIsWho.findMobs(s);
                unnamedGroups.findSupporters(s);
                unnamedGroups.findGroups(s);
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
        resolver.oneBodyPerName();
        resolver.dropWeakNisbas();
        return records();
    }

    /**
     * A country's name that is also a city's of another country ("عمان", Oman and Amman) is the city where the
     * article names the city's country otherwise (الأردن, الأردنية, a place of it) and the homonym country only
     * through these ambiguous words: a story of Jordan that says "في عمان" is in Amman, one that also writes
     * سلطنة عمان or العماني keeps its Oman, and one of no such country keeps the country's reading.
     */
    private void readHomonymPlaces() {
        Set<String> named = new HashSet<>();
        List<int[]> homonyms = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            Match[] at = starts.get(s);
            for (int i = 0; i < at.length; i++) {
                Match m = at[i];
                if (m == null) {
                    continue;
                }
                if (CompiledLexicon.homonymPlace(candidates(s, i), toks(s), i, m) != null) {
                    homonyms.add(new int[] {s, i});
                } else if ((m.phrase().kind() == Phrase.Kind.ACTOR || m.phrase().kind() == Phrase.Kind.DEMONYM)
                        && m.phrase().actor() != null) {
                    ActorEntry a = m.phrase().actor();
                    named.add(a.type() == ActorType.COUNTRY ? a.key() : a.countryKey());
                }
            }
        }
        for (int[] h : homonyms) {
            Match m = starts.get(h[0])[h[1]];
            Match place = CompiledLexicon.homonymPlace(candidates(h[0], h[1]), toks(h[0]), h[1], m);
            if (named.contains(place.phrase().actor().countryKey()) && !named.contains(m.phrase().actor().key())) {
                starts.get(h[0])[h[1]] = place;
            }
        }
    }

    /**
     * "الملك فهد بن سعيد": a listed person's label with no lineage in it (الملك فهد، خالد مشعل) that the text goes on
     * with a filial particle is the head of a longer name whose lineage the label does not give: some other man of
     * that name, not the listed one (whose full name with its lineage, الملك فهد بن عبد العزيز, is a label of its own
     * and the longer match). Without it, the title opening such a label is read as a title again (الملك خالد بن عبد
     * العزيز: the king, then the listed خالد بن عبد العزيز, whose role the title gives).
     */
    private boolean lineageGoesOn(Match m, List<Token> toks, int i) {
        int last = i + m.last() - m.first();
        if (!isActor(m, ActorType.PERSON) || last + 1 >= toks.size() || m.end() != toks.get(last).end()
                || !lex.filialParticles.contains(toks.get(last + 1).norm())) {
            return false;
        }
        for (String w : m.phrase().tokens()) {
            if (lex.filialParticles.contains(w)) {
                return false;
            }
        }
        return true;
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
            if (repeated || (size(first) > 0 && cue(first, 0, Cues.BOILERPLATE_MARKER) != null)) {
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

    // ------------------------------------------------------------------------------------------------ records

    private Extraction records() {
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<EventDraft> kept = new ArrayList<>();
        Map<String, java.util.SortedSet<Integer>> toldIn = new java.util.HashMap<>();
        Unit lastSubject = null;
        for (int s = 0; s < count; s++) {
            for (Unit u : units.get(s)) {
                mention(u, actors, mentions);
                mentionInner(u, actors, mentions, 0);
            }
            if (boilerplate[s]) {
                continue;
            }
            List<DateExpr> dates = dateFinder.dates(s);
            Set<DateExpr> consumed = dateFinder.tenure(s, dates);
            dateFinder.takingOffice(s, dates);
            List<EventDraft> drafts = eventFinder.events(s, dates, consumed, lastSubject);
            quantityFinder.quantities(s, drafts, dates, consumed, kept);
            for (int t = 0; t < size(s); t++) {
                // where the article tells each act, actors or not ("وجرت معظم الاعتقالات في العاصمة"): how far it goes on
                if (isKind(at(s, t), Phrase.Kind.TRIGGER)) {
                    toldIn.computeIfAbsent(at(s, t).phrase().term().key(), k -> new java.util.TreeSet<>()).add(s);
                }
            }
            drafts.removeIf(d -> d.source == null && d.target == null && d.quantities.isEmpty());
            if (drafts.stream().allMatch(d -> d.source == null)) {
                // "ولم ينف فلان صحة الاتهامات. ورفض الاستقالة": a sentence that tells no act of anyone (a denial
                // negated) still names whom the story goes on with, the person opening it as its subject
                Unit opening = openingPerson(s);
                lastSubject = opening != null ? opening : lastSubject;
            }
            drafts = withPartners(drafts);
            whoIsWho.endOffices(s, drafts);
            for (EventDraft d : drafts) {
                if (d.source != null) {
                    lastSubject = d.source;
                }
                if (d.reporting || statementFinder.spokenAct(d)) {
                    Statement st = statementFinder.statement(s, d);
                    if (st != null && !StatementFinder.saidAlready(statements, st)) {
                        statements.add(st);
                    }
                }
                for (Unit u : new Unit[] {d.source, d.target, d.place}) {
                    if (u != null) {
                        actors.computeIfAbsent(u.key, k -> actorOf(u));
                    }
                }
                kept.add(d);
            }
            relationFinder.relations(s, drafts, relations);
            relationFinder.kinOfAntecedents(s, relations);
            relationFinder.headsAfterTitles(s);
            relationFinder.headsInRelative(s);
        }
        // an arrest told without its doer takes the doer another sentence names: only once all are read
        ImpliedDoers.fill(kept, toldIn);
        // a crowd's protest aimed at no one its sentence names is aimed at the state's body the article names
        unrest.aimedAtState(kept, resolver.focal());
        // a protest told twice in its sentence (the march and its chants) by the same crowd against the same actor is one
        unrest.oneProtestEach(kept);
        // a repression aimed at no one its sentence names is aimed at the crowd whose protest the article tells
        unrest.aimedAtCrowd(kept);
        for (EventDraft d : kept) {
            events.add(new Event(d.trigger.property("cameoCode"), d.trigger.key(), new Span(d.match.begin(), d.match.end()),
                    key(d.source), key(d.target), key(d.place), d.date, d.quantities, d.charge, d.sentence,
                    confidence(d)));
        }
        dropIdleGroups(actors, mentions, events, statements);
        List<Role> roles = roleBuilder.roles(actors);
        relationFinder.membersByOffice(roles, actors, relations);
        // a kinship drafted with a tentative name the article never confirmed names no actor: no relation
        relations.removeIf(r -> !actors.containsKey(r.subjectKey()) || !actors.containsKey(r.objectKey()));
        return new Extraction(ArabicExtractorFactory.NAME, text.sentences, List.copyOf(actors.values()), mentions, roles, events,
                relations, statements);
    }

    /** The person named within the first three tokens of sentence {@code s}, as no preposition's object; else null. */
    private Unit openingPerson(int s) {
        for (Unit u : units.get(s)) {
            if (u.first <= 2 && u.type == ActorType.PERSON && !u.prepositional && !u.locative && !u.qualifier) {
                return u;
            }
        }
        return null;
    }

    /**
     * A group the article only describes ({@link Unit#storyOnly}) that no event has as its source or target and no
     * statement as its speaker is no actor of the story: neither it nor its mentions are kept.
     */
    private void dropIdleGroups(Map<String, Actor> actors, List<Mention> mentions, List<Event> events,
            List<Statement> statements) {
        Set<String> described = new HashSet<>();
        for (List<Unit> us : units) {
            us.stream().filter(u -> u.storyOnly).forEach(u -> described.add(u.key));
        }
        if (described.isEmpty()) {
            return;
        }
        for (Event e : events) {
            described.remove(e.sourceKey());
            described.remove(e.targetKey());
        }
        for (Statement st : statements) {
            described.remove(st.speakerKey());
            st.aboutKeys().forEach(described::remove);
        }
        actors.keySet().removeAll(described);
        mentions.removeIf(m -> described.contains(m.actorKey()));
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
                u.type == ActorType.ORGANIZATION ? u.countryKey : null, u.altLabelsEn);
    }

    private static String key(Unit u) {
        return u == null ? null : u.key;
    }

    /**
     * The actors named inside a unit, and inside those: the body of a title names the country or organisation of
     * its own name (رئيس مفوضية الاتحاد الأفريقي فلان: the African Union; المتحدث باسم وزارة الخارجية الفرنسية فلان:
     * France), as it does when it stands alone.
     */
    private void mentionInner(Unit u, Map<String, Actor> actors, List<Mention> mentions, int depth) {
        if (depth > 3) {
            return;
        }
        for (Unit x : u.inner) {
            if (x.resolved()) {
                mention(x, actors, mentions);
            }
            mentionInner(x, actors, mentions, depth + 1);
        }
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

}
