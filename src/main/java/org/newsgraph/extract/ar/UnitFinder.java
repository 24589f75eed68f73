package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.HeldOffice;
import org.newsgraph.extract.lexicon.Term;

/**
 * Stage 1: the units of each sentence, built from the lexicon forms found in it: actors the lexicon knows,
 * titles with or without names, institutions, nisbas, capitals, place nouns, names no lexicon knows, and the
 * people named as objects of a trigger. Takes the forms per sentence (after the boilerplate is marked); gives the
 * units and what covers each token, the role drafts of titles, tentative names and kinship drafts, some units still
 * waiting for the article's country ({@link ActorResolver}).
 */
final class UnitFinder extends Stage {

    /** What may make words a name no lexicon lists, or show they are none. */
    private final UnlistedNames names;
    private final BodiesByPattern bodies;
    /** Units a title found after its own holder (الرئيس البرازيلي فلان والمكسيكي فلان), added right after it. */
    private final List<Unit> followers = new ArrayList<>();
    /** Companies named after a company noun, by their name in matching form: named again, they are the same. */
    private final Map<String, Unit> articleCompanies = new HashMap<>();
    /** Parties and movements no lexicon lists, by their name in matching form, in the order the article named them. */
    private final Map<String, Unit> articleParties = new java.util.LinkedHashMap<>();
    /** The last region the article gave a body of its own (حكومة إقليم كاتالونيا), for a "regional" body after it. */
    private ActorEntry lastRegion;

    UnitFinder(Stage shared) {
        super(shared);
        this.names = new UnlistedNames(shared);
        this.bodies = new BodiesByPattern(shared);
    }

    void findUnits(int s) {
        int n = size(s);
        int i = 0;
        while (i < n) {
            Match m = at(s, i);
            if (prominenceAfterComma(s, i) || kinAfterComma(s, i) || descriptorInConstructAfterComma(s, i)) {
                // "اعتقلت الشرطة، صباح أمس، فلان علان، أبرز وجوه الحراك"، "فلان علان، نجل الرئيس الراحل"، "فلان
                // علان، مستشار رئيس الوزراء": the name set off before the apposition is a person's
                nameBeforeTitle(s, i);
            }
            if (ageInBrackets(s, i) || ageSetOff(s, i)) {
                // "فوز فلان علان (47 عاما)"، "قتل فلان علان (30 سنة) في": only a person is given an age
                nameBeforeAge(s, i);
            } else if (kinAfterName(s, i)) {
                // "قتل الشيخ فلان علان شقيق الأمير": or is someone's kin
                nameBeforeKin(s, i);
            }
            List<Unit> held = pluralTitleHolders(s, i);
            if (!held.isEmpty()) {
                held.forEach(h -> add(s, h));
                i = held.get(held.size() - 1).last + 1;
                continue;
            }
            List<Unit> listed = namesAfterListOpener(s, i);
            if (!listed.isEmpty()) {
                listed.forEach(h -> add(s, h));
                i = listed.get(listed.size() - 1).last + 1;
                continue;
            }
            Unit called = namedAfterNamingVerb(s, i);
            called = called == null ? namedAfterPossessedNoun(s, i) : called;
            if (called != null) {
                add(s, called);
                i = called.last + 1;
                continue;
            }
            Unit quoted = bodies.quotedAgain(s, i);
            if (quoted != null) {
                add(s, quoted);
                i = quoted.last + 1;
                continue;
            }
            if (m == null) {
                Unit again = bodies.acronymAgain(s, i);
                if (again != null) {
                    add(s, again);
                }
                i++;
                continue;
            }
            int next = lastOf(s, m) + 1;
            // بعثة كذا، برئاسة فلانة: the head's name, before برئاسة is read as the presidency
            Unit u = headedBy(s, i);
            if (u == null) {
                switch (m.phrase().kind()) {
                    case OFFICE -> {
                        if (m.phrase().term().property("heldIn") != null && cue(s, i, Cues.PERSON_NOUN) != null
                                && !stateAfter(s, lastOf(s, m) + 1)) {
                            // المستشار الإعلامي لفلان، المستشار في الديوان الملكي فلان: a title only some states have
                            // (lexv:heldIn) with no state named right after it is the noun describing someone (an
                            // adviser), whose name is a person with no office
                            u = describedPerson(s, i);
                            int after = lastOf(s, m) + 1;
                            if (u != null && u.isPerson() && m.prefix().isEmpty() && after < size(s)
                                    && (at(s, after) == null || isActor(at(s, after), ActorType.PERSON))) {
                                // المستشار فلان, nothing between: the office of the article's state when that state
                                // has it (the roles keep only those, lexv:heldIn), so an Austrian article's chancellor
                                // holds it and an Egyptian article's adviser none
                                roleDrafts.add(new RoleDraft(u, m.phrase().term(), null, null, false, null, null, s));
                            }
                        } else {
                            u = title(s, i);
                        }
                    }
                    case INSTITUTION -> {
                        u = bodies.institutionAndPurpose(s, i, m);
                        if (u == null) {
                            u = bodies.institutionNamed(s, i, m);
                        }
                        if (u == null) {
                            u = institution(s, i);
                            Term longer = u == null ? null : bodies.longerNameOf(m.phrase().term());
                            if (longer != null && u.institution == m.phrase().term() && u.pending == Unit.Pending.FOCAL_COUNTRY
                                    && u.possessor == null && u.inner.isEmpty()) {
                                // "المجلس العسكري" after "المجلس العسكري للتجديد الوطني": the longer body named again
                                u.institution = longer;
                            }
                        }
                    }
                    case ACTOR -> {
                        // المعارضين البارزين فلان وفلان: a group's noun that is also a descriptor, before names, is people
                        u = isActor(m, ActorType.GROUP) && cue(s, i, Cues.PERSON_NOUN) != null ? describedPerson(s, i) : null;
                        if (u == null) {
                            u = givenNameOfCountry(s, i, m);
                        }
                        if (u == null) {
                            u = givenNameBeforeAge(s, i, m);
                        }
                        if (u == null) {
                            u = forceOfPlace(s, i);
                        }
                        if (u == null) {
                            u = longerPartyName(s, i, m);
                        }
                        if (u == null) {
                            u = surnameAfterOtherGivenName(s, i, m);
                        }
                        if (u == null) {
                            u = articleOnNisba(s, i, m) ? nisbaOrPerson(s, i, m)
                                    : adjectiveOfNoun(s, i, m) || addressees(s, i, m) || givenNameBehindLike(s, i, m)
                                    ? null : actor(s, i, m);
                            if (u != null) {
                                nameAfterListedCountry(s, i, m);
                            }
                        }
                    }
                    case DEMONYM -> u = nisbaOrPerson(s, i, m);
                    case CUE -> {
                        if (cue(s, i, Cues.LATTER_REFERENCE) != null) {
                            u = latterReference(s, i);
                        } else if (cue(s, i, Cues.COUNTERPART_REFERENCE) != null) {
                            u = counterpart(s, i);
                        }
                        if (u == null) {
                            u = forcesOfCountry(s, i);
                        }
                        if (u == null) {
                            u = bodies.namedByShape(s, i);
                        }
                        if (u == null) {
                            u = facility(s, i);
                        }
                        if (u == null) {
                            u = definiteFacility(s, i);
                        }
                        if (u != null) {
                            break;
                        }
                        if (m.phrase().isCue("StateReference")) {
                            u = stateReference(s, i, m);
                        } else if (m.phrase().isCue("PlaceNoun")) {
                            u = placeNoun(s, i, m);
                        } else if (m.phrase().isCue("OrganizationNoun")) {
                            u = organizationNoun(s, i, m);
                            if (u == null && argumentOfSpeechOnActors(s, i)
                                    && !(i + 1 < size(s) && hasArticle(tok(s, i + 1)) && !tok(s, i + 1).norm().startsWith("و")
                                        && (at(s, i + 1) == null || isKind(at(s, i + 1), Phrase.Kind.CUE)))) {
                                // "اتهمت الرئاسة الحركة بتنفيذ انقلاب"، "في حين اتهمته الجماعة بالخيانة": the bare
                                // noun as who speaks or whom the speech is aimed at is the body of that noun named
                                // before, as it is in a title (رئيس الحركة); with an adjective, a word read as no actor or title
                                // (الحزب الحاكم), it describes a body of its own, not the one named last
                                u = bareReference(s, i, m);
                            }
                        } else if (m.phrase().isCue("PairReference")) {
                            u = pairReference(s, i, m);
                        }
                        if (u == null) {
                            u = honorificPerson(s, i);
                        }
                        if (u == null) {
                            u = companyNoun(s, i, false);
                        }
                        if (u == null) {
                            u = eastAsianPerson(s, i);
                        }
                        if (u == null) {
                            u = describedPerson(s, i);
                        }
                        if (u == null) {
                            u = namedAfterNamely(s, i);
                        }
                        if (u == null) {
                            u = bodies.nisbaAndPurpose(s, i);
                        }
                        if (u == null) {
                            u = bodies.translatedAt(s, i);
                        }
                        if (u == null) {
                            u = bodies.namedByDate(s, i);
                        }
                        if (u == null) {
                            u = namedBody(s, i);
                        }
                        if (u == null) {
                            u = bodies.bodyAt(s, i);
                        }
                        if (u == null) {
                            u = bodyNamedBefore(s, i, m);
                        }
                    }
                    default -> {
                        // triggers, media and other cues are read in later passes
                    }
                }
            }
            if (u != null) {
                add(s, u);
                next = Math.max(next, u.last + 1);
            }
            for (Unit f : followers) {
                add(s, f);
                next = Math.max(next, f.last + 1);
            }
            followers.clear();
            i = next;
        }
    }

