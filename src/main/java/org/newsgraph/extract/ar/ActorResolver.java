package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.HeldOffice;
import org.newsgraph.extract.lexicon.Term;

/**
 * Stages 2 and 3, after {@link UnitFinder}: the article's own country (the one named most), which completes the
 * units that needed it (state bodies, titles named alone, pair references, tentative names); then surnames and full
 * names of people the article introduced earlier, wherever they stand alone; and last, nisbas no strong unit backs.
 */
final class ActorResolver extends Stage {

    /** The article's own country, the one named most, or null; set by {@link #findFocalCountry}. */
    private ActorEntry focal;

    /** Surnames (matching form) two or more listed people of the article share, with their keys. */
    private final Map<String, Set<String>> sharedSurnames = new HashMap<>();

    ActorResolver(Stage shared) {
        super(shared);
    }

    /** The article's own country, or null (known once {@link #findFocalCountry} ran). */
    ActorEntry focal() {
        return focal;
    }

    void findFocalCountry() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<Unit> us : units) {
            for (Unit u : us) {
                ActorEntry filed = u.dateline ? datelineCountry(u) : null;
                if (filed != null && !headlineElsewhere(u, filed)) {
                    // "كراكاس (أ ف ب) -": the wire reports from the country it is about, however often it names
                    // the states that react (a bare الجمعية الوطنية is then Venezuela's, not the United States')
                    focal = filed;
                    return;
                }
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

    /** The state of a dateline's city: the country of its capital, or the one a city of a state lies in (لاغوس). */
    private ActorEntry datelineCountry(Unit d) {
        ActorEntry country = stateWithCapital(d.key);
        if (country == null && d.type == ActorType.PLACE && d.countryKey != null) {
            country = lex.actors.get(d.countryKey);
        }
        return country != null && country.type() == ActorType.COUNTRY ? country : null;
    }

    /**
     * Whether the headline above the dateline {@code d} names countries and not the dateline's {@code country}:
     * "احتجاجات في توغو … / أكرا/ الأناضول" is a story of Togo told by a correspondent next door, so the
     * article's country is then the one named most. A city that is no capital (a bureau serving its region) must
     * be of the country the headline names first: "رئيس وزراء بلد صغير يفر إلى جاره … / مدينة الجار/ الأناضول" is a
     * story of the state named first, where "بلد يرسل قوات إلى جاره … / عاصمة الجار/ الأناضول" still one of the capital's.
     */
    private boolean headlineElsewhere(Unit d, ActorEntry country) {
        boolean capital = stateWithCapital(d.key) != null;
        boolean other = false;
        for (int s = 0; s < d.sentence; s++) {
            if (boilerplate[s]) {
                continue;
            }
            List<Unit> named = new ArrayList<>();
            for (Unit u : units.get(s)) {
                for (Unit x : concat(u, u.inner)) {
                    if (x.type == ActorType.COUNTRY && x.key != null && !x.weak) {
                        named.add(x);
                    }
                }
            }
            named.sort(java.util.Comparator.comparingInt(x -> x.first));
            for (Unit x : named) {
                if (x.key.equals(country.key())) {
                    return false;
                }
                if (!capital) {
                    return true;
                }
                other = true;
            }
        }
        return other;
    }

    private static void countCountry(Unit u, Map<String, Integer> counts) {
        if (u.type == ActorType.COUNTRY && u.key != null && !u.weak) {
            counts.merge(u.key, 1, Integer::sum);
        } else if (u.stateOfCapital != null && !u.weak) {
            counts.merge(u.stateOfCapital, 1, Integer::sum);
        }
    }

    void resolvePending() {
        for (List<Unit> us : units) {
            for (Unit u : us) {
                resolveFocal(u);
                u.inner.forEach(this::resolveFocal);
            }
        }
        for (TentativeName t : tentative) {
            settleTentative(t);
        }
        for (List<Unit> us : units) {
            for (Unit u : us) {
                // the force a title names too (قائد الجيش)
                concat(u, u.inner).forEach(this::nationalForceAgain);
                concat(u, u.inner).forEach(this::localForceAgain);
            }
        }
        // people named with their title are known before titles alone are resolved
        for (List<Unit> us : units) {
            for (Unit u : us) {
                // a title inside a kin's phrase too (نجل الرئيس فلان: the president)
                for (Unit x : concat(u, u.inner)) {
                    if (x.pending == Unit.Pending.TITLE_HOLDER) {
                        resolveTitle(x);
                    }
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
                        && tok(s, b.first).norm().startsWith("و") && !listed(s, us, k - 1, k)) {
                    u.sameActorAs(a);
                    u.partner = b;
                    u.pending = Unit.Pending.NONE;
                    return;
                }
            }
        }
    }

    /**
     * Whether the two joined units {@code us[i]} and {@code us[j]} are the end or the start of a longer list ("أدانت
     * حكومات البرازيل وتشيلي وكوبا وهندوراس"، "البرازيل، كوبا وهندوراس"): a third actor joined by و or a comma right
     * before the first or right after the second. Two of many named are not "the two" a pair reference takes up.
     */
    private boolean listed(int s, List<Unit> us, int i, int j) {
        Unit before = i > 0 ? us.get(i - 1) : null;
        Unit first = us.get(i);
        if (before != null && before.resolved() && !before.qualifier && !before.locative && before.type == first.type
                && (first.first == before.last + 1 && tok(s, first.first).norm().startsWith("و")
                        || first.first == before.last + 2 && COMMAS.contains(tok(s, before.last + 1).norm()))) {
            return true;
        }
        Unit second = us.get(j);
        Unit after = j + 1 < us.size() ? us.get(j + 1) : null;
        return after != null && after.resolved() && !after.qualifier && !after.locative && after.type == second.type
                && (after.first == second.last + 1 && tok(s, after.first).norm().startsWith("و")
                        || after.first == second.last + 2 && COMMAS.contains(tok(s, second.last + 1).norm()));
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
                if (holds(r.office, office) && !r.former && r.person.resolved() && !pastInLexicon(r)
                        && (wanted == null ? ofSameKind(r, office) : wanted.equals(organizationOf(r.office, r.organization)))) {
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
            // the body as the text names it (اللجنة الانتخابية المستقلة), not the pattern's first name for its kind
            String ar = original(u.begin, u.end);
            if (u.begin >= 2 && original(u.begin - 2, u.begin).equals("ال") && !ar.startsWith("ال")) {
                // a unit may begin after the article its noun's matching form reads through (المجلس)
                ar = "ال" + ar;
            }
            institutionOf(u, focal, ar);
        } else {
            u.actor(focal);
            u.pending = Unit.Pending.NONE;
        }
    }

    /**
     * "السفارة السعودية ... وأكدت السفارة": a body named without its country is the one body of that kind the
     * article named with its country before it, when there is exactly one; else (none, or several) the article's
     * country's. A body named later is no antecedent: in an article on Tunisia, "قالت الرئاسة" before "الرئاسة
     * التركية" is Tunisia's presidency. A mission abroad (lexv:MissionNoun: السفارة) with several such bodies
     * before it is the one named most, when one is: the story's embassy named again, the other one said in passing
     * ("السفارة السويدية في بغداد ... السفارة العراقية في ستوكهولم ... الهجوم على السفارة"); the article's country,
     * where the story's embassy stands, is the one state sure to have none there.
     */
    private boolean soleQualified(Unit u) {
        Unit only = null;
        boolean several = false;
        Map<String, Integer> named = new HashMap<>();
        Map<String, Unit> first = new HashMap<>();
        for (List<Unit> us : units) {
            for (Unit x : us) {
                for (Unit y : x.inner.isEmpty() ? List.of(x) : concat(x, x.inner)) {
                    if (y != u && y.institution != null && y.institution.key().equals(u.institution.key())
                            && y.pending == Unit.Pending.NONE && y.countryKey != null && y.key != null
                            && (y.sentence < u.sentence || (y.sentence == u.sentence && y.first < u.first))) {
                        several |= only != null && !only.key.equals(y.key);
                        only = only == null ? y : only;
                        named.merge(y.key, 1, Integer::sum);
                        first.putIfAbsent(y.key, y);
                    }
                }
            }
        }
        if (several) {
            only = cue(u.sentence, u.first, Cues.MISSION_NOUN) == null ? null : mostNamed(named, first);
        }
        if (only == null) {
            return false;
        }
        u.sameActorAs(only);
        u.pending = Unit.Pending.NONE;
        return true;
    }

    /** The unit of the key named more often than every other, or null when no one key is. */
    private static Unit mostNamed(Map<String, Integer> named, Map<String, Unit> first) {
        String best = null;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            if (best == null || e.getValue() > named.get(best)) {
                best = e.getKey();
                tie = false;
            } else if (e.getValue().equals(named.get(best))) {
                tie = true;
            }
        }
        return best == null || tie ? null : first.get(best);
    }

    /**
     * "الجيش الإسرائيلي ... وقال الجيش": a force named alone (group/army) in an article that names one country's force
     * of that kind (org/IL/army), and only one, is that force, before it too (a headline leaves the nationality
     * out: "تتهم قوات الأمن" over "قوات الأمن النيجيرية"); with several, or one of another country than the
     * article's, it stays the group.
     */
    private void nationalForceAgain(Unit u) {
        if (u.key == null || !u.key.startsWith("group/")) {
            return;
        }
        String suffix = "/" + u.key.substring("group/".length());
        sameAsOnlyForce(u, z -> z.key != null && z.key.startsWith("org/") && z.key.endsWith(suffix) && z.type == u.type);
    }

    /**
     * "واحتجزت شرطة نيروبي ... قبل أن تفرقهم الشرطة": a force named alone (group/police) that no state's force of its
     * kind took ({@link #nationalForceAgain}), in an article that names one force a city or region keeps of that kind
     * (lexv:LocalForceNoun), and only one, is that force; with several it stays the group.
     */
    private void localForceAgain(Unit u) {
        if (u.key == null || !u.key.startsWith("group/")) {
            return;
        }
        sameAsOnlyForce(u, z -> u.key.equals(z.localForceOf));
    }

    /** The force named alone is the one force of the kind the article names anywhere, when there is one only. */
    private void sameAsOnlyForce(Unit u, Predicate<Unit> ofKind) {
        Map<String, Unit> forces = new LinkedHashMap<>();
        for (List<Unit> us : units) {
            for (Unit y : us) {
                for (Unit z : concat(y, y.inner)) {
                    if (ofKind.test(z)) {
                        forces.putIfAbsent(z.key, z);
                    }
                }
            }
        }
        if (forces.size() != 1) {
            return;
        }
        Unit only = forces.values().iterator().next();
        // a foreign force named once (الجيش الأوغندي in a story of South Sudan) leaves "الجيش" the story's own
        if (focal == null || only.countryKey == null || only.countryKey.equals(focal.key())) {
            u.sameActorAs(only);
        }
    }

    private static List<Unit> concat(Unit x, List<Unit> inner) {
        List<Unit> out = new ArrayList<>(inner.size() + 1);
        out.add(x);
        out.addAll(inner);
        return out;
    }

    /** The organisation key a title refers to: the one it names, or for a state office the article's country. */
    String organizationOf(Term office, Unit org) {
        if (org != null) {
            return org.resolved() ? org.key : null;
        }
        if (true_(office, "national") && focal != null) {
            return focal.key();
        }
        return null;
    }

    /**
     * Whose the office of a role draft is: as {@link #organizationOf(Term, Unit)}, but a bare state title (الرئيس
     * جونسون) before a listed person the lexicon gives that office in another state, at the article's date, and never
     * in the article's country, is his office there: the American president in an article on Prague, not
     * Czechoslovakia's.
     */
    String organizationOf(RoleDraft r) {
        String org = organizationOf(r.office, r.organization);
        ActorEntry e = r.organization != null || org == null || r.person.key == null ? null : lex.actors.get(r.person.key);
        if (e == null) {
            return org;
        }
        String elsewhere = null;
        for (HeldOffice h : e.holds()) {
            if (!h.office().equals(r.office.key()) || !heldAsStated(h, r.former)) {
                continue;
            }
            if (h.organizationKey().equals(org)) {
                return org;
            }
            elsewhere = elsewhere == null ? h.organizationKey() : elsewhere;
        }
        return elsewhere == null ? org : elsewhere;
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
                    && r.former == u.former && r.person.resolved() && !pastInLexicon(r)) {
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
        if (u.organization == null && articleHolderOfAnyState(u)) {
            return;
        }
        ActorEntry match = null;
        int matches = 0;
        ActorEntry lastLeft = null;
        int lastEnded = Integer.MIN_VALUE;
        int lastLeavers = 0;
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
                    if (u.former && h.until().year() > lastEnded) {
                        lastEnded = h.until().year();
                        lastLeft = e;
                        lastLeavers = 1;
                    } else if (u.former && h.until().year() == lastEnded && lastLeft != e) {
                        lastLeavers++;
                    }
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
        if (lastLeavers == 1 && published != null && lastEnded < published.getYear() && plainFormer(u)
                && !termEndedIn(u.office.key(), org, published.getYear())) {
            // "الرئيس الأمريكي السابق" with no name, in an article that names no holder of the office: the one who
            // left it last, not every one who ever left it (the lexicon lists them all since 1945). Not when two left
            // in that year, nor when a term ended in the article's year (the holder ousted then is "المعزول" and the
            // article names him), nor for "الأسبق" (one before the last) or "المخلوع"
            u.actor(lastLeft);
            u.pending = Unit.Pending.NONE;
            roleDrafts.add(new RoleDraft(u, u.office, u.organization, org, true,
                    sinceOf(lastLeft, u.office.key(), org), null, u.sentence));
            return;
        }
        if (u.organization == null && definite(u)) {
            // "السفيرة" in an article on Iraq that names only the Swedish ambassador: her ("رئيس جديد" is anyone)
            soleHolder(u);
        }
    }

    private static final Set<String> PLAIN_FORMER = Set.of(ArabicNormalizer.normalize("السابق"),
            ArabicNormalizer.normalize("السابقة"));

    /** Whether a holder of the office the lexicon lists left it in the given year. */
    private boolean termEndedIn(String office, String org, int year) {
        for (ActorEntry e : lex.holdersOf.getOrDefault(office, List.of())) {
            for (HeldOffice h : e.holds()) {
                if (h.office().equals(office) && h.organizationKey().equals(org) && h.until() != null
                        && h.until().year() == year) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word marking a title former is "السابق" itself (not الأسبق، المعزول، المخلوع). */
    private boolean plainFormer(Unit u) {
        for (int k = u.first; k <= u.last + 2 && k < size(u.sentence); k++) {
            if (PLAIN_FORMER.contains(tok(u.sentence, k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "أعلنت رئيسة الوزراء البريطانية فلانة ... وأعلنت رئيسة الحكومة" (or the title alone in the headline, the name
     * later): a state title alone, in an article that names no holder of it for its own country (the one named most,
     * which a story of a dispute between two states may get wrong), is the one person the article named with that office, of whichever state, before any holder the
     * lexicon knows of the article's country: the article's own words say who holds it. With several (الرئيس
     * الروسي فلان والرئيس الأمريكي علان) it says nothing, and the lexicon's holder may still be meant.
     */
    private boolean articleHolderOfAnyState(Unit u) {
        Map<String, Unit> found = new LinkedHashMap<>();
        for (RoleDraft r : roleDrafts) {
            if (holds(r.office, u.office) && r.former == u.former && r.person.resolved() && r.person.isPerson()
                    && stateOf(r) != null && !laterAndForeign(u, r) && !pastInLexicon(r)) {
                found.put(r.person.key, r.person);
            }
        }
        if (found.size() != 1) {
            return false;
        }
        u.sameActorAs(found.values().iterator().next());
        u.pending = Unit.Pending.NONE;
        return true;
    }

    /**
     * "اعتقل الجيش ... والرئيس فلان" (a name the reader missed) and later "الرئيس الأمريكي علان": a title alone in the
     * body is no one the article names only after it with the office of a state other than the article's own (or of
     * no state); the press introduces a foreign leader before it calls him by title alone (only a headline names him
     * later).
     */
    private boolean laterAndForeign(Unit u, RoleDraft r) {
        return u.sentence > 0 && r.person.sentence > u.sentence && focal != null
                && !focal.key().equals(stateOf(r));
    }

    /** The state whose office a role is, or null for a body's office (رئيس المفوضية) or one of no known organisation. */
    private String stateOf(RoleDraft r) {
        String org = r.organizationKey != null ? r.organizationKey : organizationOf(r.office, r.organization);
        return org != null && org.startsWith("country/") ? org : null;
    }

    /** Whether no word of a title carries the article (رئيس جديد، رئيسا): a holder, not the one holding it. */
    private boolean indefinite(Unit u) {
        for (int k = u.first; k <= u.last; k++) {
            if (hasArticle(tok(u.sentence, k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a title carries the article (الرئيس, not رئيس جديد) or its office's own first word does (المتحدث باسم). */
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
            if (holds(r.office, u.office) && r.former == u.former && r.person.resolved() && ofSameKind(r, u.office)
                    && !laterAndForeign(u, r) && !pastInLexicon(r)) {
                found.add(r.person.key);
                holder = r.person;
            }
        }
        if (found.size() == 1) {
            u.sameActorAs(holder);
            u.pending = Unit.Pending.NONE;
        }
    }

    /**
     * Whether a role the article gave may be what a bare title of {@code office} means: a state office (ng:national,
     * الرئيس) alone is a state's, so the head of a body that is no state's (رئيس مفوضية الاتحاد الأفريقي) is never
     * "الرئيس" of an article on Guinea; an ambassador of another state still is "السفيرة" there.
     */
    private boolean ofSameKind(RoleDraft r, Term office) {
        if (!true_(office, "national")) {
            return true;
        }
        String org = r.organizationKey != null ? r.organizationKey : organizationOf(r.office, r.organization);
        if (org == null || org.startsWith("country/")) {
            return true;
        }
        return r.organization != null && r.organization.countryKey != null;
    }

    private PartialDate sinceOf(ActorEntry e, String office, String org) {
        for (HeldOffice h : e.holds()) {
            if (h.office().equals(office) && h.organizationKey().equals(org)) {
                return h.since();
            }
        }
        return null;
    }

    /**
     * Whether the people lexicon says the office an article gave a person (not marked former) was his only before
     * the article's year: "نجل العاهل الأردني الملك حسين" in 2021, "الرئيس جمال عبد الناصر" in 2024 name a past
     * holder, so a title alone there is the holder at the article's date, not him.
     */
    private boolean pastInLexicon(RoleDraft r) {
        ActorEntry e = published == null || r.former || r.person.key == null ? null : lex.actors.get(r.person.key);
        String org = r.organizationKey != null ? r.organizationKey : organizationOf(r.office, r.organization);
        if (e == null || org == null) {
            return false;
        }
        boolean held = false;
        for (HeldOffice h : e.holds()) {
            if (h.office().equals(r.office.key()) && h.organizationKey().equals(org)) {
                if (heldAsStated(h, false) || h.until() == null) {
                    return false;
                }
                held = true;
            }
        }
        return held;
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

    /**
     * "جونسون" alone, which the lexicon gives one listed person (بوريس جونسون) as his name, in an article that names
     * another listed person of that surname in full (ليندون جونسون, in an article of 1968) and never the first: the
     * surname is the one the article names, before or after it (a headline comes before the full name). The lexicon
     * can list only one owner of a bare surname; the article's full name tells which man it means.
     */
    void surnamesOfOthersNamedInFull() {
        Set<String> inFull = new LinkedHashSet<>();
        for (int s = 0; s < count; s++) {
            for (Unit u : units.get(s)) {
                for (Unit x : concatUnits(u)) {
                    if (listedPerson(x) && nameWordsOf(s, x) >= 2) {
                        inFull.add(x.key);
                    }
                }
            }
        }
        if (inFull.isEmpty()) {
            return;
        }
        for (int s = 0; s < count; s++) {
            for (Unit u : units.get(s)) {
                for (Unit x : concatUnits(u)) {
                    if (!listedPerson(x) || inFull.contains(x.key) || nameWordsOf(s, x) != 1) {
                        continue;
                    }
                    Set<String> stems = new HashSet<>();
                    tok(s, x.last).variants().forEach(v -> stems.add(v.get(0).stem()));
                    List<String> owners = inFull.stream()
                            .filter(k -> shortFormsOf(k).stream().anyMatch(stems::contains)).toList();
                    if (owners.size() == 1) {
                        x.sameActorAs(personByKey(owners.get(0)));
                    }
                }
            }
        }
    }

    /**
     * "الرئيس جونسون" in an article of 1968 that never names a Johnson in full: the listed person the lexicon gives the
     * lone surname to (بوريس جونسون) held no office the lexicon knows before the article's year, while exactly one
     * other listed person of that surname was in office then (ليندون جونسون, president): the surname is his. When
     * several were, the one holding the title the mention carries. A person the lexicon knows no office of, or one
     * in office by the article's year, keeps the surname.
     */
    void surnamesByOfficeYears() {
        if (published == null) {
            return;
        }
        int year = published.getYear();
        for (int s = 0; s < count; s++) {
            for (Unit u : units.get(s)) {
                for (Unit x : concatUnits(u)) {
                    ActorEntry e = listedPerson(x) ? lex.actors.get(x.key) : null;
                    if (e == null || e.holds().isEmpty() || nameWordsOf(s, x) != 1
                            || e.holds().stream().anyMatch(h -> h.since() == null || h.since().year() <= year)) {
                        continue;
                    }
                    Set<String> others = listedOfLastWord(s, x.last);
                    others.remove(x.key);
                    List<ActorEntry> inOffice = others.stream().map(lex.actors::get)
                            .filter(o -> o.holds().stream().anyMatch(h -> heldAsStated(h, false))).toList();
                    if (inOffice.size() > 1 && x.office != null) {
                        inOffice = inOffice.stream().filter(o -> o.holds().stream()
                                .anyMatch(h -> heldAsStated(h, false) && h.office().equals(x.office.key()))).toList();
                    }
                    if (inOffice.size() == 1) {
                        x.actor(inOffice.get(0));
                    }
                }
            }
        }
    }

    /**
     * "الرئيس كلينتون" in an article of 1998, "الرئيس الأمريكي بوش" in one of 1991: a one-word name after a title, which
     * the lexicon gives no one alone (the surname of several listed people, or of one it lists in full only), is the
     * one listed person of that last name who held that office (of that state, when the title says whose) at the
     * article's date, or had left it for a title marked former. Every mention of the name in the article follows.
     */
    void titledSurnamesOfListedHolders() {
        if (published == null) {
            return;
        }
        Map<String, ActorEntry> found = new HashMap<>();
        Set<String> doubtful = new HashSet<>();
        for (RoleDraft r : roleDrafts) {
            Unit p = r.person;
            if (p.key == null || !p.key.startsWith("name/") || p.labelAr == null || p.labelAr.contains(" ")) {
                continue;
            }
            String org = r.organizationKey != null ? r.organizationKey
                    : r.organization != null ? organizationOf(r.office, r.organization) : null;
            Set<String> others = listedOfLastWord(p.sentence, p.last);
            List<ActorEntry> fits = others.stream().map(lex.actors::get).filter(o -> o.holds().stream()
                    .anyMatch(h -> h.office().equals(r.office.key()) && heldAsStated(h, r.former)
                        && (org == null || h.organizationKey().equals(org)))).toList();
            if (fits.size() != 1) {
                continue;
            }
            ActorEntry had = found.putIfAbsent(p.key, fits.get(0));
            if (had != null && !had.key().equals(fits.get(0).key())) {
                doubtful.add(p.key);
            }
        }
        doubtful.forEach(found::remove);
        if (found.isEmpty()) {
            return;
        }
        for (List<Unit> us : units) {
            for (Unit u : us) {
                for (Unit x : concatUnits(u)) {
                    ActorEntry e = x.key == null ? null : found.get(x.key);
                    if (e != null) {
                        x.actor(e);
                    }
                }
            }
        }
        articleNames.replaceAll((form, key) -> found.containsKey(key) ? found.get(key).key() : key);
    }

    /** The listed people one of whose names ends in the word at token {@code k} of sentence {@code s}, in any reading. */
    private Set<String> listedOfLastWord(int s, int k) {
        Set<String> found = new LinkedHashSet<>();
        tok(s, k).variants().forEach(v -> found.addAll(lex.peopleByLastWord.getOrDefault(v.get(0).stem(), Set.of())));
        return found;
    }

    private static boolean listedPerson(Unit x) {
        return x.isPerson() && x.key != null && x.key.startsWith("person/");
    }

    /** How many tokens of unit {@code x} of sentence {@code s} are words of its person's Arabic names (a title is none). */
    private int nameWordsOf(int s, Unit x) {
        ActorEntry e = lex.actors.get(x.key);
        if (e == null) {
            return 0;
        }
        Set<String> words = new HashSet<>();
        e.labelsAr().forEach(l -> words.addAll(List.of(ArabicNormalizer.normalize(l).split(" "))));
        int n = 0;
        for (int k = x.first; k <= x.last && k < size(s); k++) {
            if (tok(s, k).variants().stream().anyMatch(v -> words.contains(v.get(0).stem()))) {
                n++;
            }
        }
        return n;
    }

    /**
     * "بشار الأسد" then "الأسد" alone: the short forms ({@link #shortFormsOf}) of a person of the people lexicon the
     * article named in full name that person again, as an unlisted name's do (a surname the lexicon gives no such
     * person alone may be a common word elsewhere, the lion, so only once the full name was read). A form two listed
     * people of the article share (رفيق الحريري، سعد الحريري) is left to {@link #relativeByContext}; a form the article
     * gave someone no lexicon lists in full (حافظ الأسد, unlisted) stays his.
     */
    void listedSurnames() {
        Map<String, Set<String>> holders = new LinkedHashMap<>();
        for (List<Unit> us : units) {
            for (Unit u : us) {
                if (u.isPerson() && u.key != null && u.key.startsWith("person/")) {
                    for (String form : shortFormsOf(u.key)) {
                        holders.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(u.key);
                    }
                }
            }
        }
        holders.forEach((form, keys) -> {
            String had = articleNames.get(form);
            if (had != null && !keys.contains(had)) {
                return;
            }
            if (keys.size() == 1) {
                articleNames.put(form, keys.iterator().next());
            } else {
                // ميشال عون and جوزيف عون in one article: "عون" alone is the one its context gives
                articleNames.remove(form);
                sharedSurnames.put(form, keys);
            }
        });
    }

    /** Surnames and full names of people the article introduced with a title, wherever they stand alone. */
    void findKnownNames(int s) {
        if (articleNames.isEmpty() && sharedSurnames.isEmpty()) {
            return;
        }
        Set<String> firstWords = new HashSet<>();
        articleNames.keySet().forEach(k -> firstWords.add(k.split(" ")[0]));
        sharedSurnames.keySet().forEach(k -> firstWords.add(k.split(" ")[0]));
        Unit[] c = cover.get(s);
        int n = size(s);
        for (int i = 0; i < n; i++) {
            Match here = at(s, i);
            boolean functionWord = here != null && (here.phrase().isCue("NameStop") || here.phrase().isCue("Preposition"))
                    && !nameStop(s, i);
            // an East Asian family name (يون) or an honorific (الشيخة) opens a name the article gave before
            functionWord |= here != null && (here.phrase().isCue("EastAsianFamilyName") || here.phrase().isCue("Honorific"));
            // a particle opens a surname the article gave before (أبو غزالة of محمد عبد الحليم أبو غزالة)
            functionWord |= here != null && here.phrase().isCue("NameParticle");
            // "ماي تطرد" after "تيريزا ماي": a month name no date reading claims, not after a preposition (في ماي)
            functionWord |= monthAsName(s, i, here) && (i == 0 || cueEndingAt(s, i - 1, Cues.PREPOSITION) == null);
            Unit country = countryAsSurname(s, i, c[i], firstWords);
            if ((c[i] != null && country == null) || !tok(s, i).isWord() || (here != null && !functionWord && country == null)
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
                    Set<String> relatives = sharedSurnames.get(v.stem() + rest);
                    key = key == null && relatives != null ? relativeByContext(s, i, relatives) : key;
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
                    units.get(s).remove(country);
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

    /**
     * "ديفيد كاميرون ... وألغى كاميرون خطابا": the one-word reading {@code u} of token {@code i} as a country, written
     * without the article (كاميرون, which the lexicon gives Cameroon), where the article named a person in full with
     * that surname: the surname is his, and the reading is returned to be replaced. A country's usual name (مصر،
     * فرنسا) is no one's surname in the same article; the lexicon keeps article-less variants for headlines.
     */
    private Unit countryAsSurname(int s, int i, Unit u, Set<String> firstWords) {
        if (u == null || u.type != ActorType.COUNTRY || u.first != i || u.last != i || hasArticle(tok(s, i))
                || !u.inner.isEmpty()) {
            return null;
        }
        return tok(s, i).variants().stream().anyMatch(v -> articleNames.containsKey(v.get(0).stem())) ? u : null;
    }

    /**
     * "المحكمة الانتخابية العليا" read once by the body patterns and once inside a title (رئيسة المحكمة ...), or
     * "قوات كفور" and "قوة كفور": one article's organisations of the same English name and the same state are one
     * body, whichever reading made each key. The key a lexicon or pattern gave in English words is kept over a
     * transliterated one, the first named over a later one; a reader asks the graph for one node per body.
     */
    void oneBodyPerName() {
        Map<String, Unit> first = new HashMap<>();
        List<Unit> bodies = new ArrayList<>();
        for (List<Unit> us : units) {
            for (Unit x : us) {
                for (Unit u : concat(x, x.inner)) {
                    if (!u.resolved() || u.type != ActorType.ORGANIZATION || u.labelEn == null || u.labelEn.isBlank()) {
                        continue;
                    }
                    bodies.add(u);
                    first.merge(bodyName(u), u, (a, b) -> a.transliterated && !b.transliterated ? b : a);
                }
            }
        }
        for (Unit u : bodies) {
            Unit kept = first.get(bodyName(u));
            if (!kept.key.equals(u.key)) {
                u.sameActorAs(kept);
            }
        }
    }

    private static String bodyName(Unit u) {
        return u.countryKey + "|" + u.labelEn.toLowerCase(java.util.Locale.ROOT);
    }

    void dropWeakNisbas() {
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
}
