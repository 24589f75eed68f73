package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.lexicon.Term;

/**
 * The relations of a sentence, after its events: membership and kinship between the actors, and the kinship of
 * people named after a kinship noun with a pronoun.
 */
final class RelationFinder extends Stage {

    private final Arguments arguments;

    RelationFinder(Stage shared, Arguments arguments) {
        super(shared);
        this.arguments = arguments;
    }

    /** The kinship of people named after a kinship noun with a pronoun, once every unit is resolved. */
    void kinOfAntecedents(int s, List<Relation> out) {
        for (KinDraft k : kinDrafts) {
            if (k.person().sentence == s && k.person().resolved() && k.of().resolved() && !k.person().key.equals(k.of().key)) {
                Term t = k.kinship();
                out.add(new Relation(k.person().key, Relation.Kind.valueOf(t.property("relation")), k.of().key,
                        t.property("relationDetail"), s));
            }
        }
    }

    void relations(int s, List<EventDraft> drafts, List<Relation> out) {
        List<Unit> us = units.get(s);
        Unit[] c = cover.get(s);
        int n = size(s);
        int[] clause = clauses(s);
        for (Unit u : us) {
            statesOfConstruct(s, u, out);
        }
        for (int i = 0; i < n; i++) {
            if (c[i] != null) {
                continue;
            }
            Match m;
            if ((m = cue(s, i, Cues.MEMBERSHIP_CUE)) != null) {
                int last = lastOf(s, m);
                String direction = m.phrase().term().property("direction");
                if ("members-after".equals(direction)) {
                    // "منظمة معاهدة الأمن الجماعي التي تضم روسيا وبيلاروس": the body right before the cue, and the
                    // list right after it; "مجمع ... الذي يضم مكاتب الحكومة" names no body before it and no member
                    // (the parliament named earlier in the sentence houses nothing here)
                    Unit org = bodyBefore(s, i);
                    if (org == null && m.prefix().startsWith("و") && !us.isEmpty() && !us.get(0).prepositional) {
                        // "ومنظمة X تأسست عام 1992، وتضم: A وB": a clause of its own, about the sentence's subject
                        org = us.get(0);
                    }
                    int from = last + 1;
                    Unit after = org == null || org == us.get(0) ? bodyRightAfter(s, last + 1) : null;
                    if (after != null) {
                        // "وتضم «إيكواس» 15 دولة، بينها …": the verb first, its subject the body, then the members
                        org = after;
                        from = after.last + 1;
                        while (from < size(s) && isQuote(tok(s, from))) {
                            from++;
                        }
                        if (from < size(s) && tok(s, from).norm().equals("من")) {
                            // "ويتألف المجلس من فلان وفلان": the verb, the body, then من and the members
                            from++;
                        }
                    }
                    from = afterEach(s, from);
                    List<Unit> people = org != null && org.type == ActorType.ORGANIZATION ? peopleFrom(s, from) : List.of();
                    for (Unit u : people) {
                        if (!u.key.equals(org.key)) {
                            out.add(new Relation(u.key, Relation.Kind.MEMBER_OF, org.key, null, s));
                        }
                    }
                    if (people.isEmpty() && org != null && org.type == ActorType.ORGANIZATION) {
                        for (Unit u : listFrom(s, afterCount(s, from))) {
                            if ((u.type == ActorType.COUNTRY || u.type == ActorType.ORGANIZATION) && !u.key.equals(org.key)) {
                                out.add(new Relation(u.key, Relation.Kind.MEMBER_OF, org.key, null, s));
                            }
                        }
                    }
                } else if ("leader-after".equals(direction)) {
                    // "فصائل المعارضة، بقيادة هيئة تحرير الشام،"، "التحالف الذي تقوده السعودية": who leads a body or
                    // a coalition is one of it
                    Unit body = bodyBefore(s, i);
                    if (body != null && (body.type == ActorType.ORGANIZATION || body.type == ActorType.GROUP)) {
                        for (Unit u : listFrom(s, last + 1)) {
                            if (u.type != ActorType.PLACE && !u.key.equals(body.key)) {
                                out.add(new Relation(u.key, Relation.Kind.MEMBER_OF, body.key, null, s));
                            }
                        }
                    }
                } else if ("founder-after".equals(direction)) {
                    // "حزب «أفكار جديدة»، الذي أسسه فلان": who founded a party or a movement is one of it; the founder
                    // of a newspaper or a company is none of its members
                    Unit body = bodyBefore(s, i);
                    if (body != null && body.type == ActorType.ORGANIZATION && partyLike(body.labelAr)) {
                        for (Unit u : listFrom(s, last + 1)) {
                            if (u.isPerson()) {
                                out.add(new Relation(u.key, Relation.Kind.MEMBER_OF, body.key, null, s));
                            }
                        }
                    }
                } else if ("leader-then-body".equals(direction)) {
                    // "ويتزعم أولي الحزب الشيوعي": the verb's subject leads its object
                    Unit leader = arguments.unitWithin(s, last + 1, 0);
                    Unit body = leader == null ? null : arguments.unitWithin(s, leader.last + 1, 0);
                    if (body != null && (body.type == ActorType.ORGANIZATION || body.type == ActorType.GROUP)
                            && leader.type != ActorType.PLACE && !leader.key.equals(body.key)) {
                        out.add(new Relation(leader.key, Relation.Kind.MEMBER_OF, body.key, null, s));
                    }
                } else if ("owner-member".equals(direction)) {
                    Unit body = partyNamedAfter(s, last + 1);
                    Unit owner = null;
                    for (Unit u : us) {
                        if (u.last < i && u.isPerson()) {
                            owner = u;
                        }
                    }
                    if (body != null && owner != null && !owner.key.equals(body.key)) {
                        out.add(new Relation(owner.key, Relation.Kind.MEMBER_OF, body.key, null, s));
                    }
                } else if ("member-after".equals(direction)) {
                    // "علق الاتحاد عضوية مالي (في المنظمة)": the member is the noun's genitive, the body the one
                    // after في, or else the subject of the act on the membership
                    Unit member = arguments.unitWithin(s, last + 1, 1);
                    if (member != null && !member.prepositional && member.type != ActorType.PLACE) {
                        Unit org = member.last + 2 < size(s) && tok(s, member.last + 1).norm().equals("في")
                                ? arguments.unitWithin(s, member.last + 2, 1) : null;
                        if (org == null || !org.resolved()) {
                            org = subjectBefore(s, i, drafts, clause);
                        }
                        if (org == null) {
                            org = bodyEarlier(s, i, clause);
                        }
                        if (org != null && org.type == ActorType.ORGANIZATION && !org.key.equals(member.key)) {
                            out.add(new Relation(member.key, Relation.Kind.MEMBER_OF, org.key, null, s));
                        }
                    }
                } else if ("member-of-construct".equals(direction)) {
                    membersOfConstruct(s, i, last, out);
                } else if ("seat-for-body".equals(direction)) {
                    // "النائب عن حزب العدالة فلان"، "فلان، السناتور السابق عن الحزب الديمقراطي،": who holds a seat
                    // for a party sits as one of it; a seat for a constituency or a province (a place) is none
                    Unit body = arguments.unitWithin(s, last + 1, 0);
                    Unit holder = null;
                    if (body != null && body.type == ActorType.ORGANIZATION) {
                        Unit after = body.last + 1 < size(s) ? cover.get(s)[body.last + 1] : null;
                        holder = after != null && after.first == body.last + 1 && after.isPerson() ? after : personBefore(s, i);
                    }
                    if (holder != null && !holder.key.equals(body.key)) {
                        out.add(new Relation(holder.key, Relation.Kind.MEMBER_OF, body.key, null, s));
                    }
                } else {
                    Unit member = null;
                    // "وترتبط أرمينيا بتحالف مع روسيا، فهي عضو في": فهي/فهو goes back to the sentence's subject, not
                    // to the name right before it; so does وهي/وهو after a comma when that name follows a preposition
                    // (مع روسيا، وهي عضو في), where it is no one the sentence is about ("قال فلان، وهو عضو في" is فلان)
                    boolean topic = i > 0 && (TOPIC_PRONOUNS.contains(tok(s, i - 1).norm())
                            || describesPrepositional(s, i - 1));
                    // "توقيف 40 عضوا في الحزب": members counted, none named
                    boolean counted = i > 0 && tok(s, i - 1).kind() == Token.Kind.NUMBER;
                    for (Unit u : us) {
                        if (!topic && !counted && u.last < i && u.last >= i - 3) {
                            member = u;
                        }
                    }
                    if (member == null && !topic && !counted) {
                        member = describedBefore(s, i);
                    }
                    if (member == null && !topic && !counted) {
                        // "فلان (52 عاما)، العضو في": his age in brackets between the name and the noun
                        member = personBefore(s, i);
                    }
                    if (member == null && (topic || tok(s, i).norm().equals(ArabicNormalizer.normalize("عضوا"))
                            && COMMAS.contains(tok(s, i - 1).norm()))) {
                        // "وتعد جزر القمر، التي ...، عضوا في": the predicate of the sentence's subject after a clause
                        // set off before it ("140 عضوا في المحكمة" counts members, of no one named)
                        member = subjectOpening(s, i);
                    }
                    // "أحد أعضاء حلف شمال الأطلسي": the body's name may take in the cue's last word (أعضاء)
                    Unit first = c[last] != null && c[last].first > i ? c[last] : arguments.unitWithin(s, last + 1, 2);
                    if (member != null && first != null) {
                        // "البلد العضو في الاتحاد الأوروبي وحلف الناتو": one member of each body listed; "وقالت فرنسا
                        // وألمانيا الأعضاء في المجموعة": each state listed before the cue is one of it, and "بين موسكو
                        // وتالين، العضو في الاتحاد" only the one before the singular noun
                        List<Unit> members = singularMember(s, i, last) ? List.of(member) : listBefore(s, member);
                        for (Unit org : listFrom(s, first.first)) {
                            for (Unit u : members) {
                                if (org.type == ActorType.ORGANIZATION && !org.key.equals(u.key)) {
                                    out.add(new Relation(u.key, Relation.Kind.MEMBER_OF, org.key, null, s));
                                }
                            }
                        }
                    }
                }
                i = last;
            } else if ((m = cue(s, i, Cues.KINSHIP_CUE)) != null) {
                int last = lastOf(s, m);
                if (withPronoun(s, last, m)) {
                    // "خلفا لوالده الرئيس فلان": the person after it is kin of whom the pronoun names, read with the
                    // names (UnitFinder), not of the person before
                    i = last;
                    continue;
                }
                Unit a = null;
                for (Unit u : us) {
                    if (u.last < i && u.isPerson()) {
                        a = u;
                    }
                }
                Unit b = arguments.unitWithin(s, last + 1, 1);
                if (a != null && b != null && b.isPerson() && !a.key.equals(b.key)) {
                    Term t = m.phrase().term();
                    Relation.Kind kind = Relation.Kind.valueOf(t.property("relation"));
                    out.add(new Relation(a.key, kind, b.key, t.property("relationDetail"), s));
                }
                i = last;
            } else if ((m = cue(s, i, Cues.ALLY_CUE)) != null) {
                int last = lastOf(s, m);
                Unit b = arguments.unitWithin(s, last + 1, 1);
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

    /**
     * "المجلس الأعلى للدولة برئاسة الجنرال فلان"، "الحزب القومي، بزعامة رئيس الوزراء السابق فلان": a body, then ب and
     * the head's office noun (lexv:HeadedBy; or its verb after a relative pronoun: الذي يتزعمه), then a title and its holder: the holder heads the nearest body named up
     * to six words before, a role. A bare name right after the noun is read with the names (UnitFinder.headedBy)
     * when its body is resolved by then, else here; a name after a title only once the title's rules have read it, here.
     */
    void headsAfterTitles(int s) {
        for (int i = 1; i + 2 < size(s); i++) {
            Match h = cue(s, i, Cues.HEADED_BY);
            // برئاسة الرئيس السابق فلان; or the verb after a relative pronoun (الذي يتزعمه الرئيس السابق فلان)
            boolean verb = h != null && true_(h.phrase().term(), "afterRelative");
            if (h == null || !h.prefix().equals(verb ? "" : "ب") || lastOf(s, h) != i
                    || verb && !headVerbPlaced(s, i)) {
                continue;
            }
            int j = i + 1;
            Match title = at(s, j);
            Unit person = cover.get(s)[j];
            // the nearest body named up to six words before, as for a bare name (الحكومة العسكرية برئاسة)
            Unit body = bodyBeforeHead(s, i);
            Term office = headOffice(h.phrase().term());
            // a bare name (لجنة التحقيق الروسية، التي يرأسها فلان): the names' pass reads it as the head only when the
            // body was resolved by then, and a body that takes its country from a nisba after it is resolved later
            boolean bare = person != null && person.first == j && (title == null || !isKind(title, Phrase.Kind.OFFICE));
            if (office == null || person == null || !person.isPerson() || !person.resolved() || body == null
                    || !bare && (title == null || !isKind(title, Phrase.Kind.OFFICE) || !title.prefix().isEmpty()
                            || person.last <= lastOf(s, title))) {
                continue;
            }
            roleDrafts.add(new RoleDraft(person, office, body, body.key, false, null, null, s));
        }
    }

    /**
     * "فلان علان، الذي يرأس حاليا منظمة كذا،"، "فلانة، التي تتزعم حزب كذا"، "فلان، الذي كان يقود الجيش،": a verb of
     * heading (lexv:HeadsVerb) right after a relative pronoun that follows a person's name (after its comma, or
     * none), its object a body or a state's force up to one word after it (an adverb: حاليا، أيضا): the person holds
     * the verb's lexv:headOffice in that body, as a head named after برئاسة does; with lexv:former (كان يرأس) an
     * office held before. The reverse of {@link #headsAfterTitles}, where the body comes first.
     */
    void headsInRelative(int s) {
        for (int i = 2; i + 1 < size(s); i++) {
            Match h = cue(s, i, Cues.HEADS_VERB);
            if (h == null || !h.prefix().isEmpty() || cue(s, i - 1, Cues.RELATIVE_PRONOUN) == null) {
                continue;
            }
            int k = i - 2;
            if (COMMAS.contains(tok(s, k).norm())) {
                k--;
            }
            Unit person = k >= 0 ? cover.get(s)[k] : null;
            Unit body = arguments.unitWithin(s, lastOf(s, h) + 1, 1);
            Term office = headOffice(h.phrase().term());
            if (office == null || person == null || person.last != k || !person.isPerson() || !person.resolved()
                    || body == null || body.prepositional || !(body.type == ActorType.ORGANIZATION || force(body))) {
                continue;
            }
            roleDrafts.add(new RoleDraft(person, office, body, body.key, true_(h.phrase().term(), "former"), null,
                    null, s));
        }
    }

    /**
     * "زعيم حزب المؤتمر فلان"، "المتحدث باسم جبهة تحرير تيغراي فلان": whoever holds an office in a party, movement,
     * front, coalition or group (a body whose name opens with a lexv:OrganizationNoun) is one of its members.
     */
    void membersByOffice(List<Role> roles, Map<String, Actor> actors, List<Relation> out) {
        Set<String> seen = new HashSet<>();
        for (Relation r : out) {
            seen.add(r.subjectKey() + "|" + r.kind() + "|" + r.objectKey());
        }
        for (Role r : roles) {
            Actor org = actors.get(r.organizationKey());
            if (org == null || org.type() != ActorType.ORGANIZATION || org.labelAr() == null || r.personKey().equals(org.key())) {
                continue;
            }
            if ((partyLike(org.labelAr()) || MEMBER_OFFICE.equals(r.office()))
                    && seen.add(r.personKey() + "|" + Relation.Kind.MEMBER_OF + "|" + org.key())) {
                out.add(new Relation(r.personKey(), Relation.Kind.MEMBER_OF, org.key(), null, r.sentence()));
            }
        }
    }

    /**
     * "عضو المجلس العسكري العقيد فلان"، "فلان، عضو المكتب السياسي للحركة،"، "قيادات الحركة، بينهم فلان وعلان": a
     * member noun in construct with a body (no في between), then the people named right after the body (an
     * among-marker may open the list), or for one member the person right before the noun: each is one of the body.
     * A plural with no names after the body (أعضاء الحزب) names no one.
     */
    private void membersOfConstruct(int s, int i, int last, List<Relation> out) {
        Unit body = arguments.unitWithin(s, last + 1, 0);
        if (body == null && last + 1 < size(s) && cover.get(s)[last + 1] == null) {
            // "عضو المكتب السياسي لحركة كذا": an inner body no lexicon names, then the body it belongs to after لـ
            for (int k = last + 2; k <= last + 3 && k < size(s) && body == null; k++) {
                Unit u = cover.get(s)[k];
                if (u != null && u.first == k && tok(s, k).norm().startsWith("ل")) {
                    body = u;
                } else if (u != null || !tok(s, k).isWord()) {
                    break;
                }
            }
            if (body == null || body.type != ActorType.ORGANIZATION) {
                return;
            }
        } else if (body == null || body.type != ActorType.ORGANIZATION || body.prepositional || body.first != last + 1) {
            return;
        }
        int from = body.last + 1;
        if (from < size(s) && COMMAS.contains(tok(s, from).norm())) {
            from++;
        }
        Match among = from < size(s) ? cue(s, from, Cues.AMONG_MARKER) : null;
        if (among != null) {
            from = lastOf(s, among) + 1;
        }
        List<Unit> people = new ArrayList<>();
        Unit first = from < size(s) ? cover.get(s)[from] : null;
        // the people named one after another, set off by commas or joined by و (a name no lexicon knows carries it)
        for (Unit u = first; u != null && u.first == from && u.isPerson(); ) {
            people.add(u);
            from = u.last + 1;
            if (from < size(s) && COMMAS.contains(tok(s, from).norm())) {
                from++;
            }
            if (from < size(s) && tok(s, from).norm().equals("و")) {
                from++;
            }
            u = from < size(s) ? cover.get(s)[from] : null;
        }
        if (people.isEmpty() && among == null && singularMember(s, i, last)) {
            Unit before = personBefore(s, i);
            if (before != null) {
                people.add(before);
            }
        }
        for (Unit u : people) {
            if (!u.key.equals(body.key)) {
                out.add(new Relation(u.key, Relation.Kind.MEMBER_OF, body.key, null, s));
            }
        }
    }

    /**
     * "دول مجلس التعاون الخليجي، وهي السعودية والإمارات وقطر،"، "دول الترويكا، الولايات المتحدة وبريطانيا والنرويج،": the
     * states of a body (a lexv:MembershipCue of direction states-of-construct right before the body {@code body}, or
     * the first word of its unit when the body's name takes it in), then, set off by a comma and perhaps opened by a
     * namely- or among-marker (وهي، بينها), the countries listed in apposition: each is one of the body. Two
     * countries at least unless a marker opens them, as one name after the comma may be the subject of the next
     * clause (قالت دول الاتحاد، فرنسا ...), and the list must hold nothing but countries.
     */
    private void statesOfConstruct(int s, Unit body, List<Relation> out) {
        if (body.type != ActorType.ORGANIZATION || body.prepositional || !statesOf(cue(s, body.first, Cues.MEMBERSHIP_CUE))
                && (body.first == 0 || cover.get(s)[body.first - 1] != null
                || !statesOf(cueEndingAt(s, body.first - 1, Cues.MEMBERSHIP_CUE)))) {
            return;
        }
        int from = body.last + 1;
        if (from + 1 >= size(s) || !COMMAS.contains(tok(s, from).norm())) {
            return;
        }
        from++;
        Match among = cue(s, from, Cues.AMONG_MARKER);
        if (among != null) {
            from = lastOf(s, among) + 1;
        }
        if (from >= size(s) || cover.get(s)[from] == null || cover.get(s)[from].first != from) {
            return;
        }
        List<Unit> states = listFrom(s, from);
        if (states.size() < 2 && among == null || states.stream().anyMatch(u -> u.type != ActorType.COUNTRY)) {
            return;
        }
        for (Unit u : states) {
            out.add(new Relation(u.key, Relation.Kind.MEMBER_OF, body.key, null, s));
        }
    }

    /** Whether {@code cue} is a membership cue naming the states of the body after it (دول، الدول الأعضاء في). */
    private static boolean statesOf(Match cue) {
        return cue != null && "states-of-construct".equals(cue.phrase().term().property("direction"));
    }

    /** Whether a body's name opens with a lexv:OrganizationNoun (حزب، حركة، جبهة، تحالف): one people are members of. */
    private boolean partyLike(String labelAr) {
        if (labelAr == null) {
            return false;
        }
        String head = ArabicNormalizer.normalize(labelAr).split(" ")[0];
        return lex.organizationNouns.contains(head.startsWith("ال") ? head.substring(2) : head);
    }

    /**
     * The party named from token {@code k} on, after the party noun with its pronoun: past up to two adjectives
     * with the article (حزبه المحافظ), a comma and quotation marks (حزبه المحافظ، حزب الاستقلال؛ حزبه «التحرك
     * الديمقراطي»); the body named there (the noun says it is a party, whatever its name), else null.
     */
    private Unit partyNamedAfter(int s, int k) {
        int adjectives = 0;
        while (k < size(s) && cover.get(s)[k] == null) {
            Token t = tok(s, k);
            if (COMMAS.contains(t.norm()) || isQuote(t)) {
                k++;
            } else if (adjectives++ < 2 && t.isWord() && hasArticle(t)) {
                k++;
            } else {
                return null;
            }
        }
        Unit u = k < size(s) ? cover.get(s)[k] : null;
        return u != null && u.first == k && u.type == ActorType.ORGANIZATION && !u.prepositional ? u : null;
    }

    /**
     * Whether token {@code k} is a describing pronoun (وهي، وهو) after a comma that ends a name read after a
     * preposition (مع روسيا، وهي): the pronoun then takes up the sentence's subject, not that name.
     */
    private boolean describesPrepositional(int s, int k) {
        if (k < 2 || !Arguments.DESCRIBING_PRONOUNS.contains(tok(s, k).norm()) || !COMMAS.contains(tok(s, k - 1).norm())) {
            return false;
        }
        Unit before = cover.get(s)[k - 2];
        return before != null && before.last == k - 2 && before.prepositional;
    }

    /**
     * Token {@code k}, or the one after a partitive there (lexv:PartitiveNoun: يضم المجلس كلا من الإمارات والسعودية):
     * the list of members opens after the words that say "each of".
     */
    private int afterEach(int s, int k) {
        Match each = k < size(s) ? cue(s, k, Cues.PARTITIVE_NOUN) : null;
        return each != null ? lastOf(s, each) + 1 : k;
    }

    /** The office of a body's member (عضو مجلس السيادة فلان): its holder is one of that body, whatever the body. */
    private static final String MEMBER_OFFICE = "member";

    /** Pronouns that take up the sentence's subject as a new clause (فهي عضو في، فهو من مؤسسي). */
    private static final Set<String> TOPIC_PRONOUNS = normalized("فهي", "فهو");
    /** The words that make a membership cue name one member (عضو في، العضو في، عضوا في، أحد أعضاء، إحدى، القيادي في). */
    private static final Set<String> ONE_MEMBER = normalized("عضو", "العضو", "عضوا", "أحد", "إحدى", "عضوة", "القيادي",
            "القيادية");

    private static Set<String> normalized(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(ArabicNormalizer.normalize(w));
        }
        return out;
    }

    /** Whether a membership cue (tokens {@code i} to {@code last}) names one member: عضو، العضو، عضوا، أحد أعضاء. */
    private boolean singularMember(int s, int i, int last) {
        for (int k = i; k <= last; k++) {
            if (ONE_MEMBER.contains(tok(s, k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject the sentence opens on, before token {@code i}: its first actor, when no preposition stands before
     * it and it is a state, a body or a person (وتعد جزر القمر، وترتبط أرمينيا); else null.
     */
    private Unit subjectOpening(int s, int i) {
        List<Unit> us = units.get(s);
        Unit u = us.isEmpty() ? null : us.get(0);
        return u != null && u.last < i && !u.prepositional && (u.type == ActorType.COUNTRY
                || u.type == ActorType.ORGANIZATION || u.isPerson()) ? u : null;
    }

    /**
     * The body a cue after it describes: the unit ending right before the cue, a comma, a quotation mark, a
     * relative pronoun (التي، الذي) or up to two adjectives with the article between; null when none ends there.
     */
    private Unit bodyBefore(int s, int i) {
        int k = i - 1;
        int adjectives = 0;
        while (k >= 0 && i - k <= 4 && cover.get(s)[k] == null) {
            if (k >= 2 && tok(s, k).norm().equals(")") && tok(s, k - 2).norm().equals("(")) {
                // "المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)، التي": the body's abbreviation after its name
                k -= 3;
                i -= 3;
            } else if (COMMAS.contains(tok(s, k).norm()) || isQuote(tok(s, k)) || cue(s, k, Cues.RELATIVE_PRONOUN) != null) {
                k--;
            } else if (adjectives++ < 2 && tok(s, k).isWord() && hasArticle(tok(s, k))
                    && (at(s, k) == null || cue(s, k, Cues.ORGANIZATION_STATUS) != null || cue(s, k, Cues.GROUP_QUALIFIER) != null)) {
                // "فصائل المعارضة المسلحة، بقيادة": an adjective the body's name does not take in, an adjective of
                // groups (lexv:GroupQualifier) too; "حزب المؤتمر الحاكم بزعامة": a party's status
                // (lexv:OrganizationStatus), though الحاكم is a title too
                k--;
            } else {
                break;
            }
        }
        Unit u = k >= 0 ? cover.get(s)[k] : null;
        if (u != null && u.qualifier && u.first > 0) {
            // "فصائل المعارضة السورية": the body the nisba qualifies
            Unit body = cover.get(s)[u.first - 1];
            return body != null && body.last == u.first - 1 ? body : null;
        }
        return u != null && u.last == k ? u : null;
    }

    /**
     * "فلان، وهو طبيب ينتمي إلى الحزب": the person a describing clause (، وهو/وهي and up to three words) ending
     * right before token {@code i} is about; null when no such clause ends there.
     */
    private Unit describedBefore(int s, int i) {
        for (int k = i - 1; k >= 2 && k >= i - 4; k--) {
            if (cover.get(s)[k] != null || !tok(s, k).isWord()) {
                return null;
            }
            if (Arguments.DESCRIBING_PRONOUNS.contains(tok(s, k).norm())) {
                return COMMAS.contains(tok(s, k - 1).norm()) ? personEndingAt(s, k - 2) : null;
            }
        }
        return null;
    }

    /**
     * The person whose name ends right before token {@code i}, or before a comma right before it, past a short
     * parenthesis after the name (فلان (49 عاما)، القيادي في); else null.
     */
    private Unit personBefore(int s, int i) {
        int k = i - 1;
        if (k >= 0 && COMMAS.contains(tok(s, k).norm())) {
            k--;
        }
        if (k >= 0 && tok(s, k).norm().equals(")")) {
            for (int open = k - 1; open >= 0 && open >= k - 5; open--) {
                if (tok(s, open).norm().equals("(")) {
                    k = open - 1;
                    break;
                }
            }
        }
        return personEndingAt(s, k);
    }

    private Unit personEndingAt(int s, int k) {
        Unit u = k >= 0 ? cover.get(s)[k] : null;
        return u != null && u.last == k && u.isPerson() ? u : null;
    }

    /**
     * The actors listed from token {@code k} on (a quotation mark may open it): one, or several joined by و or by
     * commas (روسيا وبيلاروس وأرمينيا، روسيا، بيلاروس وأرمينيا).
     */
    private List<Unit> listFrom(int s, int k) {
        List<Unit> out = new ArrayList<>();
        Unit u = arguments.unitWithin(s, k, 1);
        while (u != null) {
            out.add(u);
            int j = u.last + 1;
            while (j < size(s) && isQuote(tok(s, j))) {
                j++;
            }
            boolean comma = j < size(s) && COMMAS.contains(tok(s, j).norm());
            if (comma) {
                j++;
            }
            Unit next = j < size(s) ? cover.get(s)[j] : null;
            Match mm = j < size(s) ? at(s, j) : null;
            boolean waw = mm != null && mm.prefix().startsWith("و") || j < size(s) && tok(s, j).norm().equals("و");
            if (next == null && j < size(s) && tok(s, j).norm().equals("و")) {
                next = arguments.unitWithin(s, j + 1, 0);
                waw = true;
            }
            if (next == null || next.first < j || next.type != u.type && !waw || !comma && !waw) {
                break;
            }
            u = next;
        }
        return out;
    }

    /**
     * "يضم الفريق فلان والعقيد فلان"، "يتألف من قائد الجيش الفريق فلان، وقائد البحرية الأدميرال فلان": the people
     * listed from token {@code k} on, each item (set off by a comma or و) opening with a person or a title (a title's
     * body, الجيش, is whose commander, no member) and holding one person; the list ends at an item without one. An
     * item opening with any other actor (حزب العدالة بزعامة فلان) lists no person. Empty when the first holds none.
     */
    private List<Unit> peopleFrom(int s, int k) {
        List<Unit> out = new ArrayList<>();
        int j = k;
        while (j < size(s)) {
            if (tok(s, j).norm().equals("و")) {
                j++;
            }
            Match opening = j < size(s) ? at(s, j) : null;
            Unit first = j < size(s) ? cover.get(s)[j] : null;
            boolean title = opening != null && isKind(opening, Phrase.Kind.OFFICE);
            if (!title && (first == null || !first.isPerson() || first.first != j)) {
                break;
            }
            Unit person = null;
            int x = j;
            for (; x < size(s) && !COMMAS.contains(tok(s, x).norm()) && cue(s, x, Cues.CLAUSE_BREAK) == null; x++) {
                Unit u = cover.get(s)[x];
                if (person == null && u != null && u.isPerson() && u.first >= j) {
                    person = u;
                    x = u.last;
                } else if (person != null && (tok(s, x).norm().equals("و") || at(s, x) != null && at(s, x).prefix().startsWith("و"))) {
                    // "الفريق فلان والعقيد فلان": و opens the next item
                    break;
                }
            }
            if (person == null) {
                break;
            }
            out.add(person);
            j = x < size(s) && COMMAS.contains(tok(s, x).norm()) ? x + 1 : x;
        }
        return out;
    }

    /**
     * The list of actors of one type ending with {@code last}, joined by و (حزب الأمة وحزب الشعب), in the order
     * written; {@code last} alone when no و joins it to the unit right before.
     */
    private List<Unit> listBefore(int s, Unit last) {
        List<Unit> out = new ArrayList<>();
        out.add(last);
        Unit u = last;
        while (u.first > 0) {
            Match mm = at(s, u.first);
            // a name no lexicon lists carries its و outside its span (وسيرغي فلان), as a listed one in its prefix
            boolean waw = mm != null && mm.prefix().startsWith("و")
                    || u.begin > tok(s, u.first).begin() && tok(s, u.first).norm().startsWith("و");
            // "«حزب العدالة» و«حزب المؤتمر»": each name in quotes, و standing alone between them
            int j = beforeQuotes(s, u.first - 1);
            if (!waw && j >= 0 && tok(s, j).norm().equals("و")) {
                waw = true;
                j = beforeQuotes(s, j - 1);
            }
            Unit before = waw && j >= 0 ? cover.get(s)[j] : null;
            if (before == null || before.last != j || before.type != u.type) {
                break;
            }
            out.add(0, before);
            u = before;
        }
        return out;
    }

    /** The last token at or before {@code k} that is no quotation mark (-1 when none). */
    private int beforeQuotes(int s, int k) {
        while (k >= 0 && isQuote(tok(s, k))) {
            k--;
        }
        return k;
    }

    /**
     * "التي تضم 15 دولة بينها سيراليون": where a count and what it counts stand first (up to three words), the
     * members named after the among-marker that follows; else {@code k}.
     */
    private int afterCount(int s, int k) {
        for (int j = k; j < size(s) && j <= k + 4; j++) {
            Match among = cue(s, j, Cues.AMONG_MARKER);
            if (among != null) {
                return j > k && arguments.counted(s, k) ? lastOf(s, among) + 1 : k;
            }
            if (j > k && COMMAS.contains(tok(s, j).norm())) {
                // "15 دولة، بينها": a comma may stand before the word that opens the list
                continue;
            }
            if (cover.get(s)[j] != null || !tok(s, j).isWord() && tok(s, j).kind() != Token.Kind.NUMBER) {
                return k;
            }
        }
        return k;
    }

    /** The organisation that starts at token {@code k} (after an opening quote), not after a preposition; else null. */
    private Unit bodyRightAfter(int s, int k) {
        while (k < size(s) && isQuote(tok(s, k))) {
            k++;
        }
        Unit u = k < size(s) ? cover.get(s)[k] : null;
        return u != null && u.first == k && u.type == ActorType.ORGANIZATION && !u.prepositional ? u : null;
    }

    /** The last organisation named before token {@code i} in its clause, not after a preposition. */
    private Unit bodyEarlier(int s, int i, int[] clause) {
        Unit found = null;
        for (Unit u : units.get(s)) {
            if (u.last < i && clause[u.first] == clause[i] && u.type == ActorType.ORGANIZATION && !u.prepositional) {
                found = u;
            }
        }
        return found;
    }

    /** The source of the act nearest before token {@code i} in its clause (علق الاتحاد عضوية...). */
    private static Unit subjectBefore(int s, int i, List<EventDraft> drafts, int[] clause) {
        Unit u = null;
        for (EventDraft d : drafts) {
            if (d.at < i && d.sentence == s && clause[d.at] == clause[i] && d.source != null) {
                u = d.source;
            }
        }
        return u;
    }
}