    /**
     * Whether tokens {@code from} to {@code to - 1} are all words of a party's status or of a holder's description
     * (اليميني، المعارض، البارز): nothing between a body and its status but more of the same.
     */
    private boolean describesOnly(int s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (cue(s, k, Cues.ORGANIZATION_STATUS) == null && holderAdjective(s, k) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * "وقالت النقابة"، "ويتألف المجلس من" after "نقابة «الكرامة»"، "المجلس العسكري للتجديد الوطني": a body's noun
     * (an organisation, institution or quoted-name noun) with the article, alone (no pronoun on it, no definite word
     * after it that could name it further), is the one body the article named before whose name opens with that noun.
     * None when no such body was named, or several of different names were (two parties: which one is the party).
     */
    private Unit bodyNamedBefore(int s, int i, Match m) {
        if (!(m.phrase().isCue("OrganizationNoun") || m.phrase().isCue("InstitutionNoun") || m.phrase().isCue("QuotedNameNoun"))
                || lastOf(s, m) != i || m.end() != tok(s, i).end() || m.begin() == tok(s, i).offsetOf(m.prefix().length())
                || !hasArticle(tok(s, i))) {
            return null;
        }
        if (i + 1 < size(s) && tok(s, i + 1).isWord() && (hasArticle(tok(s, i + 1)) || isKind(at(s, i + 1), Phrase.Kind.ACTOR)
                || isKind(at(s, i + 1), Phrase.Kind.DEMONYM))) {
            return null;
        }
        if (i > 0 && cueEndingAt(s, i - 1, Cues.FOLLOWER_NOUN) != null) {
            // "دعا فلان أنصار الحزب إلى التظاهر": the followers are called, the body named after them no one acting
            return null;
        }
        String noun = m.phrase().tokens()[0];
        Unit named = null;
        for (int k = 0; k <= s; k++) {
            for (Unit a : units.get(k)) {
                if (a.type != ActorType.ORGANIZATION || a.qualifier || k == s && a.last >= i) {
                    continue;
                }
                String label = a.labelAr != null ? a.labelAr : a.institution != null ? a.institution.labelsAr().get(0) : null;
                if (label == null) {
                    continue;
                }
                String first = ArabicNormalizer.normalize(label).split(" ")[0];
                if (!(first.equals(noun) || first.equals("ال" + noun))) {
                    continue;
                }
                if (named != null && !sameBody(named, a)) {
                    return null;
                }
                named = named == null ? a : named;
            }
        }
        if (named == null) {
            return null;
        }
        Unit u = new Unit(s, i, i, m.begin(), m.end());
        if (named.key != null) {
            u.sameActorAs(named);
        } else if (named.institution != null && named.pending == Unit.Pending.FOCAL_COUNTRY) {
            // a body of the article's country, keyed once the country is known: the same name, the same key
            u.type = ActorType.ORGANIZATION;
            u.institution = named.institution;
            u.transliterated = named.transliterated;
            u.pending = Unit.Pending.FOCAL_COUNTRY;
        } else {
            return null;
        }
        return u;
    }

    /** Whether two units name the same body: the same key, or the same name of a body of the article's country. */
    private static boolean sameBody(Unit a, Unit b) {
        return a.key != null ? a.key.equals(b.key) : a.institution != null && a.institution == b.institution;
    }

    /**
     * "وقال بوبو سيسي إن"، "كيتا وبوبو سيسي في": a person the lexicon names by a one-word surname (سيسي, el-Sisi's),
     * right after a word no lexicon knows that is not that person's given name, is someone else of that family name
     * when the name visibly ends after it: the two words are one unlisted name (a conjunction on the first is no part
     * of it). So with a family name of two words (فائزة هاشمي رفسنجاني, the daughter of أكبر هاشمي رفسنجاني). A first
     * word shaped as an imperfect verb (يواجه بوتين في), or one the dictionary reads as a verb and nothing else (حين
     * وافق بايدن، ويعد فلان من), is the clause's verb, and the surname its own.
     */
    private Unit surnameAfterOtherGivenName(int s, int i, Match m) {
        int last = lastOf(s, m);
        if (i == 0 || !isActor(m, ActorType.PERSON) || !m.prefix().isEmpty() || !nameEndsBefore(s, last + 1)) {
            return null;
        }
        int g = i - 1;
        Token given = tok(s, g);
        String word = given.norm();
        int clitic = word.startsWith("و") && word.length() >= 5 ? 1 : 0;
        String bare = word.substring(clitic);
        if (!given.isWord() || at(s, g) != null || cover.get(s)[g] != null || hasArticle(given) || nameStop(s, g)
                || cue(s, g, Cues.COMMON_NOUN) != null || bare.length() < 3 || IMPERFECT_VERB.matcher(bare).matches()
                || verbWithAnd(names.written(s, g))
                || (last == i ? readName(s, g, 2) != i + 1 || !names.surnameOfAnother(s, g, i, m)
                        : !names.longSurnameOfAnother(s, g, m))) {
            return null;
        }
        return unknownPerson(s, g, last + 1, clitic);
    }

    /** A word the dictionary reads as a verb and nothing else, as written or after a conjunction و (ويعد، وافق). */
    private static boolean verbWithAnd(String w) {
        return ArabicVocabulary.verbOnly(w)
                || (w.startsWith("و") && w.length() >= 4 && ArabicVocabulary.verbOnly(w.substring(1)));
    }

    /**
     * "حزب الاتحاد الديمقراطي من أجل الاندماج": a listed organisation's name that opens with an organisation's noun
     * (حزب الاتحاد الديمقراطي), then من أجل and what a party is for, is the first words of a longer name no lexicon
     * lists: that party, read as an unlisted one is; the listed one is another party. Null otherwise.
     */
    private Unit longerPartyName(int s, int i, Match m) {
        Match noun = cue(s, i, Cues.ORGANIZATION_NOUN);
        int after = lastOf(s, m) + 1;
        if (!isActor(m, ActorType.ORGANIZATION) || noun == null || noun.begin() != m.begin()
                || names.purposeInName(s, after) == after) {
            return null;
        }
        Unit u = organizationNoun(s, i, noun);
        return u != null && u.last >= after ? u : null;
    }

    /**
     * "أدى سلفادور لوريل اليمين"، "قالت هند صبري": a country the press always names with the article (السلفادور،
     * الهند، اليمن), written here without it, one word, right before a word no lexicon reads that goes on as a name,
     * is a given name taken from that country, and the two or more words are one person no lexicon lists. A country
     * is never written bare before a name (رئيس السلفادور فلان keeps the article), so the bare word is no country.
     */
    private Unit givenNameOfCountry(int s, int i, Match m) {
        int end = countryAsGivenName(s, i, m);
        return end > i + 1 ? unknownPerson(s, i, end, m.prefix().isEmpty() ? 0 : 1) : null;
    }

    /**
     * "المقيم في السويد سلوان فلان (37 عاما)": a place's or country's name written bare (no clitic, no article, one
     * word) opening words no lexicon reads that run up to a person's age is a given name: only a person is given an
     * age, and a place would need a preposition to stand there.
     */
    private Unit givenNameBeforeAge(int s, int i, Match m) {
        if (!givenNameAsPlace(s, i, m)) {
            return null;
        }
        int end = readName(s, i, 4);
        return end - i >= 2 && (ageInBrackets(s, end) || ageSetOff(s, end)) ? unknownPerson(s, i, end) : null;
    }

    /** Where the name ends that a bare country's name opens (see {@link #givenNameOfCountry}); -1 when it opens none. */
    private int countryAsGivenName(int s, int i, Match m) {
        if (!isActor(m, ActorType.COUNTRY) || !(m.prefix().isEmpty() || m.prefix().equals("و")) || lastOf(s, m) != i
                || m.end() != tok(s, i).end() || i + 1 >= size(s)
                // the label's article supplied: ألمانيا (المانيا once normalized) is written as its label is
                || !m.phrase().tokens()[0].equals("ال" + tok(s, i).norm().substring(m.prefix().length()))) {
            return -1;
        }
        Token next = tok(s, i + 1);
        // a surname no dictionary of Arabic knows (وأوروغواي استمرار: a verbal noun goes on with the clause)
        if (!next.isWord() || at(s, i + 1) != null || nameStop(s, i + 1) || cue(s, i + 1, Cues.COMMON_NOUN) != null
                || conjunction(next) || (hasArticle(next) && !next.norm().endsWith("ي") && !nameEndsBefore(s, i + 2))
                || ArabicVocabulary.kind(names.written(s, i + 1)) != ArabicVocabulary.Kind.UNKNOWN) {
            return -1;
        }
        // سلفادور الليندي: a family name with the article closes the name (readName opens none with it)
        int end = hasArticle(next) ? i + 2 : readName(s, i + 1, 3);
        return end > i + 1 ? end : -1;
    }

    /**
     * "والملك خالد يجمع كبار العلماء": a word after a name's first that the dictionary reads only as an imperfect verb,
     * before a word of Arabic that is no function word and has no و, is the clause's verb and its object or subject,
     * no surname. A transliterated surname the dictionary happens to read as a verb (يوري، تشان) stands before
     * another foreign word, punctuation, a function word or a next name with و. So is such a word where a name would
     * open after a title with no name, before an indefinite noun in the accusative ("إن رئيس الحكومة يشكل خطرا"): the
     * title is the verb's subject, and the accusative its object (a given name the dictionary reads as a verb, تامر,
     * stands before a surname, which is no accusative of Arabic).
     */
    private boolean verbAfterName(int s, int start, int k, Match here) {
        if (k == start && !(k + 1 < size(s) && tok(s, k + 1).isWord() && !hasArticle(tok(s, k + 1))
                && indefiniteAccusative(names.written(s, k + 1)))) {
            return false;
        }
        return k >= start && here == null && k + 1 < size(s) && tok(s, k + 1).isWord() && !nameStop(s, k + 1)
                && cue(s, k + 1, Cues.PREPOSITION) == null && !conjunction(tok(s, k + 1))
                && ArabicVocabulary.kind(names.written(s, k + 1)) != ArabicVocabulary.Kind.UNKNOWN
                && ArabicVocabulary.imperfectVerbOnly(names.written(s, k));
    }

    /**
     * Whether a written word is a noun with the alef of the indefinite accusative (خطرا، دورا): the word without its
     * last alef is one the dictionary knows (رضا, a surname, is no رض + ا).
     */
    private static boolean indefiniteAccusative(String w) {
        return w.length() >= 4 && w.endsWith("ا") && !w.endsWith("اا")
                && ArabicVocabulary.kind(w.substring(0, w.length() - 1)) != ArabicVocabulary.Kind.UNKNOWN;
    }

    /** The shape of an imperfect verb (يواجه، ستزور، سيحضر), which no given name before a surname has. */
    private static final Pattern IMPERFECT_VERB = Pattern.compile("س?[يت].{3,}");

    /**
     * "تمردا مسلحا"، "الحكم المدني": a group's singular word (مسلح، مدني) agreeing with the noun before it, both
     * with the article or both in the accusative, is an adjective of that noun (an armed rebellion, civilian rule),
     * no group; so is a group's indefinite plural right after a group's (عسكريين متمردين: mutinous soldiers). The
     * plural after any other noun (المدنيين، مسلحين) and a word after a preposition or a number still name the group.
     */
    private boolean adjectiveOfNoun(int s, int i, Match m) {
        String form = m.phrase().tokens()[m.phrase().tokens().length - 1];
        if (m.phrase().actor().type() != ActorType.GROUP || m.last() != m.first() || !m.prefix().isEmpty() || i == 0) {
            return false;
        }
        Token prev = tok(s, i - 1);
        Token self = tok(s, i);
        Unit group = cover.get(s)[i - 1];
        if (group != null && group.last == i - 1 && group.type == ActorType.GROUP && !group.qualifier
                && !hasArticle(prev) && !hasArticle(self) && soundPlural(prev.norm()) && soundPlural(self.norm())) {
            // "عسكريين متمردين": an indefinite plural after a group's indefinite plural says what they are (with the
            // article, "فرقت الشرطة المحتجين" and "اعتقل الجنود المحتجين" are verb, subject and object)
            return true;
        }
        if (form.endsWith("ون") || form.endsWith("ين") || form.endsWith("ات")) {
            return false;
        }
        if (!prev.isWord() || at(s, i - 1) != null || cue(s, i - 1, Cues.PREPOSITION) != null || nameStop(s, i - 1)) {
            return false;
        }
        boolean definite = hasArticle(prev) && hasArticle(self) && !prev.norm().startsWith("لل");
        boolean accusative = !hasArticle(prev) && !hasArticle(self) && prev.norm().endsWith("ا")
                && self.norm().endsWith("ا") && !form.endsWith("ا");
        return definite || accusative;
    }

    /** Whether a country's nisba or name, without clitics, stands at token {@code j} (المستشار الألماني). */
    private boolean stateAfter(int s, int j) {
        Match n = j < size(s) ? at(s, j) : null;
        return n != null && n.prefix().isEmpty() && (isKind(n, Phrase.Kind.DEMONYM) || isActor(n, ActorType.COUNTRY));
    }

    /**
     * "وكلاوس فيبر": a place or country read behind ك ("like": ك + لاوس) with a word no dictionary knows after it is
     * a foreign given name spelt with that letter (كلاوس، كاميلا) and its surname, no comparison with a place.
     */
    private boolean givenNameBehindLike(int s, int i, Match m) {
        ActorType type = m.phrase().actor().type();
        if (!m.prefix().endsWith("ك") || (type != ActorType.COUNTRY && type != ActorType.PLACE) || lastOf(s, m) != i
                || m.end() != tok(s, i).end() || i + 1 >= size(s)) {
            return false;
        }
        Token next = tok(s, i + 1);
        return next.isWord() && at(s, i + 1) == null && !hasArticle(next) && !nameStop(s, i + 1)
                && cue(s, i + 1, Cues.COMMON_NOUN) == null
                && ArabicVocabulary.kind(names.written(s, i + 1)) == ArabicVocabulary.Kind.UNKNOWN;
    }

    /**
     * "قال الوزير للصحفيين إن ..."، "وأكد الضابط للمحتجين أن ...": a group with لـ right before what is said (a
     * complementizer, lexv:Complementizer) is whom the words are addressed to, no actor of the story.
     */
    private boolean addressees(int s, int i, Match m) {
        return m.phrase().actor().type() == ActorType.GROUP && m.prefix().endsWith("ل") && !m.prefix().contains("ب")
                && cue(s, lastOf(s, m) + 1, Cues.COMPLEMENTIZER) != null;
    }

    private static boolean soundPlural(String w) {
        return w.endsWith("ون") || w.endsWith("ين");
    }

    /** "الشرطة التركية": a country's name that is also its nisba reads as the nisba when it carries the article. */
    private boolean articleOnNisba(int s, int i, Match m) {
        Token t = tok(s, i);
        return m.phrase().actor().type() == ActorType.COUNTRY && m.begin() > t.offsetOf(m.prefix().length())
                && lex.isAlsoDemonym(m);
    }

    void add(int s, Unit u) {
        units.get(s).add(u);
        if (u.key != null && u.key.startsWith("person/") && u.isPerson()) {
            // a listed person's short forms name him from here on, as an unlisted name's do (unknownPerson), and
            // before, when read alone first (the headline's دوتيرتي); the first of two relatives keeps a shared one
            // until ActorResolver#listedSurnames weighs their context
            for (String form : shortFormsOf(u.key)) {
                surnameNamedFirst(form, u);
                articleNames.putIfAbsent(form, u.key);
            }
        }
        Unit[] c = cover.get(s);
        for (int k = u.first; k <= u.last; k++) {
            c[k] = u;
        }
        u.prepositional = prepositional(s, u.first);
    }

    private boolean locative(int s, int i, Match m) {
        if (m.prefix().contains("ب")) {
            return true;
        }
        int k = wordBefore(s, i);
        if (k < 0 || cueEndingAt(s, k, Cues.PARTITIVE_NOUN) != null || countBefore(s, k) || quantifierOf(s, k)) {
            // "عناصر من الحرس"، "الآلاف من المحتجين"، "عددا من المتظاهرين": من says who the actors are, not where
            // they come from
            return false;
        }
        Match l = cueEndingAt(s, k, Cues.LOCATIVE_PREPOSITION);
        if (l != null) {
            return !reactionFrom(s, k, l);
        }
        Match p = cueEndingAt(s, k, Cues.PLACE_NOUN);
        if (p == null && k > 0 && isKind(at(s, k), Phrase.Kind.DEMONYM) && at(s, k).prefix().isEmpty()) {
            // "إلى العاصمة الغامبية بانجول": the place noun and its nisba name the place, no act of its state
            p = cueEndingAt(s, wordBefore(s, at(s, k).first() - base(s)), Cues.PLACE_NOUN);
        }
        return p != null;
    }

    /**
     * "قوبل الانقلاب بإدانات من واشنطن"، "ترحيب من باريس": من after the noun of a verbal reaction (an appeal, praise, a
     * demand, criticism, a rejection, a threat: CAMEO 02, 05, 10-13) says who reacted, so a capital after it is its
     * state acting, no place; "انسحاب من كابول"، "رحلة من باريس" keep the place.
     */
    private boolean reactionFrom(int s, int k, Match preposition) {
        if (!tok(s, k).norm().equals("من") || preposition.first() != preposition.last()) {
            return false;
        }
        int n = wordBefore(s, preposition.first() - base(s));
        Match noun = n < 0 ? null : at(s, n);
        if (!isKind(noun, Phrase.Kind.TRIGGER) || lastOf(s, noun) != n) {
            return false;
        }
        String code = String.valueOf(noun.phrase().term().property("cameoCode"));
        return code.matches("0[25].*|1[0-3].*");
    }

    /**
     * Whether a listed person's name at {@code i} names a thing after him: right after a noun in construct with it
     * (no article on the noun, no clitic on the name) of a thing named after people (lexv:NamedAfterNoun: شارع، جامعة،
     * جائزة), or of a building or ground (lexv:FacilityNoun: مطار، قاعدة) with a word of its kind after the name
     * (الدولي، الجوية), which {@link #facility} may not have read as a place (no preposition before it). A title of
     * one word may stand between the noun and the name (جسر الملك فهد، مطار الملك خالد الدولي).
     */
    private boolean namedAfter(int s, int i, Match m) {
        int named = i;
        int k = wordBefore(s, i);
        Match title = k >= 0 ? at(s, k) : null;
        if (k + 1 == i && isKind(title, Phrase.Kind.OFFICE) && title.prefix().isEmpty() && lastOf(s, title) == k) {
            named = k;
            k = wordBefore(s, k);
        }
        if (!m.prefix().isEmpty() || k < 0 || k + 1 != named || !tok(s, k).isWord() || hasArticle(tok(s, k))) {
            return false;
        }
        Match noun = cue(s, k, Cues.FACILITY_NOUN);
        if (noun != null && lastOf(s, noun) == k && facilityWord(s, lastOf(s, m) + 1) != null) {
            return true;
        }
        Set<String> words = lex.wordsOfClass.getOrDefault("NamedAfterNoun", Set.of());
        return tok(s, k).variants().stream().anyMatch(v -> words.contains(v.get(0).stem()));
    }

    /**
     * Whether the word right before token {@code i} (a capital's name without a clitic) is a noun of a part of a city
     * in construct with it (lexv:CityPartNoun: شوارع، أحياء، ضواحي، وسط) or a point of the compass (lexv:CompassWord:
     * شمال، شرق): the city is where something happens, no act of its state.
     */
    private boolean cityPartBefore(int s, int i) {
        Match m = at(s, i);
        int k = wordBefore(s, i);
        if (m == null || !m.prefix().isEmpty() || k < 0 || k + 1 != i || !tok(s, k).isWord()) {
            return false;
        }
        String w = tok(s, k).norm();
        return lex.wordsOfClass.getOrDefault("CityPartNoun", Set.of()).contains(w)
                || lex.wordsOfClass.getOrDefault("CompassWord", Set.of()).contains(w);
    }

    /**
     * Whether the word right before token {@code i} (a city's name without a clitic) is a noun of a treaty in construct
     * with it (lexv:TreatyNoun: اتفاقية، معاهدة، بروتوكول).
     */
    private boolean treatyBefore(int s, int i) {
        Match m = at(s, i);
        int k = wordBefore(s, i);
        if (m == null || !m.prefix().isEmpty() || k < 0 || k + 1 != i || !tok(s, k).isWord()) {
            return false;
        }
        Set<String> nouns = lex.wordsOfClass.getOrDefault("TreatyNoun", Set.of());
        String w = tok(s, k).norm();
        // with its clitics: لاتفاقية، وبمعاهدة
        for (int cut = 0; cut <= 2 && cut < w.length(); cut++) {
            if (nouns.contains(w.substring(cut))) {
                return true;
            }
            if (!"وفبلك".contains(w.substring(cut, cut + 1))) {
                return false;
            }
        }
        return false;
    }

    private Unit actor(int s, int i, Match m) {
        ActorEntry e = m.phrase().actor();
        if (e.type() == ActorType.PERSON && namedAfter(s, i, m)) {
            return null;
        }
        if (e.type() == ActorType.ORGANIZATION && byline(s, i, m) || e.type() == ActorType.PLACE && quotedByline(s, i, m)) {
            return null;
        }
        if ((e.type() == ActorType.PLACE || e.type() == ActorType.COUNTRY) && headSentence(s) && outletBeforeDash(s, i, m)) {
            // "سكاي نيوز عربية - أبوظبي" on its own line under the headline (which ".." may cut in two sentences):
            // where the outlet sits, neither a place of the story nor an act of its state
            return null;
        }
        ActorEntry country = stateWithCapital(e.key());
        if ((country != null || e.type() == ActorType.PLACE) && i > 0 && filedWith(s, i)) {
            // "هراري، جوهانسبرغ، لندن - «الحياة»": the other desks the story was filed from, no act of their state
            return null;
        }
        if ((country != null || e.type() == ActorType.PLACE) && treatyBefore(s, i)) {
            // "اتفاقية فيينا للعلاقات الدبلوماسية"، "اتفاق مينسك": the city names the treaty, no act of its state
            return null;
        }
        boolean filed = (country != null || e.type() == ActorType.PLACE && e.countryKey() != null) && dateline(s, i, m);
        if (filed && i == 0 && homeDesk(s, m, country != null ? country.key() : e.countryKey())) {
            // "أبوظبي - سكاي نيوز عربية": the outlet's own city, where it files the world's news from, is neither a
            // place of the story nor an actor of it
            return null;
        }
        Unit u = new Unit(s, i, lastOf(s, m), m.begin(), m.end());
        if (filed) {
            // "ليما (أ ف ب) -"، "سكاي نيوز عربية - أبوظبي"، "لاغوس - بي بي سي": where the story was filed (a capital
            // or a city of a state), no act of the city's state
            u.actor(e);
            u.locative = true;
            u.dateline = i == 0;
        } else if (country != null && !locative(s, i, m) && cityPartBefore(s, i)) {
            // في شوارع الخرطوم، أحياء بغداد، شمال شرق باريس: a part of the city, the city itself
            u.actor(e);
            u.locative = true;
            u.stateOfCapital = country.key();
        } else if (country != null && !locative(s, i, m)) {
            // a capital that acts stands for its state: موسكو ترد, حليفة لموسكو
            u.actor(country);
        } else {
            u.actor(e);
            u.locative = locative(s, i, m);
        }
        if (e.type() == ActorType.PERSON) {
            articlePeople.put(e.key(), e);
        }
        if (nationalForce(s, u, m, e)) {
            // "أوعز إلى الجيش الإسرائيلي"، "بالجيش الباكستاني": a force after a preposition is still that force, no place
            u.locative = false;
            return u;
        }
        Unit nisba = ownCountryNisba(s, lastOf(s, m), e);
        if (nisba != null) {
            u.inner.add(nisba);
        }
        return u;
    }

    /**
     * "الجيش الباكستاني"، "قوات الأمن الإيرانية"، "جيش مدغشقر": a force a country has (lexv:NationalForce, by the
     * group's Arabic name) with the country's nisba or, in construct, its name right after it is that country's
     * force (org/PK/army), not the generic group; the group's kind stays (a force, no ministry). The nisba remains a
     * mention of the country. Says whether it made {@code u} so.
     */
    private boolean nationalForce(int s, Unit u, Match m, ActorEntry group) {
        if (group.type() != ActorType.GROUP || group.labelsAr().isEmpty() || !group.key().startsWith("group/")
                || !lex.wordsOfClass.getOrDefault("NationalForce", Set.of()).contains(
                        ArabicNormalizer.normalize(group.labelsAr().get(0)))) {
            return false;
        }
        int j = lastOf(s, m) + 1;
        Match n = j < size(s) ? at(s, j) : null;
        if (n == null || !n.prefix().isEmpty()) {
            return false;
        }
        boolean definite = hasArticle(tok(s, lastOf(s, m)));
        // المالي is Mali's name with the article as well as its nisba
        boolean nisba = definite && hasArticle(tok(s, j)) && (isKind(n, Phrase.Kind.DEMONYM)
                || isActor(n, ActorType.COUNTRY) && n.begin() > tok(s, j).begin());
        boolean construct = !definite && isActor(n, ActorType.COUNTRY);
        ActorEntry country = nisba || construct ? n.phrase().actor() : null;
        if (country == null || country.type() != ActorType.COUNTRY || country.isoCode() == null) {
            return false;
        }
        Unit cu = countryUnit(s, j, n, country);
        cu.qualifier = true;
        u.inner.add(cu);
        u.last = lastOf(s, n);
        u.end = n.end();
        u.key = "org/" + country.isoCode() + "/" + group.key().substring("group/".length());
        u.type = group.type();
        u.labelAr = original(m.begin(), n.end());
        String force = group.labelsEn().isEmpty() ? group.key().substring("group/".length()) : group.labelsEn().get(0);
        u.labelEn = !country.demonymsEn().isEmpty() ? country.demonymsEn().get(0) + " " + force
                : force + " of " + (country.labelsEn().isEmpty() ? country.isoCode() : country.labelsEn().get(0));
        u.wikidata = null;
        u.countryKey = country.key();
        return true;
    }

    /**
     * "القوات الجورجية"، "القوات الروسية": the forces with the article (lexv:BareForcesNoun) and a country's nisba
     * right after them are that country's force of the group the bare noun stands for (the army: org/GE/army), as
     * "الجيش الجورجي" is; the nisba alone would make the country itself the one that shells or withdraws.
     */
    private Unit forcesOfCountry(int s, int i) {
        Match noun = cue(s, i, Cues.BARE_FORCES_NOUN);
        if (noun == null || lastOf(s, noun) != i || noun.end() != tok(s, i).end() || !hasArticle(tok(s, i))) {
            return null;
        }
        ActorEntry group = lex.actors.get(noun.phrase().term().property("standsFor"));
        if (group == null || noun.hasPreposition() || afterVerbalNoun(s, i)) {
            // "بانسحاب القوات العراقية"، "بإنزال القوات الأمريكية": forces a verbal noun governs are what the act is
            // about, which the act's readers take as the country (the withdrawal demanded of Iraq)
            return null;
        }
        Unit u = new Unit(s, i, i, noun.begin(), noun.end());
        return nationalForce(s, u, noun, group) ? u : null;
    }

    /** Whether the word right before token {@code i} is a trigger read as a verbal noun, which governs the word at i. */
    private boolean afterVerbalNoun(int s, int i) {
        if (i == 0 || !tok(s, i - 1).isWord()) {
            return false;
        }
        for (Match t : triggersAt(s, i - 1)) {
            if (t.phrase().voice() == Phrase.Voice.NOUN && lastOf(s, t) == i - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * A listed national body whose name ends with its country's nisba (وزارة الخارجية الأمريكية): that word names the
     * country too, as it does in a body the institution patterns build (وزارة الخارجية الفرنسية).
     */
    private Unit ownCountryNisba(int s, int k, ActorEntry body) {
        if (body.type() != ActorType.ORGANIZATION || body.countryKey() == null || k <= 0) {
            return null;
        }
        ActorEntry country = lex.actors.get(body.countryKey());
        Token t = tok(s, k);
        // a state body only (org/US/ministry-of-foreign-affairs): the nisba of a news agency or a company
        // (وكالة الصحافة الفرنسية) is where it is from, no act of that state
        if (country == null || !hasArticle(t) || country.isoCode() == null
                || !body.key().startsWith("org/" + country.isoCode() + "/")) {
            return null;
        }
        for (String d : country.demonymsAr()) {
            String n = ArabicNormalizer.normalize(d);
            if (n.endsWith("ي") && (t.norm().endsWith("ال" + n) || t.norm().endsWith("ال" + n + "ه"))) {
                Unit u = new Unit(s, k, k, t.begin(), t.end());
                u.actor(country);
                return u;
            }
        }
        return null;
    }

    /**
     * Whether the place at token {@code i} is the article's dateline: in its first sentence, first or right after
     * a dash (سكاي نيوز عربية - أبوظبي), and then the end of the line, a dash, a slash, a bracketed source, a comma
     * or a colon. In the sentence after the first (a headline above the dateline: "أبيدجان - فرانس 24 / أ ف ب",
     * "نجامينا/ الأناضول") only first, and then a dash, a slash or a bracketed source: a capital opening the second
     * sentence before a comma may be its subject. Whether a dateline under a headline naming other states is the
     * story's place is the focal country's question (a bureau may serve a region).
     */
    private boolean dateline(int s, int i, Match m) {
        int first = 0;
        while (first < count && boilerplate[first]) {
            first++;
        }
        boolean underHeadline = s > first && i == 0 && underHeadline(first, s);
        if (s != first && !underHeadline || !m.prefix().isEmpty()
                || (i > 0 && !tok(s, i - 1).is("-") && !tok(s, i - 1).is("–"))) {
            return false;
        }
        int after = lastOf(s, m) + 1;
        if (after >= size(s)) {
            return !underHeadline;
        }
        Token t = tok(s, after);
        if (underHeadline && t.norm().equals("في") && after + 1 < size(s) && tok(s, after + 1).kind() == Token.Kind.NUMBER) {
            // "سانتياغو في 11 ـ وكالات الأنباء ـ": the day of the month the wire filed on (the tatweel standing for
            // the dash is no token)
            return true;
        }
        // "نجامينا/ الأناضول": a slash before the agency as a dash would be
        return t.is("(") || t.is("-") || t.is("–") || t.is("/")
                || !underHeadline && (t.is(":") || COMMAS.contains(t.norm()));
    }

    /**
     * Whether the dateline place {@code m} is followed, after a dash or a slash, by an outlet of the city's own
     * {@code country} ("مدينة - قناة البلد"): the outlet's home desk, which files the world's news and tells nothing
     * of where the story is.
     */
    private boolean homeDesk(int s, Match m, String country) {
        int after = lastOf(s, m) + 1;
        if (after + 1 >= size(s) || !(tok(s, after).is("-") || tok(s, after).is("–") || tok(s, after).is("/"))) {
            return false;
        }
        Match outlet = at(s, after + 1);
        return isActor(outlet, ActorType.ORGANIZATION) && outlet.prefix().isEmpty()
                && country.equals(outlet.phrase().actor().countryKey());
    }

    /**
     * Whether the place at token {@code i} ends a line of one of the article's first three sentences that opens with
     * an organisation (a paper, a channel, an agency) and a dash: "سكاي نيوز عربية - أبوظبي", the line closing
     * after the place or going on with a bar.
     */
    private boolean outletBeforeDash(int s, int i, Match m) {
        if (i < 2 || !m.prefix().isEmpty() || !(tok(s, i - 1).is("-") || tok(s, i - 1).is("–"))) {
            return false;
        }
        int after = lastOf(s, m) + 1;
        Match outlet = at(s, 0);
        return (after >= size(s) || tok(s, after).is("|")) && outlet != null && outlet.prefix().isEmpty()
                && isActor(outlet, ActorType.ORGANIZATION) && lastOf(s, outlet) == i - 2;
    }

    /**
     * Whether sentence {@code s} is one of the two right after the article's {@code first}, or opens the second or
     * third line: a headline may be cut in two by a full stop or "..", with its subheadline (العنوان. العنوان الفرعي.
     * / أبيدجان - أ ف ب).
     */
    private boolean underHeadline(int first, int s) {
        int second = nextSentence(first);
        if (s == second || s == nextSentence(second)) {
            return true;
        }
        // a headline or subheadline of several sentences ("مجلس يتسلم السلطة.. والطائرات تقصف القصر"): the line
        // opening the second or third line of the text, whatever sentence it is
        int line = text.sentenceLine.get(s);
        int lines = 0;
        for (int z = first; z < s; z++) {
            if (!boilerplate[z] && (z == first || !text.sentenceLine.get(z).equals(text.sentenceLine.get(z - 1)))) {
                lines++;
            }
        }
        return lines <= 2 && !text.sentenceLine.get(s - 1).equals(line);
    }

    /** The first sentence after {@code s} that is no boilerplate, or {@code count}. */
    private int nextSentence(int s) {
        int next = s + 1;
        while (next < count && boilerplate[next]) {
            next++;
        }
        return next;
    }

    /**
     * Whether the organisation at token {@code i} is who filed the story, no actor of it: in one of the article's
     * first three sentences, a place and a dash, slash or bracket before it ("مدريد - يورونيوز"، "فريتاون/ الأناضول"،
     * "الدوحة (رويترز) -"), or it first and a dash and a place after it ("سكاي نيوز عربية - أبوظبي"), the line ending
     * there or going on with a bar, a dash or a bracket.
     */
    private boolean byline(int s, int i, Match m) {
        if (!headSentence(s) || !m.prefix().isEmpty()) {
            return false;
        }
        if (quotedByline(s, i, m) || afterFiledPlaces(s, i, m) || outletsOnly(s)) {
            return true;
        }
        int after = lastOf(s, m) + 1;
        boolean closed = after >= size(s) || tok(s, after).is("|") || tok(s, after).is("-") || tok(s, after).is("–")
                || tok(s, after).is(")");
        if (i >= 2 && closed && (tok(s, i - 1).is("-") || tok(s, i - 1).is("–") || tok(s, i - 1).is("/")
                || tok(s, i - 1).is("("))) {
            Match place = at(s, 0);
            return place != null && (isActor(place, ActorType.PLACE) || isActor(place, ActorType.COUNTRY))
                    && lastOf(s, place) == i - 2;
        }
        if (i == 0 && after + 1 < size(s) && (tok(s, after).is("-") || tok(s, after).is("–"))) {
            Match place = at(s, after + 1);
            int end = place == null ? -1 : lastOf(s, place) + 1;
            return isActor(place, ActorType.PLACE) && (end >= size(s) || tok(s, end).is("|"));
        }
        return false;
    }

    /**
     * Whether the actor at token {@code i} is the paper's name in quotation marks after where it filed from and a
     * colon, in one of the article's first three sentences ("طوكيو: «الشرق الأوسط»"، "لندن - موسكو: «كذا»"), whatever
     * else the name reads as (a region, a place).
     */
    private boolean quotedByline(int s, int i, Match m) {
        int after = lastOf(s, m) + 1;
        if (!headSentence(s) || !m.prefix().isEmpty() || i < 1 || !isQuote(tok(s, i - 1)) || after >= size(s)
                || !isQuote(tok(s, after))) {
            return false;
        }
        if (filedPlacesEnd(s) == i - 1 && !onFirstLine(s) && wireTail(s, after + 1)) {
            // "بغداد - أربيل: «الشرق الأوسط»"، "سراييفو ـ «القدس العربي» ووكالات:" (the tatweel is no token)
            return true;
        }
        if (i < 3 || !tok(s, i - 2).is(":") || !wireTail(s, after + 1)) {
            return false;
        }
        for (int k = 0; k <= i - 3; k++) {
            Match place = at(s, k);
            if ((isActor(place, ActorType.PLACE) || isActor(place, ActorType.COUNTRY)) && lastOf(s, place) == i - 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether sentence {@code s} is in the article's head: one of its first three sentences, or on one of its first
     * four lines. A headline and a subheadline cut in several sentences by ".." or a full stop push the line of the
     * dateline and the outlet ("طوكيو: «الشرق الأوسط»"، "أبوظبي - سكاي نيوز عربية") past the third sentence.
     */
    private boolean headSentence(int s) {
        if (s <= 2) {
            return true;
        }
        int first = 0;
        while (first < count && boilerplate[first]) {
            first++;
        }
        int lines = 0;
        for (int z = first; z <= s && lines <= 4; z++) {
            if (!boilerplate[z] && (z == first || !text.sentenceLine.get(z).equals(text.sentenceLine.get(z - 1)))) {
                lines++;
            }
        }
        return lines <= 4;
    }

    /**
     * Where the places the story was filed from end when sentence {@code s} opens with them, separated by dashes,
     * slashes or commas and closed by one ("إسلام آباد، نيودلهي، لندن -"، "بغداد - أربيل:"): the token after them and
     * their last mark, or -1 when the sentence opens with no place or a word follows the places unmarked.
     */
    private int filedPlacesEnd(int s) {
        int k = 0;
        boolean place = false;
        boolean marked = false;
        while (k < size(s)) {
            Match p = at(s, k);
            if (p != null && p.prefix().isEmpty() && (isActor(p, ActorType.PLACE) || isActor(p, ActorType.COUNTRY))) {
                k = lastOf(s, p) + 1;
                place = true;
                marked = false;
            } else if (place && bylineMark(tok(s, k))) {
                k++;
                marked = true;
            } else {
                break;
            }
        }
        // "سراييفو ـ «القدس العربي»": the tatweel dash is no token, the quotation mark opens the outlet's name
        return place && (marked || k < size(s) && isQuote(tok(s, k))) ? k : -1;
    }

    /**
     * Whether the place at token {@code i} is among the places a story was filed from, at the head of the article
     * and followed by the outlets that filed it (a name in quotation marks or an organisation).
     */
    private boolean filedWith(int s, int i) {
        if (!headSentence(s) || onFirstLine(s)) {
            return false;
        }
        int end = filedPlacesEnd(s);
        if (end <= i || end >= size(s)) {
            return false;
        }
        Match outlet = at(s, end);
        return tok(s, end).is("«") || outlet != null && isActor(outlet, ActorType.ORGANIZATION);
    }

    /** A mark that separates the places and outlets of a dateline: a dash, a slash, a comma, a colon, a bar, a plus. */
    private static boolean bylineMark(Token t) {
        return t.is("-") || t.is("–") || t.is("/") || t.is(":") || t.is("|") || t.is("+") || COMMAS.contains(t.norm());
    }

    /**
     * Whether the organisation at token {@code i} is one of the outlets after the places a story was filed from
     * ("إسلام آباد، نيودلهي، لندن - «الحياة»، رويترز، أ ف ب"، "بغداد ـ «القدس العربي» ووكالات:"): only marks,
     * brackets, quotation marks and other organisations stand between the places and it, and a mark or the end of
     * the sentence after it ("ليما (أ ف ب) - أعلنت الحكومة": the government opens the story).
     */
    private boolean afterFiledPlaces(int s, int i, Match m) {
        int k = filedPlacesEnd(s);
        if (k < 0 || k > i || onFirstLine(s)) {
            return false;
        }
        int after = lastOf(s, m) + 1;
        if (after < size(s) && isQuote(tok(s, after))) {
            after++;
        }
        return wireTail(s, after) && onlyOutletsAndMarks(s, k, i);
    }

    /**
     * Whether what follows an outlet's name from token {@code k} is still the byline: the end of the sentence, a
     * mark or a bracket ("«الحياة»، رويترز"), or one word closing the line or before a colon ("«القدس العربي»
     * ووكالات:"). "طهران: «الحرس الثوري» يتوعد بالرد" goes on with a sentence.
     */
    private boolean wireTail(int s, int k) {
        if (k >= size(s) || bylineMark(tok(s, k)) || tok(s, k).is("(") || tok(s, k).is(")")) {
            return true;
        }
        return !tok(s, k).isPunct() && (k + 1 >= size(s) || tok(s, k + 1).is(":"));
    }

    /** Whether sentence {@code s} is on the article's first line, its headline (which no byline opens). */
    private boolean onFirstLine(int s) {
        int first = 0;
        while (first < count && boilerplate[first]) {
            first++;
        }
        return first < count && text.sentenceLine.get(s).equals(text.sentenceLine.get(first));
    }

    /** Whether sentence {@code s} is only organisations and the marks between them ("فرانس24/ أ ف ب"). */
    private boolean outletsOnly(int s) {
        if (onFirstLine(s)) {
            return false;
        }
        boolean mark = false;
        for (int k = 0; k < size(s); k++) {
            mark |= bylineMark(tok(s, k));
        }
        return mark && onlyOutletsAndMarks(s, 0, size(s));
    }

    /** Whether tokens {@code from} to {@code to} (exclusive) of sentence {@code s} are organisations and marks. */
    private boolean onlyOutletsAndMarks(int s, int from, int to) {
        int k = from;
        while (k < to) {
            Match o = at(s, k);
            if (o != null && isActor(o, ActorType.ORGANIZATION)) {
                k = lastOf(s, o) + 1;
            } else if (tok(s, k).is("«")) {
                // "«الحياة»": a paper's name in quotation marks, whether the lexicon knows it or not
                int close = k + 1;
                while (close < to && !tok(s, close).is("»")) {
                    close++;
                }
                if (close >= to) {
                    return false;
                }
                k = close + 1;
            } else if (bylineMark(tok(s, k)) || isQuote(tok(s, k)) || tok(s, k).is("(") || tok(s, k).is(")")) {
                k++;
            } else {
                return false;
            }
        }
        return k == to;
    }

    private Unit countryUnit(int s, int i, Match m, ActorEntry country) {
        Unit u = new Unit(s, i, lastOf(s, m), m.begin(), m.end());
        u.actor(country);
        return u;
    }

    /**
     * "أعدمت السلطات جانغ سونغ ثيك"، "وقال كيم أوي دو إن": an East Asian family name and two more short words
     * ({@link UnlistedNames#eastAsianName}) are a person's name wherever they stand, with no title before them, when
     * no word of four letters or more among those after it is one the dictionary of Arabic knows: "قال لي صديق قديم"
     * is no name (the dictionary matches most syllables of two or three letters, so they cannot tell).
     */
    private Unit eastAsianPerson(int s, int i) {
        if (!names.eastAsianFamilyName(s, i)) {
            return null;
        }
        int end = names.eastAsianName(s, i);
        if (end - i < 3) {
            return null;
        }
        for (int k = i + 1; k < end; k++) {
            if (tok(s, k).norm().length() >= 4
                    && ArabicVocabulary.kind(names.written(s, k)) != ArabicVocabulary.Kind.UNKNOWN) {
                return null;
            }
        }
        return unknownPerson(s, i, end);
    }

    /**
     * "بينهم البرازيلي فلان علان والفنزويلي فلان علان": a nisba with the article that qualifies no word before it
     * (see {@link #demonym}: after a word without the article, after و, first in the sentence), then a name of two
     * words or more no lexicon lists, says who that person is by their country: the name is a person, the nisba
     * the country's mention as it was. Else the nisba alone.
     */
    private Unit nisbaOrPerson(int s, int i, Match m) {
        if (nisbaInPlaceName(s, i, m)) {
            return null;
        }
        Unit country = demonym(s, i, m);
        int j = lastOf(s, m) + 1;
        if (!country.weak || j + 1 >= size(s) || at(s, j) != null || !hasArticle(tok(s, i))) {
            return country;
        }
        int end = readName(s, j, 4);
        if (end - j < 2) {
            return country;
        }
        Unit person = unknownPerson(s, j, end);
        person.first = i;
        person.inner.add(country);
        return person;
    }

    /**
     * "الحي الصيني"، "المستشفى الفرنسي"، "الجامعة الأمريكية": a nisba with the article right after a definite noun of
     * a quarter, market or house of learning or care (lexv:NisbaPlaceNoun) is part of that place's name, no mention of
     * the state: it neither acts nor tells the article's country.
     */
    private boolean nisbaInPlaceName(int s, int i, Match m) {
        int k = i - 1;
        if (k < 0 || !m.prefix().isEmpty() || !tok(s, k).isWord() || !hasArticle(tok(s, i)) || !hasArticle(tok(s, k))) {
            return false;
        }
        Set<String> nouns = lex.wordsOfClass.getOrDefault("NisbaPlaceNoun", Set.of());
        for (CompiledLexicon.Variant v : CompiledLexicon.prefixVariants(tok(s, k).norm())) {
            if (v.stem().startsWith("ال") && nouns.contains(v.stem().substring(2))) {
                return true;
            }
        }
        return false;
    }

    /** A nisba: an adjective after a noun (القوات الروسية), or a noun for a people (الكوريون), then weak. */
    private Unit demonym(int s, int i, Match m) {
        Unit u = countryUnit(s, i, m, m.phrase().actor());
        int k = i - 1;
        boolean adjective = k >= 0 && tok(s, k).isWord() && !m.prefix().contains("و") && !m.prefix().contains("ف")
                && cue(s, k, Cues.NAME_STOP) == null && cue(s, k, Cues.PREPOSITION) == null
                && hasArticle(tok(s, k)) == (m.end() - m.begin() < tok(s, i).end() - tok(s, i).begin()
                ? hasArticle(tok(s, i)) : tok(s, i).norm().startsWith("ال"));
        u.weak = !adjective;
        Unit before = k >= 0 ? cover.get(s)[k] : null;
        // "الشرطة التركية", and "23 جنديا باكستانيا": the nisba says whose the group or the counted people are
        u.qualifier = adjective && ((before != null && before.last == k
                && (before.type == ActorType.GROUP || before.type == ActorType.ORGANIZATION))
                || (before == null && cueEndingAt(s, k, Cues.COUNTED_NOUN) != null && !stateOfficials(s, k)));
        return u;
    }

    /**
     * "اتهم مسؤولون إيرانيون واشنطن"، "دعا دبلوماسيون فرنسيون": a state's officials (lexv:StateOfficialsNoun) named
     * by the plural noun alone, no number before it, with the nisba right after are that state acting, as its leaders
     * are (قادة إيرانيون), so the nisba is no mere qualifier of counted people; "ثلاثة دبلوماسيين روس" stays a count.
     */
    private boolean stateOfficials(int s, int k) {
        Match m = cueEndingAt(s, k, Cues.STATE_OFFICIALS_NOUN);
        return m != null && !numberEndsAt(s, wordBefore(s, m.first() - base(s)));
    }

    private Unit stateReference(int s, int i, Match m) {
        Unit u = new Unit(s, i, lastOf(s, m), m.begin(), m.end());
        u.type = ActorType.COUNTRY;
        if (true_(m.phrase().term(), "focalOnly")) {
            // "بلاده": the country of the one the pronoun stands for (WhoIsWho), the article's until then
            u.possessor = possessiveSuffix(s, lastOf(s, m), m.end());
            u.end = u.possessor == null ? u.end : tok(s, lastOf(s, m)).end();
        }
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

    /** The possessive pronoun ه or ها on token {@code k} after its stem, which ends at code point {@code stemEnd}; else null. */
    private String possessiveSuffix(int s, int k, int stemEnd) {
        Token t = tok(s, k);
        if (stemEnd >= t.end()) {
            return null;
        }
        String suffix = CompiledLexicon.lightForm(original(stemEnd, t.end()));
        return suffix.equals("ه") || suffix.equals("ها") ? suffix : null;
    }

    /**
     * "وزارة الدفاع" + a nisba or a country (→ that country's ministry), + "في البلاد" or nothing (→ the
     * article's country). A form that names the body only before a country (الخارجية) needs one. A mission a state
     * keeps abroad (lexv:MissionNoun) named with its state and then the place it is posted in (السفارة الروسية في
     * برلين، سفارة ستوكهولم في بغداد) is labelled in English as such missions are known, with that place: Embassy of
     * Russia in Berlin. The Arabic label stays the body's name (السفارة الروسية), the place being said of it, and
     * the key the state's mission, which a later bare "السفارة الروسية" names too.
     */
    private Unit institution(int s, int i) {
        Unit u = institutionBody(s, i);
        if (u == null || u.pending != Unit.Pending.NONE || u.countryKey == null || u.labelEn == null
                || cue(s, i, Cues.MISSION_NOUN) == null || u.last + 2 >= size(s) || !tok(s, u.last + 1).norm().equals("في")) {
            return u;
        }
        Match where = at(s, u.last + 2);
        if (!isKind(where, Phrase.Kind.ACTOR) || !where.prefix().isEmpty()
                || where.phrase().actor().type() != ActorType.PLACE && where.phrase().actor().type() != ActorType.COUNTRY
                || where.phrase().actor().labelsEn().isEmpty()) {
            return u;
        }
        ActorEntry place = where.phrase().actor();
        String placeCountry = place.type() == ActorType.COUNTRY ? place.key() : place.countryKey();
        if (u.countryKey.equals(placeCountry)) {
            return u;
        }
        u.labelEn = u.labelEn + " in " + place.labelsEn().get(0);
        return u;
    }

    /**
     * "الحدود البحرية اللبنانية"، "السياسة الخارجية الروسية": a body's short form that is one adjective with the article
     * (البحرية، الخارجية), right after a definite noun that names no actor (a common noun, or one the cues read, as
     * الحدود), agrees with that noun ("the Lebanese maritime border"): it names no body there. After a verb or a construct (قالت البحرية الأوكرانية، بيان الخارجية الروسية)
     * nothing stands for it to qualify, and it is the body.
     */
    private boolean adjectiveOfNounBefore(int s, int i, Match m) {
        return m.phrase().form() && lastOf(s, m) == i && hasArticle(tok(s, i)) && i > 0 && tok(s, i - 1).isWord()
                && hasArticle(tok(s, i - 1)) && (at(s, i - 1) == null || isKind(at(s, i - 1), Phrase.Kind.CUE));
    }

    private Unit institutionBody(int s, int i) {
        Match m = at(s, i);
        Term t = m.phrase().term();
        int j = lastOf(s, m) + 1;
        Match n = at(s, j);
        if (headingOf(s, i, m, n) || adjectiveOfNounBefore(s, i, m)) {
            return null;
        }
        Unit u = new Unit(s, i, lastOf(s, m), m.begin(), m.end());
        u.type = ActorType.ORGANIZATION;
        u.institution = t;
        u.possessor = m.phrase().form() ? null : possessiveSuffix(s, lastOf(s, m), m.end());
        if (u.possessor != null) {
            // "حكومته": the body of the possessor's country (WhoIsWho), of the article's until then
            u.end = tok(s, lastOf(s, m)).end();
            u.pending = Unit.Pending.FOCAL_COUNTRY;
            return u;
        }
        if (isKind(n, Phrase.Kind.DEMONYM) || isActor(n, ActorType.COUNTRY) || namedRegion(s, j, n)
                || placeInConstruct(s, m, n)) {
            // "الحكومة الكاتالونية"، "حكومة إقليم كردستان": the nisba or name of a region makes the region's own body
            ActorEntry c = n.phrase().actor();
            u.last = lastOf(s, n);
            u.end = n.end();
            u.inner.add(countryUnit(s, j, n, c));
            institutionOf(u, c, original(u.begin, u.end));
            if (c.type() == ActorType.PLACE) {
                regionOf(u, c);
            }
            if (c.type() == ActorType.PLACE && !namedRegion(s, j, n)) {
                // "حكومة دلهي": a city's or province's own body is no antecedent of "الحكومة" alone later, which
                // stays the state's (the region with its region noun keeps its reading)
                u.institution = null;
            }
            return u;
        }
        // "حكومة الكانتون": the region named before, whose name no word after the noun is (وأشعلوا فيه النيران)
        Unit province = n != null && n.prefix().isEmpty() && n.phrase().isCue("PlaceNoun") && true_(n.phrase().term(), "inLabel")
                && !m.phrase().form() && !hasArticle(tok(s, j)) ? placeNoun(s, j, n) : null;
        if (province != null && province.type == ActorType.PLACE && province.key != null && province.key.startsWith("place/")) {
            // "حكومة كانتون برن"، "برلمان مقاطعة كيبيك": a province no lexicon lists as one, named with its noun
            // in the genitive, has a body of its own, as a listed region has (حكومة إقليم كردستان)
            String en = t.labelsEn().isEmpty() ? t.key() : t.labelsEn().get(0);
            u.last = province.last;
            u.end = province.end;
            u.key = "org/" + province.key.substring("place/".length()) + "/" + t.key();
            u.labelAr = original(u.begin, u.end);
            u.labelEn = en + " of " + province.labelEn;
            u.transliterated = province.transliterated;
            u.countryKey = province.countryKey;
            u.institution = null;
            u.pending = Unit.Pending.NONE;
            u.inner.add(province);
            return u;
        }
        Term rank = j + 1 < size(s) && !m.phrase().form() ? lex.bodyWords.get(tok(s, j).norm()) : null;
        Match after = rank != null ? at(s, j + 1) : null;
        if (rank != null && !rank.labelsEn().isEmpty() && !"after".equals(rank.property("englishOrder"))
                && (n == null || isKind(n, Phrase.Kind.CUE) || isActor(n, ActorType.GROUP)
                    || isKind(n, Phrase.Kind.INSTITUTION) && n.phrase().form())
                && (n == null || lastOf(s, n) == j) && after != null && after.prefix().isEmpty()
                && (isKind(after, Phrase.Kind.DEMONYM) || isActor(after, ActorType.COUNTRY) && hasArticle(tok(s, j + 1)))) {
            // "الاستخبارات العسكرية الروسية"، "جهاز الاستخبارات الخارجية البريطاني": an adjective of the body's kind
            // between it and the nisba names that country's body of the kind (Russia's military intelligence), though
            // the adjective alone reads as a group or, before a country, as a ministry (العسكريون، الخارجية); a
            // nisba with the article may read as the country's own name (الروسية as روسية)
            ActorEntry c = after.phrase().actor();
            u.last = lastOf(s, after);
            u.end = after.end();
            u.inner.add(countryUnit(s, j + 1, after, c));
            institutionOf(u, c, withArticle(m, original(u.begin, u.end)));
            String en = rank.labelsEn().get(0);
            u.key = u.key + "-" + englishSlug(en);
            u.labelEn = en + " " + u.labelEn;
            return u;
        }
        Match regionNisba = j < size(s) ? cue(s, j, Cues.REGION_NISBA) : null;
        ActorEntry region = regionNisba == null || !regionNisba.prefix().isEmpty() || lastOf(s, regionNisba) != j ? null
                : lex.actors.get(regionNisba.phrase().term().property("standsFor"));
        if (region != null && !m.phrase().form()) {
            // "البرلمان الكاتالوني": the nisba of a region, the region's own body
            u.last = j;
            u.end = tok(s, j).end();
            institutionOf(u, region, original(u.begin, u.end));
            regionOf(u, region);
            return u;
        }
        if (lastRegion != null && j < size(s) && cue(s, j, Cues.REGIONAL_ADJECTIVE) != null && !m.phrase().form()) {
            // "الحكومة الإقليمية"، "البرلمان الإقليمي": the regional body of the region the article gave one before
            u.last = j;
            u.end = tok(s, j).end();
            institutionOf(u, lastRegion, original(u.begin, u.end));
            regionOf(u, lastRegion);
            return u;
        }
        if (isActor(n, ActorType.PLACE) && n.prefix().isEmpty() && !hasArticle(tok(s, lastOf(s, m)))
                && stateWithCapital(n.phrase().actor().key()) != null) {
            // "سفارة ستوكهولم في بغداد"، "حكومة كابول": a capital in the genitive of a body stands for its state
            u.last = lastOf(s, n);
            u.end = n.end();
            institutionOf(u, stateWithCapital(n.phrase().actor().key()), original(u.begin, u.end));
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
        if (ownedAfter(s, u, j)) {
            return u;
        }
        Term statewide = j < size(s) && adjectiveAfterBody(s, j) ? lex.bodyWords.get(tok(s, j).norm()) : null;
        if (statewide != null && true_(statewide, "statewide")) {
            // "الادعاء العام الاتحادي": the state's own body of the kind, named as the text names it
            u.last = j;
            u.end = tok(s, j).end();
            j++;
            n = j < size(s) ? at(s, j) : null;
        }
        Match focalRef = n;
        int focalAt = j;
        if (n == null && j < size(s) && cue(s, j, Cues.PREPOSITION) != null) {
            focalRef = at(s, j + 1);
            focalAt = j + 1;
        }
        if (focalRef != null && focalRef.phrase().isCue("StateReference") && true_(focalRef.phrase().term(), "focalOnly")) {
            u.last = focalAt;
        }
        u.pending = Unit.Pending.FOCAL_COUNTRY;
        return u;
    }

    /**
     * Whether {@code n} is a listed place of a country, no capital, right after a body's construct form ({@code m}:
     * حكومة، برلمان): "حكومة دلهي"، "برلمان كيبيك" name the place's own body, as "حكومة إقليم كذا" does. A capital
     * stands for its state (حكومة كابول is the Afghan government), so it keeps its own reading.
     */
    private boolean placeInConstruct(int s, Match m, Match n) {
        return (m.phrase().form() || !hasArticle(tok(s, lastOf(s, m)))) && isActor(n, ActorType.PLACE) && n.prefix().isEmpty()
                && n.phrase().actor().countryKey() != null && stateWithCapital(n.phrase().actor().key()) == null;
    }

    /**
     * A body's words as the text gives them, with the article the preposition ل merged into لل put back
     * (للاستخبارات العسكرية is "الاستخبارات العسكرية" after ل) when the lexicon's form has it.
     */
    private static String withArticle(Match m, String ar) {
        return m.prefix().endsWith("ل") && ar.startsWith("ل") && m.phrase().tokens()[0].startsWith("ال") ? "ا" + ar : ar;
    }

    private static String englishSlug(String en) {
        return en.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Makes the body {@code u} named after {@code region} that region's own, a body of the region's state. */
    private void regionOf(Unit u, ActorEntry region) {
        u.countryKey = region.countryKey();
        lastRegion = region;
    }

    /**
     * Whether the match {@code n} at token {@code j} right after a body names a region with its region noun (إقليم
     * كاتالونيا، ولاية لاغوس: a lexv:PlaceNoun that is part of a region's name), no preposition before it.
     */
    private boolean namedRegion(int s, int j, Match n) {
        if (!isActor(n, ActorType.PLACE) || !n.prefix().isEmpty() || stateWithCapital(n.phrase().actor().key()) != null) {
            return false;
        }
        Match noun = cue(s, j, Cues.PLACE_NOUN);
        return noun != null && noun.begin() == n.begin() && true_(noun.phrase().term(), "inLabel");
    }

    /**
     * A state body's country said after it otherwise than by a nisba right after it (token {@code j} follows the
     * body): one or two adjectives and then لـ and a country (الحكومة الإمبريالية للولايات المتحدة: the United States'
     * government) or a nisba (جهاز الاستخبارات الفيدرالي الألماني), the country a mention of its own; or في and a
     * capital (الرئاسة في بريتوريا: South Africa's presidency; the capital stays a place). Makes {@code u} that
     * country's body and says whether it did.
     */
    private boolean ownedAfter(int s, Unit u, int j) {
        if (j + 1 >= size(s)) {
            return false;
        }
        Match c = at(s, j + 1);
        if (tok(s, j).norm().equals("في") && isKind(c, Phrase.Kind.ACTOR) && c.prefix().isEmpty()
                && stateWithCapital(c.phrase().actor().key()) != null) {
            institutionOf(u, stateWithCapital(c.phrase().actor().key()), original(u.begin, u.end));
            return true;
        }
        if (!adjectiveAfterBody(s, j)) {
            return false;
        }
        int k = adjectiveAfterBody(s, j + 1) ? j + 2 : j + 1;
        c = at(s, k);
        boolean ofCountry = isActor(c, ActorType.COUNTRY) && c.prefix().endsWith("ل") && c.prefix().length() <= 2;
        boolean nisba = isKind(c, Phrase.Kind.DEMONYM) && c.prefix().isEmpty();
        if (!ofCountry && !nisba) {
            return false;
        }
        Unit country = countryUnit(s, k, c, c.phrase().actor());
        country.qualifier = true;
        u.inner.add(country);
        u.last = country.last;
        u.end = c.end();
        institutionOf(u, c.phrase().actor(), original(u.begin, u.end));
        return true;
    }

    /** A definite adjective after a body (الجديدة، الفيدرالي): a word with the article, no preposition, no name. */
    private boolean adjectiveAfterBody(int s, int j) {
        Match here = j < size(s) ? at(s, j) : null;
        return j < size(s) && tok(s, j).isWord() && hasArticle(tok(s, j)) && cue(s, j, Cues.PREPOSITION) == null
                && (here == null || isKind(here, Phrase.Kind.CUE) && lastOf(s, here) == j);
    }

    /**
     * Whether the body noun at {@code i} names the office of heading a body, not the body: after a verb or noun of
     * taking office (lexv:OathVerb, lexv:AssumingNoun: تولى الرئاسة المؤقتة، توليه وزارة الدفاع) and not before power or
     * duties taken (lexv:PowerNoun, lexv:OathObject: then the body is who takes them), or written without
     * the article the lexicon gives it before another body ({@code n}: رئاسة الحكومة, the premiership).
     */
    private boolean headingOf(int s, int i, Match m, Match n) {
        int k = wordBefore(s, i);
        if (k >= 0 && (cueEndingAt(s, k, Cues.OATH_VERB) != null || cueEndingAt(s, k, Cues.ASSUMING_NOUN) != null)
                && m.prefix().isEmpty()) {
            // unless the body is who takes power or its duties (تولت الحكومة الجديدة مهامها، تولي المجلس السلطة)
            int j = lastOf(s, m) + 1;
            for (int x = j; x <= j + 1; x++) {
                if (x < size(s) && (lex.wordsOfClass.getOrDefault("PowerNoun", Set.of()).contains(tok(s, x).norm())
                        || cue(s, x, Cues.OATH_OBJECT) != null)) {
                    return false;
                }
            }
            return true;
        }
        if (officeNoun(s, i, m)) {
            return true;
        }
        return m.phrase().tokens()[0].startsWith("ال") && !hasArticle(tok(s, i)) && isKind(n, Phrase.Kind.INSTITUTION)
                && !n.hasPreposition();
    }

    /**
     * Whether the body noun at {@code i} that also names an office (lexv:OfficeBodyNoun: رئاسة) names the office here:
     * after ب (برئاسة فلان، فاز بالرئاسة), in construct before anything but a lexv:OfficeBodyComplement (رئاسة
     * الدولة، رئاسة حزب كذا), next to a lexv:OfficeContextWord (مهام الرئاسة، الرئاسة بالنيابة) or after إلى or ل with a
     * lexv:OfficeReachWord up to two words before (وصل إلى الرئاسة، ترشحه للرئاسة). The presidency that speaks or
     * acts (قالت الرئاسة، أعلنت رئاسة الجمهورية) stays the body.
     */
    private boolean officeNoun(int s, int i, Match m) {
        if (m.first() != m.last()) {
            return false;
        }
        String w = tok(s, i).norm().substring(Math.min(m.prefix().length(), tok(s, i).norm().length()));
        // للرئاسة: ل merged with the article
        boolean article = w.startsWith("ال") || m.prefix().endsWith("ل") && w.startsWith("ل");
        String stem = w.startsWith("ال") ? w.substring(2) : article ? w.substring(1) : w;
        if (!lex.wordsOfClass.getOrDefault("OfficeBodyNoun", Set.of()).contains(stem)) {
            return false;
        }
        if (m.prefix().endsWith("ب")) {
            return true;
        }
        Set<String> context = lex.wordsOfClass.getOrDefault("OfficeContextWord", Set.of());
        if (i + 1 < size(s) && tok(s, i + 1).isWord()) {
            String next = tok(s, i + 1).norm();
            if (!article && !lex.wordsOfClass.getOrDefault("OfficeBodyComplement", Set.of()).contains(next)
                    || context.contains(next)) {
                return true;
            }
        }
        int k = wordBefore(s, i);
        if (k >= 0 && context.contains(tok(s, k).norm())) {
            return true;
        }
        int from;
        if (k >= 0 && tok(s, k).norm().equals("الي") && m.prefix().isEmpty()) {
            from = k;
        } else if (m.prefix().endsWith("ل")) {
            from = i;
        } else {
            return false;
        }
        Set<String> reach = lex.wordsOfClass.getOrDefault("OfficeReachWord", Set.of());
        for (int x = from - 1; x >= Math.max(0, from - 2); x--) {
            if (tok(s, x).isWord() && reach.contains(tok(s, x).norm())) {
                return true;
            }
        }
        return false;
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
        return lex.indefiniteBodyDescriptors.contains(tok(s, next).norm()) || partsOfTheState(s, next);
    }

    /**
     * Whether the word at {@code next}, after a body noun with no article, is و and an indefinite noun in the
     * accusative (تعازي مصر حكومة وشعبا، تضامنه مع المغرب ملكا وحكومة وشعبا، عدوان على العراق دولة وحكومة وشعبا):
     * the state named before, told by its parts, not a body of its own.
     */
    private boolean partsOfTheState(int s, int next) {
        String w = tok(s, next).norm();
        Match there = at(s, next);
        return w.length() > 3 && w.startsWith("و") && w.endsWith("ا") && !w.startsWith("وال")
                && (there == null || isKind(there, Phrase.Kind.CUE));
    }

    /**
     * The body the lexicon lists (no person, no preposition on it), alone between the quotation mark at {@code j} and
     * the one closing it; null otherwise.
     */
    private Unit quotedListedBody(int s, int j) {
        if (j + 1 >= size(s) || !isQuote(tok(s, j))) {
            return null;
        }
        Match q = at(s, j + 1);
        if (!isKind(q, Phrase.Kind.ACTOR) || q.phrase().actor().type() == ActorType.PERSON || q.hasPreposition()
                || lastOf(s, q) + 1 >= size(s) || !isQuote(tok(s, lastOf(s, q) + 1))) {
            return null;
        }
        Unit au = new Unit(s, j + 1, lastOf(s, q), q.begin(), q.end());
        au.actor(q.phrase().actor());
        return au;
    }

    /**
     * "رئيس "حزب الخضر النمساوي""، "زعيم «الحركة الوطنية»": at token {@code j} a quotation mark, then an organisation
     * noun opening a body's name (read as BodiesByPattern reads one without the marks), then the closing mark; else
     * null.
     */
    private Unit quotedUnlistedBody(int s, int j) {
        if (j + 2 >= size(s) || !isQuote(tok(s, j))) {
            return null;
        }
        Match n = at(s, j + 1);
        if (n == null || !n.prefix().isEmpty() || !n.phrase().isCue("OrganizationNoun")) {
            return null;
        }
        Unit u = organizationNoun(s, j + 1, n);
        return u != null && u.type == ActorType.ORGANIZATION && u.last + 1 < size(s) && isQuote(tok(s, u.last + 1)) ? u : null;
    }

    /**
     * A title: the office, then whose it is (an institution, an organisation or country, a nisba), markers of
     * a former holder, and a name (a lexicon person, or up to four words that are no lexicon form and no
     * function word, possibly after a comma). Without a name the title stands for its holder.
     */
    private Unit title(int s, int i) {
        Match m = at(s, i);
        Term office = describedAccusative(s, i, m);
        // النائبان فلان وعلان: the office's dual names two holders
        boolean dual = lex.dualTitle(m.phrase());
        boolean pronounOrg = m.end() < tok(s, lastOf(s, m)).end();
        int j = lastOf(s, m) + 1;
        Unit org = null;
        boolean former = false;
        // words no lexicon reads stood before the holder: unless they showed whose the office is, it is not known
        boolean fieldUnread = false;
        List<Unit> inner = new ArrayList<>();
        for (int step = 0; step < 4 && j < size(s); step++) {
            Match n = at(s, j);
            Unit back = org == null && !pronounOrg && j == lastOf(s, m) + 1 ? bodyNamedBack(s, j) : null;
            if (back != null) {
                // المتحدث باسم الوزارة فلان: the ministry the article named before
                org = back;
                inner.add(back);
                j = back.last + 1;
                continue;
            }
            Unit company = org == null && !pronounOrg ? companyOfOffice(s, j) : null;
            if (company != null) {
                // الرئيس التنفيذي لشركة فلان، الرئيس التنفيذي لفلان: the company whose head the office is
                org = company;
                inner.add(company);
                j = company.last + 1;
                continue;
            }
            Unit quoted = org == null && !pronounOrg ? quotedListedBody(s, j) : null;
            if (quoted != null) {
                // قائد «هيئة تحرير الشام» فلان: a listed body in quotation marks is the office's, as without them
                org = quoted;
                inner.add(quoted);
                j = quoted.last + 2;
                continue;
            }
            Unit quotedParty = org == null && !pronounOrg ? quotedUnlistedBody(s, j) : null;
            if (quotedParty != null) {
                // فلان، رئيس "حزب الخضر النمساوي"، زعيم «الاتحاد الوطني الكوبي» فلان: a party no lexicon lists, named
                // in quotation marks, is the office's (the nisba inside is the party's, not the office's country)
                org = quotedParty;
                inner.add(quotedParty);
                j = quotedParty.last + 2;
                continue;
            }
            Unit local = org == null && !pronounOrg ? forceOfPlace(s, j) : null;
            if (local != null) {
                // قائد شرطة ملبورن فلان: the force of the city whose head the office is
                org = local;
                inner.add(local);
                j = local.last + 1;
                continue;
            }
            int closing = org != null && j == org.last + 1 ? bracketedAfter(s, j) : -1;
            if (closing > 0) {
                // الأمين العام لحلف شمال الأطلسي (الناتو) فلان: the body's short name in brackets, then the holder
                j = closing + 1;
                continue;
            }
            if (org != null && j == org.last + 1 && officeDomain(s, j)) {
                // المفوضة السامية للأمم المتحدة لحقوق الإنسان فلانة: what the office is for, no part of the name
                j += 2;
                continue;
            }
            int field = j == lastOf(s, m) + 1 || (org != null && j == org.last + 1) ? fieldBeforeHolder(s, j) : j;
            if (field > j) {
                // المفوضة الأوروبية للشؤون الداخلية، فلانة، وزير الدولة للشؤون الخارجية فلان: the office's field with
                // ل and the article, then its holder (after a comma or not)
                j = field;
                continue;
            }
            // a title whose last word is its field with the article (وزير التجارة), or a ministry after the title
            boolean afterMinistry = (j == lastOf(s, m) + 1 && lastOf(s, m) > i && tok(s, j - 1).norm().startsWith("ال"))
                    || (org != null && org.institution != null && j == org.last + 1);
            int portfolioEnd = afterMinistry ? portfolioBeforeHolder(s, j) : j;
            if (portfolioEnd > j) {
                // وزير التجارة والصناعة فلان، وزير الاتصالات وتكنولوجيا المعلومات فلان: a second field of the
                // ministry joined by و, then the holder
                j = portfolioEnd;
                continue;
            }
            int domainEnd = org != null && j == org.last + 1 ? longerOfficeDomain(s, j) : j;
            if (domainEnd > j) {
                // مساعد وزير الخارجية الأمريكي لشؤون نصف الكرة الغربي فلان: a longer field, then the holder
                j = domainEnd;
                continue;
            }
            List<Unit> within = org != null && j == org.last + 1 ? bodyAfterIn(s, j) : null;
            if (within != null) {
                // قائد الحرس الوطني في الجيش المالي المقدم فلان: the force the unit belongs to, then the holder's rank
                inner.addAll(within);
                j = within.get(within.size() - 1).last + 1;
                continue;
            }
            Match place = org != null && org.institution != null && j == org.last + 1 ? at(s, j) : null;
            if (isActor(place, ActorType.PLACE) && place.prefix().isEmpty() && place.end() == tok(s, lastOf(s, place)).end()) {
                // رئيس حكومة دلهي فلان، رئيس حكومة كيرالا فلان: the city or province whose body it is, in the genitive
                // after the body's noun, is no given name opening the holder's (as a place opening the words after a
                // title may be: القيادي رياض فلان)
                Unit pu = actor(s, j, place);
                if (pu != null) {
                    inner.add(pu);
                    j = pu.last + 1;
                    continue;
                }
            }
            Unit in = org == null && !pronounOrg ? countryAfterIn(s, j) : null;
            in = in == null && org == null && !pronounOrg ? organizationAfterIn(s, j) : in;
            if (in != null) {
                // نائب الرئيس الانتقالي في مالي العقيد فلان: the office of the country named after في
                org = in;
                inner.add(in);
                j = in.last + 1;
                continue;
            }
            Unit post = placeOfPost(s, j);
            if (post != null) {
                // السفير الأمريكي في بلغراد فلان، المدير العام للشرطة في هايتي فلان: where the office is held, then
                // its holder; a country is whose the office is when nothing said so before, a city only where it is
                if (org == null && !pronounOrg && post.type == ActorType.COUNTRY) {
                    org = post;
                } else {
                    post.qualifier = true;
                }
                inner.add(post);
                j = post.last + 1;
                continue;
            }
            if (n == null || (n.hasPreposition()
                    && !(org == null && (genitiveLam(n) || definiteAfterLam(n, tok(s, j)) || partyAfterLam(s, j, n, office))))) {
                // only where nothing said whose the office is yet: after a country or a body the words go on with
                // the clause (رئيس بيرو للسماح له بالسفر)
                int words = pronounOrg || org != null ? j : wordsBeforeHolder(s, j, inner);
                if (org != null && j == org.last + 1 && n == null) {
                    words = complementBeforeHolder(s, j);
                }
                if (words > j) {
                    org = firstBody(inner);
                    fieldUnread = org == null;
                    j = words;
                    continue;
                }
                break;
            }
            if (org == null && !pronounOrg && isKind(n, Phrase.Kind.INSTITUTION)) {
                Unit iu = institution(s, j);
                if (iu == null && j == lastOf(s, m) + 1 && holderFollows(s, lastOf(s, n) + 1)) {
                    // نائب وزير الخارجية فلان، مساعد وزير الدفاع فلان: the ministry in the genitive of an office of
                    // two words names no body of its own, and its holder follows it
                    j = lastOf(s, n) + 1;
                    continue;
                }
                // المتحدث باسم الوزارة فلان، رئيسة اللجنة فلانة: a body's noun alone that no body of the state's is
                // read from is the body of that noun named before, as after any other title
                iu = iu == null ? bareReference(s, j, n) : iu;
                if (iu == null) {
                    break;
                }
                org = iu;
                inner.add(iu);
                j = iu.last + 1;
            } else if (org == null && !pronounOrg && isKind(n, Phrase.Kind.ACTOR) && longerPartyName(s, j, n) != null) {
                // القيادي في حزب الاتحاد الديمقراطي من أجل الاندماج: a party of a longer name than the listed one's
                org = longerPartyName(s, j, n);
                inner.add(org);
                j = org.last + 1;
            } else if (org == null && !pronounOrg && isKind(n, Phrase.Kind.ACTOR)
                    && n.phrase().actor().type() != ActorType.PERSON && countryAsGivenName(s, j, n) < 0) {
                // (الرئيس سلفادور فلان: a bare country's name opening the holder's is no country of the office)
                Unit au = new Unit(s, j, lastOf(s, n), n.begin(), n.end());
                au.actor(n.phrase().actor());
                // المتحدث باسم الجيش السنغالي: the holder's body is that country's force, not the generic one
                boolean force = nationalForce(s, au, n, n.phrase().actor());
                Unit nisba = force ? null : ownCountryNisba(s, lastOf(s, n), n.phrase().actor());
                if (nisba != null) {
                    au.inner.add(nisba);
                }
                org = au;
                inner.add(au);
                j = au.last + 1;
            } else if (org == null && !pronounOrg && n.phrase().isCue("PlaceNoun") && lastOf(s, n) + 1 < size(s)
                    && isActor(at(s, lastOf(s, n) + 1), ActorType.PLACE) && placeNoun(s, j, n) != null) {
                // حاكم ولاية لاغوس فلان، محافظ إقليم كذا فلان: the province the office governs, then its holder
                org = placeNoun(s, j, n);
                inner.add(org);
                j = org.last + 1;
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
            } else if (holderAdjective(s, j) != null) {
                // الزعيم الشيعي فلان، رئيس الوزراء المؤقت فلان: a word describing the holder, between the title and
                // the name (read as a cue of its own even where another class has the word: الجديد ends names too)
                j = lastOf(s, holderAdjective(s, j)) + 1;
            } else if (org == null && !pronounOrg && bodies.quotedName(s, j) != null) {
                // زعيم عصابة "لوس ليونيس" فلان، مدير قناة "كذا": the body named in quotation marks
                org = bodies.quotedName(s, j);
                inner.add(org);
                j = org.last + 1;
            } else if (org == null && !pronounOrg && unlistedBodyOfTitle(s, j, i) != null) {
                // رئيس المجلس الأعلى للمصالحة الوطنية فلان، زعيم الحزب الإسلامي فلان: a body no lexicon lists,
                // shown to be one by the holder's name right after it (or before the title, set off by a comma)
                org = unlistedBodyOfTitle(s, j, i);
                inner.add(org);
                j = org.last + 1;
            } else if (org == null && !pronounOrg && bareReference(s, j, n) != null) {
                // المتحدث باسم الحزب فلان، رئيس البلاد فلان: the party named before, the article's country
                org = bareReference(s, j, n);
                inner.add(org);
                j = org.last + 1;
            } else if (org == null && !pronounOrg && cue(s, j, Cues.FORCES_NOUN) != null && lastOf(s, cue(s, j, Cues.FORCES_NOUN)) == j
                    && isActor(at(s, j + 1), ActorType.PERSON) && lastOf(s, at(s, j + 1)) + 1 < size(s)
                    && at(s, lastOf(s, at(s, j + 1)) + 1) == null && tok(s, lastOf(s, at(s, j + 1)) + 1).isWord()) {
                // المتحدث باسم قوات حفتر فلان: forces named after their leader hold the office; the holder is the
                // name after them, not the leader (who is named there all the same)
                Unit leader = actor(s, j + 1, at(s, j + 1));
                inner.add(leader);
                j = leader.last + 1;
            } else if (org != null && cue(s, j, Cues.ORGANIZATION_STATUS) != null && describesOnly(s, org.last + 1, j)) {
                // زعيم الحزب الديمقراطي المعارض فلان، زعيم حزب كذا اليميني المتطرف فلان: the party's status (a word
                // or several, after one read as the holder's), not a second person's title
                while (j < size(s) && cue(s, j, Cues.ORGANIZATION_STATUS) != null) {
                    j = lastOf(s, cue(s, j, Cues.ORGANIZATION_STATUS)) + 1;
                }
            } else if (org != null && j == org.last + 1 && adjectivesBeforeHolder(s, j) > j) {
                // المدير العام للشرطة الوطنية الكينية فلان: adjectives of the body, its nisba next, then the holder
                j = adjectivesBeforeHolder(s, j);
            } else if (org == null && !pronounOrg && wordsBeforeHolder(s, j, null) > j) {
                // مستشار الأمن القومي الأمريكي فلان، الباحث في مجموعة الأزمات الدولية فلان: no lexicon knows the
                // field or the body, but a name of two words or more follows it
                int words = wordsBeforeHolder(s, j, inner);
                org = firstBody(inner);
                fieldUnread = org == null;
                j = words;
            } else {
                break;
            }
        }
        j = hostCountry(s, office, j, inner);
        int tail = tailBeforeApposedName(s, j);
        boolean tailed = tail > j;
        if (tailed) {
            // مفوض السلم والأمن في الاتحاد، فلان،: with no body read, whose the office is stays unknown (no role of
            // the article's country is invented)
            fieldUnread |= org == null && !pronounOrg;
            // قائد شرطة منطقة كذا، فلان علان،: where the office is, words no reader above took, then the holder's
            // name set off by commas; the tail's actors are mentions of their own (a place is no body of the office)
            for (int x = j; x < tail; x++) {
                Match t = at(s, x);
                if (isKind(t, Phrase.Kind.ACTOR) && t.phrase().actor().type() != ActorType.PERSON) {
                    Unit tu = actor(s, x, t);
                    if (tu != null) {
                        tu.qualifier = true;
                        inner.add(tu);
                        x = tu.last;
                    }
                }
            }
            j = tail;
        }
        int k = j;
        if (k < size(s) && COMMAS.contains(tok(s, k).norm())) {
            k++;
        }
        if (org == null && k < size(s) && (hasArticle(tok(s, k)) || cue(s, k, Cues.INSTITUTION_NOUN) != null)
                && (at(s, k) == null || cue(s, k, Cues.INSTITUTION_NOUN) != null) && !articleGivenName(s, k)) {
            // "المتحدث باسم المجلس العسكري العقيد فلان": the words up to a second title name a body no lexicon knows;
            // a body's name opens with the article or a body noun, a person's never does (but for a given name
            // written with it: الرئيس الباجي قائد السبسي), so in "وزير الداخلية فلان ووزيرة الدفاع فلانة" the first
            // title keeps its own holder
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
        if (k > j) {
            k = nationalityAfterComma(s, k, inner);
        }
        Match courtesy = k < size(s) ? cue(s, k, Cues.PERSON_NOUN) : null;
        if (courtesy != null && lastOf(s, courtesy) == k && true_(courtesy.phrase().term(), "courtesy")
                && holderFollows(s, k)) {
            // رئيس الوزراء الدكتور فلان، رئيس مجلس النواب المهندس فلان: a courtesy title (lexv:courtesy) opens the
            // office holder's name, which follows it
            k++;
        }
        Unit apposed = k == j + 1 ? nameApposedToHead(s, k, m) : null;
        if (apposed != null) {
            // السكرتيرة الصحفية لرئيس الوزراء، فلانة علان: the name after the comma is the secretary's, not the
            // prime minister's; the title inside the phrase stands for its holder named elsewhere, and the phrase,
            // title to name, is the secretary's (the subject of قالت before it)
            Unit holder = pendingHolder(s, i, j - 1, m);
            holder.office = office;
            holder.organization = org;
            holder.former = former;
            holder.inner.addAll(inner);
            apposed.first = i;
            apposed.inner.add(holder);
            return apposed;
        }
        Unit person = null;
        boolean freshOneWord = false;
        Match p = at(s, k);
        if (isActor(p, ActorType.PERSON) && listedWithClitic(s, k, k, p)) {
            // لرئيس الوزراء، بيلين فلان: "by Yellen" is a given name here
            p = null;
        }
        if (p != null && hamzaDroppedBehindClitic(s, k, k, p)) {
            // رئيس الجمهورية بامير فلان: no "with a prince" after the title, a given name
            p = null;
        }
        // رئيسة الوزراء الشيخة حسينة
        Unit honored = !isActor(p, ActorType.PERSON) && cue(s, k, Cues.HONORIFIC) != null ? honorificPerson(s, k) : null;
        if (isActor(p, ActorType.PERSON)) {
            person = actor(s, k, p);
        } else if (honored != null) {
            person = honored;
        } else if (isKind(p, Phrase.Kind.OFFICE) && lex.dualTitle(p.phrase())) {
            // رئيس الوزراء الوزيرين فلان وعلان: a dual is two people of its own, never the first title's holder
            Unit second = title(s, k);
            if (second != null) {
                followers.add(second);
            }
        } else if (isKind(p, Phrase.Kind.OFFICE) && chainedTitle(s, j, k, p)) {
            Unit second = title(s, k);
            if (second != null && second.pending == Unit.Pending.NONE && second.isPerson() && second.resolved()
                    && !otherCountries(org, second.organization)) {
                // زعيم المعارضة ورئيس البرلمان فلان، رئيس الاتحاد الأفريقي، الرئيس الغيني فلان: one holder of both
                roleDrafts.add(new RoleDraft(second, office, org, null, former, null, null, s));
                if (k == j) {
                    second.first = i;
                    second.inner.addAll(inner);
                    return second;
                }
                // set off by a comma, the first title is a mention of that holder of its own, as a title after
                // its holder's name is (its arguments see the apposition as before)
                Unit first = new Unit(s, i, j - 1, m.begin(), Math.max(m.end(), tok(s, j - 1).end()));
                first.sameActorAs(second);
                first.office = office;
                first.organization = org;
                first.former = former;
                first.inner.addAll(inner);
                followers.add(second);
                return first;
            }
            if (second != null) {
                // الرئيس الروسي ووزير الخارجية الأمريكي فلان: two people, the second title read once, here
                followers.add(second);
            }
        } else if (isKind(p, Phrase.Kind.OFFICE) && !(org != null && !true_(p.phrase().term(), "honorific"))
                && !(k > j && p.prefix().startsWith("و"))) {
            // after a complete title only a rank or honorific (lexv:honorific) goes on to its holder's name: in
            // "استقبل الرئيس المصري وزير الخارجية الأمريكي فلان" the second title is a second person's; after a
            // comma, a title with و is the next of a list (اعتقل زعيمة البلاد، والرئيس فلان: two people)
            Unit second = title(s, k);
            if (second != null && second.pending == Unit.Pending.NONE && second.isPerson()) {
                person = second;
                if (second.organization == null && org != null) {
                    // وزير الخارجية السعودي الأمير فلان: the rank or honorific is of the first title's country
                    ownedBy(second, org);
                }
            }
        } else if (!predicative(s, m) && !(k > j && k < size(s) && conjunction(tok(s, k)) && !nameBetweenCommas(s, k))
                && !coordinatedList(s, i, m, k)
                // مدير مسرح فلان: a title in construct (lexv:construct) without the article names no one before its body
                // (but for a name set off by commas after the words of its field: مدير مكتبه، فلان علان،)
                && !(org == null && !hasArticle(tok(s, i)) && true_(office, "construct") && !tailed)) {
            int end = Math.min(readName(s, k, 4), knownSurnameEnd(s, k));
            // after a comma, a word with و opens a new clause (الحاكم، ورفعوا), not a name
            // "رئيس جديد": a title without the article and without whose it is takes no one-word name
            boolean fresh = end - k == 1 && !articleNames.containsKey(tok(s, k).norm());
            // a title in construct whose last word has the article or a pronoun (وزير الاتصالات والمعلوماتية، مدير
            // مكتبه) is definite, as one with a body is: a one-word name may be its holder's (Indonesian names are
            // often one word), when no dictionary of Arabic knows the word (زعيمة المعارضة مباشرة is "directly")
            boolean definiteConstruct = pronounOrg || (j - 1 > i && hasArticle(tok(s, j - 1)));
            boolean bareIndefinite = org == null && !hasArticle(tok(s, i))
                    && !(definiteConstruct && end > k
                        && ArabicVocabulary.kind(names.written(s, k)) == ArabicVocabulary.Kind.UNKNOWN);
            // one word no one was called before is a surname only where the name visibly ends (الرئيس فلان إن),
            // not before more of the clause (زعيم التيار بحل البرلمان: "by dissolving")
            // العقيد لجأ بعد القصف: one word that is a verb and nothing else to the dictionary is the clause going on
            // after a title standing for someone named before, no name
            if (end > k && (k == j || (end - k >= 2 && !tok(s, k).norm().startsWith("و")))
                    && !(fresh && (!nameEndsBefore(s, end) || bareIndefinite
                        || ArabicVocabulary.verbOnly(names.written(s, k)) || measureBeforeNumber(s, k)))) {
                freshOneWord = fresh;
                person = unknownPerson(s, k, end);
            }
        }
        // "فلان علان، وزير الدفاع الأسبق،": a state office (ng:national) set off by a comma after a name is that
        // person's, the body unsaid as before a name (the article's country, or the country the sentence opens on)
        boolean apposedState = org == null && !pronounOrg && true_(office, "national") && m.prefix().isEmpty()
                && i >= 2 && COMMAS.contains(tok(s, i - 1).norm());
        if (person == null && (org != null || apposedState)) {
            person = apposed(s, i);
        }
        if (person == null && org != null && m.prefix().isEmpty()) {
            person = rankedNameBefore(s, i);
        }
        // "فلان علان، زعيم اتحاد القوى كذا"، "فلانة علان، مسؤولة السياسة الخارجية في كذا": any title set off by a
        // comma after a name ending in a foreign surname (and no verb of Arabic read as a given name) is that
        // person's, even where no reader above took the body or field after it
        boolean apposedAfterComma = !pronounOrg && m.prefix().isEmpty() && i >= 2 && COMMAS.contains(tok(s, i - 1).norm());
        if (person == null && (org != null || (apposedState && transliteratedApposedName(s, i))
                || (apposedAfterComma && foreignApposedName(s, i))
                || (hasArticle(tok(s, i)) && m.prefix().isEmpty() && !former))) {
            // "فلان علان، الرئيس المعترف به دوليا": a definite title set off after a name is that person's, whose
            // ever office it is
            person = nameBeforeTitle(s, i);
        }
        if (person == null && apposedAfterComma && (org != null || apposedState)) {
            // "وأعلن فلان، زعيم حزب كذا،": the surname alone of someone the article named in full before, set off
            // by a comma before a title naming whose office it is, is that person's, as the whole name is. Not a
            // bare rank or title (أما فلان، العقيد السابق الذي ...): it says what he is, where the clause's subject
            // is the surname alone
            person = surnameBeforeTitle(s, i);
        }
        if (person == null && accusativeTitle(s, i, m)) {
            person = appointeeBeforeTitle(s, i);
        }
        Unit named = i > 0 ? cover.get(s)[i - 1] : null;
        if (person == null && named != null && named.last == i - 1 && named.isPerson() && named.resolved()
                && accusativeTitle(s, i, m)) {
            // "وتعيين الجنرال فلان رئيسا للأركان": the person named already (with his rank, or listed), then the
            // office he is made in the accusative
            person = named;
        }
        boolean oneWordAfterBareTitle = freshOneWord && org == null && !former && k == j;
        Match kin = kinBefore(s, i);
        if (kin != null && person != null && person.last > i && kinReading(s, j, k, p, office)) {
            // شقيق الرئيس، فلان، نجل الرئيس السابق فلان: the name is the title holder's kin, not the holder
            Unit title = pendingHolder(s, i, j - 1, m);
            title.office = office;
            title.organization = org;
            title.former = former;
            title.inner.addAll(inner);
            // one phrase for the verb's arguments (اعتقلت الشرطة نجل الرئيس فلان: the son), the title inside it
            person.first = i - 1;
            person.inner.add(title);
            kinDrafts.add(new KinDraft(person, title, kin.phrase().term()));
            return person;
        }
        Unit u;
        if (person != null && person.last < i) {
            // a title in apposition after its holder's name: a mention of that person of its own
            int lastTok = j - 1;
            u = new Unit(s, i, lastTok, m.begin(), Math.max(m.end(), tok(s, lastTok).end()));
            u.sameActorAs(person);
            if (apposedState) {
                org = countryOpening(s, i, inner);
            }
            roleDrafts.add(new RoleDraft(person, office, org, null, former, null, null, s));
        } else if (person != null) {
            u = person;
            u.first = i;
            String listedOrg = null;
            if (org == null && true_(office, "national")) {
                // "وفي واشنطن، قال وزير الخارجية فلان"، "وفي أول تعليق أميركي، قال وزير الخارجية فلان": the capital
                // or the nisba opening the sentence is where the office is
                org = countryOpening(s, i, inner);
            }
            if (org == null && !true_(office, "national")) {
                // وقال المتحدث باسمه فلان، دعا أمينها العام فلان: a body's office with a pronoun is the office of the
                // body named last before it (words between the title and the name then hide no other body)
                org = possessingBody(s, i, lastOf(s, m), m);
                fieldUnread &= org == null;
            }
            if (org == null && isActor(p, ActorType.PERSON)) {
                // وزير الخارجية فلان, with no country said: the lexicon says whose office the person holds, not the
                // article's country (the role stands only if the article names that organisation too)
                listedOrg = listedOrganization(p.phrase().actor(), office);
            }
            RoleDraft draft = new RoleDraft(person, office, org, listedOrg, former, null, null, s);
            // المفوض الأوروبي لشؤون التوسيع فلان: an office that says whose it is (lexv:ofBody) is that body's, whatever
            // field no reader took
            if (!fieldUnread || (org == null && office.property("ofBody") != null)) {
                // (رئيس بعثة الاتحاد الأفريقي في الصومال فلان heads the mission: no role of Somalia's president, as
                // a bare national title would give)
                roleDrafts.add(draft);
            }
            kinInApposition(s, i, person);
            if (org != null && org.type == ActorType.COUNTRY) {
                coordinatedNisbaHolder(s, person.last + 1, office, former);
            }
            if (dual) {
                secondHolder(s, person.last + 1, fieldUnread ? null : office, org, listedOrg, former);
            }
            if (oneWordAfterBareTitle) {
                tentative.add(new TentativeName(u, draft, m.begin(), tok(s, j - 1).end(), j - 1));
            }
        } else if (org == null && lastOf(s, m) == i && !hasArticle(tok(s, i))
                && CompiledLexicon.lightForm(original(tok(s, i).begin(), tok(s, i).end())).matches(".{3,}(ه|ها)")) {
            // "استدعت سفيرها لدى إثيوبيا": a one-word title with a pronoun and no holder named is the office of
            // whoever the pronoun stands for, not a holder to look for; the host after it stays the act's
            return null;
        } else if (dual) {
            // الوزيرين السابقين فلان وعلان: the dual read as a descriptor noun of two people, each with no role (their
            // body unsaid); with no names after it (بين الرئيسين) it is no one the article names
            return describedPerson(s, i);
        } else if (true_(office, "rankBeforeName")) {
            // "الطلب المقدم من"، "لواء مدرع": a rank that is a common word too is a title only before its holder's name
            return null;
        } else if (accusativeTitle(s, i, m) && (office != m.phrase().term()
                || m.phrase().tokens().length > 1 && m.phrase().tokens()[1].startsWith("ل"))) {
            // "عين، الإثنين، فلان رئيسا جديدا للوزراء": the office someone is made, with its genitive in ل, is no
            // mention of whoever holds it now (the prime minister he replaces)
            return null;
        } else {
            u = pendingHolder(s, i, j - 1, m);
        }
        Unit body = org == null && !pronounOrg && person != null && !fieldUnread ? bodyInTitle(s, i, m, office) : null;
        if (body != null) {
            inner.add(body);
        }
        u.office = office;
        u.organization = org;
        u.former = former;
        u.inner.addAll(inner);
        return u;
    }

    /**
     * "رئيس الجمعية الوطنية فلان"، "رئيس مجلس النواب فلان": a state office heading a body of its state (lexv:headsBody)
     * whose title names that body after its head noun is a mention of the body too, the state's where no other
     * is said (the title read as a whole hides it from the institution reading): the role is then held in that body
     * (RoleBuilder), as when the article names it apart. Null for any other title.
     */
    private Unit bodyInTitle(int s, int i, Match m, Term office) {
        String heads = office.property("headsBody");
        int last = lastOf(s, m);
        if (heads == null || last <= i || m.end() < tok(s, last).end()) {
            return null;
        }
        StringBuilder ar = new StringBuilder();
        for (int x = i + 1; x <= last; x++) {
            if (!tok(s, x).isWord()) {
                return null;
            }
            ar.append(x > i + 1 ? " " : "").append(tok(s, x).norm());
        }
        Term body = lex.institutionsByLabel.get(ar.toString());
        if (body == null || !Arrays.asList(heads.split("\\|")).contains(body.key())) {
            return null;
        }
        Unit u = new Unit(s, i + 1, last, tok(s, i + 1).begin(), tok(s, last).end());
        u.type = ActorType.ORGANIZATION;
        u.institution = body;
        u.pending = Unit.Pending.FOCAL_COUNTRY;
        return u;
    }

    /**
     * The body a possessed title (المتحدث باسمه، أمينها العام) stands for: the organisation named last before token
     * {@code i}, in its sentence or the one before, whose gender agrees with the pronoun (ه: a head noun not in ة, as
     * البيت الأبيض، الحزب; ها: any, as a feminine or plural body: الجامعة، الأمم المتحدة). Null when the title has no
     * pronoun, no such body was named, or a person was named after it (the pronoun may be that person's).
     */
    private Unit possessingBody(int s, int i, int last, Match m) {
        String pronoun = null;
        if (m.end() < tok(s, last).end()) {
            pronoun = CompiledLexicon.lightForm(original(m.end(), tok(s, last).end()));
        }
        for (int x = i; pronoun == null && x <= last; x++) {
            // أمينه العام: the pronoun on the first word of a title in construct, as the lexicon lists it; رئيس
            // مفوضيته، زعيمها: on its last (every word of an office's label in ه or ها is a pronoun's)
            String w = CompiledLexicon.lightForm(original(tok(s, x).begin(), tok(s, x).end()));
            pronoun = w.length() > 4 && w.endsWith("ها") ? "ها" : w.length() > 3 && w.endsWith("ه") ? "ه" : null;
        }
        if (!"ه".equals(pronoun) && !"ها".equals(pronoun)) {
            return null;
        }
        for (int x = s; x >= Math.max(0, s - 1); x--) {
            Unit found = null;
            for (Unit u : units.get(x)) {
                // a state's force too (نفى الجيش ذلك، وقال المتحدث باسمه فلان)
                boolean body = (u.type == ActorType.ORGANIZATION || force(u)) && (pronoun.equals("ها") || !feminineHead(u));
                if ((body || u.isPerson()) && (x < s || u.last < i) && (found == null || u.first > found.first)) {
                    found = u;
                }
            }
            if (found != null) {
                // وقال الرئيس فلان والمتحدث باسمه علان: a person named nearer is whose spokesperson it is, no body
                return found.isPerson() ? null : found;
            }
        }
        return null;
    }

    /** Whether a body's name opens with a noun in ة (حكومة، الجامعة العربية): a feminine body, no antecedent of ه. */
    private boolean feminineHead(Unit u) {
        String head = CompiledLexicon.lightForm(original(u.begin, u.end)).split(" ")[0];
        return head.endsWith("ة");
    }

    /**
     * "وزراء خارجية السويد فلان وإسبانيا علان"، "رؤساء البرازيل فلان، والأرجنتين علان"، "سفراء دول الاتحاد، بينهم
     * الياباني فلان والكندي علان": an office's plural (lexv:pluralTitle), then pairs of a country (its name or nisba)
     * and a name, each pair after the first joined by و (a comma before it or not), is each name holding the office of
     * its country; a clause of up to six words may stand between the plural and the first pair when بينهم or منهم
     * opens the pairs. The country and person units in order, empty when no pair follows (the plural alone names no
     * one: اجتماع وزراء الخارجية العرب).
     */
    private List<Unit> pluralTitleHolders(int s, int i) {
        Term office = null;
        int x = i;
        String first = tok(s, i).norm();
        for (String head : first.startsWith("و") && first.length() > 3 ? List.of(first, first.substring(1)) : List.of(first)) {
            if (!lex.officePluralFirstWords.contains(head)) {
                // no plural opens with this word: the answer for nearly every token, without building its keys
                continue;
            }
            StringBuilder key = new StringBuilder(head);
            for (int k = i; k < Math.min(size(s), i + 3); k++) {
                if (k > i) {
                    key.append(' ').append(tok(s, k).norm());
                }
                Term t = lex.officesByPlural.get(key.toString());
                if (t != null) {
                    office = t;
                    x = k + 1;
                }
            }
            if (office != null) {
                break;
            }
        }
        if (office == null) {
            return List.of();
        }
        if (!countryAt(s, x, "")) {
            // وزراء خارجية دول الاتحاد، بينهم الياباني فلان: the pairs after بينهم or منهم
            int open = -1;
            for (int k = x; k < Math.min(size(s), x + 7); k++) {
                String w = tok(s, k).norm();
                if (w.equals("بينهم") || w.equals("منهم")) {
                    open = k + 1;
                    break;
                }
                if (!tok(s, k).isWord() && !COMMAS.contains(w)) {
                    break;
                }
            }
            if (open < 0) {
                return List.of();
            }
            x = open;
        }
        List<Unit> out = new ArrayList<>();
        String conj = "";
        while (x < size(s) && countryAt(s, x, conj)) {
            Match c = at(s, x);
            int y = lastOf(s, c) + 1;
            if (y >= size(s)) {
                break;
            }
            Match p = at(s, y);
            Unit person = null;
            if (isActor(p, ActorType.PERSON) && p.prefix().isEmpty()) {
                person = actor(s, y, p);
            } else if (p == null) {
                int end = readName(s, y, 4);
                if (end - y >= 2) {
                    person = unknownPerson(s, y, end);
                }
            }
            if (person == null) {
                break;
            }
            Unit country = countryUnit(s, x, c, c.phrase().actor());
            out.add(country);
            out.add(person);
            roleDrafts.add(new RoleDraft(person, office, country, null, false, null, null, s));
            x = person.last + 1;
            if (x < size(s) && COMMAS.contains(tok(s, x).norm())) {
                x++;
            }
            conj = "و";
        }
        return out;
    }

    /**
     * Whether a country's name or a nisba with the article (البرازيلي) starts at {@code x} with exactly the clitic
     * {@code prefix} on it.
     */
    private boolean countryAt(int s, int x, String prefix) {
        if (x >= size(s)) {
            return false;
        }
        Match c = at(s, x);
        if (c == null || !c.prefix().equals(prefix)) {
            return false;
        }
        if (isActor(c, ActorType.COUNTRY)) {
            return true;
        }
        return isKind(c, Phrase.Kind.DEMONYM) && c.phrase().actor() != null
                && c.phrase().actor().type() == ActorType.COUNTRY && tok(s, x).norm().startsWith(prefix + "ال");
    }

    /**
     * "قائد شرطة منطقة كذا، فلان علان،"، "سفيرها لدى العاصمة كذا، فلان علان،": after a title whose body is said
     * (or a pronoun says whose it is), up to seven words telling where the office is (في or لدى before a word, a
     * place noun, a word with the article, a place, country or body the lexicon knows, a body's name in quotation
     * marks and the body noun before it, a noun in construct with a definite word, the field with a pronoun right
     * after the title), then a comma and a name set
     * off by a second comma (two words or more no lexicon knows, none with the article, or a listed person): the
     * index of the first comma; else -1. A verb, another title or a person among the words, or no closing comma,
     * and the clause has gone on past the title (رئيس الحزب في مقابلة نشرت أمس، قال).
     */
    private int tailBeforeApposedName(int s, int j) {
        if (j >= size(s) || !tok(s, j).isWord() || holderFollows(s, j)) {
            return -1;
        }
        for (int x = j; x < size(s) && x - j <= 7; x++) {
            Token t = tok(s, x);
            if (COMMAS.contains(t.norm())) {
                return x > j && apposedNameAt(s, x + 1) ? x : -1;
            }
            if (x > j && isQuote(t)) {
                // قائد شرطة الإقليم "كذا"، فلان علان،: the body's name in quotation marks, up to three words
                int close = x + 1;
                while (close < size(s) && close - x <= 4 && tok(s, close).isWord()) {
                    close++;
                }
                if (close >= size(s) || close == x + 1 || !isQuote(tok(s, close))) {
                    return -1;
                }
                x = close;
                continue;
            }
            Match n = at(s, x);
            String w = t.norm();
            boolean in = w.equals("في") || w.equals("لدي") || w.equals("لدى");
            boolean known = n != null && n.prefix().isEmpty() && (isKind(n, Phrase.Kind.INSTITUTION)
                    || isKind(n, Phrase.Kind.DEMONYM) || (isKind(n, Phrase.Kind.ACTOR)
                    && n.phrase().actor().type() != ActorType.PERSON) || n.phrase().isCue("PlaceNoun")
                    // رئيس مفوضية "كذا"، فلان علان،: a body noun before the body's name in quotation marks
                    || (n.phrase().isCue("InstitutionNoun") && x + 1 < size(s) && isQuote(tok(s, x + 1))));
            // السلم والأمن، الخارجية: definite words of the field, one joined by و; a field that reads as a
            // verbal noun the triggers list (السلم as of سلم "hand over") is a word of the field all the same
            boolean definite = (n == null || isKind(n, Phrase.Kind.CUE) || isKind(n, Phrase.Kind.TRIGGER)) && hasArticle(t)
                    && (w.startsWith("ال") || w.startsWith("وال"));
            // المتحدث باسم وزارة العلاقات الدولية في كذا، فلان علان،: a noun no lexicon reads in construct with a
            // definite word; مدير مكتبه، فلان علان،: the field right after the title with a pronoun
            boolean construct = n == null && !hasArticle(t) && !w.startsWith("و") && x + 1 < size(s)
                    && tok(s, x + 1).isWord() && hasArticle(tok(s, x + 1));
            boolean withPronoun = x == j && isKind(n, Phrase.Kind.CUE) && n.prefix().isEmpty() && lastOf(s, n) == x
                    && !hasArticle(t) && w.length() >= 4 && (w.endsWith("ه") || w.endsWith("ها"));
            if (!t.isWord() || !(in || known || definite || construct || withPronoun) || (!in && nameStop(s, x))) {
                return -1;
            }
            if (known) {
                x = lastOf(s, n);
                if (n.phrase().isCue("PlaceNoun") && x + 1 < size(s) && tok(s, x + 1).isWord()
                        && !COMMAS.contains(tok(s, x + 1).norm())) {
                    // إقليم كاتانغا: the place noun's own name, whether a lexicon knows it or not
                    x++;
                }
            }
        }
        return -1;
    }

    /** Whether a person's name set off by commas opens at token {@code k}: see {@link #tailBeforeApposedName}. */
    private boolean apposedNameAt(int s, int k) {
        if (k >= size(s) || !tok(s, k).isWord()) {
            return false;
        }
        Match p = at(s, k);
        int end;
        if (isActor(p, ActorType.PERSON) && p.prefix().isEmpty()) {
            end = lastOf(s, p) + 1;
        } else {
            end = (p == null || spelledGivenName(s, k, p)) && !hasArticle(tok(s, k)) && !conjunction(tok(s, k))
                    ? readName(s, k, 4) : k;
            if (end - k < 2) {
                return false;
            }
        }
        return end < size(s) && COMMAS.contains(tok(s, end).norm());
    }

    /**
     * "المستشار الخاص لرئيس الوزراء، فلان علان،": a title behind ل or ب is the genitive of a noun before it, and a
     * name after the comma that follows is in apposition to that noun, not the title's holder: that name (two
     * words or more, no lexicon person) as a person with no role; else null.
     */
    private Unit nameApposedToHead(int s, int k, Match title) {
        String prefix = title.prefix();
        if (!(prefix.endsWith("ل") || prefix.endsWith("ب")) || !COMMAS.contains(tok(s, k - 1).norm())) {
            return null;
        }
        Match q = at(s, k);
        if (q != null && !(isActor(q, ActorType.PERSON) && listedWithClitic(s, k, k, q))) {
            return null;
        }
        int end = readName(s, k, 4);
        return end - k >= 2 ? unknownPerson(s, k, end) : null;
    }

    /**
     * "رئيس مفوضية الاتحاد الأفريقي، التشادي فلان علان،": after a title and its comma, a nisba before the holder's
     * name says where the holder is from, not whose the office is: its unit is a qualifier among the title's
     * {@code inner} units and the name is read after it. One past the nisba, or {@code k} when no name follows one.
     */
    private int nationalityAfterComma(int s, int k, List<Unit> inner) {
        Match d = at(s, k);
        if (!isKind(d, Phrase.Kind.DEMONYM) || !d.prefix().isEmpty() || !hasArticle(tok(s, k))) {
            return k;
        }
        int after = lastOf(s, d) + 1;
        Match q = at(s, after);
        if (!isActor(q, ActorType.PERSON) && !(q == null && readName(s, after, 4) - after >= 2)) {
            return k;
        }
        Unit nationality = countryUnit(s, k, d, d.phrase().actor());
        nationality.qualifier = true;
        inner.add(nationality);
        return after;
    }

    /**
     * Whether the office at {@code k} continues the title ending before {@code j} as a second title of one holder:
     * joined by و right after it (زعيم المعارضة ورئيس الجمعية الوطنية فلان), or set off by a comma, without و
     * (رئيس الاتحاد الأفريقي، الرئيس الغيني فلان،: apposition). After a comma و opens a new clause or a list.
     */
    private boolean chainedTitle(int s, int j, int k, Match p) {
        if (k == j) {
            return "و".equals(p.prefix());
        }
        return k == j + 1 && COMMAS.contains(tok(s, j).norm()) && p.prefix().isEmpty();
    }

    /**
     * Whether two units of a title chain belong to two different countries (الرئيس الروسي ووزير الخارجية الأمريكي:
     * two people): a country, or a body whose key names its country (org/XX/...), on both sides and different.
     */
    private static boolean otherCountries(Unit a, Unit b) {
        String x = countryCode(a);
        String y = countryCode(b);
        return x != null && y != null && !x.equals(y);
    }

    /** The country code a unit's key names (country/XX, org/XX/...), or null. */
    private static String countryCode(Unit u) {
        if (u == null || u.key == null) {
            return null;
        }
        String[] parts = u.key.split("/");
        if (parts[0].equals("country") && parts.length == 2) {
            return parts[1];
        }
        return parts.length >= 3 && parts[1].length() == 2 && parts[1].equals(parts[1].toUpperCase(java.util.Locale.ROOT)) ? parts[1] : null;
    }

    /**
     * A title whose holder the article names elsewhere or not at all, tokens {@code i..lastTok} of sentence
     * {@code s} (offsets in code points, from the title's match to the end of its last token): a person who-is-who
     * resolves later.
     */
    private Unit pendingHolder(int s, int i, int lastTok, Match m) {
        Unit u = new Unit(s, i, lastTok, m.begin(), Math.max(m.end(), tok(s, lastTok).end()));
        u.pending = Unit.Pending.TITLE_HOLDER;
        u.type = ActorType.PERSON;
        return u;
    }

    /**
     * "الرئيس البرازيلي فلان والمكسيكي فلان": after a title's holder, و and another nisba, then a name, is the same
     * office of that nisba's country held by that name (one title, two holders); the unit goes to {@link #followers}.
     */
    private void coordinatedNisbaHolder(int s, int x, Term office, boolean former) {
        Match d = at(s, x);
        if (!isKind(d, Phrase.Kind.DEMONYM) || !d.prefix().equals("و") || lastOf(s, d) != x || x + 1 >= size(s)) {
            return;
        }
        Match p = at(s, x + 1);
        Unit person;
        if (isActor(p, ActorType.PERSON)) {
            person = actor(s, x + 1, p);
        } else {
            int end = p == null ? readName(s, x + 1, 4) : x + 1;
            if (end - (x + 1) < 2) {
                return;
            }
            person = unknownPerson(s, x + 1, end);
        }
        Unit country = countryUnit(s, x, d, d.phrase().actor());
        person.first = x;
        person.inner.add(country);
        roleDrafts.add(new RoleDraft(person, office, country, null, former, null, null, s));
        followers.add(person);
    }

    /**
     * "النائبين فلان علان وفلان علان"، "الرئيسين المشاركين للحزب فلان وفلانة علان": after a dual title (lexv:dualTitle)
     * and its first holder, the name joined to it by و (a listed person, or two words or more no lexicon reads) is the
     * second holder, of the same office and body (no role when {@code office} is null: the first holder's words
     * before the name were not read, so whose office it is is unknown); the unit goes to {@link #followers}. A nisba with و before the
     * name (الرئيسين الروسي فلان والتركي علان) is read by {@link #coordinatedNisbaHolder}.
     */
    private void secondHolder(int s, int x, Term office, Unit org, String listedOrg, boolean former) {
        if (x >= size(s) || !tok(s, x).isWord() || !tok(s, x).norm().startsWith("و") || tok(s, x).norm().length() < 3) {
            return;
        }
        Match p = at(s, x);
        Unit second = null;
        if (isActor(p, ActorType.PERSON) && p.prefix().equals("و")) {
            second = actor(s, x, p);
        } else if (p == null) {
            int end = readName(s, x, 4);
            if (end - x >= 2) {
                second = unknownPerson(s, x, end, 1);
            }
        }
        if (second == null) {
            return;
        }
        if (office != null) {
            roleDrafts.add(new RoleDraft(second, office, org, listedOrg, former, null, null, s));
        }
        followers.add(second);
    }

    /**
     * Whether the name after "شقيق الرئيس" is the kin rather than the president ("the brother of President X"): when
     * a comma sets it off (شقيق الرئيس، فلان،), or when it is no lexicon person and the article named another
     * holder of the office before (the president is someone else). A listed holder stays the holder (ابن أخت الرئيس
     * التركي رجب طيب أردوغان).
     */
    private boolean kinReading(int s, int j, int k, Match p, Term office) {
        if (k > j && COMMAS.contains(tok(s, j).norm())) {
            return true;
        }
        if (isActor(p, ActorType.PERSON)) {
            return false;
        }
        for (RoleDraft r : roleDrafts) {
            if (r.office.key().equals(office.key()) && r.person.resolved()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "خلفا لأخيه الراحل الأمير فلان"، "ووالده الملك فلان": a kinship noun with a pronoun before a title (words
     * describing the holder between) is in apposition to the title's holder, who is the kin of whom the pronoun
     * names (the person named last before it).
     */
    private void kinInApposition(int s, int i, Unit person) {
        int k = i - 1;
        if (k >= 1 && COMMAS.contains(tok(s, k).norm()) && at(s, i) != null && at(s, i).prefix().isEmpty()) {
            // "حين لجأ والده، رئيس الوزراء الأسبق فلان، إلى": the title set off by a comma after the kin noun
            k--;
        }
        while (k >= 0 && cue(s, k, Cues.TITLE_ADJECTIVE) != null) {
            k--;
        }
        Match kin = k >= 0 ? cueEndingAt(s, k, Cues.KINSHIP_CUE) : null;
        if (kin == null) {
            return;
        }
        if (!withPronoun(s, k, kin)) {
            return;
        }
        Unit of = antecedent(s, k);
        if (of != null && of != person) {
            kinDrafts.add(new KinDraft(person, of, kin.phrase().term()));
        }
    }

    /**
     * The kinship noun in construct right before a title (شقيق الرئيس، أرملة الزعيم، نجل وزير الدفاع): written
     * without a pronoun (شقيقه الرئيس is apposition: his brother, the president); else null.
     */
    private Match kinBefore(int s, int i) {
        if (i == 0) {
            return null;
        }
        Match kin = cueEndingAt(s, i - 1, Cues.KINSHIP_CUE);
        if (kin == null) {
            return null;
        }
        return withPronoun(s, i - 1, kin) ? null : kin;
    }

    /**
     * "في الجيش المالي" after a title's organisation, before a rank (an office of lexv:honorific) and its holder:
     * في, the body the organisation belongs to (an organisation, a group or an institution) and its nisba. Their
     * units (the nisba a qualifier); else null (رئيس الحزب في البرلمان: where the office is exercised, no rank after).
     */
    private List<Unit> bodyAfterIn(int s, int j) {
        if (j + 2 >= size(s) || !tok(s, j).norm().equals("في")) {
            return null;
        }
        Match b = at(s, j + 1);
        if (b == null || !b.prefix().isEmpty()) {
            return null;
        }
        Unit body = null;
        if (isKind(b, Phrase.Kind.INSTITUTION)) {
            body = institution(s, j + 1);
        } else if (isKind(b, Phrase.Kind.ACTOR) && (b.phrase().actor().type() == ActorType.ORGANIZATION
                || b.phrase().actor().type() == ActorType.GROUP)) {
            body = actor(s, j + 1, b);
        }
        if (body == null) {
            return null;
        }
        List<Unit> out = new ArrayList<>(List.of(body));
        int x = body.last + 1;
        Match d = at(s, x);
        // المالي is Mali's name with the article as well as its nisba
        if (d != null && d.prefix().isEmpty()
                && (isKind(d, Phrase.Kind.DEMONYM) || (isActor(d, ActorType.COUNTRY) && d.begin() > tok(s, x).begin()))) {
            Unit cu = countryUnit(s, x, d, d.phrase().actor());
            cu.qualifier = true;
            out.add(cu);
            x = cu.last + 1;
        }
        Match rank = at(s, x);
        return isKind(rank, Phrase.Kind.OFFICE) && true_(rank.phrase().term(), "honorific") ? out : null;
    }

    /**
     * The closing bracket of "(الناتو)"، "(إيكواس)" at token {@code j}: one to three words in round brackets; else -1.
     */
    private int bracketedAfter(int s, int j) {
        if (j >= size(s) || !tok(s, j).is("(")) {
            return -1;
        }
        for (int x = j + 1; x < Math.min(size(s), j + 5); x++) {
            if (tok(s, x).is(")")) {
                return x > j + 1 ? x : -1;
            }
            if (!tok(s, x).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /** A word describing a title's holder at token {@code j} (lexv:TitleAdjective), without clitics; else null. */
    private Match holderAdjective(int s, int j) {
        Match a = cue(s, j, Cues.TITLE_ADJECTIVE);
        return a != null && a.prefix().isEmpty() && a.end() == tok(s, lastOf(s, a)).end() ? a : null;
    }

    /**
     * "رئيس المجلس الأعلى للمصالحة الوطنية فلان علان"، "زعيم الحزب الإسلامي فلان علان"، "مدير الهيئة الوطنية لإدارة
     * السجون اللواء فلان": after a title, a body, organisation or body-name noun with the article, then up to five
     * words that all carry it (adjectives, a genitive with لـ, a nisba last) and are no other lexicon form: a body no
     * lexicon lists, when its holder follows right after it (a listed person, a rank or honorific, or a name of two
     * words or more), or when the title at {@code title} is set off by a comma after its holder's name (فلان علان،
     * رئيس المكتب السياسي للحركة، قال) and the words end where the clause goes on. Without a holder the words may be
     * any "the national council" and name no one: null.
     */
    private Unit unlistedBodyOfTitle(int s, int j, int title) {
        Match noun = cue(s, j, Cues.INSTITUTION_NOUN);
        noun = noun == null ? cue(s, j, Cues.ORGANIZATION_NOUN) : noun;
        noun = noun == null ? cue(s, j, Cues.BODY_NAME_NOUN) : noun;
        Token head = tok(s, j);
        // رئيس جمعية كذا الوطنية فلان، الأمين العام لجمعية كذا الشيخ فلان: a body-name noun in construct (bare or
        // with ل) before definite words is a name as well as one with the article (جمعية خيرية, with none after it,
        // is some charity)
        boolean construct = noun != null && noun.phrase().isCue("BodyNameNoun") && noun.begin() == head.offsetOf(noun.prefix().length())
                && (noun.prefix().isEmpty() || noun.prefix().equals("ل")) && j + 1 < size(s) && tok(s, j + 1).norm().startsWith("ال");
        if (noun == null || lastOf(s, noun) != j || noun.end() != head.end() || !(head.norm().startsWith("ال") || construct)) {
            return null;
        }
        int k = j + 1;
        int nisbaAt = -1;
        while (k < size(s) && k - j <= 5 && nisbaAt < 0) {
            Token w = tok(s, k);
            String norm = w.norm();
            Match here = at(s, k);
            boolean nisba = isKind(here, Phrase.Kind.DEMONYM) && here.prefix().isEmpty() && lastOf(s, here) == k
                    && here.phrase().actor().type() == ActorType.COUNTRY && norm.startsWith("ال");
            // a word the lexicon reads as a cue of its own (الوطنية، السياسي) is a word of the name like any other
            boolean plain = here == null || (isKind(here, Phrase.Kind.CUE) && lastOf(s, here) == k);
            if (!w.isWord() || !(norm.startsWith("ال") || norm.startsWith("لل") || norm.startsWith("وال"))
                    || !(plain || nisba) || nameStop(s, k) || cue(s, k, Cues.COMMON_NOUN) != null
                    || cue(s, k, Cues.ORGANIZATION_STATUS) != null
                    // لجمعية كذا الشيخ فلان، الحزب الديمقراطي الدكتور فلان: an honorific or a person noun before the
                    // holder's name is his, no word of the body's name
                    || (k > j + 1 && holderFollows(s, k))) {
                break;
            }
            nisbaAt = nisba ? k : -1;
            k++;
        }
        boolean holderBefore = (apposed(s, title) != null || nameBeforeTitleAt(s, title) >= 0)
                && (k >= size(s) || !tok(s, k).isWord() || nameStop(s, k) || cue(s, k, Cues.PREPOSITION) != null);
        if (k == j + 1 || !(holderFollows(s, k) || holderBefore)) {
            return null;
        }
        if (construct) {
            // an association's own name, no body of a state: an organisation as a party no lexicon lists is
            return unlistedParty(s, j, noun, k);
        }
        return noun.phrase().isCue("OrganizationNoun") && nisbaAt < 0
                ? unlistedParty(s, j, noun, k)
                : bodies.bodyOfWords(s, j, k - 1, noun, nisbaAt);
    }

    /** A party or movement no lexicon lists, its noun at {@code i} and its words up to token {@code end} (exclusive). */
    private Unit unlistedParty(int s, int i, Match noun, int end) {
        Token head = tok(s, i);
        int opening = head.offsetOf(noun.prefix().length());
        // (جمعية كذا: a noun in construct has none)
        StringBuilder norm = new StringBuilder((head.norm().startsWith("ال") ? "ال" : "") + noun.phrase().tokens()[0]);
        for (int x = i + 1; x < end; x++) {
            norm.append(' ').append(tok(s, x).norm());
        }
        Unit u = new Unit(s, i, end - 1, opening, tok(s, end - 1).end());
        u.key = "org/" + Transliterator.slug(norm.toString());
        u.type = ActorType.ORGANIZATION;
        u.labelAr = original(opening, tok(s, end - 1).end());
        UnlistedNames.NameLabel label = names.organizationLabel(s, noun, i + 1, end);
        u.labelEn = label.en();
        u.transliterated = label.transliterated();
        return u;
    }

    /**
     * After a title's body at token {@code j}, one or two definite adjectives (الوطنية، المشتركة) with, after them, a
     * nisba or straight away the holder's name: the token after the adjectives; {@code j} when they are not so.
     */
    private int adjectivesBeforeHolder(int s, int j) {
        int e = j;
        while (e < size(s) && e - j < 2 && adjectiveAfterBody(s, e) && tok(s, e).norm().startsWith("ال")
                && !isKind(at(s, e), Phrase.Kind.DEMONYM) && !nameStop(s, e) && cue(s, e, Cues.FORMER_MARKER) == null
                && cue(s, e, Cues.ORGANIZATION_STATUS) == null && holderAdjective(s, e) == null) {
            e++;
        }
        if (e == j) {
            return j;
        }
        Match nisba = e < size(s) ? at(s, e) : null;
        int after = isKind(nisba, Phrase.Kind.DEMONYM) && nisba.prefix().isEmpty() ? lastOf(s, nisba) + 1 : e;
        // المدير العام للشرطة الوطنية في هايتي فلان: the place where the body serves may come before the holder
        return holderFollows(s, after) || placeOfPost(s, after) != null ? e : j;
    }

    /**
     * "لحزب كذا المؤيد للأكراد فلان"، "للحركة الموالية للحكومة فلان": after a title's body at token {@code j}, one
     * definite adjective no lexicon reads with its complement (ل and a definite noun: للأكراد), then the holder's
     * name: the token after the complement; {@code j} when they are not so.
     */
    private int complementBeforeHolder(int s, int j) {
        if (j + 2 >= size(s) || !adjectiveAfterBody(s, j) || at(s, j) != null || nameStop(s, j)) {
            return j;
        }
        Token c = tok(s, j + 1);
        boolean complement = c.isWord() && c.norm().startsWith("لل") && c.norm().length() > 4
                && (at(s, j + 1) == null || lastOf(s, at(s, j + 1)) == j + 1);
        return complement && holderFollows(s, j + 2) ? j + 2 : j;
    }

    /**
     * After a ministry at token {@code j}, a second field of its portfolio joined by و: a word و+ال (والصناعة) or a
     * noun in construct before a definite genitive (وتكنولوجيا المعلومات), up to three definite words after it, where
     * the holder's name follows right after (or after the office's nisba, which the title reads next, or after a
     * comma). One past its end; {@code j} when it is none. A word the lexicon reads as
     * anything but a cue (والسفير: a second title, والفرنسي) ends it: what follows و is then another person's.
     */
    private int portfolioBeforeHolder(int s, int j) {
        if (j + 2 >= size(s) || !tok(s, j).isWord() || !tok(s, j).norm().startsWith("و") || nameStop(s, j)) {
            return j;
        }
        String field = tok(s, j).norm().substring(1);
        Match first = at(s, j);
        // وزارة، وزير: a word whose own first letter is و, no conjunction
        if (field.length() < 4 || (first != null && !first.prefix().startsWith("و"))
                || !(field.startsWith("ال") || tok(s, j + 1).norm().startsWith("ال"))) {
            return j;
        }
        for (int e = j; e < size(s) && e - j <= 3; e++) {
            Match n = at(s, e);
            Token x = tok(s, e);
            if (!x.isWord() || nameStop(s, e) || !(n == null || isKind(n, Phrase.Kind.CUE)
                    || isKind(n, Phrase.Kind.INSTITUTION)) || (e > j && !x.norm().startsWith("ال"))) {
                return j;
            }
            Match nisba = e + 1 < size(s) ? at(s, e + 1) : null;
            int after = isKind(nisba, Phrase.Kind.DEMONYM) && nisba.prefix().isEmpty() ? lastOf(s, nisba) + 1 : e + 1;
            // وزير الداخلية والجماعات المحلية، فلان علان،: the holder set off by a comma, as after a one-field title
            if (holderFollows(s, after) || (after < size(s) && COMMAS.contains(tok(s, after).norm())
                    && holderFollows(s, after + 1))) {
                return e + 1;
            }
        }
        return j;
    }

    /**
     * Whether a title's holder is named at token {@code k}: a listed person, a rank or honorific before a name, or
     * a name no lexicon knows of two words or more, none with the article.
     */
    private boolean holderFollows(int s, int k) {
        if (k >= size(s) || !tok(s, k).isWord()) {
            return false;
        }
        Match p = at(s, k);
        if (isActor(p, ActorType.PERSON) && p.prefix().isEmpty()) {
            return true;
        }
        if ((isKind(p, Phrase.Kind.OFFICE) && true_(p.phrase().term(), "honorific") && !p.hasPreposition())
                || cue(s, k, Cues.HONORIFIC) != null) {
            return true;
        }
        Match noun = cue(s, k, Cues.PERSON_NOUN);
        if (noun != null && noun.prefix().isEmpty() && lastOf(s, noun) == k && noun.end() == tok(s, k).end()
                && k + 1 < size(s) && !isKind(at(s, k + 1), Phrase.Kind.CUE)) {
            // الدكتور فلان علان، السيد فلان علان: a person noun before a name that follows as a holder's would
            return holderFollows(s, k + 1);
        }
        // فلاديمير، فيكتور، فيصل: a word opening with ف that no lexicon reads, even behind the clitic, is a given name
        // (p is null), not "so" before a verb (فقال is read); with و it stays "and" (ورفعوا، ووليد)
        Token t = tok(s, k);
        // ويليام، وليام: a word with و that the lexicon spells whole as a given name is that name, not "and"
        boolean and = conjunction(t) && !(p == null && t.norm().startsWith("ف"))
                && !(p == null && lex.nameSpellings.containsKey(t.norm()));
        // ليون شارل، جورجيا ميلوني: a place's name opening a name no lexicon knows is a given name (readName tells)
        return (p == null || cue(s, k, Cues.NAME_PARTICLE) != null || givenNameAsPlace(s, k, p)) && !hasArticle(t) && !and
                && readName(s, k, 4) - k >= 2;
    }

    /**
     * Whose an office is, said by a bare definite noun: "الحزب"، "الحركة" (lexv:OrganizationNoun with the article and
     * nothing after it that names one) is the organisation of that noun the article named last, this sentence
     * included; "البلاد" (a lexv:focalOnly state reference) is the article's country. Null for anything else, and
     * for a party noun when the article named no such organisation (no one's office is then invented).
     */
    private Unit bareReference(int s, int j, Match n) {
        Token t = tok(s, j);
        boolean lam = definiteAfterLam(n, t);
        if ((!n.prefix().isEmpty() && !lam) || n.end() != t.end() || lastOf(s, n) != j) {
            return null;
        }
        if (!lam && n.phrase().isCue("StateReference") && true_(n.phrase().term(), "focalOnly")) {
            Unit u = new Unit(s, j, j, n.begin(), n.end());
            u.type = ActorType.COUNTRY;
            u.pending = Unit.Pending.FOCAL_COUNTRY;
            return u;
        }
        if (!lam && n.phrase().isCue("PlaceNoun") && true_(n.phrase().term(), "inLabel") && t.norm().startsWith("ال")
                && !(j + 1 < size(s) && hasArticle(tok(s, j + 1)))) {
            // رئيس الإقليم فلان: the region of that noun named before (إقليم كذا), whose office it is
            Unit region = lastUnitOfNoun(s, j, t.norm().substring(2), ActorType.PLACE);
            if (region == null) {
                return null;
            }
            Unit u = new Unit(s, j, j, t.offsetOf(0), t.end());
            u.sameActorAs(region);
            return u;
        }
        boolean partyNoun = n.phrase().isCue("OrganizationNoun");
        // الأمين العام للمنظمة، فلان: a body's noun alone is the body of that noun named before, as a party's is; a
        // definite word after it makes it another body's name (اللجنة الانتخابية)
        boolean bodyNoun = n.phrase().isCue("InstitutionNoun") || n.phrase().isCue("BodyNameNoun");
        Match other = partyNoun || bodyNoun ? null : cue(s, j, Cues.INSTITUTION_NOUN);
        if (other != null && lastOf(s, other) == j && other.end() == t.end()) {
            // في الاتحاد فلان: a body's noun that another class reads first (الاتحاد, a word of names too)
            bodyNoun = true;
        }
        if (!(partyNoun || bodyNoun) || !(lam || t.norm().startsWith("ال"))
                || (partyNoun && organizationNoun(s, j, n) != null)
                || (bodyNoun && j + 1 < size(s) && hasArticle(tok(s, j + 1)))) {
            return null;
        }
        return mentionOfNamed(s, j, t);
    }

    /**
     * "المتحدث باسم الوزارة فلان"، "المتحدث باسم الرابطة، فلان"، "الأمين العام للحلف فلان": right after a title, one
     * definite noun (or one with لل) that no lexicon reads but as a cue of its own, then the holder's name (after a
     * comma or not), is the organisation opening with
     * that noun the article named last before (وزارة الخارجية الروسية، الرابطة الوطنية من أجل الديمقراطية); a noun
     * of a body no reader above knows takes its body from what came before, as الحزب does. Null when none was named,
     * or when the noun goes on to a name of its own (a definite word after it).
     */
    private Unit bodyNamedBack(int s, int j) {
        Match n = at(s, j);
        Token t = tok(s, j);
        if (j + 2 >= size(s) || !t.isWord() || !(n == null || (isKind(n, Phrase.Kind.CUE) && lastOf(s, n) == j))
                || !(t.norm().startsWith("ال") || t.norm().startsWith("لل")) || t.norm().length() < 5 || nameStop(s, j)) {
            return null;
        }
        int h = COMMAS.contains(tok(s, j + 1).norm()) ? j + 2 : j + 1;
        if (!holderFollows(s, h)) {
            return null;
        }
        return mentionOfNamed(s, j, t);
    }

    /**
     * A mention at token {@code j} of the organisation opening with its noun (less the article or لل) that the article
     * named last before it, or null when none was named.
     */
    private Unit mentionOfNamed(int s, int j, Token t) {
        Unit named = lastOrganizationOfNoun(s, j, t.norm().substring(2));
        if (named == null) {
            return null;
        }
        Unit u = new Unit(s, j, j, t.offsetOf(0), t.end());
        u.sameActorAs(named);
        return u;
    }

    /**
     * The organisation whose Arabic name opens with {@code noun} (حزب for الحزب) that the article named last before
     * token {@code before} of sentence {@code s}, among its units and the mentions inside them; else null.
     */
    private Unit lastOrganizationOfNoun(int s, int before, String noun) {
        return lastUnitOfNoun(s, before, noun, ActorType.ORGANIZATION);
    }

    /** As {@link #lastOrganizationOfNoun}, for an actor of the given type (a region: إقليم كذا for الإقليم). */
    private Unit lastUnitOfNoun(int s, int before, String noun, ActorType type) {
        for (int x = s; x >= 0; x--) {
            Unit found = null;
            for (Unit u : units.get(x)) {
                List<Unit> all = new ArrayList<>(u.inner);
                all.add(u);
                for (Unit v : all) {
                    if (v.type == type && v.key != null && v.labelAr != null
                            && (x < s || v.last < before)
                            && (firstWordIs(v.labelAr, noun)
                                // حركة طالبان as written, for a body the lexicon labels طالبان
                                || firstWordIs(original(v.begin, v.end), noun))
                            && (found == null || v.first > found.first)) {
                        found = v;
                    }
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Whether the first word of {@code text}, without the article, is {@code noun} (both in matching form). */
    private static boolean firstWordIs(String text, String noun) {
        return ArabicNormalizer.normalize(text).split(" ")[0].replaceFirst("^ال", "").equals(noun);
    }

    /**
     * "لحقوق الإنسان"، "لشؤون اللاجئين" at token {@code j}: a noun no lexicon knows with the preposition ل, then a word
     * with the article: the field of an office whose organisation was just named.
     */
    private boolean officeDomain(int s, int j) {
        if (j + 2 >= size(s) || !tok(s, j).isWord() || !tok(s, j + 1).isWord()) {
            return false;
        }
        String w = tok(s, j).norm();
        Match here = at(s, j);
        return w.startsWith("ل") && !w.startsWith("لل") && w.length() >= 4 && (here == null || isKind(here, Phrase.Kind.CUE))
                && !nameStop(s, j) && hasArticle(tok(s, j + 1)) && tok(s, j + 1).norm().startsWith("ال")
                && (at(s, j + 1) == null || isKind(at(s, j + 1), Phrase.Kind.CUE));
    }

    /**
     * "للشؤون الداخلية"، "لشؤون الهجرة"، "للشؤون السياسية والأمنية" at token {@code j}, right after a title or its
     * body: a noun no lexicon knows with ل (and the article, or a definite genitive), up to three definite words
     * after it, where its holder's name follows (after a comma or not). One past its end (the comma, if any, stays
     * for the title to read); {@code j} when it is none. {@link #officeDomain} and {@link #longerOfficeDomain} read
     * a field after a body without asking for a holder, but no comma before it.
     */
    private int fieldBeforeHolder(int s, int j) {
        if (j + 2 >= size(s) || !tok(s, j).isWord()) {
            return j;
        }
        String w = tok(s, j).norm();
        Match here = at(s, j);
        // a ministry's words may stand there as the field (للشؤون الخارجية): with a holder after them, no body
        if (!w.startsWith("ل") || w.length() < 4 || nameStop(s, j)
                || !(here == null || isKind(here, Phrase.Kind.CUE) || isKind(here, Phrase.Kind.INSTITUTION))) {
            return j;
        }
        if (here != null && !here.prefix().contains("ل")) {
            // نائب رئيس لجنة الأمن القومي فلان: a listed word whose own first letter is ل (لجنة) is the office's
            // body, no field behind the preposition
            return j;
        }
        if (here != null && !w.startsWith("لل") && (here.phrase().isCue("OrganizationNoun") || here.phrase().isCue("BodyNameNoun"))) {
            // الأمين العام لحزب كذا الشيخ فلان، لجمعية كذا الدكتور فلان: a party's or body's noun in construct opens
            // the name of the body the office is in, no field (the readers of bodies below take it)
            return j;
        }
        for (int e = j + 1; e < size(s) && e - j <= 4; e++) {
            Token x = tok(s, e);
            if (e > j + 1) {
                int h = COMMAS.contains(x.norm()) ? e + 1 : e;
                if (holderFollows(s, h)) {
                    return e;
                }
            }
            Match n = at(s, e);
            String v = x.norm().startsWith("و") ? x.norm().substring(1) : x.norm();
            if (!x.isWord() || nameStop(s, e) || !v.startsWith("ال")
                    || !(n == null || isKind(n, Phrase.Kind.CUE) || isKind(n, Phrase.Kind.INSTITUTION))) {
                return j;
            }
        }
        return j;
    }

    /** Whether one of the tokens from {@code from} (inclusive) to {@code to} (exclusive) is one of these words. */
    private boolean wordIn(int s, int from, int to, String... words) {
        for (int x = from; x < to; x++) {
            if (Arrays.asList(words).contains(tok(s, x).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words between a title and its holder's name when no lexicon reads them (session 12): "الأمن القومي
     * الأمريكي"، "المكلف بحقوق الإنسان"، "في مجموعة الأزمات الدولية"، "للحزب"، "بعثة الأمم المتحدة في جنوب السودان".
     * Up to six tokens, each a word with the article (with a clitic or not), a noun in construct whose definite
     * genitive follows, في or لدى before a word, or a body, country, place or nisba the lexicon knows; they end where a
     * name of two words or more (or a listed person, or an honorific) follows a definite word or a known actor, a
     * comma between them or not. One past the field, its actors added to {@code inner} (when not null); {@code j}
     * when the words are not such a field: a name after words that merely go on with the clause ("الرئيس في خطاب
     * ألقاه") never follows a definite word.
     */
    private static final List<String> BODY_NOUNS = List.of("InstitutionNoun", "OrganizationNoun", "BodyNameNoun",
            "StatesGroupNoun", "CompanyNoun");

    private int wordsBeforeHolder(int s, int j, List<Unit> inner) {
        List<Unit> found = new ArrayList<>();
        boolean closes = false;
        boolean construct = false;
        for (int e = j; e < size(s) && e - j <= 6; ) {
            if (e > j && closes) {
                int h = e < size(s) && COMMAS.contains(tok(s, e).norm()) ? e + 1 : e;
                // before a rank (المتحدث باسم اللجنة الوطنية لكذا الكولونيل فلان) the words name a body, read after
                // the loop as one; but words closed by the office's own nisba (وزير الأمن الكيني، الجنرال فلان) are
                // the office's field and state, and the rank opens its holder's name as it does after وزير الدفاع
                // (a nisba after a body the words name, رئيس الأركان في القوات المسلحة الكينية, is that body's)
                boolean nisbaClosed = found.size() == 1 && !found.get(0).qualifier && found.get(0).last == e - 1
                        && isKind(at(s, e - 1), Phrase.Kind.DEMONYM) && !wordIn(s, j, e, "في", "لدى");
                if (holderFollows(s, h) && (!isKind(at(s, h), Phrase.Kind.OFFICE) || nisbaClosed)) {
                    if (inner != null) {
                        inner.addAll(found);
                    }
                    return e;
                }
            }
            Token x = tok(s, e);
            Match n = at(s, e);
            if (!x.isWord() || conjunction(x) || isActor(n, ActorType.PERSON) || isKind(n, Phrase.Kind.OFFICE)) {
                return j;
            }
            Match courtesy = e == j ? cue(s, e, Cues.PERSON_NOUN) : null;
            if (courtesy != null && true_(courtesy.phrase().term(), "courtesy") && holderFollows(s, e)) {
                // رئيس الوزراء الدكتور فلان: a courtesy title (lexv:courtesy) right after the office opens its holder's
                // name; it is no field of the office, which stays the one its words say
                return j;
            }
            String w = x.norm();
            boolean afterIn = e > j && (tok(s, e - 1).norm().equals("في") || tok(s, e - 1).norm().equals("لدى"));
            if ((w.equals("في") || w.equals("لدى")) && e + 1 < size(s) && tok(s, e + 1).isWord()) {
                closes = false;
                e++;
                continue;
            }
            int here = e;
            if (afterIn && !((isKind(n, Phrase.Kind.ACTOR) && !isActor(n, ActorType.PLACE))
                    || BODY_NOUNS.stream().anyMatch(type -> cue(s, here, type) != null))) {
                // الرئيس في ساحة الاستقلال احتفالا: after في only a body (known, or opening with a body noun) is
                // whose the office is; a place or anything else is where the holder is, and the clause goes on
                return j;
            }
            if (isKind(n, Phrase.Kind.ACTOR) || isKind(n, Phrase.Kind.DEMONYM)) {
                Unit u;
                if (isKind(n, Phrase.Kind.DEMONYM) || isActor(n, ActorType.COUNTRY)) {
                    u = countryUnit(s, e, n, n.phrase().actor());
                } else {
                    u = new Unit(s, e, lastOf(s, n), n.begin(), n.end());
                    u.actor(n.phrase().actor());
                }
                // whose the office is: a body or country right after the title or after في right after it, or a
                // nisba after definite words (مستشار الأمن القومي الأمريكي); after a noun in construct the actor is
                // that noun's (in "رئيس بعثة الأمم المتحدة في جنوب السودان" the holder heads the mission, neither
                // the United Nations nor South Sudan)
                u.qualifier = construct || !(e == j || (afterIn && e == j + 1) || isKind(n, Phrase.Kind.DEMONYM));
                found.add(u);
                closes = true;
                e = lastOf(s, n) + 1;
                continue;
            }
            if (nameStop(s, e) || cue(s, e, Cues.NAME_PARTICLE) != null || articleGivenName(s, e)
                    || (hasArticle(x) && e + 1 < size(s) && cue(s, e + 1, Cues.NAME_PARTICLE) != null)
                    || !(n == null || isKind(n, Phrase.Kind.CUE) || isKind(n, Phrase.Kind.INSTITUTION))) {
                // عبد الله بن فلان، الوليد بن فلان: a name's particle, or a definite word before one, is the name
                return j;
            }
            if (hasArticle(x)) {
                closes = true;
            } else if (e + 1 < size(s) && hasArticle(tok(s, e + 1)) && cue(s, e + 1, Cues.NAME_TAIL) == null) {
                // (نور الدين، سيف الإسلام: a compound given name, no noun in construct with its genitive)
                closes = false;
                construct = true;
            } else {
                return j;
            }
            e++;
        }
        return j;
    }

    private static Unit firstBody(List<Unit> inner) {
        for (Unit u : inner) {
            if (u.type != null && u.type != ActorType.PERSON && !u.qualifier) {
                return u;
            }
        }
        return null;
    }

    /**
     * "لشؤون نصف الكرة الغربي"، "لشؤون الشرق الأوسط وشمال أفريقيا" at token {@code j}: a field of an office longer
     * than {@link #officeDomain} reads (a noun with ل, up to four words after it: a construct, definite words,
     * one joined by و), where its holder's name follows right after. One past its end; {@code j} when it is none.
     */
    private int longerOfficeDomain(int s, int j) {
        if (j >= size(s) || !tok(s, j).isWord()) {
            return j;
        }
        String w = tok(s, j).norm();
        Match here = at(s, j);
        if (!w.startsWith("ل") || w.startsWith("لل") || w.length() < 4 || nameStop(s, j)
                || !(here == null || isKind(here, Phrase.Kind.CUE))) {
            return j;
        }
        for (int e = j + 1; e < size(s) && e - j <= 4; e++) {
            Token x = tok(s, e);
            Match m = at(s, e);
            boolean place = isActor(m, ActorType.PLACE) || isActor(m, ActorType.COUNTRY);
            if (!x.isWord() || nameStop(s, e) || isActor(m, ActorType.PERSON) || isKind(m, Phrase.Kind.OFFICE)) {
                return j;
            }
            if (e > j + 1 && holderFollows(s, e) && (hasArticle(tok(s, e - 1)) || place)) {
                return e;
            }
            if (!hasArticle(x) && !place && (e > j + 1
                    // a noun in construct (نصف الكرة) must have its definite genitive right after it; in
                    // "لوكا فيراري والإسباني فلان" the word is a name's
                    || e + 1 >= size(s) || !tok(s, e + 1).norm().startsWith("ال"))) {
                return j;
            }
        }
        return j;
    }

    /**
     * Like {@link #countryAfterIn}, for a party or organisation: "القيادي في الحزب فلان"، "العضو في حركة كذا فلان":
     * في and an organisation the lexicon knows, or a bare noun for the one named before (الحزب), then a word no
     * lexicon knows that opens a name: the office's organisation; else null.
     */
    private Unit organizationAfterIn(int s, int j) {
        if (j + 2 >= size(s) || !tok(s, j).norm().equals("في")) {
            return null;
        }
        Match c = at(s, j + 1);
        Unit body = null;
        if (isActor(c, ActorType.ORGANIZATION) && c.prefix().isEmpty()) {
            body = new Unit(s, j + 1, lastOf(s, c), c.begin(), c.end());
            body.actor(c.phrase().actor());
        } else if (c != null && isKind(c, Phrase.Kind.CUE)) {
            body = bareReference(s, j + 1, c);
        }
        if (body == null || body.type != ActorType.ORGANIZATION) {
            return null;
        }
        int after = body.last + 1;
        boolean nameFollows = after + 1 < size(s) && tok(s, after).isWord() && at(s, after) == null
                && !hasArticle(tok(s, after)) && !nameStop(s, after) && cue(s, after, Cues.COMMON_NOUN) == null
                && !tok(s, after).norm().startsWith("و");
        return nameFollows ? body : null;
    }

    /**
     * "في مالي" after a title and before its holder: في, a country without clitics, then a rank or a word no lexicon
     * knows (the holder's name). A country unit for the office; else null (الرئيس في خطاب: where he spoke).
     */
    private Unit countryAfterIn(int s, int j) {
        if (j + 2 >= size(s) || !tok(s, j).norm().equals("في")) {
            return null;
        }
        Match c = at(s, j + 1);
        if (!isActor(c, ActorType.COUNTRY) || !c.prefix().isEmpty()) {
            return null;
        }
        int after = lastOf(s, c) + 1;
        Match next = at(s, after);
        boolean holderFollows = after < size(s) && tok(s, after).isWord() && !nameStop(s, after)
                && ((isKind(next, Phrase.Kind.OFFICE) && true_(next.phrase().term(), "honorific"))
                || (next == null && !hasArticle(tok(s, after)) && cue(s, after, Cues.COMMON_NOUN) == null));
        return holderFollows ? countryUnit(s, j + 1, c, c.phrase().actor()) : null;
    }

    /**
     * "في بلغراد"، "في هايتي" after a title and before its holder: في, a place or country the lexicon knows, written
     * without clitics, then the holder (two words of a name or more, a listed person, a rank). The place's or
     * country's unit; else null ("الرئيس في باريس لحضور القمة": where he went, and the clause goes on).
     */
    private Unit placeOfPost(int s, int j) {
        if (j + 2 >= size(s) || !tok(s, j).norm().equals("في")) {
            return null;
        }
        Match c = at(s, j + 1);
        if (!(isActor(c, ActorType.PLACE) || isActor(c, ActorType.COUNTRY)) || !c.prefix().isEmpty()
                || c.end() != tok(s, lastOf(s, c)).end() || !holderFollows(s, lastOf(s, c) + 1)) {
            return null;
        }
        return isActor(c, ActorType.COUNTRY) ? countryUnit(s, j + 1, c, c.phrase().actor()) : actor(s, j + 1, c);
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
        // the host is a country, a place, or the body an envoy sits in (لدى الأمم المتحدة)
        if (!isMarker || !(isActor(h, ActorType.COUNTRY) || isActor(h, ActorType.PLACE) || isActor(h, ActorType.ORGANIZATION))
                || !h.prefix().isEmpty()) {
            return j;
        }
        Unit host = actor(s, j + 1, h);
        inner.add(host);
        return host.last + 1;
    }

    /** The organisation a lexicon person holds {@code office} of (ng:holds), the latest listed; else null. */
    private static String listedOrganization(ActorEntry person, Term office) {
        String org = null;
        for (HeldOffice h : person.holds()) {
            if (h.office().equals(office.key())) {
                org = h.organizationKey();
            }
        }
        return org;
    }

    /** أما, alone or with و, in matching form. */
    private static final Set<String> AMMA = Set.of(ArabicNormalizer.normalize("أما"), ArabicNormalizer.normalize("وأما"));

    /**
     * The country a sentence opens on, before a bare state office at {@code i}: its capital after في (see
     * {@link #capitalCountryOpening}), or a nisba in the words before the sentence's first comma (وفي أول تعليق
     * أميركي، وعلى الصعيد الروسي،), when they are at most seven, name no actor, office or body and the office
     * comes after them; the country's unit is a qualifier among {@code inner}. Null otherwise.
     */
    private Unit countryOpening(int s, int i, List<Unit> inner) {
        Unit capital = capitalCountryOpening(s, inner);
        if (capital != null) {
            return capital;
        }
        Match nisba = null;
        int at = -1;
        for (int x = 0; x < Math.min(i, 7); x++) {
            Token t = tok(s, x);
            if (COMMAS.contains(t.norm())) {
                if (nisba == null || x == 0) {
                    return null;
                }
                Unit u = countryUnit(s, at, nisba, nisba.phrase().actor());
                u.qualifier = true;
                inner.add(u);
                return u;
            }
            Match n = at(s, x);
            if (!t.isWord() || isKind(n, Phrase.Kind.ACTOR) || isKind(n, Phrase.Kind.OFFICE)
                    || isKind(n, Phrase.Kind.INSTITUTION)) {
                return null;
            }
            if (isKind(n, Phrase.Kind.DEMONYM)) {
                if (nisba != null || n.phrase().actor() == null || n.phrase().actor().type() != ActorType.COUNTRY
                        || !n.prefix().isEmpty()) {
                    return null;
                }
                nisba = n;
                at = x;
                x = lastOf(s, n);
            }
        }
        return null;
    }

    /**
     * "وفي واشنطن، ..."، "في موسكو، ...": a sentence opening with في and a capital, then a comma, speaks of that
     * capital's state; a unit of that country for an office that names none (added to {@code inner}), else null.
     */
    private Unit capitalCountryOpening(int s, List<Unit> inner) {
        // "أما في باريس، فقال ...": أما before في opens the same contrast of capitals
        int in = AMMA.contains(tok(s, 0).norm()) ? 1 : 0;
        if (size(s) < in + 3 || !(tok(s, in).norm().equals("في") || (in == 0 && tok(s, 0).norm().equals("وفي")))) {
            return null;
        }
        Match c = at(s, in + 1);
        if (!isActor(c, ActorType.PLACE) || !c.prefix().isEmpty() || lastOf(s, c) + 1 >= size(s)
                || !COMMAS.contains(tok(s, lastOf(s, c) + 1).norm())) {
            return null;
        }
        ActorEntry country = stateWithCapital(c.phrase().actor().key());
        if (country == null) {
            return null;
        }
        Unit u = countryUnit(s, in + 1, c, country);
        u.qualifier = true;
        inner.add(u);
        return u;
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
        if (office.end() < t.end() && ArabicNormalizer.normalize(original(office.end(), t.end())).equals("ا")) {
            return true;
        }
        // "عينه رئيسا للوزراء خلفا له": the accusative on the first word of a longer title, whose body follows with ل
        // (a label written so, or the alef read off the word), is as predicative
        String[] words = office.phrase().tokens();
        String first = tok(s, lastOf(s, office) - (office.last() - office.first())).norm();
        return words.length > 1 && words[1].startsWith("ل") && (words[0].endsWith("ا") && !words[0].startsWith("ال")
                || first.length() > office.prefix().length() && first.substring(office.prefix().length()).equals(words[0] + "ا"));
    }

    /**
     * "الرئيس ورئيس الوزراء وفلان": a title that is itself the next of a list (و on the title) followed by a word with
     * و is a list going on; that word opens the next item, no name of the title's holder.
     */
    private boolean coordinatedList(int s, int i, Match title, int k) {
        // والرئيس وين مينت: an East Asian family name written with و as its own first letter opens the holder's name
        return title.prefix().startsWith("و") && k < size(s) && tok(s, k).isWord() && tok(s, k).norm().startsWith("و")
                && !names.eastAsianFamilyName(s, k);
    }

    /**
     * "المتحدث باسم الشرطة، فريد فلان، إن": a word opening with ف after the title's comma is a given name (فريد،
     * فيصل، فرانسوا), not ف and a clause, when two words or more no lexicon knows, none with the article, run from it
     * to the next comma (a clause after the comma goes on: الحاكم، فرفض الطلب).
     */
    private boolean nameBetweenCommas(int s, int k) {
        if (!tok(s, k).norm().startsWith("ف") || !COMMAS.contains(tok(s, k - 1).norm())) {
            return false;
        }
        int end = readName(s, k, 4);
        if (end - k < 2 || end >= size(s) || !COMMAS.contains(tok(s, end).norm())) {
            return false;
        }
        for (int x = k; x < end; x++) {
            if (hasArticle(tok(s, x)) || at(s, x) != null) {
                return false;
            }
        }
        return true;
    }

    /** A word opening with the conjunction و or ف: after a comma it starts a new clause (، ودخل عمال), not a name. */
    private static boolean conjunction(Token t) {
        return t.isWord() && (t.norm().startsWith("و") || t.norm().startsWith("ف")) && t.norm().length() > 3;
    }

    /**
     * Whether a body's noun (lexv:OrganizationNoun, InstitutionNoun, BodyNameNoun) stands with ل and the article
     * written ل (للمنظمة، للجنة): the genitive of a title before it, as a body's name with ل is.
     */
    private boolean definiteAfterLam(Match n, Token t) {
        return n.prefix().equals("ل") && t.norm().startsWith("لل") && isKind(n, Phrase.Kind.CUE)
                && (n.phrase().isCue("OrganizationNoun") || n.phrase().isCue("InstitutionNoun")
                    || n.phrase().isCue("BodyNameNoun"));
    }

    /**
     * "فلان، الأمين العام لحزب فريتيلين"، "المتحدث باسم الحكومة والأمين العام لحركة كذا"، "الأمين العام لجمعية كذا":
     * a party's noun (lexv:OrganizationNoun) or a body-name noun (lexv:BodyNameNoun) with ل, in construct, is the
     * genitive of the title before it, as "للحزب" is, when the
     * title is an office held in a body: not a state's office with no name in a body (المعارض لحزب كذا is one
     * opposing the party, no office of it).
     */
    private boolean partyAfterLam(int s, int j, Match n, Term office) {
        return n.prefix().equals("ل") && isKind(n, Phrase.Kind.CUE)
                && (n.phrase().isCue("OrganizationNoun") || n.phrase().isCue("BodyNameNoun"))
                && n.end() == tok(s, j).end() && lastOf(s, n) + 1 < size(s)
                && !(true_(office, "national") && office.property("labelInOrganization") == null);
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
     * "الجنرال فلان علان قائد الجيش، والأميرال فلان قائد البحرية": an officer named with his rank, then with no comma a
     * title that names its body and no holder after it: the title is his, as after a comma. Only after a rank
     * (lexv:armedRank): after a name alone the title may be the verb's object (استقبل فلان قائد الجيش).
     */
    private Unit rankedNameBefore(int s, int i) {
        Unit before = i >= 2 ? cover.get(s)[i - 1] : null;
        if (before == null || before.last != i - 1 || !before.isPerson() || !before.resolved() || before.first >= i - 1) {
            return null;
        }
        Match rank = at(s, before.first);
        return isKind(rank, Phrase.Kind.OFFICE) && true_(rank.phrase().term(), "armedRank") ? before : null;
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

    /**
     * "فيما قال فلان علان، رئيس المكتب السياسي للحركة، إن"، "واعتقلت الشرطة فلان علان، زعيم عصابة كذا": two to four
     * words no lexicon knows, read as a name that ends right at the comma before a title naming whose office it is,
     * after a word the lexicon knows (a verb, a preposition), punctuation or the sentence's start: that person, added
     * here, holds the title. Null otherwise.
     */
    private Unit nameBeforeTitle(int s, int i) {
        int x = nameBeforeTitleAt(s, i);
        int end = nameEndBeforeTitle(s, i);
        Unit aged = end < i - 1 && end > 0 ? cover.get(s)[end - 1] : null;
        if (x < 0 && aged != null && aged.isPerson() && aged.last == end - 1) {
            // فلان علان (45 عاما)، زعيم حزب كذا: the name was read already by the age after it
            return aged;
        }
        if (x < 0) {
            return transliteratedNameBefore(s, i);
        }
        boolean listed = listedAfterAnd(s, x);
        int firstOfTwo = listed ? foreignNameBefore(s, x) : -1;
        if (firstOfTwo >= 0) {
            // فلان علان وفلانة علان، المسؤولة في حزب كذا: the name before و is a person of the list too
            add(s, unknownPerson(s, firstOfTwo, x));
        }
        Unit person = unknownPerson(s, x, nameEndBeforeTitle(s, i), listed ? 1 : 0);
        add(s, person);
        return person;
    }

    /**
     * "وأعلن فلان، رئيس حزب كذا، أن": the one word before the comma at {@code i - 1} is the surname of a person the
     * article named in full before (articleNames), standing where a name may open (the sentence's start, punctuation,
     * or a word a dictionary of Arabic knows: a verb, a particle), so no longer name ends there: a mention of that
     * person, who holds the title. Null otherwise; the unit stays out of the sentence's cover, whose later pass
     * reads the surname as it reads every other.
     */
    private Unit surnameBeforeTitle(int s, int i) {
        int k = i - 2;
        if (k < 0 || !COMMAS.contains(tok(s, i - 1).norm()) || cover.get(s)[k] != null || !tok(s, k).isWord()) {
            return null;
        }
        boolean opens = k == 0 || !tok(s, k - 1).isWord() || cover.get(s)[k - 1] != null || at(s, k - 1) != null
                || nameStop(s, k - 1) || knownWord(names.written(s, k - 1));
        String word = tok(s, k).norm();
        String key = opens ? articleNames.get(word) : null;
        Unit named = key == null ? null : unitByKey(key);
        if (named == null || !named.isPerson() || named.labelAr == null
                || !ArabicNormalizer.normalize(named.labelAr).endsWith(" " + word)) {
            return null;
        }
        Token t = tok(s, k);
        Unit again = new Unit(s, k, k, t.begin(), t.end());
        again.sameActorAs(named);
        return again;
    }

    /**
     * Whether a dictionary of Arabic knows a written word, as written or after a leading و or ف (وكان، فأعلن: the
     * dictionary does not read every conjunction on a verb).
     */
    private static boolean knownWord(String written) {
        if (ArabicVocabulary.kind(written) != ArabicVocabulary.Kind.UNKNOWN) {
            return true;
        }
        return written != null && written.length() > 3 && "وف".indexOf(written.charAt(0)) >= 0
                && ArabicVocabulary.kind(written.substring(1)) != ArabicVocabulary.Kind.UNKNOWN;
    }

    /**
     * Whether the name {@link #nameBeforeTitle} would read before the title at {@code i} is all words no dictionary
     * of Arabic knows (a transliterated name): with no body in the title, "قد انتخبت فلان، وزير الدفاع الأسبق" must
     * not make the verb a given name.
     */
    private boolean transliteratedApposedName(int s, int i) {
        int x = nameBeforeTitleAt(s, i);
        if (x < 0) {
            return false;
        }
        for (int y = x; y < nameEndBeforeTitle(s, i); y++) {
            if (ArabicVocabulary.kind(names.written(s, y)) != ArabicVocabulary.Kind.UNKNOWN) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the name {@link #nameBeforeTitle} would read before the title at {@code i} ends in a surname no
     * dictionary of Arabic knows and has no word that is only a verb to it: "جون سميث، زعيم اتحاد كذا" (the
     * dictionary knows جون "bay", so not every word of a foreign name is unknown to it), but not "انتخبت فلان،".
     */
    private boolean foreignApposedName(int s, int i) {
        int x = nameBeforeTitleAt(s, i);
        if (x < 0) {
            return false;
        }
        int end = nameEndBeforeTitle(s, i);
        for (int y = x; y < end; y++) {
            if (ArabicVocabulary.verbOnly(names.written(s, y))) {
                return false;
            }
        }
        return ArabicVocabulary.kind(names.written(s, end - 1)) == ArabicVocabulary.Kind.UNKNOWN;
    }

    /**
     * One past the last word of a name set off before the title at {@code i}: the comma before it, or the bracket
     * opening the person's age between the name and the comma (فلان علان (47 عاما)، مرشح الحزب).
     */
    private int nameEndBeforeTitle(int s, int i) {
        int c = i - 1;
        if (c >= 5 && tok(s, c - 1).is(")") && tok(s, c - 4).is("(") && tok(s, c - 3).kind() == Token.Kind.NUMBER
                && tok(s, c - 2).isWord()) {
            return c - 4;
        }
        return c;
    }

    /**
     * Whether the title at {@code i} opens with an indefinite noun in the accusative, no clitic on it (رئيسا، سفيرا،
     * رئيسا للوزراء): the alef after the office's word, or inside a title the lexicon writes so.
     */
    private boolean accusativeTitle(int s, int i, Match m) {
        Token t = tok(s, i);
        if (!m.prefix().isEmpty() || hasArticle(t)) {
            return false;
        }
        if (lastOf(s, m) == i) {
            return "ا".equals(CompiledLexicon.lightForm(original(m.end(), t.end())));
        }
        // رئيسة للحكومة، وزيرة للخارجية: a feminine head has no alef; its genitive with ل (no construct) shows it
        // indefinite
        return t.norm().endsWith("ا") || t.norm().endsWith("ه") && tok(s, i + 1).norm().startsWith("ل");
    }

    /**
     * "عين فلانا رئيسا جديدا للوزراء"، "قائدا عاما للجيش"، "رئيسا مؤقتا للحكومة": an accusative head word of a title,
     * one accusative adjective after it (indefinite, no word the lexicon reads), then the genitive with لل, is the
     * office the head makes with that genitive (رئيس الوزراء), when the lexicon has it; else the head's own office.
     */
    private Term describedAccusative(int s, int i, Match m) {
        Term read = m.phrase().term();
        if (m.first() != m.last() || !accusativeTitle(s, i, m) || i + 2 >= size(s)) {
            return read;
        }
        Token adjective = tok(s, i + 1);
        Match a = at(s, i + 1);
        String genitive = tok(s, i + 2).norm();
        if (!adjective.isWord() || hasArticle(adjective) || !adjective.norm().endsWith("ا")
                || adjective.norm().length() < 4 || (a != null && !isKind(a, Phrase.Kind.CUE)) || !genitive.startsWith("لل")
                || genitive.length() < 4) {
            return read;
        }
        String head = tok(s, i).norm();
        String label = head.substring(0, head.length() - 1) + " ال" + genitive.substring(2);
        return lex.officesByLabel.getOrDefault(label, read);
    }

    /**
     * "عين النواب فلان علان وزيرا للداخلية"، "انتخب المجلس فلان علان رئيسا له": the office in the accusative is what
     * the person named right before it is made; two to four words no lexicon knows, read as a name that ends at the
     * title, after a word the lexicon reads (the verb, its subject). That person, added here, holds the title.
     */
    private Unit appointeeBeforeTitle(int s, int i) {
        for (int x = Math.max(1, i - 4); x <= i - 2; x++) {
            Match before = at(s, x - 1);
            Token first = tok(s, x);
            // "بتعيين الهادي فلان رئيسا للوزراء": right after the act of appointing (a trigger whose needed object is
            // this title), a name of two words or more may open with the article
            String needed = isKind(before, Phrase.Kind.TRIGGER) ? before.phrase().term().property("needsObject") : null;
            boolean appointed = needed != null && i - x >= 2 && wordOfClass(s, i, needed);
            // "وكان فلان علان رئيسا للوزراء": a verb of being (a word that ends names) says the name after it holds
            // the office
            boolean copula = cue(s, x - 1, Cues.COPULA_VERB) != null || cue(s, x - 1, Cues.REMAIN_VERB) != null;
            // "وكان قد عيّن، الإثنين، فلان علان رئيسا للوزراء": after a comma setting off the day, the name opens there
            boolean afterComma = before == null && COMMAS.contains(tok(s, x - 1).norm());
            if (!afterComma && (before == null || lastOf(s, before) != x - 1) || isKind(before, Phrase.Kind.OFFICE)
                    || nameStop(s, x - 1) && !copula || !first.isWord() || hasArticle(first) && !appointed
                    || conjunction(first) || at(s, x) != null) {
                continue;
            }
            boolean free = true;
            for (int y = x; y < i && free; y++) {
                free = cover.get(s)[y] == null && tok(s, y).isWord();
            }
            if (free && readName(s, x, 4) == i) {
                Unit person = unknownPerson(s, x, i);
                add(s, person);
                return person;
            }
        }
        return null;
    }

    /**
     * "وقال فلان علان زعيم حزب كذا إن"، "قادة المعارضة: فلان علان زعيم حزب كذا، وفلان علان زعيم كتلة كذا": two or three
     * words right before a title naming whose office it is, no comma between, none of them a word of Arabic to the
     * dictionary ({@link ArabicVocabulary}: a transliterated name), after punctuation, a word the lexicon knows or the
     * sentence's start: that person, added here, holds the title. A و opening the first word is the list's "and" when
     * the rest of the word is no Arabic word either. Null otherwise.
     */
    private Unit transliteratedNameBefore(int s, int i) {
        for (int x = Math.max(0, i - 3); x <= i - 2; x++) {
            boolean opens = x == 0 || !tok(s, x - 1).isWord()
                    || (at(s, x - 1) != null && lastOf(s, at(s, x - 1)) == x - 1) || nameStop(s, x - 1);
            if (!opens) {
                continue;
            }
            int clitic = 0;
            boolean foreign = true;
            for (int y = x; y < i && foreign; y++) {
                Token t = tok(s, y);
                String w = names.written(s, y);
                if (y == x && w.startsWith("و") && w.length() > 4) {
                    w = w.substring(1);
                    clitic = 1;
                }
                foreign = t.isWord() && cover.get(s)[y] == null && at(s, y) == null && !hasArticle(t) && !nameStop(s, y)
                        && w.length() >= 3 && ArabicVocabulary.kind(w) == ArabicVocabulary.Kind.UNKNOWN;
            }
            if (foreign) {
                Unit person = unknownPerson(s, x, i, clitic);
                add(s, person);
                return person;
            }
        }
        return null;
    }

    /**
     * "فلان علان، المحامي الموكل عنه، وفلان علان، المسؤول في حزب كذا": whether the word at {@code x} is و and the
     * first word of a name listed after a comma or after a person named just before: the rest of the word is no
     * word of Arabic to the dictionary ({@link ArabicVocabulary}: a transliterated name, not وقال or وأكد).
     */
    private boolean listedAfterAnd(int s, int x) {
        String w = names.written(s, x);
        if (x == 0 || !w.startsWith("و") || w.length() < 5 || hasArticle(tok(s, x))
                || ArabicVocabulary.kind(w.substring(1)) != ArabicVocabulary.Kind.UNKNOWN) {
            return false;
        }
        Unit before = cover.get(s)[x - 1];
        return COMMAS.contains(tok(s, x - 1).norm()) || before != null && before.last == x - 1 && before.isPerson()
                || foreignNameBefore(s, x) >= 0;
    }

    /**
     * Where a name of two or three words that no lexicon knows and no dictionary of Arabic has (a transliterated
     * name) opens, ending right before token {@code end}, after punctuation, a word the lexicon knows or the
     * sentence's start; -1 when there is none.
     */
    private int foreignNameBefore(int s, int end) {
        for (int x = Math.max(0, end - 3); x <= end - 2; x++) {
            boolean opens = x == 0 || !tok(s, x - 1).isWord()
                    || (at(s, x - 1) != null && lastOf(s, at(s, x - 1)) == x - 1) || nameStop(s, x - 1);
            boolean foreign = opens;
            for (int y = x; y < end && foreign; y++) {
                Token t = tok(s, y);
                String w = names.written(s, y);
                foreign = t.isWord() && cover.get(s)[y] == null && at(s, y) == null && !hasArticle(t) && !nameStop(s, y)
                        && !(y == x && conjunction(t)) && w.length() >= 3
                        && ArabicVocabulary.kind(w) == ArabicVocabulary.Kind.UNKNOWN;
            }
            if (foreign) {
                return x;
            }
        }
        return -1;
    }

    /** Where the name {@link #nameBeforeTitle} reads before the title at {@code i} opens; -1 when there is none. */
    private int nameBeforeTitleAt(int s, int i) {
        int end = i < 3 ? i - 1 : nameEndBeforeTitle(s, i);
        if (i < 3 || !COMMAS.contains(tok(s, i - 1).norm()) || cover.get(s)[end - 1] != null) {
            return -1;
        }
        return nameEndingAt(s, end, true);
    }

    /**
     * Where a name of two to four words no unit covers yet, ending right before token {@code end}, opens: after a
     * word the lexicon reads, punctuation, a name stop or the sentence's start; -1 when there is none. With
     * {@code listed}, a name joined by و to one before it ("فلان وعلان، الوزيران") and a given name written with the
     * article (الحسن فلان) open one too.
     */
    private int nameEndingAt(int s, int end, boolean listed) {
        return nameEndingAt(s, end, listed, false);
    }

    /**
     * As {@link #nameEndingAt(int, int, boolean)}; with {@code afterDefinite}, a name may open after a definite noun no
     * lexicon reads too (أوقفت الشرطة في المكان فلان علان 45 عاما): a name before an age is not that noun's adjective.
     */
    private int nameEndingAt(int s, int end, boolean listed, boolean afterDefinite) {
        for (int x = Math.max(0, end - 4); x <= end - 2; x++) {
            boolean opens = x == 0 || !tok(s, x - 1).isWord() || (at(s, x - 1) != null && lastOf(s, at(s, x - 1)) == x - 1)
                    || nameStop(s, x - 1) || listed && listedAfterAnd(s, x)
                    || afterDefinite && x >= 2 && hasArticle(tok(s, x - 1))
                    // في مقدمتهم فلان علان، زعيم الحزب: a noun with a pronoun suffix is no word of a name, so one may
                    // open after it
                    || (x >= 1 && tok(s, x - 1).isWord() && possessedNoun(s, x - 1));
            Token first = tok(s, x);
            if (!opens || !first.isWord() || (hasArticle(first) && !(listed && articleGivenName(s, x)))
                    || (conjunction(first) && !(listed && listedAfterAnd(s, x))) || nameStop(s, x)
                    || (at(s, x) != null && cue(s, x, Cues.NAME_PARTICLE) == null)) {
                continue;
            }
            boolean free = true;
            for (int y = x; y < end && free; y++) {
                free = cover.get(s)[y] == null && tok(s, y).isWord();
            }
            if (free && readName(s, x, 4) == end) {
                return x;
            }
        }
        return -1;
    }

    /**
     * Whether a word no dictionary of Arabic knows, too long for a syllable of an East Asian name, follows the word at
     * {@code k} (كيم مونوفيتيا): a Cambodian or Filipino name opening with a listed family name goes on as a foreign
     * name does, and the family name alone is no mention of the one person of that family named before.
     */
    private boolean foreignWordAfter(int s, int k) {
        if (k + 1 >= size(s) || !tok(s, k + 1).isWord() || at(s, k + 1) != null || hasArticle(tok(s, k + 1))) {
            return false;
        }
        String w = tok(s, k + 1).norm();
        return !UnlistedNames.eastAsianWord(w, 1) && !w.startsWith("و")
                && ArabicVocabulary.kind(names.written(s, k + 1)) == ArabicVocabulary.Kind.UNKNOWN;
    }

    /**
     * Whether the word at {@code k} is a preposition on a noun the dictionary knows (بنسبة، بمعدل) right before a
     * number: فوز الرئيس بنسبة 64 في المئة gives the measure of what the title's holder did, no one-word name.
     */
    private boolean measureBeforeNumber(int s, int k) {
        return k + 1 < size(s) && tok(s, k + 1).kind() == Token.Kind.NUMBER
                && ArabicVocabulary.kind(names.written(s, k)) == ArabicVocabulary.Kind.CLITIC_WORD;
    }

    /**
     * Whether the word at {@code k} opens with و and is more than و and one letter: after a given name and a surname
     * with the article, "and" goes on with the clause (وأضاف، و«التحفظ») or with the next of two (والأمين العام،
     * ورئيس مجلس), never with a third word of the name, since no surname with the article is followed by one in و.
     * A quotation mark or bracket straight after a lone و (و«) is the same "and".
     */
    private boolean conjunctionAfterName(int s, int k) {
        if (k >= size(s) || !tok(s, k).isWord()) {
            return false;
        }
        String w = tok(s, k).norm();
        if (w.equals("و")) {
            return k + 1 < size(s) && !tok(s, k + 1).isWord();
        }
        return w.startsWith("و") && w.length() >= 3;
    }

    /** One past the last word of a name starting at {@code k}, or {@code k} when no name starts there. */
    private int readName(int s, int k, int max) {
        int start = k;
        if (names.eastAsianFamilyName(s, k) && (names.eastAsianName(s, k) > k + 1 || !foreignWordAfter(s, k))) {
            return names.eastAsianName(s, k);
        }
        if (byName(s, k)) {
            return k;
        }
        boolean afterParticle = false;
        // words read as part of the word before them (الله in عبد الله, الدين in نور الدين, a particle's word with the
        // article): the place of a later word in the name counts without them
        int merged = 0;
        if (max > 1 && articleGivenName(s, k)) {
            // الحبيب بورقيبة، الطيب بلعيز: a given name written with the article opens the name; a family name in
            // nisba form closes it (الهادي الجبالي)
            return tok(s, k + 1).norm().startsWith("ال") ? k + 2 : readName(s, k + 1, max - 1);
        }
        while (k < size(s) && k - start < max) {
            Token t = tok(s, k);
            if (!t.isWord() || t.norm().length() < 2) {
                break;
            }
            if (k - start >= 2 && t.norm().startsWith("ال") && cue(s, k, Cues.NAME_SUFFIX) != null) {
                // فرديناند ماركوس الابن: "Jr." is the name's last word, no "son" particle before more of it
                return k + 1;
            }
            if (names.nounWithAdjective(s, k)) {
                // "موجة إدانات غربية", "صفعة قوية": a common noun and the adjective agreeing with it end the name
                break;
            }
            if (k > start && kinshipInName(s, k)) {
                // فلان علان وابن عم فلانة: the kin of someone else opens there, no "bin" of this name
                break;
            }
            if (k > start && hasArticle(t)) {
                // الشيخ جابر الأحمد الصباح: a family chain after an honorific and a given name
                int chain = names.familyNameChain(s, start, k);
                if (chain > k) {
                    return chain;
                }
            }
            boolean particle = cue(s, k, Cues.NAME_PARTICLE) != null;
            if (particle && k > start && lex.filialParticles.contains(t.norm())) {
                // عوض محمد أحمد ابن عوف، معاوية ولد سيدي أحمد الطايع: a lineage's "son of" counts as no word of its own,
                // so the forefather's or family name it leads to is not cut off by the limit
                max++;
            }
            Match here = at(s, k);
            boolean functionWord = here != null && (here.phrase().isCue("NameStop") || here.phrase().isCue("Preposition"));
            if (k > start && !afterParticle && cue(s, k, Cues.NAME_TAIL) != null
                    && (t.norm().startsWith("ال") || bareNameTail(s, k))) {
                // the second half of a compound given name (نور الدين، سيف الإسلام), which counts as no word of its own
                // towards the limit (أنطوان فيليكس عبد الله ديوم is four names)
                k++;
                max++;
                merged++;
                continue;
            }
            if (k > start && names.foreignNameParticle(s, k)) {
                // ألكسندر فان دير بيلن، دريس فان آخت: a particle of a European name between its words, which counts as
                // no word of its own towards the limit; فان as written, with no hamza, is no فإن opening a clause
                k++;
                max++;
                continue;
            }
            // غير ستيفنسن، دون ماكاي: a function word that is a given name, before a transliterated surname; the two
            // are the name (what follows, نهاية حكومته, is the clause going on, which the rules below would not tell)
            if (k == start && names.givenNameAsFunctionWord(s, k)) {
                return k + 2;
            }
            if (k > start && k - start - merged <= 2 && names.functionWordClosingName(s, k)) {
                // ستيفن لو، ...: a function word the clause gives nothing to govern is the surname closing the name
                return k + 1;
            }
            // أبو طالب، عبد الحق، بن بركة: the word a particle governs is a name word whatever else the lexicon reads
            // it as (طالب "demanded"، الحق "the right"), written with no clitic and matched from its first letter
            boolean governed = afterParticle && here != null && here.prefix().isEmpty() && here.begin() == t.begin();
            boolean nameWord = (cliticTrigger(here) && (k > start || here.prefix().startsWith("ف")))
                    || (afterParticle && t.norm().startsWith("ال")) || governed
                    || (k == start && givenNameAsPlace(s, k, here))
                    || (k - start == 1 && surnameAsPlace(s, start, k, here))
                    || (k == start && names.givenNameAsNumber(s, k, here))
                    // دينا is no "الدين" with a suffix: the second half of a compound name opens none
                    || (k == start && here != null && here.phrase().isCue("NameTail"))
                    || (k > start && names.surnameOfAnother(s, start, k, here))
                    || names.surnameOfAnotherWithClitic(s, start, k, here)
                    // كياو مين يو، زاو مين تون: a word that opens East Asian names is a word of this one inside it,
                    // or opens it before a foreign word (كيم مونوفيتيا)
                    || names.eastAsianFamilyName(s, k)
                    || (k - start == 1 && shortNameWithClitic(s, k, here))
                    || (k > start && firstPersonTriggerAsName(s, k, here))
                    || (k > start && objectlessTriggerAsName(s, start, k, here))
                    || (k > start && monthAsName(s, k, here))
                    || (k > start && acronymInName(s, start, k, here))
                    || ((k > start || afterArticleGivenName(s, k)) && titleInsideName(s, k, here))
                    || (k == start && spelledGivenName(s, k, here))
                    || listedWithClitic(s, start, k, here)
                    || hamzaDroppedBehindClitic(s, start, k, here)
                    // فتح الله، نصر الله: a verb or verbal noun the triggers list is the first half of a compound name
                    || (isKind(here, Phrase.Kind.TRIGGER) && here.prefix().isEmpty() && lastOf(s, here) == k
                        && k + 1 < size(s) && tok(s, k + 1).norm().equals("الله"));
            if ((here != null && !particle && !functionWord && !nameWord) || (!particle && nameStop(s, k))
                    || cue(s, k, Cues.COMMON_NOUN) != null || (here == null && names.ordinaryWord(s, start, k))
                    || (k > start && here != null && here.prefix().startsWith("ف") && ammaBefore(s, start))) {
                break;
            }
            if (names.verbWithObject(s, k) || names.participleAfterName(s, start, k) || names.verbalNounAfterName(s, start, k)
                    || names.nounOfBodyAfterName(s, start, k) || names.derivedVerbalNounAfterName(s, start, k)
                    || names.saidNounAfterName(s, start, k) || names.verbalNounWithPrepositionAfterName(s, start, k)
                    || names.possessedNounAfterForeignName(s, start, k) || names.adverbWithPronounAfterName(s, start, k)
                    || names.pluralParticipleAfterName(s, start, k) || names.accusativeAfterNameWrittenAlone(s, start, k)
                    || names.prepositionWithPronounAfterName(s, start, k) || names.purposeVerbAfterName(s, start, k)
                    || verbAfterName(s, start, k, here)) {
                // يجردهما، تتهمه: an imperfect verb with its object pronoun is the clause going on; so is متأثرا بجروحه
                break;
            }
            // ويكريمسينغه، ويدراوغو: a surname of eight letters or more opening with و, after a name word, is no
            // "and" + a noun with a pronoun suffix, whatever follows it
            // بياتريس وإيزابيل: و before a hamza on alef is "and" (no name is spelt with وإ، وأ), whatever follows
            boolean hamzaAfterWaw = names.written(s, k).matches("و[أإآ].*");
            boolean longSurnameWithWaw = k > start && here == null && t.norm().startsWith("و") && !hamzaAfterWaw
                    && t.norm().length() >= 8 && !hasArticle(t)
                    // ومغادرتها، ومستشاريهم: a noun with a pronoun of its own is "and her leaving", no surname
                    && !PLAIN_PRONOUN_END.matcher(CompiledLexicon.lightForm(original(t.begin(), t.end()))).find();
            if (k > start && t.norm().startsWith("و") && !particle && !longSurnameWithWaw
                    && !(k - start == 1 && here == null && t.norm().length() >= 4 && nameEndsBefore(s, k + 1) && !hamzaAfterWaw)
                    && !(k - start == 1 && t.norm().length() <= 3 && !nameStop(s, k) && nameEndsBefore(s, k + 1))) {
                // و opens the next of two (خالد عمر وسمير حداد), except a long surname closing a two-word name
                // (رانيل ويكريمسينغ في، إسماعيل واغي إن), or a short one not written as a function word (مختار وان إن: no وأن)
                // what follows shows the name has ended, so و is its first letter
                break;
            }
            if (possessedNoun(s, k) && !longSurnameWithWaw) {
                break;
            }
            if (k > start && t.norm().equals("الله")) {
                // عبد الله، ذبيح الله، نصر الله: a name part, not a word with the article, and with its first half one name
                afterParticle = false;
                k++;
                max++;
                merged++;
                continue;
            }
            if (hasArticle(t) && !afterParticle) {
                // the surname's place among the name's words: عبد الله القلال is a given name and a surname, as
                // فؤاد المبزع is
                int place = k - start - merged;
                if (place == 1 && fatherWithArticle(s, k, here) && grandfatherClosing(s, start, k + 1)) {
                    // محمد الفكي سليمان، محمد الحسن سليمان: the Sudanese and Gulf chain of given name, father's name
                    // with the article and grandfather's name, which closes the name
                    k += 2;
                    break;
                }
                // a family name with the article may close a name, never open one: in nisba form (باسم العوادي),
                // or any word no lexicon knows when the clause goes on with no more of the name (علي العلاق إن),
                // but not as the third word: after two, a definite noun is the verb's object (وصف رئيس الوزراء
                // ماتيوش مورافيتسكي الحادثة بأنها ...), unless what is said or the name's apposed title follows it
                // (استشهد الرئيس فلان علان الفلانات رئيس الجمهورية)
                if (k > start && t.norm().startsWith("ال") && here == null
                        && ((t.norm().endsWith("ي") && t.norm().length() > 4) || (place < 2 && nameEndsBefore(s, k + 1))
                        // قدم فلان المقريف اعتذار ليبيا: a derived verbal noun after the surname is the verb's object
                        || (place == 1 && names.derivedVerbalNounAfterName(s, start, k + 1))
                        // قال الوزير فلان البشير وأضاف، فلان الحجرف والأمين العام: و after the second word opens the
                        // next clause or the next of two, as a comma would end the name
                        // (not after ب/ل on a common noun: بإحلال السلام واستعادة is a clause, no name)
                        || (place == 1 && conjunctionAfterName(s, k + 1)
                            && ArabicVocabulary.kind(names.written(s, start)) != ArabicVocabulary.Kind.CLITIC_WORD)
                        || (place == 2 && (clauseOpensAfter(s, k + 1) || apposedTitleAt(s, k + 1)))
                        // اللواء عمر محمد الطيب، وعددا من: a given name with the article (or a nisba, above) as the
                        // grandfather's name, where the name visibly ends, is no object of the verb
                        || (place == 2 && fatherWithArticle(s, k, here) && nameEndsBefore(s, k + 1))
                        || familyNameAfterLineage(s, start, k, here))) {
                    k++;
                } else if (k - start == 1 && here == null && k + 1 < size(s) && hasArticle(tok(s, k + 1))
                        && articleGivenName(s, k)) {
                    // محمد المنصف المرزوقي، محمد الطاهر الفلاني: a given name written with the article is the second of
                    // a Maghrebi double given name, and the family name with the article after it closes the name
                    // (alone, المنصف would close it, and the surname would be left over as an object)
                    k += 2;
                } else if (k - start == 1 && here == null && t.norm().startsWith("بال") && t.norm().length() > 5
                        && (clauseOpensAfter(s, k + 1) || k + 1 >= size(s) || !tok(s, k + 1).isWord())) {
                    // بالادينو، بالقاسم، بالعيد: a surname whose first letters read as ب and the article is no
                    // prepositional phrase when what is said or the sentence's end follows it (روبرت بالادينو إن)
                    k++;
                }
                break;
            }
            if (afterParticle && t.norm().startsWith("ال")) {
                // عبد الحليم، أبو الفضل: the particle and its word with the article are one given name, which counts
                // as one word towards the limit (محمد عبد الحليم أبو فلان is three names)
                max++;
                merged++;
            }
            afterParticle = particle;
            k++;
        }
        while (k > start && cue(s, k - 1, Cues.NAME_PARTICLE) != null && particleAsWritten(s, k - 1)) {
            k--;
        }
        return k;
    }

    /**
     * "كرمان بك باكييف"، "ألماز بك أتامباييف": the second half of a Central Asian (or Ottoman) given name written as a
     * word of its own (Kurmanbek, Almazbek), a NameTail without the article and without clitics, followed by a word
     * that may go on the name; it is read with the word before it as one given name.
     */
    private boolean bareNameTail(int s, int k) {
        if (k + 1 >= size(s) || hasArticle(tok(s, k)) || !tok(s, k + 1).isWord() || nameStop(s, k + 1)) {
            return false;
        }
        Match c = cue(s, k, Cues.NAME_TAIL);
        return c != null && c.prefix().isEmpty() && c.begin() == tok(s, k).begin() && c.end() == tok(s, k).end();
    }

    /**
     * "معاوية ولد سيدي أحمد الطايع، وهو"، "يحيى ولد أحمد الوقف،"، "خالد بن محمد العطية إن": after a lineage (a "son of"
     * particle and the father's name, ولد or بن), a word with the article that no lexicon reads, where the name
     * visibly ends after it, is the family or tribe name that closes the name, however many words came before (the
     * Mauritanian and Gulf forms are long). Without the lineage, a definite noun after three name words is the verb's
     * object, as the rules above read it. Where the clause goes on after the word (انتقد فلان بن علان الفلاني القرار),
     * the word closes the name when the article wrote that whole name before: the same man named again.
     */
    private boolean familyNameAfterLineage(int s, int start, int k, Match here) {
        if (here != null || !tok(s, k).norm().startsWith("ال") || tok(s, k).norm().length() < 4) {
            return false;
        }
        if (!(nameEndsBefore(s, k + 1) || clauseOpensAfter(s, k + 1))) {
            StringBuilder whole = new StringBuilder();
            for (int y = start; y <= k; y++) {
                whole.append(y > start ? " " : "").append(tok(s, y).norm());
            }
            if (!articleNames.containsKey(whole.toString())) {
                return false;
            }
        }
        for (int p = start + 1; p + 1 < k; p++) {
            if (lex.filialParticles.contains(tok(s, p).norm()) && cue(s, p, Cues.NAME_PARTICLE) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code k}, with the article, may be a father's name inside a name: a nisba of five letters
     * or more (الفكي) or a given name written with the article (lexv:ArticleGivenName: الحسن، الطيب), no lexicon form.
     */
    private boolean fatherWithArticle(int s, int k, Match here) {
        String w = tok(s, k).norm();
        return here == null && w.startsWith("ال") && (w.endsWith("ي") && w.length() > 4
                || lex.wordsOfClass.getOrDefault("ArticleGivenName", Set.of()).contains(w));
    }

    /**
     * Whether the word at {@code k}, after a given name and a father's name with the article, is the grandfather's
     * name that closes the name: without the article or a clitic, no lexicon form, common noun or verb the
     * dictionary knows (a given name is a word of it: سليمان), and the name visibly ends right after it. A word the
     * clause goes on with (ترشحه، أمس، إن) is none.
     */
    private boolean grandfatherClosing(int s, int start, int k) {
        if (k >= size(s) || !tok(s, k).isWord() || hasArticle(tok(s, k)) || at(s, k) != null || nameStop(s, k)
                || cue(s, k, Cues.COMMON_NOUN) != null || possessedNoun(s, k) || names.ordinaryWord(s, start, k)
                || tok(s, k).norm().startsWith("و") || !nameEndsBefore(s, k + 1)) {
            return false;
        }
        String w = names.written(s, k);
        ArabicVocabulary.Kind kind = ArabicVocabulary.kind(w);
        return lex.nameSpellings.containsKey(tok(s, k).norm()) || kind == ArabicVocabulary.Kind.UNKNOWN
                || kind == ArabicVocabulary.Kind.WORD && !ArabicVocabulary.futureVerb(w);
    }

    /**
     * "وزير الخارجية سيزار فلان"، "الوزيرة كريمة فلان": a word the lexicon lists as a given name the press spells
     * (lexv:NameSpelling) that it also reads as an act (سيزار as س + يزار "will be visited") or a kin noun (كريمة
     * "daughter of"), opening the words after a title, is that given name when a word no lexicon knows, without the
     * article, follows it: a foreign surname, no object or genitive of Arabic.
     */
    private boolean spelledGivenName(int s, int k, Match here) {
        if (here == null || !lex.nameSpellings.containsKey(tok(s, k).norm()) || lastOf(s, here) != k
                || !(isKind(here, Phrase.Kind.TRIGGER) || here.phrase().isCue("KinshipCue")) || k + 1 >= size(s)) {
            return false;
        }
        Token next = tok(s, k + 1);
        return next.isWord() && at(s, k + 1) == null && !hasArticle(next) && !nameStop(s, k + 1)
                && ArabicVocabulary.kind(names.written(s, k + 1)) == ArabicVocabulary.Kind.UNKNOWN;
    }

    /**
     * Whether the clause before a name opens with أما (within six words, nothing but words between): "أما رئيس الوزراء
     * فلان علان فتعهد" puts its predicate after ف, so a word the lexicon reads only behind ف (فتعهد، فقال) ends the
     * name there rather than being a surname (هاكان فيدان, with no أما before it). إما (either) has its hamza below;
     * written with none, اما is read as أما, the one of the two a name and ف follow.
     */
    private boolean ammaBefore(int s, int start) {
        for (int j = start - 1; j >= Math.max(0, start - 6); j--) {
            Token t = tok(s, j);
            if (!t.isWord()) {
                return false;
            }
            String written = CompiledLexicon.lightForm(original(t.begin(), t.end()));
            // many papers write أما without its hamza (اما الرئيس فلان فاعتبر)
            if (written.equals("أما") || written.equals("وأما") || written.equals("اما") || written.equals("واما")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name particle at {@code k} is written as one (أبي، ابي، بن), its hamza dropped or not: آبي (Abe) has
     * the matching form of أبي but is a surname, the last word of its name rather than a particle left hanging.
     */
    private boolean particleAsWritten(int s, int k) {
        Match p = cue(s, k, Cues.NAME_PARTICLE);
        Token t = tok(s, k);
        String written = CompiledLexicon.lightForm(original(t.begin(), t.end()));
        return lex.isWrittenAs(p.phrase().term(), written)
                || (written.startsWith("ا") && lex.isWrittenAs(p.phrase().term(), "أ" + written.substring(1)))
                || !p.prefix().isEmpty();
    }

    /**
     * Whether an apposition of prominence opens at {@code i} right after a comma: a lexv:ProminenceWord (أبرز), or
     * أحد/إحدى before one, and a noun in construct after it (أبرز وجوه، أحد أبرز منتقدي).
     */
    private boolean prominenceAfterComma(int s, int i) {
        if (i < 3 || !COMMAS.contains(tok(s, i - 1).norm())) {
            return false;
        }
        java.util.Set<String> words = lex.wordsOfClass.getOrDefault("ProminenceWord", Set.of());
        int p = (tok(s, i).norm().equals("احد") || tok(s, i).norm().equals("احدي")) ? i + 1 : i;
        return p + 1 < size(s) && words.contains(tok(s, p).norm()) && tok(s, p + 1).isWord() && !hasArticle(tok(s, p + 1))
                && !nameStop(s, p + 1);
    }

    /**
     * Whether an indefinite title or person noun in construct opens an apposition at {@code i} right after a comma (،
     * مستشار رئيس الوزراء، ، مرشح جبهة كذا، ، أمين عام الرئاسة): no clitic, no article, and the word it is in construct
     * with right after it, definite or one the lexicon reads. Who holds a title in construct with a body the lexicon
     * lacks, or with another office, is still the person the name before the comma names.
     */
    private boolean descriptorInConstructAfterComma(int s, int i) {
        Match m = i >= 3 && COMMAS.contains(tok(s, i - 1).norm()) ? at(s, i) : null;
        if (m == null || !m.prefix().isEmpty() || hasArticle(tok(s, i))
                || !(isKind(m, Phrase.Kind.OFFICE) || cue(s, i, Cues.PERSON_NOUN) != null)
                // وإلى reads as والي (a governor) once the hamza is gone: و before a hamza is "and"
                || original(tok(s, i).begin(), tok(s, i).end()).matches("و[أإآ].*")) {
            return false;
        }
        int x = nameBeforeTitleAt(s, i);
        for (int y = x; x >= 0 && y < i - 1; y++) {
            if (at(s, y) != null && cue(s, y, Cues.NAME_PARTICLE) == null) {
                // "إلى ضبط النفس، وإلى": words the lexicon reads are no unlisted name
                return false;
            }
        }
        int j = lastOf(s, m) + 1;
        if (j + 2 < size(s) && isQuote(tok(s, j)) && tok(s, j + 1).isWord()) {
            // "فلان، زعيم «الكرامة»،": a name in quotation marks after the noun is a body's, whatever its word
            return true;
        }
        if (j >= size(s) || !tok(s, j).isWord()) {
            return false;
        }
        // what the noun is in construct with is an office, a body or a country (، مستشار رئيس الوزراء، ، مرشح حزب
        // كذا), or a definite noun; not a pronoun or a function word: "، متهمة إياه" is the participle "accusing him"
        Match g = at(s, j);
        return g == null ? hasArticle(tok(s, j)) && !nameStop(s, j)
                : g.prefix().isEmpty() && (isKind(g, Phrase.Kind.OFFICE) || isKind(g, Phrase.Kind.ACTOR)
                    || isKind(g, Phrase.Kind.INSTITUTION) || g.phrase().isCue("OrganizationNoun"));
    }

    /** Whether a person's age in brackets opens at {@code i}: "(47 عاما)"، "(30 سنة)". */
    private boolean ageInBrackets(int s, int i) {
        return i >= 2 && i + 3 < size(s) && tok(s, i).is("(") && tok(s, i + 1).kind() == Token.Kind.NUMBER
                && years(s, i + 2) && tok(s, i + 3).is(")");
    }

    /**
     * Whether a person's age without brackets stands at {@code i}, a number then years then a comma, a full stop or
     * a relative pronoun (فلان علان 45 عاما، الذي اعترف؛ وكان فلان 34 عاما ، المعروف بـ): set off like that the
     * years are an age, not a duration (سجن فلان 10 أعوام في ...), which goes on with the clause.
     */
    private boolean ageSetOff(int s, int i) {
        if (i < 2 || i + 2 >= size(s) || tok(s, i).kind() != Token.Kind.NUMBER || !years(s, i + 1)) {
            return false;
        }
        Token after = tok(s, i + 2);
        return COMMAS.contains(after.norm()) || after.is(".") || cue(s, i + 2, Cues.RELATIVE_PRONOUN) != null;
    }

    /** Whether the counted noun of years (عاما، سنة، أعوام: the lexicon's CountedNoun counting "years") stands at {@code k}. */
    private boolean years(int s, int k) {
        Match unit = cue(s, k, Cues.COUNTED_NOUN);
        return unit != null && lastOf(s, unit) == k && "years".equals(unit.phrase().term().property("counts"));
    }

    /**
     * The name right before a person's age in brackets: two to four words no lexicon knows, none covered yet, after a
     * word the lexicon reads, punctuation or the sentence's start, read as a name that ends at the bracket. Added as a
     * person; nothing where no such name stands there (a title before the age has read its holder already).
     */
    private void nameBeforeAge(int s, int i) {
        int x = nameEndingAt(s, i, false, true);
        if (x >= 0) {
            add(s, unknownPerson(s, x, i));
        }
    }

    /**
     * "الشيخ فلان علان شقيق الأمير"، "فلانة علان زوجة الرئيس المخلوع": a kinship noun right after a word no reader
     * took, in construct with a definite title: the words before it end a person's name.
     */
    private boolean kinAfterName(int s, int i) {
        Match kin = i >= 2 && tok(s, i - 1).isWord() && cover.get(s)[i - 1] == null ? cue(s, i, Cues.KINSHIP_CUE) : null;
        if (kin == null || !kin.prefix().isEmpty() || kin.end() != tok(s, lastOf(s, kin)).end()
                || lastOf(s, kin) + 1 >= size(s)) {
            return false;
        }
        int k = lastOf(s, kin) + 1;
        Match after = at(s, k);
        return isKind(after, Phrase.Kind.OFFICE) && after.prefix().isEmpty() && hasArticle(tok(s, k));
    }

    /**
     * The name ending before the kinship noun at token {@code i}, when a word a lexicon reads (a verb, an honorific,
     * a preposition) stands right before it: after a comma or at a clause's start the words may be a common noun
     * (عائلة كذا، أقارب فلانة زوجة الرئيس), no name.
     */
    private void nameBeforeKin(int s, int i) {
        int x = nameEndingAt(s, i, false, true);
        Match before = x >= 1 ? at(s, x - 1) : null;
        if (before != null && lastOf(s, before) == x - 1) {
            add(s, unknownPerson(s, x, i));
        }
    }

    /**
     * Whether a kinship noun without a conjunction opens an apposition at {@code i} right after a comma (، نجل الرئيس
     * الراحل، ، والد فلان، ، شقيق الوزير): what the name set off before it is to someone.
     */
    private boolean kinAfterComma(int s, int i) {
        Match kin = i >= 3 && COMMAS.contains(tok(s, i - 1).norm()) ? cue(s, i, Cues.KINSHIP_CUE) : null;
        return kin != null && kin.prefix().isEmpty() && lastOf(s, kin) + 1 < size(s) && tok(s, lastOf(s, kin) + 1).isWord();
    }

    /**
     * "أوقفت رجلا يدعى فلان علان"، "أنه يُدعى فلان علان"، "المدعو فلان علان": after a word introducing a name
     * (lexv:NamingVerb, with و or not; a verb as written with its ى, as يدعي "claims" is not), a name of two words or
     * more no lexicon lists, without the article, is a person. Null where none follows.
     */
    private Unit namedAfterNamingVerb(int s, int i) {
        Token t = tok(s, i);
        java.util.Set<String> verbs = lex.wordsOfClass.getOrDefault("NamingVerb", Set.of());
        String w = t.norm().startsWith("و") && verbs.contains(t.norm().substring(1)) ? t.norm().substring(1) : t.norm();
        String written = CompiledLexicon.lightForm(original(t.begin(), t.end()));
        if (!t.isWord() || !verbs.contains(w) || written.endsWith("ي") || i + 2 >= size(s)) {
            return null;
        }
        int k = i + 1;
        Token first = tok(s, k);
        if (!first.isWord() || hasArticle(first) || at(s, k) != null || nameStop(s, k)) {
            return null;
        }
        int end = readName(s, k, 4);
        return end - k >= 2 ? unknownPerson(s, k, end) : null;
    }

    /**
     * "اعتقلت حليفته فلانة علان،"، "قالت محاميته فلانة علان إن": a noun with a pronoun suffix of the third person (an
     * ally, a lawyer: whose it is is said by the suffix, and no name carries one) that no lexicon reads,
     * then a name of two words or more no lexicon lists, is that noun in apposition with the person's name. The
     * name must end in a word no dictionary of Arabic knows, hold no word that is only a verb to it, and visibly
     * end, so that a noun and the clause after it ("أنصاره الشوارع") make no one. Null where none follows.
     */
    private Unit namedAfterPossessedNoun(int s, int i) {
        Token t = tok(s, i);
        // (a kin noun is left to the kin readers, which tell whose kin the name is: وقال شقيقه فلان منصور)
        if (!t.isWord() || i + 2 >= size(s) || hasArticle(t) || at(s, i) != null) {
            return null;
        }
        int k = i + 1;
        Token first = tok(s, k);
        if (!first.isWord() || hasArticle(first) || (at(s, k) != null && !namePart(s, k)) || nameStop(s, k)
                || conjunction(first)) {
            return null;
        }
        // the dictionary's reading last: it is the dearest test, and most words fail one above
        String w = names.written(s, i);
        if (PRONOUN_SUFFIXES.stream().noneMatch(w::endsWith) || !ArabicVocabulary.possessedNounOnly(w)) {
            return null;
        }
        int end = readName(s, k, 4);
        if (end - k < 2 || !nameEndsBefore(s, end)
                || ArabicVocabulary.kind(names.written(s, end - 1)) != ArabicVocabulary.Kind.UNKNOWN) {
            return null;
        }
        for (int y = k; y < end; y++) {
            if ((at(s, y) != null && !namePart(s, y)) || ArabicVocabulary.verbOnly(names.written(s, y))) {
                return null;
            }
        }
        return unknownPerson(s, k, end);
    }

    /** Whether the word at {@code k} is a particle or the second half of a compound given name (عبد، الدين). */
    private boolean namePart(int s, int k) {
        return cue(s, k, Cues.NAME_PARTICLE) != null || cue(s, k, Cues.NAME_TAIL) != null;
    }

    /**
     * "اعتقال اثنين من قادة الحراك، هما فلان علان وفلانة علان"، "بجوازي سفر باسمي فلان علان وفلان علان": after a word
     * opening a list of names (lexv:NameListOpener), each name of two words or more, joined by و or a comma, is a
     * person's. It must be a foreign name ({@link #foreignName}: "هم جنود الاحتياط" or "هما دولتان جارتان" are what
     * they are), its first word no lexicon form.
     */
    private List<Unit> namesAfterListOpener(int s, int i) {
        Token t = tok(s, i);
        if (!t.isWord() || i + 2 >= size(s)
                || !lex.wordsOfClass.getOrDefault("NameListOpener", Set.of()).contains(t.norm())) {
            return List.of();
        }
        List<Unit> out = new ArrayList<>();
        int k = i + 1;
        int clitic = 0;
        while (k < size(s)) {
            Token first = tok(s, k);
            if (!first.isWord() || hasArticle(first) || at(s, k) != null || nameStop(s, k)) {
                break;
            }
            int end = readName(s, k, 4);
            if (end - k < 2 || !foreignName(s, k, clitic)) {
                break;
            }
            out.add(unknownPerson(s, k, end, clitic));
            k = end;
            boolean comma = k < size(s) && COMMAS.contains(tok(s, k).norm());
            if (comma) {
                k++;
            }
            clitic = k < size(s) && tok(s, k).isWord() && tok(s, k).norm().startsWith("و") && tok(s, k).norm().length() > 3 ? 1 : 0;
            if (clitic == 0 && !comma) {
                break;
            }
        }
        return out;
    }

    /**
     * Whether a name read from {@code from} opens with a word no dictionary of Arabic knows, or with a given name the
     * lexicon spells: "وهم يهتفون باسم فلان" opens a clause with its verb, whatever foreign name follows it.
     */
    private boolean foreignName(int s, int from, int clitic) {
        return lex.nameSpellings.containsKey(tok(s, from).norm().substring(clitic))
                || ArabicVocabulary.kind(names.written(s, from).substring(clitic)) == ArabicVocabulary.Kind.UNKNOWN;
    }

    /**
     * Whether "باسم" at {@code k} is "in the name of, by the name" after a word that takes it (lexv:ByNameHead:
     * المعروف باسم، المتحدث السابق باسم), a former marker between them allowed: no given name Basim opening a name.
     */
    private boolean byName(int s, int k) {
        if (k == 0 || k >= size(s) || !tok(s, k).norm().equals("باسم")) {
            return false;
        }
        int h = k - 1;
        if (h > 0 && cue(s, h, Cues.FORMER_MARKER) != null) {
            h--;
        }
        return lex.wordsOfClass.getOrDefault("ByNameHead", java.util.Set.of()).contains(tok(s, h).norm());
    }

    /**
     * Whether a given name written with the article (lexv:ArticleGivenName) opens a name at {@code k}: only when more of
     * the name follows, a word no lexicon knows or a family name in nisba form (الهادي الجبالي); alone it is the
     * common word it also is (الطيب "the good").
     */
    private boolean articleGivenName(int s, int k) {
        if (k + 1 >= size(s) || !tok(s, k).norm().startsWith("ال")
                || !lex.wordsOfClass.getOrDefault("ArticleGivenName", java.util.Set.of()).contains(tok(s, k).norm())) {
            return false;
        }
        Token next = tok(s, k + 1);
        if (!next.isWord() || nameStop(s, k + 1)) {
            return false;
        }
        if (next.norm().startsWith("ال")) {
            // الهادي الجبالي, and a family name with the article no dictionary of Arabic knows (الهادي البكوش)
            return at(s, k + 1) == null && next.norm().length() > 4 && (next.norm().endsWith("ي")
                    || ArabicVocabulary.kind(names.written(s, k + 1)) == ArabicVocabulary.Kind.UNKNOWN);
        }
        return readName(s, k + 1, 1) > k + 1;
    }

    /** Whether the word before {@code k} is a given name written with the article (الباجي), which opens a name. */
    private boolean afterArticleGivenName(int s, int k) {
        return k > 0 && lex.wordsOfClass.getOrDefault("ArticleGivenName", java.util.Set.of()).contains(tok(s, k - 1).norm());
    }

    /**
     * "أحمد قايد صالح"، "الباجي قائد السبسي": a one-word title (قائد) after a given name, with more of the name after it
     * (a word no lexicon knows, or a family name in nisba form), is a word of the name: a title heads a genitive it
     * governs (فلان قائد الجيش), never a bare unknown name.
     */
    private boolean titleInsideName(int s, int k, Match here) {
        if (!isKind(here, Phrase.Kind.OFFICE) || !here.prefix().isEmpty() || lastOf(s, here) != k || hasArticle(tok(s, k))
                || k + 1 >= size(s) || tok(s, k).norm().endsWith("ا")) {
            // "عين الجنرال فلان علان رئيسا لأركان الجيش": a title in the accusative says what the name before became
            return false;
        }
        Token next = tok(s, k + 1);
        if (!next.isWord() || at(s, k + 1) != null || nameStop(s, k + 1) || cue(s, k + 1, Cues.COMMON_NOUN) != null
                || next.norm().startsWith("و")) {
            return false;
        }
        return !hasArticle(next) || (next.norm().endsWith("ي") && next.norm().length() > 4);
    }

    /** The ends of a noun with a pronoun suffix that no surname has (a lone ه is one: ويكريمسينغه). */
    private static final java.util.regex.Pattern PLAIN_PRONOUN_END =
            java.util.regex.Pattern.compile("(ها|هما|هم|هن|كم|نا|ته|يه)$");

    /**
     * Whether what is said follows right at token {@code k}: إن/أن as a word of its own. Then a third word with the
     * article closes the name (قال اللواء فلان علان الطيب إن), where before the sentence's end, a comma or a word like
     * بأنها it is the verb's object (وصف الوزير فلان علان الحادثة بأنها، يتولى الوزير فلان علان الملف).
     */
    private boolean clauseOpensAfter(int s, int k) {
        if (k >= size(s)) {
            return false;
        }
        Token t = tok(s, k);
        Match c = cue(s, k, Cues.COMPLEMENTIZER);
        return c != null && c.prefix().isEmpty() && c.end() == t.end() && t.norm().length() == 2;
    }

    /**
     * "مختار وان إن"، "باه نداو": a word of three letters or fewer that the lexicon reads only as a clitic on a function
     * word (و + أن) not written as that word (no hamza), in the second place of a name that visibly ends after it, is
     * a short name (Ouane); elsewhere it is no name.
     */
    private boolean shortNameWithClitic(int s, int k, Match here) {
        Token t = tok(s, k);
        return here != null && isKind(here, Phrase.Kind.CUE) && !here.prefix().isEmpty() && t.norm().length() <= 3
                && lastOf(s, here) == k
                && !lex.isWrittenAs(here.phrase().term(), CompiledLexicon.lightForm(original(here.begin(), here.end())))
                && nameEndsBefore(s, k + 1);
    }

    /**
     * Whether a kinship noun of two words (ابن عم، ابنة خال، ابن أخت) or one with و (وابن، وشقيق، وزوجة) opens at
     * token {@code k}: someone else's kin, where a name read so far ends (ابن alone is also the particle of
     * نسب names: محمد بن سلمان).
     */
    private boolean kinshipInName(int s, int k) {
        Match kin = cue(s, k, Cues.KINSHIP_CUE);
        return kin != null && (lastOf(s, kin) > k || kin.prefix().startsWith("و"));
    }

    /**
     * "العميد سامي كروما،"، "السكرتيرة الصحفية، بيلين سيوم،"، "الصحفية كارمن فلان": a word the lexicon knows only as
     * a listed actor or a nisba behind the clitic ك (كروما: "like Rome"), after a name word where the name visibly
     * ends, or opening the name before a word no lexicon knows behind ك (كارمن: "like Armenians") or, after a
     * comma, behind ب or ل (بيلين: "by Yellen"), is a name word. The ب of a verb's object after a
     * whole name (التقى فلان علان بماكرون) is left alone.
     */
    private boolean listedWithClitic(int s, int start, int k, Match here) {
        if (!(isKind(here, Phrase.Kind.ACTOR) || isKind(here, Phrase.Kind.DEMONYM)) || here.prefix().length() != 1 || lastOf(s, here) != k
                || here.end() != tok(s, k).end() || hasArticle(tok(s, k))) {
            return false;
        }
        if (k > start) {
            return here.prefix().equals("ك") && nameEndsBefore(s, k + 1);
        }
        boolean afterComma = k > 0 && COMMAS.contains(tok(s, k - 1).norm());
        // ب and ل are prepositions before a verb's object (أكد الرئيس لبوتين استعداده): only a name set off by a
        // comma opens with them; ك ("like") hardly comes before a person's name
        if (!(((("ب".equals(here.prefix()) || "ل".equals(here.prefix())) && afterComma)) || "ك".equals(here.prefix()))
                || k + 1 >= size(s)) {
            return false;
        }
        Token next = tok(s, k + 1);
        return next.isWord() && at(s, k + 1) == null && !hasArticle(next) && !nameStop(s, k + 1)
                && cue(s, k + 1, Cues.COMMON_NOUN) == null && !next.norm().startsWith("و")
                && (nameEndsBefore(s, k + 2) || ("ك".equals(here.prefix()) && definiteWithPreposition(s, k + 2)));
    }

    /**
     * "رئيس الجمهورية بامير فلان"، "رئيس الوزراء فلان بايار": a word the lexicon reads only behind a clitic ب or ل, as a
     * word it writes with an initial hamza (أمير، أيار) that is written here with a bare alef, is a name word (Bamir,
     * Bayar) where a name visibly ends after it (opening one, after one more word no lexicon knows): a preposition on
     * such a noun comes with the article or its hamza (بالأمير، بأيار), and right after a title or a name word the
     * noun has no place.
     */
    private boolean hamzaDroppedBehindClitic(int s, int start, int k, Match here) {
        if (here == null || here.phrase().term() == null || !("ب".equals(here.prefix()) || "ل".equals(here.prefix()))
                || lastOf(s, here) != k || here.end() != tok(s, k).end() || hasArticle(tok(s, k))) {
            return false;
        }
        String written = CompiledLexicon.lightForm(original(here.begin(), here.end()));
        if (!written.startsWith("ا") || lex.isWrittenAs(here.phrase().term(), written)) {
            return false;
        }
        if (k > start) {
            return nameEndsBefore(s, k + 1);
        }
        return k + 2 <= size(s) && tok(s, k + 1).isWord() && at(s, k + 1) == null && !hasArticle(tok(s, k + 1))
                && nameEndsBefore(s, k + 2);
    }

    /**
     * "مطالبين الرئيس كمال فلان بالاستقالة": a word behind the preposition ب or ل and the article (بالاستقالة،
     * للحكومة) opens a prepositional phrase, so a two-word name read before it has ended there.
     */
    private boolean definiteWithPreposition(int s, int k) {
        if (k >= size(s) || !tok(s, k).isWord()) {
            return false;
        }
        String w = tok(s, k).norm();
        return (w.startsWith("بال") || w.startsWith("وبال") || w.startsWith("لل")) && w.length() > 5;
    }

    /**
     * "برايوت تشان أوتشا في": a one-word organisation name without clitics (an acronym written out: أوتشا is OCHA)
     * after words of a name no lexicon knows, where the name visibly ends, is the name's last word.
     */
    private boolean acronymInName(int s, int start, int k, Match here) {
        if (!isActor(here, ActorType.ORGANIZATION) || !here.prefix().isEmpty() || lastOf(s, here) != k
                || here.phrase().tokens().length != 1 || !nameEndsBefore(s, k + 1)) {
            return false;
        }
        for (int x = start; x < k; x++) {
            if (at(s, x) != null || hasArticle(tok(s, x))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name read so far ends before token {@code k}: at the sentence's end or a punctuation mark, before a
     * function word or a preposition, before a noun with a pronoun suffix (مقتدى الصدر أنصاره), or before the title
     * the name is apposed to ({@link #apposedTitleAt}).
     */
    private boolean nameEndsBefore(int s, int k) {
        return k >= size(s) || !tok(s, k).isWord() || nameStop(s, k) || cue(s, k, Cues.PREPOSITION) != null
                || possessedNoun(s, k) || apposedTitleAt(s, k) || apposedKinAt(s, k);
    }

    /**
     * "ميشيل فلان زوجة رئيس الوزراء"، "فلانة علان ابنة الرئيس": a kinship noun without clitics right after a name is
     * apposed to it, telling whose kin the person is, and the name ends before it.
     */
    private boolean apposedKinAt(int s, int k) {
        Match kin = cue(s, k, Cues.KINSHIP_CUE);
        // ابن، بنت alone are also the particles of a نسب name (عبد الله ابن فلان), which goes on after them
        return kin != null && kin.prefix().isEmpty() && !hasArticle(tok(s, k))
                && (lastOf(s, kin) > k || !lex.filialParticles.contains(tok(s, k).norm()));
    }

    /**
     * "والجنرال فلان بطل من أبطال الحرب": after a title, the surname of someone the article named in full before (لودفيك
     * فلان), followed by a word a dictionary of Arabic knows, is that person's whole name: the word after it is the
     * clause's (a predicate, "a hero"), no further name of a man whose name ended there. {@code Integer.MAX_VALUE} when
     * the word at {@code k} is no such surname.
     */
    private int knownSurnameEnd(int s, int k) {
        if (k + 1 >= size(s)) {
            return Integer.MAX_VALUE;
        }
        String word = tok(s, k).norm();
        String key = articleNames.get(word);
        Unit named = key == null ? null : unitByKey(key);
        if (named == null || !named.isPerson() || named.labelAr == null || !tok(s, k + 1).isWord()
                || !ArabicNormalizer.normalize(named.labelAr).endsWith(" " + word)
                || ArabicVocabulary.kind(names.written(s, k + 1)) == ArabicVocabulary.Kind.UNKNOWN) {
            return Integer.MAX_VALUE;
        }
        return k + 1;
    }

    /**
     * "فلان علان رئيس الوزراء"، "فلانة الفلاني وزيرة الخارجية"، "فلان علان نائب رئيس الجمهورية": a title without the
     * article or a clitic that heads a construct the lexicon reads (an office of two words or more, or one before a
     * word the lexicon knows) is apposed to the name before it, which ends there. A bare one-word title before a word
     * no lexicon knows is left to {@link #titleInsideName}: it may be a word of the name (أحمد قايد صالح).
     */
    private boolean apposedTitleAt(int s, int k) {
        Match o = at(s, k);
        if (!isKind(o, Phrase.Kind.OFFICE) || !o.prefix().isEmpty() || hasArticle(tok(s, k))) {
            return false;
        }
        return lastOf(s, o) > k || (k + 1 < size(s) && tok(s, k + 1).isWord() && at(s, k + 1) != null);
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
        return next.isWord() && at(s, k + 1) == null && !nameStop(s, k + 1) && cue(s, k + 1, Cues.COMMON_NOUN) == null
                && !next.norm().startsWith("و")
                && (!hasArticle(next) || next.norm().endsWith("ي") || nameEndsBefore(s, k + 2));
    }

    /**
     * "النائب ماريو نابولي إن"، "والنائبان ماريو نابولي وجان فيرون": a city's name the gazetteer knows, written bare
     * (no clitic, no article, one word) right after a given name no lexicon reads, where the name visibly ends after
     * it or a second name joined by و follows, is that person's surname: a place would need a verb or preposition
     * to stand there, and a single unknown word is no person on its own.
     */
    private boolean surnameAsPlace(int s, int start, int k, Match here) {
        if (!isActor(here, ActorType.PLACE) || !here.prefix().isEmpty() || lastOf(s, here) != k || hasArticle(tok(s, k))
                || at(s, start) != null || !tok(s, start).isWord() || hasArticle(tok(s, start))
                // وليد، وائل: a given name the lexicon spells (lexv:NameSpelling) is no "and" before a word
                || conjunction(tok(s, start)) && !lex.nameSpellings.containsKey(tok(s, start).norm())
                || here.end() != tok(s, k).end()) {
            return false;
        }
        if (k + 1 >= size(s)) {
            return true;
        }
        Token next = tok(s, k + 1);
        return nameEndsBefore(s, k + 1) || clauseOpensAfter(s, k + 1) || prepositionWithArticle(next)
                || (next.norm().startsWith("و") && at(s, k + 1) == null && !hasArticle(next) && readName(s, k + 1, 4) - k >= 2);
    }

    /**
     * "استدعت سفيرها فلان علان للتشاور"، "أدلى فلان علان بالتصريح": a noun with ل or ب and the article written on it
     * (لل، بال) opens what is said of the person, never a further word of a name, so the name visibly ended before it.
     */
    private boolean prepositionWithArticle(Token t) {
        String w = t.norm();
        return t.isWord() && hasArticle(t) && (w.startsWith("لل") || w.startsWith("بال")) && w.length() > 4;
    }

    /**
     * "أحث الرئيس بخاري ... حكومة الرئيس محمدو بخاري": a city's name right after a title, where the article writes a
     * person's full name ending in that word (found by {@link #surnameAsPlace}, before or after), is that person
     * named by the surname; the city was read before the full name could tell. Runs once every sentence is read.
     */
    void placesAsSurnames() {
        for (int s = 0; s < count; s++) {
            if (boilerplate[s]) {
                continue;
            }
            for (Unit u : units.get(s)) {
                placeAsSurname(s, u);
                for (Unit x : u.inner) {
                    placeAsSurname(s, x);
                }
            }
        }
    }

    private void placeAsSurname(int s, Unit u) {
        if (u.type != ActorType.PLACE || u.first != u.last || !isActor(at(s, u.first), ActorType.PLACE)
                || !at(s, u.first).prefix().isEmpty() || hasArticle(tok(s, u.first))) {
            return;
        }
        boolean afterTitle = false;
        for (int p = u.first - 1; p >= Math.max(0, u.first - 4) && !afterTitle; p--) {
            Match m = at(s, p);
            afterTitle = isKind(m, Phrase.Kind.OFFICE) && lastOf(s, m) == u.first - 1;
        }
        String surname = tok(s, u.first).norm();
        String key = afterTitle ? articleNames.get(surname) : null;
        // the full name may be an unlisted one's or a listed person's (the lexicon lists past presidents too)
        if (key == null || !(key.startsWith("name/") || key.startsWith("person/"))) {
            return;
        }
        Unit person = personByKey(key);
        String[] words = person.labelAr == null ? new String[0] : ArabicNormalizer.normalize(person.labelAr).split(" ");
        if (words.length >= 2 && words[words.length - 1].equals(surname)) {
            u.sameActorAs(person);
        }
    }

    /**
     * "خالد نزار"، "سمير نزال": a trigger read only through the first person plural of its verb (ن + the present
     * stem: نزار from زار) after a name word is a word of the name: a report's narrative speaks of others, and "we"
     * with its verb right after a name (فلان نزور) is no sentence of it, unless "we" stands before the verb; a form
     * the lexicon lists as written (a past verb opening with ن, نشر) keeps its reading.
     */
    private boolean firstPersonTriggerAsName(int s, int k, Match here) {
        if (!isKind(here, Phrase.Kind.TRIGGER) || here.phrase().voice() != Phrase.Voice.ACTIVE || !here.prefix().isEmpty()
                || here.begin() != tok(s, k).begin() || lastOf(s, here) != k || here.phrase().tokens().length != 1) {
            return false;
        }
        String w = names.written(s, k);
        // إننا نزور، لكننا نزور، نحن نزور: the "we" the verb agrees with stands before it, no given name
        String before = names.written(s, k - 1);
        return w.startsWith("ن") && !lex.isWrittenAs(here.phrase().term(), w) && !before.endsWith("نا")
                && !before.equals("نحن");
    }

    /**
     * "وقال الوزير جيريمي هنت إن": a verb that must take a person as its object (lexv:actorObject:
     * هنأ, whose past is written هنت once its hamza is dropped), written bare after a given name no dictionary of Arabic
     * knows or the lexicon spells as one, right before "that", has no object there,
     * so it is the name's last word (its surname), not the clause's verb.
     */
    private boolean objectlessTriggerAsName(int s, int start, int k, Match here) {
        if (!isKind(here, Phrase.Kind.TRIGGER) || here.phrase().voice() != Phrase.Voice.ACTIVE || !here.prefix().isEmpty()
                || here.begin() != tok(s, k).begin() || lastOf(s, here) != k || k - start != 1
                || !true_(here.phrase().term(), "actorObject")) {
            return false;
        }
        boolean givenName = lex.nameSpellings.containsKey(tok(s, start).norm())
                || (at(s, start) == null && ArabicVocabulary.kind(names.written(s, start)) == ArabicVocabulary.Kind.UNKNOWN);
        // (before a preposition or a full stop the same form is as often the passive: قال إن فلان قتل في الهجوم)
        return givenName && k + 1 < size(s) && cue(s, k + 1, Cues.COMPLEMENTIZER) != null;
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
     * (وأسرته، حكومتها), or a conjunction on a word ending in a suffix (ونائبه، وأنصارهم). With the lone ه, what
     * stands between the conjunction and the suffix must be a word the dictionary knows (نائب، مغادرة): a foreign
     * surname opening with ف or و and ending in ه (فيسترفيله) is no "and his" anything.
     */
    private boolean possessedNoun(int s, int k) {
        Token t = tok(s, k);
        String written = CompiledLexicon.lightForm(original(t.begin(), t.end()));
        for (String suffix : PRONOUN_SUFFIXES) {
            if (written.endsWith("ت" + suffix) && written.length() - suffix.length() >= 4) {
                return true;
            }
        }
        if ((written.endsWith("تيهما") || written.endsWith("تيهم")) && written.length() >= 7) {
            // استقالتيهما "their two resignations": a feminine noun in the dual or plural before the pronoun of two
            // or more owners, which no surname ends with
            return true;
        }
        String w = t.norm();
        if ((w.startsWith("و") || w.startsWith("ف")) && !written.endsWith("ة")) {
            for (String suffix : PRONOUN_SUFFIXES) {
                if (w.endsWith(suffix) && w.length() - 1 - suffix.length() >= 3) {
                    return !suffix.equals("ه") || knownStem(written.substring(1, written.length() - 1));
                }
            }
        }
        return false;
    }

    /** Whether the dictionary knows a noun's stem before a pronoun suffix, its ت read as the ة it was (مغادرت). */
    private static boolean knownStem(String stem) {
        String noun = stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ة" : stem;
        return ArabicVocabulary.kind(noun) != ArabicVocabulary.Kind.UNKNOWN
                || ArabicVocabulary.kind(stem) != ArabicVocabulary.Kind.UNKNOWN;
    }

    /**
     * Whether a kinship noun as written ends with the pronoun ها (زوجها، شقيقها، والدها): a kinship noun takes no
     * accusative alef after ه, so its last letters are her pronoun, whatever the matching form reads.
     */
    private static boolean kinshipWithHer(Match m, String written) {
        return m.phrase().isCue("KinshipCue") && written.endsWith("ها");
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
        Match m = cue(s, i, Cues.PERSON_NOUN);
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
        // دبلوماسيا: the alef of the accusative after the noun is no pronoun, and the noun is indefinite; زوجها is
        // no such alef though its matching form reads as زوجة and ا: the written ها tells her pronoun
        boolean pronoun = (m.end() < t.end() && !CompiledLexicon.lightForm(original(m.end(), t.end())).equals("ا"))
                || written.endsWith("ه") || kinshipWithHer(m, written);
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
            // a nisba that is also the country's name with the article (الروسية) is a nisba here too
            if (n != null && n.prefix().isEmpty() && (n.phrase().isCue("TitleAdjective") || isKind(n, Phrase.Kind.DEMONYM)
                    || (isActor(n, ActorType.COUNTRY) && articleOnNisba(s, j, n)))) {
                j = lastOf(s, n) + 1;
            } else if (!kinship && sentTo(s, j)) {
                // المبعوث الأممي إلى البلد فلان، المندوب لدى المنظمة فلان: where the person is sent, before the name
                j = lastOf(s, at(s, j + 1)) + 1;
            } else {
                break;
            }
        }
        if (kinship && j + 2 < size(s) && COMMAS.contains(tok(s, j).norm()) && at(s, j + 1) == null
                && !hasArticle(tok(s, j + 1)) && !conjunction(tok(s, j + 1))) {
            // "وتقيم زوجته، فلانة علان، في": the kin's name set off by commas, two words or more, closed by a comma
            int end = readName(s, j + 1, 4);
            if (end - j - 1 >= 2 && end < size(s) && COMMAS.contains(tok(s, end).norm())) {
                j++;
            }
        }
        Unit where = bodyOfDescribed(s, j);
        List<Unit> field = new ArrayList<>();
        if (where != null) {
            // الباحث في مجموعة الأزمات الدولية فلان: where the person works, between the noun and the name
            j = where.last + 1;
        } else if (wordsBeforeHolder(s, j, field) > j) {
            // الباحث في معهد الدراسات الاستراتيجية فلان: where the person works, though no lexicon lists it
            j = wordsBeforeHolder(s, j, null);
        }
        Unit person = null;
        Match p = at(s, j);
        if (isActor(p, ActorType.PERSON)) {
            person = actor(s, j, p);
        } else if (j < size(s) && (p == null || isActor(p, ActorType.PLACE) || isActor(p, ActorType.COUNTRY)
                || names.eastAsianFamilyName(s, j) || spelledAsFunctionWord(s, j, p))) {
            // a place's name may be a given name here (وصديقته صوفيا فلانة), and a family name opens one (ابنته كيم
            // فلانة): readName tells; so may علي (الدكتور علي فلان), which the matching form reads as على
            int end = readName(s, j, 4);
            boolean known = end - j == 1 && articleNames.containsKey(tok(s, j).norm());
            boolean feminine = written.endsWith("ته") || written.endsWith("تها");
            if (end - j >= 2 || (known && nameEndsBefore(s, end)) || (end - j == 1 && kinship && givenNameAlone(s, j, feminine))) {
                person = unknownPerson(s, j, end);
            }
        }
        if (person == null) {
            return null;
        }
        person.first = i;
        if (where != null) {
            person.inner.add(where);
        }
        person.inner.addAll(field);
        if (true_(m.phrase().term(), "plural")) {
            coordinatedDescribed(s, person.last + 1);
        }
        Unit leader = spouseOf(m.phrase().term());
        if (leader != null && !leader.key.equals(person.key)) {
            kinDrafts.add(new KinDraft(person, leader, m.phrase().term()));
        }
        if (kinship) {
            Unit of = familyOf(s, person, j);
            of = of != null ? of : antecedent(s, i);
            if (of != null && written.endsWith("ه") && !written.endsWith("ته")) {
                // "برفقة زوجته فلانة ونجله فلان": his son after his wife is the husband's, not the wife's
                for (KinDraft k : kinDrafts) {
                    Token noun = tok(s, k.person().first);
                    if (k.person() == of && k.person().sentence == s
                            && CompiledLexicon.lightForm(original(noun.begin(), noun.end())).endsWith("ته")) {
                        of = k.of();
                    }
                }
            }
            if (of != null) {
                kinDrafts.add(new KinDraft(person, of, m.phrase().term()));
            }
        }
        return person;
    }

    /**
     * Whether "إلى" or "لدى" (as a word of its own, with or without its hamza) stands at {@code j} before a country,
     * place or body the lexicon knows, written bare: where someone described (an envoy, a delegate) is sent.
     */
    private boolean sentTo(int s, int j) {
        if (j + 1 >= size(s) || !tok(s, j).isWord()) {
            return false;
        }
        String w = tok(s, j).norm();
        Match to = at(s, j + 1);
        return (w.equals("الي") || w.equals("لدي")) && to != null && to.prefix().isEmpty()
                && isKind(to, Phrase.Kind.ACTOR) && to.phrase().actor().type() != ActorType.PERSON;
    }

    /**
     * "برفقة زوجته فلانة ونجله فلان"، "وابنته فلانة بجروح": kin are often named by the given name alone. One word after
     * a kinship noun with its pronoun is that name when no dictionary of Arabic has it ({@link ArabicVocabulary}: a
     * foreign name; زوجته مريضة says how she is) and the name visibly ends after it: punctuation, a stop word, a
     * preposition, the next kin joined by و, or a word behind ب/ل. After a feminine kin noun (ابنته، زوجته، شقيقتها) a
     * word of four letters or more opening with ي is such a name though the dictionary reads it as a verb (يوليا،
     * يسرا): a verb there would agree with her and open with ت.
     */
    private boolean givenNameAlone(int s, int j, boolean feminine) {
        Token t = tok(s, j);
        String w = names.written(s, j);
        ArabicVocabulary.Kind kind = ArabicVocabulary.kind(w);
        boolean unknown = kind == ArabicVocabulary.Kind.UNKNOWN
                || (feminine && w.startsWith("ي") && w.length() >= 4 && kind != ArabicVocabulary.Kind.CLITIC_WORD);
        if (!t.isWord() || hasArticle(t) || t.norm().startsWith("و") || t.norm().length() < 3 || !unknown) {
            return false;
        }
        int k = j + 1;
        if (nameEndsBefore(s, k) || cue(s, k, Cues.KINSHIP_CUE) != null && tok(s, k).norm().startsWith("و")) {
            return true;
        }
        Match behind = at(s, k);
        // بجروح: a word the lexicon reads behind ب or ل
        return ArabicVocabulary.kind(names.written(s, k)) == ArabicVocabulary.Kind.CLITIC_WORD
                || (behind != null && (behind.prefix().endsWith("ب") || behind.prefix().endsWith("ل")));
    }

    /**
     * "وزراء خارجية ألمانيا فلان علان وبولندا فلان علان وفرنسا فلان علان": a list of pairs, each a country and the name
     * of whoever speaks for it; after a first pair (a country, then a person), a country opening with و and a name of
     * two words or more after it is the next pair: that name, a follower, is a person.
     */
    private void nameAfterListedCountry(int s, int i, Match m) {
        if (!isActor(m, ActorType.COUNTRY) || !m.prefix().equals("و") || i < 2) {
            return;
        }
        Unit before = cover.get(s)[i - 1];
        if (before == null || !before.isPerson() || before.last != i - 1 || before.first < 1) {
            return;
        }
        Unit country = cover.get(s)[before.first - 1];
        Match c = at(s, before.first - 1);
        boolean afterCountry = (country != null && country.type == ActorType.COUNTRY && country.last == before.first - 1)
                || (isActor(c, ActorType.COUNTRY) && lastOf(s, c) == before.first - 1);
        int j = lastOf(s, m) + 1;
        if (!afterCountry || j >= size(s) || at(s, j) != null) {
            return;
        }
        int end = readName(s, j, 4);
        if (end - j >= 2) {
            followers.add(unknownPerson(s, j, end));
        }
    }

    /**
     * The leader whose spouse a descriptor noun names (السيدة الأولى: lexv:spouseOf, offices in order of
     * preference): the first person the article named so far holding the first of those offices of a country (not
     * the chair of a commission) that anyone holds, not as a former holder; null for other nouns or when no one
     * holds them.
     */
    private Unit spouseOf(Term noun) {
        String offices = noun.property("spouseOf");
        if (offices == null) {
            return null;
        }
        for (String office : offices.split("\\|")) {
            for (RoleDraft r : roleDrafts) {
                if (r.office != null && (r.office.key().equals(office) || r.office.key().endsWith("/" + office)) && !r.former && r.person.resolved()
                        && r.person.isPerson() && r.organization != null && r.organization.type == ActorType.COUNTRY) {
                    return r.person;
                }
            }
        }
        return null;
    }

    /**
     * "الباحث في مجموعة الأزمات الدولية فلان"، "الخبير في البنك الدولي فلانة": في (or لدى) and a body the lexicon knows
     * (an organisation or a country, not a person or a place), right after a descriptor noun and before a name:
     * its unit; else null.
     */
    private Unit bodyOfDescribed(int s, int j) {
        if (j + 1 < size(s) && j > 0 && cue(s, j - 1, Cues.TITLE_ADJECTIVE) != null) {
            // المستشار الإعلامي للرئاسة فلان، المستشار القانوني لوزارة الدفاع فلان: after the adviser's field, the body
            // advised, with ل (not right after the noun: المرشح للرئاسة فلان runs for the office, works for no body)
            Match b = at(s, j);
            if (b != null && b.prefix().equals("ل") && isKind(b, Phrase.Kind.INSTITUTION)) {
                Unit u = institution(s, j);
                return u != null && u.possessor == null && u.last + 1 < size(s) && at(s, u.last + 1) == null ? u : null;
            }
        }
        // لدى: the body a representative is sent to (المندوبة الأميركية لدى الأمم المتحدة فلانة)
        if (j + 2 >= size(s) || !(tok(s, j).norm().equals("في") || tok(s, j).norm().equals("لدي"))) {
            return null;
        }
        Match b = at(s, j + 1);
        if (isKind(b, Phrase.Kind.INSTITUTION) && b.prefix().isEmpty()) {
            // المستشار في الديوان الملكي فلان، الباحث في وزارة الخارجية فلان: a state body the lexicon knows by its kind
            Unit u = institution(s, j + 1);
            return u != null && u.possessor == null && u.last + 1 < size(s) && at(s, u.last + 1) == null ? u : null;
        }
        if (!isKind(b, Phrase.Kind.ACTOR) || !b.prefix().isEmpty()
                || (b.phrase().actor().type() != ActorType.ORGANIZATION && b.phrase().actor().type() != ActorType.COUNTRY)) {
            return null;
        }
        Unit u = new Unit(s, j + 1, lastOf(s, b), b.begin(), b.end());
        u.actor(b.phrase().actor());
        return u.last + 1 < size(s) && at(s, u.last + 1) == null ? u : null;
    }

    /**
     * "اعتقال اثنين من قادة الاحتجاج، هما فلانة علان وفلان علان"، "أصيب ثلاثة صحفيين، بينهم فلان علان": after a
     * pronoun of people that names those just counted (lexv:AmongMarker: هما، هم، بينهم، منهم), a name of two words or
     * more that no lexicon lists, ending visibly, is a person; so is each such name joined to it by و. The pronouns
     * of things (هي، بينها) name states and bodies, which the lexicon reads.
     */
    private Unit namedAfterNamely(int s, int i) {
        Match m = cue(s, i, Cues.AMONG_MARKER);
        if (m == null) {
            return null;
        }
        int last = lastOf(s, m);
        String written = names.written(s, last);
        // set off by a comma, as an apposition is (وهم شريحة كبيرة، منهم متطرفين: a predicate, no names)
        if (written.endsWith("ها") || written.equals("هي") || !m.prefix().isEmpty() || i == 0
                || !COMMAS.contains(tok(s, i - 1).norm())) {
            return null;
        }
        int j = last + 1;
        if (j >= size(s) || at(s, j) != null || !tok(s, j).isWord() || hasArticle(tok(s, j))) {
            return null;
        }
        int end = readName(s, j, 4);
        if (end - j < 2 || !(nameEndsBefore(s, end) || (tok(s, end).norm().startsWith("و") && at(s, end) == null
                && readName(s, end, 4) - end >= 2))) {
            return null;
        }
        Unit person = unknownPerson(s, j, end);
        coordinatedDescribed(s, end);
        return person;
    }

    /**
     * "المعارضين البارزين فلان علان وفلان علان": after a dual or plural descriptor noun (lexv:plural) and its first
     * name, each further name of two words or more opening with و is a person too; the units go to
     * {@link #followers}. The و is no letter of the name: the unit starts after it.
     */
    private void coordinatedDescribed(int s, int x) {
        while (x < size(s) && tok(s, x).isWord() && tok(s, x).norm().startsWith("و") && tok(s, x).norm().length() > 3
                && at(s, x) == null) {
            int end = readName(s, x, 4);
            if (end - x < 2) {
                return;
            }
            Unit next = unknownPerson(s, x, end, 1);
            followers.add(next);
            x = end;
        }
    }

    /**
     * "بأن الأخير أجرى مفاوضات"، "بعدما اتهم الأخير الجيش"، "وقالت الأخيرة": الأخير (lexv:LatterReference) standing
     * as a noun is the last person named before it, in its sentence or the ones before; a title whose holder is
     * named elsewhere stays that title, resolved like it. After a definite noun or a noun with a pronoun (الأسبوع
     * الأخير، خطابه الأخير) it is an adjective ("last") and names no one; so it is after a number or a quote.
     */
    private Unit latterReference(int s, int i) {
        Match m = cue(s, i, Cues.LATTER_REFERENCE);
        int before = wordBefore(s, i);
        if (i > 0 && !tok(s, i - 1).isWord() && !COMMAS.contains(tok(s, i - 1).norm())) {
            return null;
        }
        if (before >= 0 && before == i - 1 && (hasArticle(tok(s, before)) || possessedNoun(s, before)
                || tok(s, before).kind() == Token.Kind.NUMBER || names.written(s, before).endsWith("ة"))) {
            return null;
        }
        Unit latest = null;
        for (int k = s; k >= Math.max(0, s - 3) && latest == null; k--) {
            for (Unit x : units.get(k)) {
                if (x.isPerson() && (k < s || x.last < i) && (latest == null || x.last > latest.last)) {
                    latest = x;
                }
            }
        }
        if (latest == null) {
            return null;
        }
        Unit u = new Unit(s, i, lastOf(s, m), m.begin(), m.end());
        if (latest.resolved()) {
            u.sameActorAs(latest);
        } else if (latest.pending == Unit.Pending.TITLE_HOLDER) {
            u.pending = Unit.Pending.TITLE_HOLDER;
            u.type = ActorType.PERSON;
            u.office = latest.office;
            u.organization = latest.organization;
            u.former = latest.former;
        } else {
            return null;
        }
        return u;
    }

    /**
     * "اتصل الرئيس التركي فلان بنظيره الفنزويلي"، "التقت نظيرتها الألمانية"، "نظرائه الأوروبيين": a counterpart word
     * (lexv:CounterpartReference) and a nisba is the holder of the same office in the nisba's country, the office
     * of the nearest person before it in its sentence who holds one here: a title holder the article names elsewhere
     * or not at all, resolved as titles are. Plural counterparts (نظرائه) are several people: left alone.
     */
    private Unit counterpart(int s, int i) {
        Match m = cue(s, i, Cues.COUNTERPART_REFERENCE);
        int n = lastOf(s, m) + 1;
        Match d = n < size(s) ? at(s, n) : null;
        if (true_(m.phrase().term(), "plural") || !isKind(d, Phrase.Kind.DEMONYM) || !d.prefix().isEmpty()) {
            return null;
        }
        RoleDraft office = null;
        for (RoleDraft r : roleDrafts) {
            if (r.person.sentence == s && r.person.last < i && r.office != null
                    && (office == null || r.person.last >= office.person.last)) {
                office = r;
            }
        }
        if (office == null) {
            return null;
        }
        Unit country = countryUnit(s, n, d, d.phrase().actor());
        Unit named = counterpartNamed(s, country.last + 1);
        if (named != null) {
            // ونظيره الموريتاني فلان، نظيرها الروسي فلان: the name the text writes holds the office, whoever the
            // lexicon lists for it
            named.first = i;
            named.begin = Math.min(named.begin, m.begin());
            named.inner.add(country);
            roleDrafts.add(new RoleDraft(named, office.office, country, null, false, null, null, s));
            return named;
        }
        Unit u = new Unit(s, i, country.last, m.begin(), tok(s, country.last).end());
        u.pending = Unit.Pending.TITLE_HOLDER;
        u.type = ActorType.PERSON;
        u.office = office.office;
        u.organization = country;
        u.inner.add(country);
        return u;
    }

    /**
     * "بعثة الاتحاد الأوروبي لمراقبة الانتخابات، برئاسة فلانة علان"، "الحكومة الجديدة برئاسة الشيخ فلان": ب and the
     * head's office noun (lexv:HeadedBy), then a person, listed or a name of two words or more, is that body's head:
     * the nearest organisation named up to six words before it. Null when no such body or name stands there.
     */
    private Unit headedBy(int s, int i) {
        Match h = cue(s, i, Cues.HEADED_BY);
        // برئاسة فلان after the body; or a verb right after its relative pronoun (التي يرأسها فلان) or an indefinite
        // body (لجنة عسكرية يرأسها فلان), with no ب
        boolean verb = h != null && true_(h.phrase().term(), "afterRelative");
        if (h == null || !h.prefix().equals(verb ? "" : "ب") || lastOf(s, h) != i || h.end() < tok(s, i).end()
                || i + 1 >= size(s) || (verb && !headVerbPlaced(s, i))) {
            return null;
        }
        Unit body = bodyBeforeHead(s, i);
        Term office = headOffice(h.phrase().term());
        if ((body == null && !verb) || office == null) {
            // after a relative pronoun the name is the head of whatever the clause is about, though the body may be
            // one no lexicon resolves yet (هيئة كذا، التي يرأسها فلان): the person stands, with no role
            return null;
        }
        int j = i + 1;
        Match p = at(s, j);
        Unit person;
        if (isActor(p, ActorType.PERSON) && p.prefix().isEmpty()) {
            person = actor(s, j, p);
        } else if (cue(s, j, Cues.HONORIFIC) != null) {
            person = honorificPerson(s, j);
        } else if (p == null) {
            int end = readName(s, j, 4);
            person = end - j >= 2 ? unknownPerson(s, j, end) : null;
        } else {
            person = null;
        }
        if (person == null) {
            return null;
        }
        if (body != null) {
            roleDrafts.add(new RoleDraft(person, office, body, null, false, null, null, s));
        }
        return person;
    }

    /**
     * The person named right after a counterpart and its nisba, at token {@code k}: one the lexicon lists, or a name
     * of two words or more no lexicon knows; null when the clause goes on instead (بنظيره الروسي في موسكو).
     */
    private Unit counterpartNamed(int s, int k) {
        if (k >= size(s)) {
            return null;
        }
        Match p = at(s, k);
        if (isActor(p, ActorType.PERSON) && p.prefix().isEmpty()) {
            return actor(s, k, p);
        }
        if (p != null && !(p.phrase().isCue("NameStop") || p.phrase().isCue("Preposition"))) {
            return null;
        }
        int end = readName(s, k, 4);
        return end - k >= 2 && !tok(s, k).norm().startsWith("و") ? unknownPerson(s, k, end) : null;
    }

    /**
     * "وكانت زوجته فلانة آبي": the kin's own name ends in the family name of someone the article named before (آبي,
     * Shinzo Abe's), so the pronoun stands for that person, whoever was named last. Null when the name, opening at
     * {@code start}, has one word (a given name may be someone else's too) or its last is no such family name.
     */
    private Unit familyOf(int s, Unit person, int start) {
        if (person.last <= start || person.key == null) {
            return null;
        }
        Token t = tok(s, person.last);
        String key = articleNames.get(t.norm());
        // the family name may be one the article gives later in full, whose unit is not made yet (the sentence
        // being read names the kin first): no one to stand for then
        Unit named = key == null || key.equals(person.key) ? null : unitByKey(key);
        if (named == null) {
            return null;
        }
        Unit again = new Unit(s, person.last, person.last, t.begin(), t.end());
        again.sameActorAs(named);
        return again;
    }

    /**
     * The person a pronoun at token {@code i} stands for: the nearest one named before it in its sentence (a surname
     * the article gave earlier in full counts, though its unit is made in a later pass: واقتيد فلان برفقة زوجته), else
     * the first one named in the nearest sentence before that names one (the story's subject, not a passer-by).
     */
    private Unit antecedent(int s, int i) {
        Unit near = null;
        for (Unit u : units.get(s)) {
            if (u.last < i && u.isPerson() && (near == null || u.last > near.last)) {
                near = u;
            }
        }
        for (int k = i - 1; k > (near == null ? -1 : near.last); k--) {
            Token t = tok(s, k);
            String seen = t.isWord() && cover.get(s)[k] == null ? articleNames.get(t.norm()) : null;
            // a surname whose full name comes only after the pronoun (بونغو ... نجله فلان بونغو فالنتان) has no unit
            // yet: it stands for no one here, and the words before it are read on
            Unit named = seen == null ? null : unitByKey(seen);
            if (named != null) {
                Unit again = new Unit(s, k, k, t.begin(), t.end());
                again.sameActorAs(named);
                return again;
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

    private Unit unknownPerson(int s, int from, int to) {
        return unknownPerson(s, from, to, 0);
    }

    /**
     * A person no lexicon lists named by tokens {@code from..to-1}, the first {@code clitic} letters of the first
     * token (a conjunction: وفلان) not part of the name.
     */
    private Unit unknownPerson(int s, int from, int to, int clitic) {
        absorbTriggers(s, from, to);
        Token a = tok(s, from);
        Token b = tok(s, to - 1);
        int begin = a.begin() + clitic;
        Unit u = new Unit(s, from, to - 1, begin, b.end());
        StringBuilder norm = new StringBuilder();
        for (int k = from; k < to; k++) {
            norm.append(k > from ? " " : "").append(tok(s, k).norm().substring(k == from ? clitic : 0));
        }
        String name = norm.toString();
        String seen = articleNames.get(name);
        if (seen == null && to - from >= 3) {
            seen = shorterNameOf(name);
        }
        if (seen == null) {
            // "الرئيس كاستيلو" after "بيدرو كاستيلو" of the people lexicon, as after a name no lexicon lists
            seen = listedNamedBefore(name, s, from);
        }
        if (seen != null) {
            // a title before a surname the article gave earlier in full (الرئيس بازوم) names that person again
            u.sameActorAs(personByKey(seen));
            return u;
        }
        // a hamza on the opening alef (أليكسي) is no article: the transliteration must not read al- there
        StringBuilder spoken = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token t = tok(s, k);
            String w = t.norm().substring(k == from ? clitic : 0);
            spoken.append(k > from ? " " : "").append(hasArticle(w) && !hasArticle(t) ? "ء" : "").append(w);
        }
        u.key = "name/" + Transliterator.slug(spoken.toString(), lex.nameSpellings);
        u.type = ActorType.PERSON;
        u.labelAr = original(begin, b.end());
        u.labelEn = Transliterator.label(spoken.toString(), lex.nameSpellings);
        u.transliterated = true;
        articleNames.put(name, u.key);
        if (to - from >= 2) {
            surnameNamedFirst(b.norm(), u);
        }
        if (names.eastAsianFamilyName(s, from)) {
            // يون سوك يول is يون later: the family name comes first
            articleNames.putIfAbsent(a.norm(), u.key);
        } else if (to - from >= 2 && b.norm().length() >= 3 && !surnameOfListedPerson(b.norm())) {
            articleNames.putIfAbsent(b.norm(), u.key);
        }
        String given = a.norm().substring(clitic);
        if (to - from == 2 && given.length() >= 5 && !hasArticle(given) && !lex.nameSpellings.containsKey(given)
                && !names.eastAsianFamilyName(s, from)) {
            // ينغلاك شيناواترا is ينغلاك later (Thai and other foreign names go by the given name): a given name no
            // lexicon lists as a common one, long enough to be no particle or common word, names that person again
            articleNames.putIfAbsent(given, u.key);
        }
        if (to - from >= 3) {
            articleNames.putIfAbsent(tok(s, to - 2).norm() + " " + b.norm(), u.key);
            if (!hasArticle(given) && given.length() >= 3) {
                // خالد أحمد شوقي الإسلامبولي is خالد الإسلامبولي later: the given and the family name, the father's
                // and grandfather's names left out, as the press shortens a name (a brother has another given name)
                articleNames.putIfAbsent(given + " " + b.norm(), u.key);
            }
            shortForms(s, from, to, u.key);
        }
        Set<String> lineage = lex.filialParticles;
        for (int k = from + 1; k < to - 1; k++) {
            if (lineage.contains(tok(s, k).norm())) {
                // سيدي ولد الشيخ عبد الله is ولد الشيخ عبد الله later: the lineage from its first particle on names the
                // same man
                StringBuilder tail = new StringBuilder();
                for (int y = k; y < to; y++) {
                    tail.append(y > k ? " " : "").append(tok(s, y).norm());
                }
                articleNames.putIfAbsent(tail.toString(), u.key);
                break;
            }
        }
        if (to - from >= 4 && familyChain(name)) {
            // سعد العبد الله السالم الصباح is سعد العبد الله later: a long chain of family names is cut short after
            // three words or more
            String[] words = name.split(" ");
            for (int n = 3; n < words.length; n++) {
                articleNames.putIfAbsent(String.join(" ", java.util.Arrays.copyOf(words, n)), u.key);
            }
        }
        return u;
    }

    /**
     * Whether a name (matching form) is a given name and a chain of family names each with the article (جابر الأحمد
     * الصباح، سعد العبد الله السالم): a name with a particle (ولد، بن) or foreign words is cut short no such way.
     */
    private static boolean familyChain(String name) {
        String[] words = name.split(" ");
        for (int n = 1; n < words.length; n++) {
            if (!words[n].startsWith("ال") || words[n].length() < 4) {
                return false;
            }
        }
        return words.length >= 3;
    }

    /** Whether the article wrote the name {@code name} (matching form) whole for the person of {@code key}. */
    private boolean readAsWritten(String name, String key) {
        for (List<Unit> us : units) {
            for (Unit x : us) {
                if (key.equals(x.key) && x.labelAr != null) {
                    String label = ArabicNormalizer.normalize(x.labelAr);
                    if (label.equals(name) || label.endsWith(" " + name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "الشيخ سعد العبد الله" then "الشيخ سعد العبد الله السالم الصباح": a chain of family names ({@link #familyChain})
     * that opens with a name of three words or more the article wrote whole for someone no lexicon lists (not a short
     * form it only stands for) is that person named in full; the key of the longest such name, or null.
     */
    private String shorterNameOf(String name) {
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, String> e : articleNames.entrySet()) {
            String k = e.getKey();
            if (k.split(" ").length < 3 || k.length() <= bestLength || !e.getValue().startsWith("name/")
                    || !name.startsWith(k + " ") || !familyChain(name) || !readAsWritten(k, e.getValue())) {
                continue;
            }
            best = e.getValue();
            bestLength = k.length();
        }
        return best;
    }

    /**
     * "الرئيس السابق دوتيرتي" in the headline, "رودريغو دوتيرتي" in the lead: a surname a title named alone before
     * the article gave the name in full is that person's. The units of the surname alone become the full name's,
     * and so does the surname (its later mentions are the same person, not a second one).
     */
    private void surnameNamedFirst(String surname, Unit full) {
        String before = articleNames.get(surname);
        if (before == null || !before.startsWith("name/") || before.equals(full.key)) {
            return;
        }
        boolean alone = false;
        for (List<Unit> us : units) {
            for (Unit x : us) {
                alone |= before.equals(x.key) && x.labelAr != null
                        && ArabicNormalizer.normalize(x.labelAr).equals(surname);
            }
        }
        if (!alone) {
            return;
        }
        for (List<Unit> us : units) {
            for (Unit x : us) {
                if (before.equals(x.key)) {
                    x.sameActorAs(full);
                }
                for (Unit y : x.inner) {
                    if (before.equals(y.key)) {
                        y.sameActorAs(full);
                    }
                }
            }
        }
        articleNames.replaceAll((k, v) -> v.equals(before) ? full.key : v);
    }

    /**
     * Whether {@code surname} is a short form of a person of the people lexicon the article named (بشار الأسد before
     * "خلفا لوالده حافظ الأسد"): the surname alone stays that person's, the main one of the article, not the relative
     * named in passing by a full name no lexicon lists.
     */
    private boolean surnameOfListedPerson(String surname) {
        for (List<Unit> us : units) {
            for (Unit x : us) {
                if (x.isPerson() && x.key != null && x.key.startsWith("person/") && shortFormsOf(x.key).contains(surname)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "إدريس ديبي إتنو" is "إدريس ديبي" and "ديبي" later: a name of three words is also named by its first two and,
     * when the middle word is a surname of four letters or more, by that word alone; no particle (بن، ولد) is either.
     * Someone named first keeps a form (محمد إدريس ديبي, a son, is named in full: his first word differs).
     */
    private void shortForms(int s, int from, int to, String key) {
        Token second = tok(s, from + 1);
        if (cue(s, from, Cues.NAME_PARTICLE) != null || cue(s, from + 1, Cues.NAME_PARTICLE) != null
                || hasArticle(second) || names.eastAsianFamilyName(s, from)) {
            return;
        }
        articleNames.putIfAbsent(tok(s, from).norm() + " " + second.norm(), key);
        if (to - from == 3 && second.norm().length() >= 4) {
            articleNames.putIfAbsent(second.norm(), key);
        }
    }

    /**
     * "اعتقلت قوات الأمن فلان الفلاني، ...": after a verb whose object is a person (a trigger marked
     * lexv:personObject) and its subject, two to four words no lexicon knows, closed by a comma or the
     * sentence's end, are the person it acts on, title or not.
     */
    void findNamedObjects(int s) {
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
                forgetClauses(s);
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
        if (hasArticle(tok(s, i)) && !true_(m.phrase().term(), "capital")) {
            // "مقر حكومة الكانتون وأشعلوا فيه": the province named before, no name of one after its noun; "غادر
            // المدينة قبيل سقوطها"، "للمدينة مساء الجمعة": a town is named in construct (مدينة الموصل), so the noun
            // with the article is the town of the story and the words after it go on with the clause
            return null;
        }
        boolean lenient = j < size(s) && !inLabel && !true_(m.phrase().term(), "capital");
        // "مدينة نارا": a word a trigger or cue reads may still be a town's name where the name visibly ends
        int lone = n != null && lenient ? oneWordPlace(s, j) : j;
        if (n != null && lone == j || j >= size(s)) {
            return null;
        }
        if (true_(m.phrase().term(), "capital") && tok(s, j).norm().startsWith("ل")) {
            // "في العاصمة لمدة أسبوعين": every capital's name is listed, and a word with لـ after the noun is none
            return null;
        }
        if (true_(m.phrase().term(), "adjectiveAgrees") && (original(tok(s, j).begin(), tok(s, j).end()).endsWith("ة")
                || hasArticle(tok(s, i)) || hasArticle(tok(s, j)))) {
            // "منطقة عازلة": a feminine adjective agreeing with the noun; "أضواء المنطقة أطفئت": the area of the story
            // before a verb; "منطقة القرن الأفريقي": a genitive, no name of the area's own
            return null;
        }
        int end = j;
        if (lone > j) {
            end = lone;
        } else if (tok(s, j).isWord() && tok(s, j).norm().startsWith("ال") && !nameStop(s, j)) {
            // place names often carry the article (مدينة الفاشر), people's names never open with it
            end = readName(s, j + 1, 1) > j + 1 ? readName(s, j + 1, 1) : j + 1;
        } else {
            end = readName(s, j, 2);
            if (end == j && lenient) {
                end = oneWordPlace(s, j);
            }
        }
        end = beforeCompass(s, j, end);
        end = beforeAgreeingAdjective(s, j, end);
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
     * "في مدينة نارا غرب البلاد"، "قرب بلدة فلانيتسه،": one word no lexicon reads, right after a town's or an area's
     * noun, where the name visibly ends (a comma, a preposition, a compass word, an adjective with the article) is the
     * place's name even when it reads as no person's (a word of the dictionary or of a trigger, a ب or ف before it, a
     * last ه): one past it, else {@code j}. A word in ة is the noun's adjective (قرية نائية), no name.
     */
    private int oneWordPlace(int s, int j) {
        Token t = tok(s, j);
        Match here = at(s, j);
        boolean word = here == null || (isKind(here, Phrase.Kind.TRIGGER) || isKind(here, Phrase.Kind.CUE))
                && here.prefix().isEmpty() && lastOf(s, here) == j && cue(s, j, Cues.PREPOSITION) == null
                && !t.norm().startsWith("ال");
        if (!t.isWord() || t.norm().length() < 3 || !word || cover.get(s)[j] != null || nameStop(s, j)
                || cue(s, j, Cues.COMMON_NOUN) != null || original(t.begin(), t.end()).endsWith("ة")) {
            return j;
        }
        int k = j + 1;
        boolean ends = nameEndsBefore(s, k) || cue(s, k, Cues.DATE_WORD) != null
                || lex.wordsOfClass.getOrDefault("CompassWord", Set.of()).contains(tok(s, k).norm())
                || agreeingAdjective(s, k);
        return ends ? k : j;
    }

    /**
     * The end of a place's name read from {@code j} to {@code end} (exclusive), cut before an adjective agreeing with
     * the place noun after the name's first word: "بلدة إمزورن المجاورة" is the town of Imzouren, the neighbouring one.
     */
    private int beforeAgreeingAdjective(int s, int j, int end) {
        for (int k = j + 1; k < end; k++) {
            if (agreeingAdjective(s, k) && !hasArticle(tok(s, j))) {
                return k;
            }
        }
        return end;
    }

    /** A word with the article in ة (المجاورة، الحدودية) no lexicon reads: an adjective of a feminine place noun. */
    private boolean agreeingAdjective(int s, int k) {
        if (k >= size(s) || !tok(s, k).isWord() || !tok(s, k).norm().startsWith("ال")) {
            return false;
        }
        Match here = at(s, k);
        return (here == null || isKind(here, Phrase.Kind.CUE)) && original(tok(s, k).begin(), tok(s, k).end()).endsWith("ة");
    }

    /** Whether a lexv:FacilityWord that is part of a facility's name (lexv:inName: الدولي) stands at {@code k}. */
    private boolean inNameAt(int s, int k) {
        Match w = cue(s, k, Cues.FACILITY_WORD);
        return w != null && lastOf(s, w) == k && w.prefix().isEmpty() && true_(w.phrase().term(), "inName");
    }

    /**
     * The end of a place's name read from {@code j} to {@code end} (exclusive), cut before a compass word after its
     * first word (lexv:CompassWord): "بمدينة ترينيداد شمالي البلاد"، "سجن صيدنايا شمال العاصمة" say where it lies.
     */
    private int beforeCompass(int s, int j, int end) {
        for (int k = j + 1; k < end; k++) {
            if (lex.wordsOfClass.getOrDefault("CompassWord", Set.of()).contains(tok(s, k).norm())) {
                return k;
            }
        }
        return end;
    }

    /**
     * "وصل إلى مطار فلان الدولي"، "نقل إلى قاعدة فلان الجوية"، "في سجن فلان"، "في ميدان التحرير": a noun of a
     * building or ground (lexv:FacilityNoun) after a preposition or ب/ل (where the noun is no verb: سُجن فلان; any
     * noun never a verb, lexv:anyPosition, anywhere), then a name (a known place, one to three words no lexicon
     * knows; one word with the article where the noun allows it: lexv:nameWithArticle) and a lexv:FacilityWord or
     * not (one the noun needs: lexv:needsAdjective, as قاعدة بيانات is no base). The place of that name, labelled
     * "X International Airport" (a word that is no part of the name, العسكرية after a barracks, is taken in but
     * left out of the key and the English label; the Arabic label is as written). Null otherwise.
     */
    private Unit facility(int s, int i) {
        Match m = cue(s, i, Cues.FACILITY_NOUN);
        if (m == null || lastOf(s, m) != i || m.end() != tok(s, i).end() || hasArticle(tok(s, i))) {
            return null;
        }
        int before = wordBefore(s, i);
        boolean afterPreposition = !m.prefix().isEmpty() && (m.prefix().endsWith("ب") || m.prefix().endsWith("ل"))
                || before >= 0 && cueEndingAt(s, before, Cues.PREPOSITION) != null;
        int j = i + 1;
        Term noun = m.phrase().term();
        if (j + 2 < size(s) && isQuote(tok(s, j)) && (afterPreposition || true_(noun, "anyPosition"))) {
            return quotedFacility(s, i, m, noun);
        }
        if (!afterPreposition && !true_(noun, "anyPosition") || j >= size(s) || !tok(s, j).isWord()) {
            return null;
        }
        Match n = at(s, j);
        if (noun.labelsAr().get(0).endsWith("ة") && !hasArticle(tok(s, j))
                && original(tok(s, j).begin(), tok(s, j).end()).endsWith("ة")) {
            // "ساحة كبيرة": a feminine adjective agreeing with the noun, no name
            return null;
        }
        if (lex.wordsOfClass.getOrDefault("FacilityAdjective", Set.of()).contains(tok(s, j).norm())) {
            // "حي شعبي": what the place is like
            return null;
        }
        String first = names.written(s, j);
        if (!hasArticle(tok(s, j)) && (ArabicVocabulary.verbOnly(first)
                || first.endsWith("وا") && first.length() > 4 && ArabicVocabulary.verbOnly(first.substring(0, first.length() - 2)))) {
            // "داخل كنيسة لجأوا إليها"، "في فندق نزل فيه": an indefinite noun and the clause that describes it, opening
            // with a verb (a past one in the plural read by its stem: لجأوا), no name
            return null;
        }
        int end;
        boolean saint = saintInFacilityName(s, j);
        if (saint) {
            // "كنيسة القديس أنطونيوس"، "ساحة القديس بطرس": the name is the saint's, his title and his one name (a word
            // after it is the clause going on: كنيسة القديس فلان أثناء القداس)
            end = j + 2;
        } else if (isActor(n, ActorType.PLACE) && n.prefix().isEmpty()) {
            end = lastOf(s, n) + 1;
        } else if (isActor(n, ActorType.PERSON) && n.prefix().isEmpty() && facilityWord(s, lastOf(s, n) + 1) != null) {
            // "مطار الملك خالد الدولي"، "قاعدة الملك عبد العزيز الجوية": named after a person, the place is read; with no
            // word of its kind after the name the noun may be the person's (معسكر فلان: his camp; سجن فلان: his jailing)
            end = lastOf(s, n) + 1;
        } else if (commonWordAsSquareName(s, j, n, noun)) {
            end = j + 1;
        } else if (n != null || nameStop(s, j) || cover.get(s)[j] != null) {
            return null;
        } else if (true_(noun, "foreignName") && ArabicVocabulary.isWord(original(tok(s, j).begin(), tok(s, j).end()))) {
            // "جسر يطل على"، "مبنى خدمة السيارات": a word of the language after the noun is no name of a bridge
            return null;
        } else if (hasArticle(tok(s, j))) {
            if (!true_(noun, "nameWithArticle")) {
                return null;
            }
            end = j + 1;
        } else {
            end = readName(s, j, 3);
            // "مستشفى فلان القريب"، "فندق فلان المجاور": what the place is like, with the article after its name, is
            // no word of the name (a family name with the article would be a person's, not a building's)
            Set<String> like = lex.wordsOfClass.getOrDefault("FacilityAdjective", Set.of());
            while (end - 1 > j && hasArticle(tok(s, end - 1)) && tok(s, end - 1).norm().startsWith("ال")
                    && like.contains(tok(s, end - 1).norm().substring(2))) {
                end--;
            }
        }
        // "مطار نينوي أكينو الدولي": words no lexicon knows after a known place's name, up to the facility's word,
        // are still its name (without that word they may be anything: ميناء بورتسودان بسبب)
        // "مطار ماريسكال سوكري الدولي": a listed place's name among them (Sucre) is a word of the facility's name too
        int further = end;
        while (further > j && further < size(s) && further - j < 3 && tok(s, further).isWord() && !hasArticle(tok(s, further))
                && !nameStop(s, further) && cover.get(s)[further] == null) {
            Match w = at(s, further);
            if (w != null && !(isActor(w, ActorType.PLACE) && w.prefix().isEmpty())) {
                break;
            }
            further = w == null ? further + 1 : lastOf(s, w) + 1;
        }
        if (further > end && facilityWord(s, further) != null) {
            end = further;
        } else if (isActor(n, ActorType.PLACE) && end == lastOf(s, n) + 1 && !inNameAt(s, end)) {
            // "ميناء بورتسودان"، "مطار دمشق": the city's port or airport, the city as the story's place
            return null;
        }
        end = beforeCompass(s, j, end);
        if (end == j) {
            return null;
        }
        Match adjective = facilityWord(s, end);
        if (adjective != null && (lastOf(s, adjective) != end || !adjective.prefix().isEmpty())) {
            adjective = null;
        }
        if (adjective == null && true_(noun, "needsAdjective")) {
            return null;
        }
        boolean inName = adjective != null && true_(adjective.phrase().term(), "inName");
        StringBuilder norm = new StringBuilder();
        for (int k = j; k < end; k++) {
            norm.append(k > j ? " " : "").append(tok(s, k).norm());
        }
        int last = adjective != null ? end : end - 1;
        Unit u = new Unit(s, i, last, m.begin(), tok(s, last).end());
        String nounEn = noun.labelsEn().isEmpty() ? noun.key().substring(noun.key().lastIndexOf('/') + 1) : noun.labelsEn().get(0);
        String adjectiveEn = inName && !adjective.phrase().term().labelsEn().isEmpty()
                ? adjective.phrase().term().labelsEn().get(0) + " " : "";
        String name = isActor(n, ActorType.PLACE) && end == lastOf(s, n) + 1 && !n.phrase().actor().labelsEn().isEmpty()
                ? n.phrase().actor().labelsEn().get(0) : Transliterator.label(norm.toString());
        if (saint) {
            // St Peter Square: the title in English, the saint's name transliterated (no "Al-Qadis")
            name = "St " + Transliterator.label(norm.substring(norm.indexOf(" ") + 1));
        }
        if (end == j + 1 && n != null && n.phrase().isCue("NameWord") && !n.phrase().term().labelsEn().isEmpty()) {
            // ساحة الحرية: Freedom Square; ساحة الجمهورية: Republic Square, by the noun's English where the lexicon
            // gives one after the adjective's (as after من أجل in a party's name)
            List<String> en = n.phrase().term().labelsEn();
            name = en.size() > 1 ? en.get(1) : en.get(0);
        }
        u.key = "place/" + Transliterator.slug(noun.labelsAr().get(0) + " " + norm + (inName ? " " + tok(s, end).norm() : ""));
        u.type = ActorType.PLACE;
        // the Arabic label is the name as written, its kind and the nisba of the state that has it included
        // ("قاعدة فلان الجوية الأمريكية", "مطار فلان العسكري"); the key and English label leave them out, so a
        // later bare "قاعدة فلان" is the same place
        Match nisba = at(s, last + 1);
        int labelEnd = isKind(nisba, Phrase.Kind.DEMONYM) && nisba.prefix().isEmpty() && hasArticle(tok(s, last + 1))
                && adjective != null ? lastOf(s, nisba) : last;
        u.labelAr = original(m.begin(), tok(s, labelEnd).end());
        u.labelEn = name + " " + adjectiveEn + nounEn;
        if ("false".equals(noun.property("inLabel")) && adjective == null) {
            // "بحي ألاوسا": a district goes by its name alone (Alausa), the noun only says what it is
            u.key = "place/" + Transliterator.slug(norm.toString());
            u.labelAr = original(tok(s, j).begin(), tok(s, end - 1).end());
            u.labelEn = name;
        }
        u.transliterated = true;
        u.locative = true;
        u.facility = true;
        if (isActor(n, ActorType.PLACE)) {
            u.countryKey = n.phrase().actor().countryKey();
        }
        return u;
    }

    /**
     * Whether the word at {@code j}, right after a facility noun, is a saint's title (lexv:SaintTitle: القديس) written
     * with no clitic, before a word no lexicon reads otherwise and that is no name stop: the saint's name it leads
     * to is the facility's name (كنيسة القديس فلان), where a word with the article alone would end it at the title.
     * A listed person's name after the title is the saint's too (القديس بطرس is no mention of a Peter the story has).
     */
    private boolean saintInFacilityName(int s, int j) {
        if (j + 1 >= size(s) || !tok(s, j).isWord() || !tok(s, j + 1).isWord() || hasArticle(tok(s, j + 1))
                || !lex.wordsOfClass.getOrDefault("SaintTitle", Set.of()).contains(tok(s, j).norm())
                || nameStop(s, j + 1) || tok(s, j + 1).norm().startsWith("و")) {
            return false;
        }
        Match next = at(s, j + 1);
        return next == null || isActor(next, ActorType.PERSON) && next.prefix().isEmpty();
    }

    /**
     * "ساحة الحرية"، "ساحة الجمهورية"، "ميدان الوحدة": a ground whose name may be one word with the article
     * (lexv:nameWithArticle) is named by a word the lexicon has for the names of parties and movements
     * (lexv:NameWord: freedom, the republic, unity), written with no clitic: such words name squares as they name
     * parties. Other cues are what the building is for (مبنى الإذاعة "the radio building", مبنى المحكمة), no name;
     * nor is an act's noun (ميدان المعركة, "the battlefield"), so ميدان التحرير (Liberation Square) is left unread.
     */
    private boolean commonWordAsSquareName(int s, int j, Match n, Term noun) {
        return true_(noun, "nameWithArticle") && n != null && hasArticle(tok(s, j)) && n.prefix().isEmpty()
                && lastOf(s, n) == j && n.phrase().isCue("NameWord") && !nameStop(s, j) && cover.get(s)[j] == null;
    }

    /**
     * "اقتحم المحتجون القصر الرئاسي"، "قصفت الطائرات القصر الجمهوري"، "في الاستاد الوطني": a facility noun with the
     * article (lexv:FacilityNoun, one never a verb: lexv:anyPosition) and right after it a word that names a state's
     * landmark (lexv:LandmarkWord: الرئاسي، الجمهوري، الوطني، الدولي) is that one building of the article's country,
     * a place by those two words ("Presidential Palace"). Null otherwise (القصر alone, القصر الذي).
     */
    private Unit definiteFacility(int s, int i) {
        Match m = cue(s, i, Cues.FACILITY_NOUN);
        int j = i + 1;
        if (m == null || lastOf(s, m) != i || !hasArticle(tok(s, i)) || j >= size(s)
                || !true_(m.phrase().term(), "anyPosition") || cover.get(s)[j] != null || !tok(s, j).isWord()) {
            return null;
        }
        String wordEn = lex.landmarkWords.get(tok(s, j).norm());
        Term noun = m.phrase().term();
        if (wordEn == null || namedFacility(noun)) {
            return null;
        }
        String nounEn = noun.labelsEn().isEmpty() ? noun.key().substring(noun.key().lastIndexOf('/') + 1)
                : noun.labelsEn().get(0);
        // the mention opens with the article, which the noun's match leaves out (as a body's name does)
        int begin = m.begin() >= 2 && original(m.begin() - 2, m.begin()).equals("ال") ? m.begin() - 2 : m.begin();
        Unit u = new Unit(s, i, j, begin, tok(s, j).end());
        // القصر الرئاسي and القصر الجمهوري, one English word: the same palace
        u.key = "place/" + englishSlug(wordEn + " " + nounEn);
        u.type = ActorType.PLACE;
        u.labelAr = original(u.begin, u.end);
        u.labelEn = wordEn + " " + nounEn;
        u.locative = true;
        u.facility = true;
        return u;
    }

    /**
     * Whether the article names a facility of this noun by its own name anywhere (قصر كيمادو: the noun without the
     * article, then a word no dictionary of Arabic has): the landmark with the article is then that one, already read
     * by its name, not a second place.
     */
    private boolean namedFacility(Term noun) {
        for (int z = 0; z < sizes.length; z++) {
            for (int k = 0; k + 1 < size(z); k++) {
                Match f = cue(z, k, Cues.FACILITY_NOUN);
                if (f != null && f.phrase().term() == noun && !hasArticle(tok(z, k)) && tok(z, k + 1).isWord()
                        && !hasArticle(tok(z, k + 1))
                        && !ArabicVocabulary.isWord(original(tok(z, k + 1).begin(), tok(z, k + 1).end()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The word of a facility's kind at {@code k} (lexv:FacilityWord: الدولي، الكبير), written with its article as the
     * lexicon gives it: "احتفالا كبيرا" after a square's name is the clause going on, no part of the name. Null otherwise.
     */
    private Match facilityWord(int s, int k) {
        Match w = k < size(s) ? cue(s, k, Cues.FACILITY_WORD) : null;
        return w != null && hasArticle(tok(s, k)) ? w : null;
    }

    /**
     * "إلى فندق "غولف""، "في ساحة "الحرية"": a facility noun and a name in quotation marks (one to four words, all
     * of them the name whatever the lexicon reads in them): the place of that name, "X Hotel". Null otherwise.
     */
    private Unit quotedFacility(int s, int i, Match m, Term noun) {
        int close = i + 2;
        while (close < size(s) && close - i <= 5 && tok(s, close).isWord()) {
            close++;
        }
        if (close >= size(s) || close == i + 2 || close - i > 5 || !isQuote(tok(s, close))) {
            return null;
        }
        StringBuilder norm = new StringBuilder();
        for (int k = i + 2; k < close; k++) {
            norm.append(k > i + 2 ? " " : "").append(tok(s, k).norm());
        }
        Unit u = new Unit(s, i, close, m.begin(), tok(s, close).end());
        String nounEn = noun.labelsEn().isEmpty() ? noun.key().substring(noun.key().lastIndexOf('/') + 1) : noun.labelsEn().get(0);
        u.key = "place/" + Transliterator.slug(noun.labelsAr().get(0) + " " + norm);
        u.type = ActorType.PLACE;
        u.labelAr = original(m.begin(), tok(s, close).end());
        u.labelEn = Transliterator.label(norm.toString()) + " " + nounEn;
        u.transliterated = true;
        u.locative = true;
        u.facility = true;
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
        boolean nameMayFollow = j < size(s) && tok(s, j).isWord() && n == null && cue(s, j, Cues.PREPOSITION) == null
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
        Match noun = cue(s, i, Cues.INSTITUTION_NOUN);
        ActorType type = ActorType.ORGANIZATION;
        boolean nameNoun = false;
        if (noun == null && hasArticle(tok(s, i))) {
            // "الجمعية الطبية الكينية": a noun that heads a body's name only when the name shows itself, here by its
            // article and the nisba that closes the words (an indefinite one is some association of that kind)
            noun = cue(s, i, Cues.BODY_NAME_NOUN);
            nameNoun = noun != null;
        }
        if (noun == null) {
            noun = cue(s, i, Cues.ARMED_FORCE_NOUN);
            type = ActorType.GROUP;
        }
        if (noun == null || noun.end() < tok(s, lastOf(s, noun)).end()) {
            return null;
        }
        int j = lastOf(s, noun) + 1;
        Match next = at(s, j);
        Term term = noun.phrase().term();
        String termEn = term.labelsEn().isEmpty() ? term.key() : term.labelsEn().get(0);
        if (type == ActorType.ORGANIZATION && !nameNoun && isActor(next, ActorType.ORGANIZATION) && !next.hasPreposition()
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
                    || cue(s, k, Cues.PREPOSITION) != null) {
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
        int begin = nameNoun && noun.begin() >= 2 && original(noun.begin() - 2, noun.begin()).equals("ال")
                ? noun.begin() - 2 : noun.begin();
        Unit u = new Unit(s, i, k, begin, nisba.end());
        u.key = (type == ActorType.GROUP ? "group/" : "org/") + iso(country) + "/" + Transliterator.slug(norm.toString());
        u.type = type;
        u.labelAr = original(u.begin, tok(s, k).end());
        // the words the lexicon translates are English (لجنة التحقيق: Investigation Committee), the rest transliterated
        u.labelEn = type == ActorType.GROUP ? Transliterator.label(norm.toString()) + " (" + (country.labelsEn().isEmpty()
                ? iso(country) : country.labelsEn().get(0)) + ")"
                : (country.demonymsEn().isEmpty() ? "" : country.demonymsEn().get(0) + " ") + bodies.nameLabel(s, noun, j, k)
                + (country.demonymsEn().isEmpty() ? " (" + (country.labelsEn().isEmpty() ? iso(country)
                : country.labelsEn().get(0)) + ")" : "");
        u.transliterated = true;
        u.countryKey = country.key();
        u.inner.add(qualifier);
        return u;
    }

    /**
     * "الشيخة حسينة", "الشيخ فلان الفلاني": after an honorific (lexv:Honorific) the words are a person's name; one word
     * is enough, and then the honorific is part of how the person is called (Sheikh Hasina): the label keeps it. A
     * person the lexicon knows is that person (الشيخ تميم بن حمد). No office: no role.
     */
    private Unit honorificPerson(int s, int i) {
        Match h = cue(s, i, Cues.HONORIFIC);
        if (h == null || h.hasPreposition() || h.end() < tok(s, lastOf(s, h)).end()) {
            return null;
        }
        int j = lastOf(s, h) + 1;
        Match p = j < size(s) ? at(s, j) : null;
        Unit person;
        if (isActor(p, ActorType.PERSON)) {
            person = actor(s, j, p);
        } else if (j < size(s) && (p == null || names.eastAsianFamilyName(s, j)
                // الملا عبد الغني فلان: a compound given name opening with its particle
                || (cue(s, j, Cues.NAME_PARTICLE) != null && lastOf(s, p) == j)
                // الشيخ علي فلان: a given name the lexicon spells (lexv:NameSpelling) that the matching form reads as
                // a function word (علي as على "on") is the name when, as written, it stops no name
                || spelledAsFunctionWord(s, j, p))) {
            int end = readName(s, j, 4);
            if (end - j >= 2) {
                person = unknownPerson(s, j, end);
            } else if (end - j == 1 && cue(s, j, Cues.COMMON_NOUN) == null && !nameStop(s, j)) {
                person = calledWithHonorific(s, i, h, j);
            } else {
                return null;
            }
        } else if (timeWordAsGivenName(s, j, p) > j + 1) {
            person = unknownPerson(s, j, timeWordAsGivenName(s, j, p));
        } else {
            return null;
        }
        person.first = i;
        return person;
    }

    /**
     * "أمير الكويت الشيخ صباح الأحمد الجابر الصباح": after an honorific, a word the lexicon reads only as a cue of its
     * own (صباح, a part of the day) with no clitic opens the name when family names with the article no lexicon
     * knows follow it (الأحمد الجابر); one past the name's last word, or {@code j} when none follows ("الشيخ صباح
     * اليوم" is no name: اليوم is a cue).
     */
    private int timeWordAsGivenName(int s, int j, Match p) {
        if (!isKind(p, Phrase.Kind.CUE) || !p.prefix().isEmpty() || lastOf(s, p) != j || nameStop(s, j)
                || p.phrase().isCue("NameStop") || p.phrase().isCue("Preposition")) {
            return j;
        }
        int end = j + 1;
        // the family's name may be the given name's word again with the article (صباح ... الصباح)
        while (end < size(s) && end - j < 5 && tok(s, end).isWord() && hasArticle(tok(s, end)) && !nameStop(s, end)
                && (at(s, end) == null || (end > j + 1 && at(s, end).phrase().term() == p.phrase().term()))) {
            end++;
        }
        return end;
    }

    /**
     * Whether the word at {@code j} is a given name the lexicon spells (lexv:NameSpelling) that only the matching
     * form reads as a cue (علي and على "on" match alike): one word, no clitic, and as written no function word.
     */
    private boolean spelledAsFunctionWord(int s, int j, Match p) {
        return isKind(p, Phrase.Kind.CUE) && p.prefix().isEmpty() && lastOf(s, p) == j && p.end() == tok(s, j).end()
                && lex.nameSpellings.containsKey(tok(s, j).norm()) && !nameStop(s, j);
    }

    /** A one-word name with its honorific (الشيخة حسينة): the person is called by both, and by the name alone later. */
    private Unit calledWithHonorific(int s, int i, Match h, int j) {
        Token name = tok(s, j);
        int opening = tok(s, i).offsetOf(h.prefix().length());
        String honorific = ArabicNormalizer.normalize(original(opening, h.end()));
        String full = honorific + " " + name.norm();
        String seen = articleNames.getOrDefault(full, articleNames.get(name.norm()));
        if (seen == null) {
            seen = namedBeforeByGivenName(name.norm());
        }
        Unit u = new Unit(s, i, j, opening, name.end());
        if (seen != null) {
            u.sameActorAs(personByKey(seen));
            return u;
        }
        Term term = h.phrase().term();
        String titleEn = term.labelsEn().isEmpty() ? Transliterator.label(honorific) : term.labelsEn().get(0);
        u.key = "name/" + Transliterator.slug(full);
        u.type = ActorType.PERSON;
        u.labelAr = original(opening, name.end());
        u.labelEn = titleEn + " " + Transliterator.label(name.norm());
        u.transliterated = true;
        articleNames.put(full, u.key);
        articleNames.putIfAbsent(name.norm(), u.key);
        return u;
    }

    /**
     * "الشيخ صادق" after "الشيخ صادق الأحمر": an honorific and a given name alone call again the one person the
     * article named before with that given name and more (the Gulf and Yemeni press go on by honorific and given
     * name); the key of that person, or null when no one or more than one was so named.
     */
    private String namedBeforeByGivenName(String given) {
        String found = null;
        for (Map.Entry<String, String> e : articleNames.entrySet()) {
            String[] words = e.getKey().split(" ");
            if (words.length >= 2 && words[0].equals(given)
                    && (e.getValue().startsWith("name/") || e.getValue().startsWith("person/"))) {
                if (found != null && !found.equals(e.getValue())) {
                    return null;
                }
                found = e.getValue();
            }
        }
        final String key = found;
        // the person must have been found as a unit of an earlier sentence (a form the resolver noted is not enough)
        return key != null && units.stream().flatMap(List::stream).anyMatch(u -> key.equals(u.key)) ? key : null;
    }

    /**
     * The company an office after a title belongs to, joined by ل: a company noun and its name
     * (الرئيس التنفيذي لشركة رايان إير) or the name of a company the article named before (الرئيس التنفيذي لرايان إير).
     */
    private Unit companyOfOffice(int s, int j) {
        Match noun = cue(s, j, Cues.COMPANY_NOUN);
        if (noun != null && noun.prefix().equals("ل")) {
            return companyNoun(s, j, true);
        }
        Token t = tok(s, j);
        if (!t.isWord() || !t.norm().startsWith("ل")) {
            return null;
        }
        for (int len = Math.min(3, size(s) - j); len >= 1; len--) {
            StringBuilder name = new StringBuilder(t.norm().substring(1));
            for (int x = j + 1; x < j + len; x++) {
                name.append(' ').append(tok(s, x).norm());
            }
            Unit company = articleCompanies.get(name.toString());
            if (company != null) {
                Unit u = new Unit(s, j, j + len - 1, t.offsetOf(1), tok(s, j + len - 1).end());
                u.sameActorAs(company);
                return u;
            }
        }
        return null;
    }

    /**
     * "شركة "ماهان إير" الإيرانية", "شركة رايان إير الإيرلندية", "شركة الطيران الوطنية البيلاروسية "بيلافيا"": a company
     * noun (lexv:CompanyNoun) without the article or a pronoun and not counted (ثلاث شركات، عشرين شركة) before the
     * company's name. The name is in quotes, after up to four words saying what kind of company it is (and whose);
     * or, without quotes, one to three words no lexicon knows, without the article, closed by a nisba with the
     * article (a company's name is definite: "شركة نفطية صينية" names none). A nisba is the company's country.
     * {@code beforeHolder}: after an office (الرئيس التنفيذي لشركة ...) the holder's name follows the company's, so
     * of three or four such words with no nisba, all but the last two are the company's.
     */
    private Unit companyNoun(int s, int i, boolean beforeHolder) {
        Match noun = cue(s, i, Cues.COMPANY_NOUN);
        if (noun == null || noun.end() < tok(s, lastOf(s, noun)).end() || hasArticle(tok(s, i))
                || names.countedNoun(s, i)) {
            return null;
        }
        int j = lastOf(s, noun) + 1;
        ActorEntry country = null;
        int nisbaAt = -1;
        int from = -1;
        int to = -1;
        int last = -1;
        for (int k = j; k < size(s) && k - j <= 4; k++) {
            Token t = tok(s, k);
            Match w = at(s, k);
            if (isQuote(t)) {
                int close = k + 1;
                while (close < size(s) && close - k <= 4 && tok(s, close).isWord()) {
                    close++;
                }
                if (close == k + 1 || close >= size(s) || !isQuote(tok(s, close))) {
                    return null;
                }
                from = k + 1;
                to = close;
                last = close;
                break;
            }
            if (isKind(w, Phrase.Kind.DEMONYM) && w.prefix().isEmpty()) {
                if (country == null) {
                    country = w.phrase().actor();
                    nisbaAt = k;
                }
                k = lastOf(s, w);
                continue;
            }
            if (!t.isWord() || nameStop(s, k) || cue(s, k, Cues.PREPOSITION) != null
                    || (w != null && !isKind(w, Phrase.Kind.CUE))) {
                break;
            }
        }
        if (from < 0) {
            // no quotes: a name no lexicon knows, closed by a definite nisba
            int k = j;
            while (k < size(s) && k - j < 3 && tok(s, k).isWord() && at(s, k) == null && !hasArticle(tok(s, k))
                    && !nameStop(s, k) && !names.nounWithAdjective(s, k) && !tok(s, k).norm().startsWith("و")) {
                k++;
            }
            Match nisba = k < size(s) ? at(s, k) : null;
            boolean closed = isKind(nisba, Phrase.Kind.DEMONYM) && nisba.prefix().isEmpty() && hasArticle(tok(s, k));
            if (!closed && beforeHolder && k < size(s) && k - j < 4 && tok(s, k).isWord() && at(s, k) == null
                    && !hasArticle(tok(s, k)) && !nameStop(s, k)) {
                // the run goes on to four words: the fourth is the holder's name too
                k++;
            }
            if (!closed && beforeHolder && k - j >= 3 && nameEndsBefore(s, k)) {
                // الرئيس التنفيذي لشركة رايان إير مايكل أوليري: the holder's name is the last two words
                k -= 2;
                closed = true;
            }
            if (k == j || !closed) {
                return null;
            }
            from = j;
            to = k;
            last = k - 1;
            country = null;
        }
        if (last + 1 < size(s) && country == null) {
            Match after = at(s, last + 1);
            if (isKind(after, Phrase.Kind.DEMONYM) && after.prefix().isEmpty() && hasArticle(tok(s, last + 1))) {
                country = after.phrase().actor();
                nisbaAt = last + 1;
                last = lastOf(s, after);
            }
        }
        StringBuilder norm = new StringBuilder();
        for (int x = from; x < to; x++) {
            norm.append(x > from ? " " : "").append(tok(s, x).norm());
        }
        String name = norm.toString();
        Unit u = new Unit(s, i, last, tok(s, from).begin(), tok(s, to - 1).end());
        Unit before = articleCompanies.get(name);
        if (before != null) {
            u.sameActorAs(before);
        } else {
            u.key = "org/" + Transliterator.slug(name);
            u.type = ActorType.ORGANIZATION;
            u.labelAr = original(u.begin, u.end);
            u.labelEn = Transliterator.label(name);
            u.transliterated = true;
            articleCompanies.put(name, u);
            articleNames.putIfAbsent(name, u.key);
        }
        withNisba(u, country, s, nisbaAt);
        return u;
    }

    /**
     * A body no lexicon lists, named with its country's nisba (شركة فلان الإيرانية، حزب الحلم الجورجي): the body is
     * that country's (ng:country), and the nisba at token {@code nisbaAt} a mention of the country qualifying it.
     * Nothing when {@code country} is null.
     */
    private void withNisba(Unit u, ActorEntry country, int s, int nisbaAt) {
        if (country == null) {
            return;
        }
        u.countryKey = country.key();
        Unit q = countryUnit(s, nisbaAt, at(s, nisbaAt), country);
        q.qualifier = true;
        u.inner.add(q);
    }

    /**
     * "حزب فلان" at token {@code i} (its noun from code point {@code opening}), up to token {@code to} (exclusive), the
     * name of a person the article named (key {@code key}): the organisation whose office that person holds in a role
     * draft; else null.
     */
    private Unit partyOfPerson(int s, int i, int opening, String key, int to) {
        for (int r = roleDrafts.size() - 1; r >= 0; r--) {
            RoleDraft d = roleDrafts.get(r);
            Unit org = d.organization;
            if (key.equals(d.person.key) && org != null && org.type == ActorType.ORGANIZATION && org.key != null) {
                Unit u = new Unit(s, i, to - 1, opening, tok(s, to - 1).end());
                u.sameActorAs(org);
                return u;
            }
        }
        return null;
    }

    /**
     * Whether token {@code i} stands where a speech act on actors (lexv:speechAct and lexv:actorObject: اتهم، حمّل،
     * دعا) has its subject or its object: right after the verb (its pronoun object on it or not), or right after
     * the one actor that follows the verb.
     */
    private boolean argumentOfSpeechOnActors(int s, int i) {
        int k = i - 1;
        List<Unit> found = units.get(s);
        Unit before = found.isEmpty() ? null : found.get(found.size() - 1);
        if (before != null && before.last == k && !before.prepositional) {
            k = before.first - 1;
        }
        Match v = k >= 0 ? triggerEndingAt(s, k) : null;
        return v != null && v.phrase().voice() == Phrase.Voice.ACTIVE && true_(v.phrase().term(), "speechAct")
                && true_(v.phrase().term(), "actorObject");
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
        String article = ArabicNormalizer.normalize(original(opening, m.begin()));
        // "أنصار للحزب التقدمي": after the preposition ل the article is written ل alone (لل)
        boolean lamArticle = article.equals("ل") && m.prefix().endsWith("ل");
        if (m.end() < t.end() || (definiteNoun && !article.equals("ال") && !lamArticle)) {
            return null;
        }
        int j = lastOf(s, m) + 1;
        Unit afterPlace = definiteNoun ? null : namedAfterPlace(s, i, m, opening, j);
        if (afterPlace != null) {
            return afterPlace;
        }
        int k = j;
        boolean definite = definiteNoun || (j < size(s) && hasArticle(tok(s, j)));
        ActorEntry country = null;
        int nisbaAt = -1;
        int max = 3;
        while (k < size(s) && k - j < max) {
            Token w = tok(s, k);
            Match here = at(s, k);
            if (here != null && (here.phrase().isCue("NameWord") || here.phrase().isCue("PeopleNoun"))) {
                // a word the lexicon only translates (الوطنية), or a people (حزب سلطة الشعب), is a word of the name
                // like any other
                here = null;
            }
            if (here != null && definite && k > j && yearWordAsAdjective(s, k, here)) {
                // حزب المؤتمر الشعبي العام: العام agrees with the name as "general", no year
                here = null;
            }
            // a nisba (حزب الحلم الجورجي: the party's country), a word the lexicon reads as a group (المدني) or a
            // noun that only makes a trigger of a verb (العقد for وقع) goes on the name when it agrees with it
            boolean adjective = here != null && here.prefix().isEmpty() && lastOf(s, here) == k
                    && (isKind(here, Phrase.Kind.DEMONYM) || isActor(here, ActorType.GROUP) || here.phrase().isCue("TitleAdjective")
                        // الحزب الاشتراكي الكاتالوني: a region's nisba agrees with the name as a country's does
                        || definite && k > j && here.phrase().isCue("RegionNisba")
                        || (isKind(here, Phrase.Kind.CUE) && lex.objectNounClasses.contains(here.phrase().cue())));
            if (definite && k > j && names.nameWordPlural(s, k) != null) {
                // الحزب الديمقراطي للاشتراكيين: whom the party is of, the last word of its name
                k++;
                break;
            }
            boolean head = k == j && names.nameHead(s, k, here);
            boolean genitive = definite && k > j && names.genitiveLamInName(s, k, here);
            if (!definite && k == j + 1 && hasArticle(w) && here == null && names.constructHead(s, j)
                    && cue(s, k, Cues.COMMON_NOUN) == null) {
                // حزب سلطة الشعب، حركة تحرير السودان: a noun in construct with a definite genitive
                definite = true;
            }
            // a preposition on a definite word (بالأغلبية) opens the rest of the clause, but for a genitive ل
            boolean preposition = w.isWord() && hasArticle(w) && !w.norm().startsWith("ال") && !w.norm().startsWith("وال");
            if (!w.isWord() || (here != null && !adjective && !head && !genitive) || (preposition && !genitive)
                    || cue(s, k, Cues.NAME_STOP) != null
                    || cue(s, k, Cues.PREPOSITION) != null || organizationStatus(s, k)
                    || hasArticle(w) != definite) {
                break;
            }
            if (cue(s, k, Cues.COMMON_NOUN) != null) {
                return null;
            }
            if (here != null && here.phrase().isCue("RegionNisba")) {
                // the region's nisba closes the name, as a country's would
                k++;
                break;
            }
            if (isKind(here, Phrase.Kind.DEMONYM) && country == null) {
                country = here.phrase().actor();
                nisbaAt = k;
            }
            if (genitive) {
                // التجمع الديمقراطي للشعب الكاميروني: the genitive and its adjective are more of the name
                max = k - j + 3;
            }
            k++;
        }
        if (definite && k > j) {
            k = coordinatedAdjective(s, k);
        }
        if (!definite && k - j >= 3 && leaderTitleBefore(s, i)) {
            // "زعيم حركة رينامو أوسوفو موماد": after a leader's title a name without the article is the body's one
            // word, the words after it the leader's own name
            k = j + 1;
        }
        int purpose = names.purposeInName(s, k);
        // الحزب الديمقراطي المعارض: one word after the noun with the article is a name when a status word follows
        boolean status = k < size(s) && organizationStatus(s, k);
        // الحزب الاشتراكي، الجبهة الديمقراطية: one word after the noun with the article is a name when it is a word of
        // party names the lexicon translates (lexv:NameWord); any other (الحركة الاحتجاجية) only describes the noun
        // and where the name visibly ends: a genitive after it (الحزب الديمقراطي للوحدة الوطنية، الحركة الديمقراطية
        // لموزمبيق) or another definite word goes on with a longer name
        boolean nameWord = definiteNoun && k - j == 1 && cue(s, j, Cues.NAME_WORD) != null && lastOf(s, cue(s, j, Cues.NAME_WORD)) == j
                && (k >= size(s) || !tok(s, k).isWord() || !hasArticle(tok(s, k)) && !tok(s, k).norm().startsWith("ل"));
        if (purpose == k && (k == j || (definiteNoun && k - j < 2 && !status && !nameWord))) {
            return null;
        }
        for (int x = k; x < purpose; x++) {
            Match here = at(s, x);
            if (isKind(here, Phrase.Kind.DEMONYM) && country == null) {
                country = here.phrase().actor();
                nisbaAt = x;
            }
        }
        if (!definite && purpose == k && commonNounPhrase(s, j, k)) {
            return null;
        }
        k = purpose;
        Token last = tok(s, k - 1);
        StringBuilder norm = new StringBuilder((definiteNoun ? "ال" : "") + m.phrase().tokens()[0]);
        for (int x = j; x < k; x++) {
            norm.append(' ').append(tok(s, x).norm());
        }
        for (int end = k; !definite && end > j; end--) {
            StringBuilder run = new StringBuilder();
            for (int x = j; x < end; x++) {
                run.append(x > j ? " " : "").append(tok(s, x).norm());
            }
            String person = articleNames.get(run.toString());
            if (person != null && person.startsWith("name/")) {
                // "حزب فلان": the party of a person the article named is the party that person leads, never a new
                // organisation called after them
                return partyOfPerson(s, i, opening, person, end);
            }
        }
        Unit u = new Unit(s, i, k - 1, opening, last.end());
        u.key = "org/" + Transliterator.slug(norm.toString());
        u.type = ActorType.ORGANIZATION;
        u.labelAr = lamArticle ? "ال" + original(m.begin(), last.end()) : original(opening, last.end());
        UnlistedNames.NameLabel label = names.organizationLabel(s, m, j, k);
        u.labelEn = label.en();
        u.transliterated = label.transliterated();
        withNisba(u, country, s, nisbaAt);
        String name = norm.toString();
        for (Map.Entry<String, Unit> e : articleParties.entrySet()) {
            if (e.getKey().startsWith(name + " ") && e.getValue().begin != u.begin) {
                // "حزب المؤتمر" after "حزب المؤتمر الشعبي العام": the article's party named again by its first words
                u.sameActorAs(e.getValue());
                return u;
            }
        }
        Unit longer = definiteNoun ? organizationOpeningWith(s, i, name) : null;
        if (longer != null) {
            // "الحزب الديمقراطي" after "الحزب الديمقراطي الكردستاني", a listed party: that party by its first words
            u.sameActorAs(longer);
            return u;
        }
        articleParties.putIfAbsent(name, u);
        return u;
    }

    /**
     * "رفضت الجبهة الديمقراطية، أكبر تحالفات المعارضة، الاعتراف ..."، "كان الحزب الاشتراكي، أكبر أحزاب المعارضة، قد
     * دعا": an apposition set off by commas after an organisation, opening with a superlative or أحد
     * (lexv:ApposedSuperlative), says what the organisation is; the actors inside it (المعارضة) are mentions of that
     * description, neither doer nor target of the clause.
     */
    void superlativeAppositions(int s) {
        Set<String> openers = lex.wordsOfClass.getOrDefault("ApposedSuperlative", Set.of());
        for (Unit u : units.get(s)) {
            int open = u.last + 2;
            if (u.type != ActorType.ORGANIZATION || open >= size(s) || !COMMAS.contains(tok(s, u.last + 1).norm())
                    || !openers.contains(tok(s, open).norm())) {
                continue;
            }
            int close = open + 1;
            while (close < size(s) && close - open <= 6 && !COMMAS.contains(tok(s, close).norm())) {
                close++;
            }
            if (close >= size(s) || close - open > 6) {
                continue;
            }
            for (Unit v : units.get(s)) {
                if (v.first > open && v.last < close) {
                    v.qualifier = true;
                }
            }
        }
    }

    /**
     * The organisation named before token {@code before} of sentence {@code s} (this sentence included) whose Arabic
     * name, in matching form, opens with the words {@code name} and goes on after them; else null.
     */
    private Unit organizationOpeningWith(int s, int before, String name) {
        for (int x = s; x >= 0; x--) {
            for (Unit u : units.get(x)) {
                if (u.type == ActorType.ORGANIZATION && u.key != null && u.labelAr != null && (x < s || u.last < before)
                        && ArabicNormalizer.normalize(u.labelAr).startsWith(name + " ")) {
                    return u;
                }
            }
        }
        return null;
    }

    /**
     * "شرطة ملبورن"، "وشرطة مقاطعة كيبيك"، "شرطة مدينة فلان": a force a city or a region keeps (lexv:LocalForceNoun:
     * شرطة) without the article, in construct before a place with no clitic (a listed one, or a place noun and its
     * name), is that place's own body ("Ottawa Police"), no longer the state's police; the place stays a place of the
     * story. A country after the noun (شرطة كندا) is the state's force, read as before. Null otherwise.
     */
    private Unit forceOfPlace(int s, int i) {
        Match noun = cue(s, i, Cues.LOCAL_FORCE_NOUN);
        int j = i + 1;
        if (noun == null || lastOf(s, noun) != i || noun.end() != tok(s, i).end() || hasArticle(tok(s, i))
                || j >= size(s) || noun.phrase().term().labelsEn().isEmpty()) {
            return null;
        }
        if (i > 0 && stationWord(tok(s, i - 1))) {
            // "مركز شرطة لوساكا المركزي": a police station of the city, a place, no force
            return null;
        }
        Match n = at(s, j);
        if (n == null || !n.prefix().isEmpty() || n.begin() != tok(s, j).begin()) {
            return null;
        }
        Unit place = null;
        if (isActor(n, ActorType.PLACE) && n.end() == tok(s, lastOf(s, n)).end()) {
            // a capital's name too (شرطة ملبورن): after the noun it is the city, not its state
            place = new Unit(s, j, lastOf(s, n), n.begin(), n.end());
            place.actor(n.phrase().actor());
        } else if (n.phrase().isCue("PlaceNoun") && !true_(n.phrase().term(), "capital") && !hasArticle(tok(s, j))) {
            place = placeNoun(s, j, n);
            Match named = at(s, lastOf(s, n) + 1);
            if (place == null && isActor(named, ActorType.PLACE) && named.prefix().isEmpty()
                    && named.end() == tok(s, lastOf(s, named)).end()) {
                // "شرطة مدينة ميلانو": a noun that is no part of the listed place's name, the place all the same
                place = new Unit(s, lastOf(s, n) + 1, lastOf(s, named), named.begin(), named.end());
                place.actor(named.phrase().actor());
            }
        }
        if (place == null || place.type != ActorType.PLACE || place.labelEn == null || place.labelEn.isEmpty()) {
            return null;
        }
        String en = place.labelEn + " " + noun.phrase().term().labelsEn().get(0);
        Unit u = new Unit(s, i, place.last, noun.begin(), place.end);
        u.key = "org/" + en.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        u.type = ActorType.ORGANIZATION;
        u.labelAr = original(noun.begin(), place.end);
        u.labelEn = en;
        u.countryKey = place.countryKey;
        u.localForceOf = noun.phrase().term().property("standsFor");
        place.locative = true;
        u.inner.add(place);
        return u;
    }

    /** Whether a word is one of a post of a force (lexv:StationWord: مركز، مخفر), a clitic preposition on it or not. */
    private boolean stationWord(Token t) {
        Set<String> words = lex.wordsOfClass.getOrDefault("StationWord", Set.of());
        String w = t.norm();
        return t.isWord() && (words.contains(w) || w.length() > 3 && "وفبل".indexOf(w.charAt(0)) >= 0
                && words.contains(w.substring(1)));
    }

    /**
     * "حزب كولورادو": a noun of a body that may be called after a place (lexv:namedAfterPlace: حزب), without the
     * article, in construct before a listed place with no clitic: the party of that name ("Colorado Party"), no
     * place here. Null otherwise.
     */
    private Unit namedAfterPlace(int s, int i, Match m, int opening, int j) {
        Match place = j < size(s) ? at(s, j) : null;
        if (!true_(m.phrase().term(), "namedAfterPlace") || !isActor(place, ActorType.PLACE) || !place.prefix().isEmpty()
                || place.begin() != tok(s, j).begin() || place.end() != tok(s, lastOf(s, place)).end()
                || place.phrase().actor().labelsEn().isEmpty() || m.phrase().term().labelsEn().isEmpty()) {
            return null;
        }
        String en = place.phrase().actor().labelsEn().get(0) + " " + m.phrase().term().labelsEn().get(0);
        int last = lastOf(s, place);
        Unit u = new Unit(s, i, last, opening, place.end());
        u.key = "org/" + en.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        u.type = ActorType.ORGANIZATION;
        u.labelAr = original(opening, place.end());
        u.labelEn = en;
        return u;
    }

    /**
     * "تحولت إلى حركة مطالب اجتماعية"، "حركة احتجاجية": words without the article after an organisation's noun, all
     * of them words of the dictionary, the last an adjective in ة agreeing with the noun, say what kind of movement
     * it is: a movement of social demands, a protest movement, no movement of that name. A name without the article
     * is a word no dictionary knows (حركة رينامو) or ends otherwise (حزب الله is definite); one that says what the
     * body is for (حركة من أجل التغيير والعدالة) is a name.
     */
    private boolean commonNounPhrase(int s, int j, int k) {
        if (k <= j || !original(tok(s, k - 1).begin(), tok(s, k - 1).end()).endsWith("ة")) {
            return false;
        }
        for (int x = j; x < k; x++) {
            if (hasArticle(tok(s, x)) || !ArabicVocabulary.isWord(original(tok(s, x).begin(), tok(s, x).end()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a title (an office the lexicon knows: زعيم، رئيس) ends right before token {@code i}. */
    private boolean leaderTitleBefore(int s, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            Match m = at(s, k);
            if (isKind(m, Phrase.Kind.OFFICE) && lastOf(s, m) == i - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word of a year at token {@code k} (lexv:YearMarker: العام) is, as written, a word of a body's name
     * (lexv:BodyWord: "general") after the words of a name: no year follows it (a number) and no marker of which year
     * (الماضي، المقبل، الجاري). "حزب المؤتمر الشعبي العام" is the General People's Congress; "فاز حزب الشعب العام
     * الماضي" is a win last year.
     */
    private boolean yearWordAsAdjective(int s, int k, Match here) {
        if (!here.phrase().isCue("YearMarker") || lastOf(s, here) != k || !here.prefix().isEmpty()
                || !lex.bodyWords.containsKey(tok(s, k).norm())) {
            return false;
        }
        int n = k + 1;
        return n >= size(s) || tok(s, n).kind() != Token.Kind.NUMBER && cue(s, n, Cues.LAST_MARKER) == null
                && cue(s, n, Cues.NEXT_MARKER) == null && cue(s, n, Cues.CURRENT_MARKER) == null;
    }

    /** Whether a word of an organisation's status (lexv:OrganizationStatus, lexv:OrganizationStatusWord) stands at {@code k}. */
    private boolean organizationStatus(int s, int k) {
        return cue(s, k, Cues.ORGANIZATION_STATUS) != null
                || lex.wordsOfClass.getOrDefault("OrganizationStatusWord", Set.of()).contains(tok(s, k).norm());
    }

    /**
     * "تحالف الأمل الأخضر والأبيض": an adjective joined by و to the last word of a name (token {@code k} follows
     * the name), in the same shape (both colours, both nisbas in -ي or -ية), is the name's too. Returns the
     * token after the name, with that adjective or without it.
     */
    private int coordinatedAdjective(int s, int k) {
        if (k >= size(s) || !tok(s, k).isWord() || !tok(s, k).norm().startsWith("وال") || at(s, k) != null
                || nameStop(s, k)) {
            return k;
        }
        String before = tok(s, k - 1).norm();
        String here = tok(s, k).norm();
        for (String ending : List.of("اء", "يه", "ي")) {
            if (before.endsWith(ending) && here.endsWith(ending)) {
                return k + 1;
            }
        }
        // a colour in the masculine (الأخضر والأحمر): the article, alef and three letters
        boolean colours = before.length() == 6 && before.startsWith("الا") && here.length() == 7 && here.startsWith("والا");
        return colours ? k + 1 : k;
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
}
