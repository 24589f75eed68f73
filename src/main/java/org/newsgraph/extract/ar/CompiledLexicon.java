package org.newsgraph.extract.ar;

import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.HeldOffice;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.extract.lexicon.Term;

/**
 * The lexicons compiled once into a hash index of surface forms keyed by their first word, so that matching a
 * sentence costs a few hash look-ups per token whatever the size of the lexicons.
 *
 * <p>Forms are indexed in matching form. Proclitics (و ف ب ل ك, the article ال, لل for ل + ال) are stripped
 * from the text's first word at match time and pronoun suffixes (ه ها هم...) and the accusative alef from its
 * last, so the lexicons list each form once. Trigger verbs given as a past-tense base are inflected by rule
 * (feminine, plural, present and future); weekday and month names come from the JDK's Arabic locale data.
 */
final class CompiledLexicon {

    private static final String[] PROCLITICS = {"وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"};
    private static final String[] NO_PROCLITICS = {};
    /** The proclitics by their first letter, each list in the order of {@link #PROCLITICS}. */
    private static final Map<Character, String[]> PROCLITICS_BY_LETTER = new HashMap<>();

    static {
        for (String p : PROCLITICS) {
            PROCLITICS_BY_LETTER.merge(p.charAt(0), new String[] {p}, (a, b) -> {
                String[] both = java.util.Arrays.copyOf(a, a.length + 1);
                both[a.length] = b[0];
                return both;
            });
        }
    }

    private static final String[] SUFFIXES = {"هما", "هم", "هن", "ها", "كم", "نا", "ه", "ا"};
    /** Arabic locales whose month names differ: Egyptian/Gulf, Levantine/Iraqi, Moroccan, Tunisian/Algerian. */
    private static final String[] MONTH_LOCALES = {"ar", "ar-SY", "ar-MA", "ar-TN"};

    final Lexicon lexicon;
    private final Map<String, Entry> index = new HashMap<>();
    /**
     * One bit per value of {@link #firstWordBit} among the keys of {@link #index}: most readings of a word open no
     * form, and a clear bit tells so from a small array (the map's table and nodes are scattered over the heap, and
     * each token asks for all its readings).
     */
    private final long[] firstWords = new long[1 << FIRST_WORD_BITS - 6];
    private static final int FIRST_WORD_BITS = 17;
    /**
     * Each cue class's number ({@link Cues}): its bit in the sets of {@link #addClasses}, by which a {@link Stage}
     * keeps its answers per token and class.
     */
    private final Map<String, Integer> cueIndex = new HashMap<>();
    /** One more than the largest number among this lexicon's cue classes. */
    private int cueClassCount;
    /**
     * The same by the class names' interned strings, compared by identity, in an open-addressed table on the string's
     * own hash (kept in the string once computed): the analysis asks by literals, which are interned, hundreds of
     * thousands of times an article, and a map's boxed values and identity hashes cost more than the question.
     * {@link #literalIndexes} holds each class's index at the slot of its name in {@link #literals}.
     */
    private String[] literals = new String[0];
    private int[] literalIndexes = new int[0];
    final Map<String, ActorEntry> actors = new HashMap<>();
    /** Lexicon people by the offices they hold, in lexicon order: a title alone asks who holds it. */
    final Map<String, List<ActorEntry>> holdersOf = new HashMap<>();
    /** Institution patterns by key (ministry-of-defence). */
    final Map<String, Term> institutions = new HashMap<>();
    /**
     * The cue classes some trigger needs as its object (AgreementNoun for وقع): common nouns that make a word a
     * trigger, and mean nothing else, so they may stand in a name (حزب العقد المدني).
     */
    final Set<String> objectNounClasses = new java.util.HashSet<>();
    /** The labels of the lexv:OrganizationNoun cues (حزب، حركة، جبهة), in matching form. */
    final Set<String> organizationNouns = new java.util.HashSet<>();
    /** The words of the NameParticle cues (بن، أبو، عبد), in matching form. */
    final Set<String> nameParticles = new java.util.HashSet<>();
    /** The words of the EastAsianFamilyName cues (يون، كيم), in matching form. */
    final Set<String> eastAsianFamilyNames = new java.util.HashSet<>();
    /**
     * The NameParticle words marked lexv:filial (بن، ولد): a father's name follows them, no surname; the press names
     * such a person later by the lineage alone, from the particle on (ولد فلان), which is that person again.
     */
    final Set<String> filialParticles = new java.util.HashSet<>();
    /** The words of the NameSuffix cues (الابن: Jr.), in matching form: the last word of a name, no surname. */
    final Set<String> nameSuffixes = new java.util.HashSet<>();
    /** The lexv:word values of the IndefiniteBodyDescriptor cues, in matching form. */
    final Set<String> indefiniteBodyDescriptors = new java.util.HashSet<>();
    /**
     * The lexv:BodyWord cues by each of their lexv:word values in matching form (one or two words): the words of a
     * body's name the lexicon translates (الأعلى Supreme, الدولة State). Kept out of the form index: they are common
     * words, and only {@link BodiesByPattern} reads them, after a body noun.
     */
    final Map<String, Term> bodyWords = new HashMap<>();
    /**
     * The lexv:word values in matching form of each cue class whose words are kept out of the form index (common
     * words that are cues only where a rule asks for them: lexv:PowerNoun, lexv:SaidNoun).
     */
    final Map<String, Set<String>> wordsOfClass = new HashMap<>();
    /**
     * The cue classes whose lexv:word values go to {@link #wordsOfClass} (lexv:SaidNoun: قول of قوله;
     * lexv:ArticleGivenName: الطيب of الطيب بلعيز, which without its article is a given name of its own, حسين or طيب;
     * lexv:GivenNameHomograph: غير of غير ستيفنسن, read as a name only before a word no dictionary knows;
     * lexv:ForeignNameParticle: فان of فان دير بيلن, a particle inside a name only before the rest of it;
     * lexv:SurnameHomograph: لو of ستيفن لو، the last word of a name only where the clause gives it nothing to govern;
     * lexv:CityPartNoun: شوارع of في شوارع الخرطوم, a part of a city only before a capital's name;
     * lexv:TreatyNoun: اتفاقية of اتفاقية فيينا, a treaty named after a city only before the city's name;
     * lexv:ProtestOnlyVerb: تظاهر of تظاهر الآلاف, whose counted crowd is the protesters, named or not;
     * lexv:UponWord: فور of فور عودته, which ends a name only before a noun with the article or a pronoun;
     * lexv:SaintTitle: القديس of كنيسة القديس فلان, a title the facility's name goes on past only after such a noun;
     * lexv:NamedAfterNoun: شارع of شارع فلان, which makes a listed person's name after it the name of a street;
     * lexv:NameListOpener: هما of هما فلان علان وفلان علان, a pronoun that opens a list of names only there;
     * lexv:ClaimedActNoun: الهجوم of تبنت الجماعة الهجوم, the act a claim names, a trigger's noun elsewhere;
     * lexv:AppointedOffice: وزيرا of عين فلانا وزيرا, an object a trigger needs that is a title's word too, so as a
     * form it would take the title's reading; lexv:ChargedTask: تشكيل of كلفه تشكيل الحكومة, a verbal noun that is
     * other words' reading).
     */
    private static final Set<String> WORD_CLASSES = Set.of("AppointedOffice", "ChargedTask", "PowerNoun", "SaidNoun", "ArticleGivenName", "NationalForce",
            "CompassWord", "SaintTitle", "ByNameHead", "NamingVerb", "ProminenceWord", "OrganizationStatusWord",
            "FacilityAdjective", "LoyalWord", "IssueNoun", "ByVirtueWord", "AboutWord", "IntensityWord", "InTurnWord",
            "OfficeBodyNoun", "OfficeBodyComplement", "OfficeContextWord", "OfficeReachWord",
            "StationWord", "ApposedSuperlative", "NotAVerbForm", "AreaWord", "GivenNameHomograph", "NisbaPlaceNoun",
            "ForeignNameParticle", "SurnameHomograph", "CityPartNoun", "UponWord", "TreatyNoun", "ProtestOnlyVerb",
            "NamedAfterNoun", "NameListOpener", "ClaimedActNoun");
    /**
     * The English spelling the press uses for common given names and name words (lexv:NameSpelling: محمد Mohammed,
     * إبراهيم Ibrahim), by the word in matching form: a name no lexicon lists gets these before the letter rules.
     */
    final Map<String, String> nameSpellings = new HashMap<>();
    /** Institution patterns by each Arabic label in matching form, to find one whose words a nisba splits. */
    final Map<String, Term> institutionsByLabel = new HashMap<>();
    /** Offices by each of their labels in matching form, the first office in lexicon order for a label two share. */
    final Map<String, Term> officesByLabel = new HashMap<>();
    /**
     * The title of who heads a body, by the noun of heading it (lexv:HeadingNoun, lexv:word and lexv:title: رئاسة the
     * president's, قيادة the commander's), words in matching form: "تولى فلان رئاسة الحكومة" makes him its head.
     */
    final Map<String, String> headingTitles = new HashMap<>();
    /** The English of a state's landmark word after a facility noun (lexv:LandmarkWord: الرئاسي Presidential). */
    final Map<String, String> landmarkWords = new HashMap<>();
    /** Offices by their plurals (lexv:pluralTitle: وزراء خارجية), words in matching form joined by a space. */
    final Map<String, Term> officesByPlural = new HashMap<>();
    /** The first words of the keys of {@link #officesByPlural}. */
    final Set<String> officePluralFirstWords = new java.util.HashSet<>();
    /** The duals of offices (lexv:dualTitle: النائبين، الرئيسين المشاركين), words in matching form joined by a space. */
    private final Set<String> dualTitles = new java.util.HashSet<>();
    /** A capital's key to its country. */
    final Map<String, ActorEntry> capitalOf = new HashMap<>();
    /** The former states (ng:dissolved) by their capital, which a successor state keeps (موسكو: the Soviet Union). */
    final Map<String, ActorEntry> formerCapitalOf = new HashMap<>();
    /** Trigger key + "|" + form of every verbal noun, to tell a form that is verb and noun at once. */
    private final Set<String> nounForms = new java.util.HashSet<>();
    /** Trigger key + "|" + form of every third person feminine singular verb form (دعت، تدعو، قالت). */
    private final Set<String> feminineForms = new java.util.HashSet<>();
    /** Trigger key + "|" + form of every future verb form (سيزور، ستفرض). */
    private final Set<String> futureForms = new java.util.HashSet<>();
    /** The first person singular forms of triggers (lexv:quotedForm), keyed as {@link #futureForms}. */
    private final Set<String> quotedForms = new java.util.HashSet<>();
    /** Trigger key + "|" + form of every third person plural verb form (اعتقلوا، يهاجمون). */
    private final Set<String> pluralForms = new java.util.HashSet<>();
    /** Triggers by key, for a trigger that stands for another in some contexts. */
    private final Map<String, Term> triggers = new HashMap<>();
    /** Actor key + "|" + form of every nisba, to tell a country's name that is also its nisba (تركية). */
    private final Set<String> demonymForms = new java.util.HashSet<>();
    /**
     * One-word nisbas by their {@link #nisbaSkeleton}, for a spelling the lexicon lacks (الفيليبيني for فلبيني); a
     * skeleton two countries' nisbas share maps to null and matches nothing.
     */
    private final Map<String, Phrase> demonymSkeletons = new HashMap<>();
    /** The entries {@link #candidates} made for nisbas spelled otherwise, by the word as written (normalised). */
    private final Map<String, Entry> tolerantNisbas = new java.util.concurrent.ConcurrentHashMap<>();
    /** Media by the matching form of their labels, for names the gazetteer also lists as organisations. */
    private final Map<String, String> mediumByForm = new HashMap<>();
    /** Month cue terms made from the JDK, by month number. */
    final Map<Term, Integer> months = new HashMap<>();
    /** Weekday cue terms made from the JDK, as {@link java.time.DayOfWeek} values 1 (Monday) to 7. */
    final Map<Term, Integer> weekdays = new HashMap<>();

    /**
     * Listed people by the last word of each Arabic name of theirs of two words or more (matching form), so that a
     * surname alone can be weighed against every listed person of that surname, not only the one the lexicon gives it.
     */
    final Map<String, Set<String>> peopleByLastWord = new HashMap<>();

    CompiledLexicon(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (ActorEntry a : lexicon.actors()) {
            actors.put(a.key(), a);
            if (a.type() == ActorType.PERSON) {
                for (String l : a.labelsAr()) {
                    String[] w = ArabicNormalizer.normalize(l).split(" ");
                    if (w.length >= 2) {
                        peopleByLastWord.computeIfAbsent(w[w.length - 1], k -> new LinkedHashSet<>()).add(a.key());
                    }
                }
            }
            for (String l : a.labelsAr()) {
                add(l, new Phrase(null, Phrase.Kind.ACTOR, a, null, null, null));
            }
            for (String d : a.demonymsAr()) {
                add(d, new Phrase(null, Phrase.Kind.DEMONYM, a, null, null, null));
                demonymForms.add(a.key() + "|" + String.join(" ", words(d)));
                String[] ws = words(d);
                String skeleton = ws.length == 1 ? nisbaSkeleton(ws[0]) : null;
                if (skeleton != null) {
                    Phrase known = demonymSkeletons.get(skeleton);
                    boolean other = demonymSkeletons.containsKey(skeleton)
                            && (known == null || !known.actor().key().equals(a.key()));
                    demonymSkeletons.put(skeleton, other ? null
                            : new Phrase(ws, Phrase.Kind.DEMONYM, a, null, null, null));
                }
            }
        }
        for (ActorEntry a : lexicon.actors()) {
            if (a.type() == ActorType.COUNTRY && a.capitalKey() != null && a.dissolved() == null) {
                capitalOf.put(a.capitalKey(), a);
            } else if (a.type() == ActorType.COUNTRY && a.capitalKey() != null) {
                formerCapitalOf.put(a.capitalKey(), a);
            }
            a.holds().stream().map(HeldOffice::office).distinct()
                    .forEach(o -> holdersOf.computeIfAbsent(o, k -> new ArrayList<>()).add(a));
        }
        for (Term t : lexicon.institutions()) {
            institutions.put(t.key(), t);
            t.labelsAr().forEach(l -> institutionsByLabel.putIfAbsent(String.join(" ", words(l)), t));
            addTerm(t, Phrase.Kind.INSTITUTION);
        }
        for (Term t : lexicon.offices()) {
            addTerm(t, Phrase.Kind.OFFICE);
            for (String l : t.labelsAr()) {
                officesByLabel.putIfAbsent(ArabicNormalizer.normalize(l), t);
                String[] made = accusativeTitle(words(l));
                if (made != null) {
                    add(String.join(" ", made), new Phrase(null, Phrase.Kind.OFFICE, null, t, null, null));
                }
            }
            for (String l : values(t.forLanguage("ar"), "pluralTitle")) {
                officesByPlural.putIfAbsent(String.join(" ", words(l)), t);
                officePluralFirstWords.add(String.join(" ", words(l)).split(" ")[0]);
            }
            for (String l : values(t.forLanguage("ar"), "dualTitle")) {
                // a title of its own, the office's, that names two holders
                add(l, new Phrase(null, Phrase.Kind.OFFICE, null, t, null, null));
                dualTitles.add(String.join(" ", words(l)));
            }
        }
        for (Term t : lexicon.media()) {
            addTerm(t, Phrase.Kind.MEDIUM);
            for (String l : t.labelsAr()) {
                mediumByForm.put(String.join(" ", words(l)), t.key());
            }
        }
        for (Term t : lexicon.cues()) {
            if ("IndefiniteBodyDescriptor".equals(t.property("type"))) {
                values(t, "word").forEach(w -> indefiniteBodyDescriptors.add(ArabicNormalizer.normalize(w)));
            }
            if (WORD_CLASSES.contains(t.property("type"))) {
                values(t, "word").forEach(w -> wordsOfClass.computeIfAbsent(t.property("type"), k -> new java.util.HashSet<>())
                        .add(ArabicNormalizer.normalize(w)));
                continue;
            }
            if ("LandmarkWord".equals(t.property("type")) && !t.labelsEn().isEmpty()) {
                values(t, "word").forEach(w -> landmarkWords.put(ArabicNormalizer.normalize(w), t.labelsEn().get(0)));
                continue;
            }
            if ("HeadingNoun".equals(t.property("type")) && t.property("title") != null) {
                values(t, "word").forEach(w -> headingTitles.put(ArabicNormalizer.normalize(w),
                        ArabicNormalizer.normalize(t.property("title"))));
                continue;
            }
            if ("NameSpelling".equals(t.property("type"))) {
                // not matched in text: a given name is no cue, only spelled in English when a name has it
                if (!t.labelsEn().isEmpty()) {
                    String en = t.labelsEn().get(0);
                    values(t, "word").forEach(w -> nameSpellings.putIfAbsent(ArabicNormalizer.normalize(w), en));
                }
                continue;
            }
            if ("OrganizationNoun".equals(t.property("type"))) {
                t.labelsAr().forEach(l -> organizationNouns.add(ArabicNormalizer.normalize(l)));
            }
            if ("EastAsianFamilyName".equals(t.property("type"))) {
                t.labelsAr().forEach(w -> eastAsianFamilyNames.add(ArabicNormalizer.normalize(w)));
            }
            if ("NameParticle".equals(t.property("type"))) {
                t.labelsAr().forEach(w -> nameParticles.add(ArabicNormalizer.normalize(w)));
                if ("true".equals(t.property("filial"))) {
                    t.labelsAr().forEach(w -> filialParticles.add(ArabicNormalizer.normalize(w)));
                }
            }
            if ("NameSuffix".equals(t.property("type"))) {
                t.labelsAr().forEach(w -> nameSuffixes.add(ArabicNormalizer.normalize(w)));
            }
            if ("BodyWord".equals(t.property("type"))) {
                values(t, "word").forEach(w -> bodyWords.putIfAbsent(String.join(" ", words(w)), t));
                continue;
            }
            for (String l : concat(t.labelsAr(), t.formsAr())) {
                add(l, new Phrase(null, Phrase.Kind.CUE, null, t, null, t.property("type")));
            }
        }
        for (Term t : lexicon.triggers()) {
            if (t.property("needsObject") != null) {
                objectNounClasses.add(t.property("needsObject"));
            }
            compileTrigger(t);
        }
        compileCalendar();
        int slots = Integer.highestOneBit(Math.max(1, cueIndex.size()) * 4) * 2;
        literals = new String[slots];
        literalIndexes = new int[slots];
        cueIndex.forEach((name, k) -> {
            String literal = name.intern();
            int at = literal.hashCode() & slots - 1;
            while (literals[at] != null) {
                at = at + 1 & slots - 1;
            }
            literals[at] = literal;
            literalIndexes[at] = k;
        });
        index.values().forEach(e -> e.classes = classes(e.cueTypes));
        compileTriggerFormBits();
        index.keySet().forEach(w -> {
            int b = firstWordBit(w);
            firstWords[b >>> 6] |= 1L << b;
        });
    }

    /** A set of cue classes ({@link #addClasses}) holding these. */
    private long[] classes(List<String> types) {
        long[] out = new long[cueClassWords()];
        for (String t : types) {
            int k = cueIndex(t);
            out[k >>> 6] |= 1L << k;
        }
        return out;
    }

    /** The number of 64-bit words of a set of cue classes, one bit per class at its {@link #cueIndex}. */
    int cueClassWords() {
        return (cueClassCount + 63) >>> 6;
    }

    /**
     * Adds to {@code into}, from word {@code at}, the cue classes of forms that may start at a token (its
     * {@link #candidates}), one bit per class.
     */
    static void addClasses(List<Candidate> candidates, long[] into, int at) {
        for (int ci = 0; ci < candidates.size(); ci++) {
            long[] c = candidates.get(ci).entry().classes;
            for (int w = 0; w < c.length; w++) {
                into[at + w] |= c[w];
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private void addTerm(Term t, Phrase.Kind kind) {
        for (String l : t.labelsAr()) {
            add(l, new Phrase(null, kind, null, t, null, null));
        }
        for (String f : t.formsAr()) {
            add(f, new Phrase(null, kind, null, t, null, null, kind == Phrase.Kind.INSTITUTION));
        }
    }

    private void compileTrigger(Term t) {
        triggers.put(t.key(), t);
        for (String f : t.formsAr()) {
            add(f, new Phrase(null, Phrase.Kind.TRIGGER, null, t, Phrase.Voice.ACTIVE, null));
            String[] ws = words(f);
            if (ws.length > 0 && ws[0].length() > 2 && "يتن".indexOf(ws[0].charAt(0)) >= 0) {
                // a hand-inflected present (يزور، تقول) has its future with س as the inflected verbs do (سيزور)
                add("س" + f, new Phrase(null, Phrase.Kind.TRIGGER, null, t, Phrase.Voice.ACTIVE, null));
                futureForms.add(t.key() + "|" + String.join(" ", words("س" + f)));
            }
            if (ws.length > 0 && ws[0].endsWith("ت")) {
                // hand-inflected forms (قالت، أقالت): the feminine past is the one in ت, the plural the one in وا
                feminineForms.add(t.key() + "|" + String.join(" ", ws));
            } else if (ws.length > 0 && ws[0].endsWith("وا")) {
                pluralForms.add(t.key() + "|" + String.join(" ", ws));
            }
        }
        for (String v : values(t, "verb")) {
            String base = ArabicNormalizer.normalize(v);
            List<String> active = ArabicMorphology.activeForms(base);
            Set<String> nouns = wordsOfClass.getOrDefault("NotAVerbForm", Set.of());
            for (String f : active) {
                if (!f.equals(base) && nouns.contains(f)) {
                    // an inflection that is, far more often, a common noun (نصف, "we describe", is "half")
                    continue;
                }
                add(f, new Phrase(null, Phrase.Kind.TRIGGER, null, t, Phrase.Voice.ACTIVE, null));
                if (f.startsWith("س") && active.contains(f.substring(1)) && "يتن".indexOf(f.charAt(1)) >= 0) {
                    futureForms.add(t.key() + "|" + String.join(" ", words(f)));
                }
            }
            for (String f : ArabicMorphology.feminineForms(base)) {
                feminineForms.add(t.key() + "|" + String.join(" ", words(f)));
            }
            for (String f : ArabicMorphology.pluralForms(base)) {
                pluralForms.add(t.key() + "|" + String.join(" ", words(f)));
            }
        }
        for (String v : values(t, "passive")) {
            for (String f : ArabicMorphology.passiveForms(ArabicNormalizer.normalize(v))) {
                add(f, new Phrase(null, Phrase.Kind.TRIGGER, null, t, Phrase.Voice.PASSIVE, null));
            }
        }
        for (String n : values(t, "noun")) {
            add(n, new Phrase(null, Phrase.Kind.TRIGGER, null, t, Phrase.Voice.NOUN, null));
            nounForms.add(t.key() + "|" + String.join(" ", words(n)));
        }
        for (String q : values(t, "quotedForm")) {
            // a first person singular (أدين، أرحب) is the speaker's own words; a quotation opening on it is where
            // it reads so ({@link #isQuotedForm}): elsewhere the same letters are often another word (أُدين, "was
            // convicted")
            add(q, new Phrase(null, Phrase.Kind.TRIGGER, null, t, Phrase.Voice.ACTIVE, null));
            quotedForms.add(t.key() + "|" + String.join(" ", words(q)));
        }
        for (String p : values(t, "participle")) {
            // an accusative participle (متهما، داعية) reads as the verb of its speaker; a form that is also a
            // verbal noun of the trigger (مطالبة) stays one form, its place in the sentence tells the reading
            if (!nounForms.contains(t.key() + "|" + String.join(" ", words(p)))) {
                add(p, new Phrase(null, Phrase.Kind.TRIGGER, null, t, Phrase.Voice.ACTIVE, null));
            }
        }
    }

    private final Map<SameTerm, Map<String, List<String>>> normalizedValues = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A term as a key by identity: a term's own hash code goes through all its labels, forms and properties, and the
     * rules ask of the same few terms (the lexicon's own, which it never copies) many times per sentence. Equal terms
     * that are not the same object are looked up apart, to the same answer.
     */
    private record SameTerm(Term term) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SameTerm other && other.term == term;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(term);
        }
    }

    /** A multi-valued property of a term, each value in matching form; computed once per term. */
    List<String> normalizedValues(Term t, String property) {
        return normalizedValues.computeIfAbsent(new SameTerm(t), k -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(property, p -> values(t, p).stream().map(ArabicNormalizer::normalize).toList());
    }

    static List<String> values(Term t, String property) {
        String v = t.property(property);
        return v == null ? List.of() : List.of(v.split("\\|"));
    }

    private void compileCalendar() {
        Set<String> seen = new LinkedHashSet<>();
        for (String tag : MONTH_LOCALES) {
            String[] names = DateFormatSymbols.getInstance(Locale.forLanguageTag(tag)).getMonths();
            for (int m = 0; m < 12; m++) {
                if (seen.add(ArabicNormalizer.normalize(names[m]))) {
                    Term t = new Term("month-" + (m + 1) + "-" + tag, List.of(names[m]), List.of(), List.of(), List.of(),
                            Map.of("type", "Month"));
                    months.put(t, m + 1);
                    add(names[m], new Phrase(null, Phrase.Kind.CUE, null, t, null, "Month"));
                }
            }
        }
        String[] days = DateFormatSymbols.getInstance(Locale.forLanguageTag("ar")).getWeekdays();
        for (int d = 1; d <= 7; d++) {
            Term t = new Term("weekday-" + d, List.of(days[d]), List.of(), List.of(), List.of(), Map.of("type", "Weekday"));
            // Calendar.SUNDAY is 1; DayOfWeek.SUNDAY is 7
            weekdays.put(t, d == 1 ? 7 : d - 1);
            add(days[d], new Phrase(null, Phrase.Kind.CUE, null, t, null, "Weekday"));
        }
    }

    /** A form's words in matching form; hyphens inside a word stay, other punctuation goes. */
    static String[] words(String form) {
        List<String> out = new ArrayList<>();
        for (String w : ArabicNormalizer.normalize(form).split("\\s+")) {
            StringBuilder b = new StringBuilder();
            w.codePoints().forEach(cp -> {
                if (ArabicNormalizer.isWordChar(cp) || Character.isDigit(cp) || cp == '-') {
                    b.appendCodePoint(cp);
                }
            });
            String s = b.toString().replaceAll("^-+|-+$", "");
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * The office someone is made or was, in matching form: "عين فلانا وزيرا للمالية"، "كان قائدا للجيش"، "عينت فلانة
     * وزيرة للخارجية"، "رئيسا لأركان الجيش". An office in construct (وزير المالية، رئيس أركان الجيش) becomes an
     * indefinite head in the accusative (the alef, none on a ة) and its genitive takes ل: لل for the article, ل before
     * a noun of a longer chain that ends definite. Every construct title has this form, so it is derived here, not
     * listed office by office. Null for a title that is not such a construct (one word, a head with the article).
     */
    static String[] accusativeTitle(String[] ws) {
        if (ws.length < 2 || ws[0].startsWith("ال") || ws[0].length() < 3
                || "اوي".indexOf(ws[0].charAt(ws[0].length() - 1)) >= 0) {
            return null;
        }
        String head = ws[0].endsWith("ه") ? ws[0] : ws[0] + "ا";
        String genitive;
        if (ws[1].startsWith("ال") && ws[1].length() > 3) {
            genitive = "لل" + ws[1].substring(2);
        } else if (ws.length >= 3 && ws[ws.length - 1].startsWith("ال") && !ws[1].startsWith("ل")
                && !ws[1].startsWith("ب")) {
            // رئيس أركان الجيش: a chain; an adjective of the head (قائد عام) has no chain after it and is left
            genitive = "ل" + ws[1];
        } else {
            return null;
        }
        String[] out = ws.clone();
        out[0] = head;
        out[1] = genitive;
        return out;
    }

    private void add(String form, Phrase p) {
        String[] ws = words(form);
        if (ws.length == 0) {
            return;
        }
        if (form.contains("ؤو")) {
            // مسئول، شئون: Egyptian spelling seats the hamza before و on ي (ئ) where the lexicon's seats it on و (ؤ),
            // and the matching form keeps the two seats apart (ي and و), so the label is filed under both spellings
            add(form.replace("ؤو", "ئو"), p);
        }
        Phrase phrase = new Phrase(ws, p.kind(), p.actor(), p.term(), p.voice(), p.cue(), p.form());
        if (p.kind() == Phrase.Kind.CUE && !cueIndex.containsKey(p.cue())) {
            int id = Cues.id(p.cue());
            cueIndex.put(p.cue(), id);
            cueClassCount = Math.max(cueClassCount, id + 1);
        }
        put(index, ws, phrase);
        if (p.kind() == Phrase.Kind.INSTITUTION && ws.length == 1 && ws[0].endsWith("ه") && ws[0].length() > 4) {
            // a body possessed (حكومته، حكومتها): its ة is written ت before a pronoun suffix; only a reading without
            // the suffix can be this stem, so filing it there costs no other word
            String[] possessed = {ws[0].substring(0, ws[0].length() - 1) + "ت"};
            put(index, possessed, new Phrase(possessed, p.kind(), p.actor(), p.term(), p.voice(), p.cue(), p.form()));
        } else if (p.kind() == Phrase.Kind.INSTITUTION && ws.length == 2 && ws[1].endsWith("ه") && ws[1].length() > 4
                && p.form()) {
            // وزارة خارجيتها، وزارة داخليته: the construct form (وزارة خارجية + a country) with the country's pronoun in
            // its place; the pronoun names whose body it is as the country would, so it needs no country after it
            String[] possessed = {ws[0], ws[1].substring(0, ws[1].length() - 1) + "ت"};
            put(index, possessed, new Phrase(possessed, p.kind(), p.actor(), p.term(), p.voice(), p.cue(), false));
        }
    }

    private static void put(Map<String, Entry> idx, String[] ws, Phrase phrase) {
        idx.computeIfAbsent(ws[0], k -> new Entry()).add(phrase);
        boolean place = phrase.kind() == Phrase.Kind.ACTOR && phrase.actor().type() == ActorType.PLACE;
        boolean number = phrase.isCue("NumberWord");
        boolean definiteOnly = phrase.term() != null && "true".equals(phrase.term().property("definiteOnly"))
                || phrase.kind() == Phrase.Kind.ACTOR && phrase.actor().definiteOnly();
        if (ws[0].startsWith("ال") && ws[0].length() > 3 && !place && !number && !definiteOnly) {
            // "الرئيس" also stands bare in "رئيس الوزراء"; clitic stripping covers the other direction. A place the
            // press names with the article is never written without it: وجيزة is "and short", not Giza. A number
            // word starting so starts with the alef of ألف (ألفي، ألفين), no article: في is no "two thousand"; nor
            // is a cue or an actor marked lexv:definiteOnly (السيد: bare, سيد is a given name; الرهائن: bare, رهائن
            // says what others are held as)
            idx.computeIfAbsent(ws[0].substring(2), k -> new Entry()).add(phrase);
        }
    }


    /** A cue class's number ({@link Cues}), its bit in {@link #addClasses}; -1 for a class no form has. */
    int cueIndex(String cueType) {
        String[] names = literals;
        int mask = names.length - 1;
        if (mask > 0) {
            for (int at = cueType.hashCode() & mask; names[at] != null; at = at + 1 & mask) {
                if (names[at] == cueType) {
                    return literalIndexes[at];
                }
            }
        }
        // a name that is no literal (built at run time), or asked before the table is made
        Integer k = cueIndex.get(cueType);
        return k == null ? -1 : k;
    }

    /**
     * The forms filed under one first word, all of them and again by cue class: a common first word (من، في)
     * opens many forms, and a question about one cue class should not have to try them all.
     */
    static final class Entry {
        final List<Phrase> all = new ArrayList<>();
        /** The trigger forms among {@link #all}, in their order: every token is asked its trigger readings. */
        final List<Phrase> triggerPhrases = new ArrayList<>(0);
        /** Cue classes present here and their forms, side by side; an entry holds at most a few classes. */
        private final List<String> cueTypes = new ArrayList<>(1);
        private final List<List<Phrase>> cuePhrases = new ArrayList<>(1);
        /** The cue classes here, one bit per class ({@link #addClasses}); none for an entry made while matching. */
        long[] classes = new long[0];

        void add(Phrase p) {
            all.add(p);
            if (p.kind() == Phrase.Kind.TRIGGER) {
                triggerPhrases.add(p);
            }
            if (p.kind() == Phrase.Kind.CUE) {
                // interned so that the class names the analysis asks for as literals compare by identity
                String type = p.cue().intern();
                int k = cueTypes.indexOf(type);
                if (k < 0) {
                    cueTypes.add(type);
                    cuePhrases.add(new ArrayList<>());
                    k = cueTypes.size() - 1;
                }
                cuePhrases.get(k).add(p);
            }
        }

        List<Phrase> phrases(String cueType) {
            if (cueType == null) {
                return all;
            }
            for (int k = 0; k < cueTypes.size(); k++) {
                if (cueTypes.get(k).equals(cueType)) {
                    return cuePhrases.get(k);
                }
            }
            return List.of();
        }
    }

    /** A way to read a word: what is left of it after stripping clitics, and how much was stripped. */
    record Variant(String stem, int from, int to, String prefix) {
        int stripped(int length) {
            return from + (length - to);
        }
    }

    /** The readings of a word without proclitics, the unstripped one first. */
    static List<Variant> prefixVariants(String w) {
        List<Variant> out = new ArrayList<>(8);
        out.add(new Variant(w, 0, w.length(), ""));
        String[] proclitics = w.isEmpty() ? NO_PROCLITICS : PROCLITICS_BY_LETTER.getOrDefault(w.charAt(0), NO_PROCLITICS);
        for (String p : proclitics) {
            if (w.startsWith(p) && w.length() - p.length() >= 2) {
                String rest = w.substring(p.length());
                out.add(new Variant(rest, p.length(), w.length(), p));
                if (p.endsWith("ل") && rest.startsWith("ل") && rest.length() >= 3) {
                    // لل = ل + ال with its alef elided: للمحتجين is ل + المحتجين
                    out.add(new Variant("ا" + rest, p.length(), w.length(), p));
                }
            }
        }
        int n = out.size();
        for (int i = 0; i < n; i++) {
            Variant v = out.get(i);
            String s = v.stem();
            if (s.startsWith("ال") && s.length() >= 4) {
                // the alef of لل was elided in the text: the stem starts one letter, not two, after the prefix
                int article = s.length() > v.to() - v.from() ? 1 : 2;
                out.add(new Variant(s.substring(2), v.from() + article, v.to(), v.prefix()));
            } else if (s.startsWith("اال") && s.length() >= 5) {
                out.add(new Variant(s.substring(3), v.from() + 1, v.to(), v.prefix()));
            }
        }
        return out;
    }

    /** The readings of the last word of a form: as written, or without a pronoun suffix. */
    static List<Variant> suffixVariants(Variant v) {
        List<Variant> out = null;
        String stem = v.stem();
        // every suffix ends with one of these letters
        char last = stem.isEmpty() ? 0 : stem.charAt(stem.length() - 1);
        if (last != 'ا' && last != 'م' && last != 'ن' && last != 'ه') {
            return List.of(v);
        }
        for (String s : SUFFIXES) {
            if (stem.endsWith(s) && stem.length() - s.length() >= 3) {
                if (out == null) {
                    out = new ArrayList<>(3);
                    out.add(v);
                }
                out.add(new Variant(stem.substring(0, stem.length() - s.length()), v.from(), v.to() - s.length(),
                        v.prefix()));
            }
        }
        return out == null ? List.of(v) : out;
    }

    /**
     * The forms that may start at a token: those whose first word is {@code reading}'s stem. A reading without
     * a pronoun suffix ({@code suffixed}) only ever starts a one-word form.
     */
    record Candidate(Entry entry, Variant reading, boolean suffixed) {
    }

    /**
     * The token's readings that open lexicon forms, in the order {@link #best} weighs them (readings without
     * proclitics first, each before its readings without a suffix). Computed once per token, so that each
     * later question about the token (a form of any kind, a cue of one class) needs no new look-up of its
     * readings.
     */
    List<Candidate> candidates(Token t) {
        if (!t.isWord()) {
            return List.of();
        }
        List<Candidate> out = null;
        for (List<Variant> suffixed : t.variants()) {
            for (int k = 0; k < suffixed.size(); k++) {
                Variant v = suffixed.get(k);
                int b = firstWordBit(v.stem());
                Entry e = (firstWords[b >>> 6] & 1L << b) == 0 ? null : index.get(v.stem());
                if (e != null) {
                    out = out == null ? new ArrayList<>(4) : out;
                    out.add(new Candidate(e, v, k > 0));
                }
            }
        }
        if (out == null) {
            out = tolerantNisba(t);
        }
        return out == null ? List.of() : out;
    }

    /** A word's place in {@link #firstWords}: the top bits of its hash spread by a multiplication. */
    private static int firstWordBit(String w) {
        return w.hashCode() * 0x9E3779B9 >>> 32 - FIRST_WORD_BITS;
    }

    /**
     * A word no lexicon form opens read as a nisba the lexicon spells otherwise (الفيليبيني): its reading without
     * the article whose {@link #nisbaSkeleton} is one country's nisba's. Null when none is.
     */
    private List<Candidate> tolerantNisba(Token t) {
        for (List<Variant> readings : t.variants()) {
            // a plain loop: a stream here was made for every word no lexicon form opens
            Variant v = readings.get(0);
            // only a word written with the article: أندري (Andriy) is a given name, no nisba of Andorra's
            boolean articleDropped = v.from() > v.prefix().length();
            String skeleton = articleDropped ? nisbaSkeleton(v.stem()) : null;
            Phrase p = skeleton == null ? null : demonymSkeletons.get(skeleton);
            if (p != null) {
                Entry e = tolerantNisbas.computeIfAbsent(v.stem(), w -> {
                    Entry made = new Entry();
                    made.add(new Phrase(new String[] {w}, Phrase.Kind.DEMONYM, p.actor(), null, null, null));
                    return made;
                });
                return List.of(new Candidate(e, v, false));
            }
        }
        return null;
    }

    /**
     * A nisba's letters as spellings of foreign names vary them (فلبيني، فيليبيني؛ كولومبي، كولمبي): its nisba ending
     * (ي، يه، يون، يين، يات) set apart, and the stem without the long vowels ا و ي after its first letter. Null for a
     * word without the ending, with the article, or whose stem keeps fewer than four letters (سوري، روسي): short
     * skeletons are shared by too many other words.
     */
    static String nisbaSkeleton(String w) {
        if (!w.endsWith("ي") && !w.endsWith("يه") && !w.endsWith("يون") && !w.endsWith("يين") && !w.endsWith("يات")) {
            // no nisba ending: asked of every word no lexicon form opens, most of which end otherwise
            return null;
        }
        java.util.regex.Matcher m = NISBA_ENDING.matcher(w);
        if (w.startsWith("ال") || !m.matches()) {
            return null;
        }
        String stem = m.group(1);
        // a loop, not a regular expression: asked of every word with a nisba ending that no lexicon form opens
        StringBuilder bare = new StringBuilder(stem.length()).append(stem.charAt(0));
        for (int k = 1; k < stem.length(); k++) {
            char ch = stem.charAt(k);
            if (ch != 'ا' && ch != 'و' && ch != 'ي') {
                bare.append(ch);
            }
        }
        return bare.length() >= 4 ? bare + "|" + m.group(2) : null;
    }

    private static final java.util.regex.Pattern NISBA_ENDING = java.util.regex.Pattern.compile("(.+?)(يون|يين|يات|يه|ي)");

    /**
     * The best form among a token's {@link #candidates} (of one cue class, or of any kind for a null
     * {@code cueType}) starting at token {@code i} of {@code tokens} (a sentence), or null: the longest, then
     * the one that needed the least stripping, then by {@link Phrase.Kind} priority.
     */
    static Match best(List<Candidate> candidates, List<Token> tokens, int i, String cueType) {
        return best(candidates, tokens, i, cueType, null);
    }

    /** {@link #best}, leaving out the forms {@code refused} (when not null) turns down. */
    static Match best(List<Candidate> candidates, List<Token> tokens, int i, String cueType,
            java.util.function.Predicate<Match> refused) {
        if (candidates.isEmpty()) {
            return null;
        }
        Token t = tokens.get(i);
        int length = t.norm().length();
        Match best = null;
        int bestStrip = 0;
        boolean bestSupplied = false;
        // indexed loops: this runs for every token and cue class, before the JIT has had a chance to remove iterators
        for (int ci = 0; ci < candidates.size(); ci++) {
            Candidate c = candidates.get(ci);
            Variant v = c.reading();
            int strip = v.stripped(length);
            List<Phrase> phrases = c.entry().phrases(cueType);
            // letters between the clitics and the stem were dropped: the article the word is written with
            boolean articleDropped = v.from() > v.prefix().length();
            for (int pi = 0; pi < phrases.size(); pi++) {
                Phrase p = phrases.get(pi);
                if (articleDropped && placeWithoutArticle(p)) {
                    // a place the press names without the article is never written with it: للمالية is finance,
                    // not Malé (ماليه), as وجيزة is no Giza the other way round
                    continue;
                }
                Match m;
                if (!c.suffixed()) {
                    m = tryPhrase(tokens, i, p, v);
                } else if (p.tokens().length == 1) {
                    m = new Match(p, t.index(), t.index(), t.offsetOf(v.from()), t.endOf(v.to()), v.prefix());
                } else {
                    continue;
                }
                if (m == null || (refused != null && refused.test(m))) {
                    continue;
                }
                // the article was supplied: the phrase is written with it, the word without
                boolean supplied = !c.suffixed() && !v.stem().equals(p.tokens()[0]);
                boolean take = better(m, strip, best, bestStrip);
                if (best != null && m.last() == best.last() && m.end() == best.end()) {
                    // "داعية إلى" is the participle of calling on, never the title الداعية (a preacher), which
                    // takes its article: a trigger's word as written over an office matched only with it
                    take = participleOverOffice(m, supplied, best, bestSupplied) || take
                            && !participleOverOffice(best, bestSupplied, m, supplied);
                }
                if (take) {
                    best = m;
                    bestStrip = strip;
                    bestSupplied = supplied;
                }
            }
        }
        return best;
    }

    /**
     * "عمّان": where the text writes a shadda the lexicon's labels tell forms apart by (Amman, عمّان, and Oman, عمان,
     * match alike), the form of the same words whose label is written with that shadda; else {@code m}. Only the
     * words' letters and shaddas are compared, short vowels aside.
     */
    static Match writtenWithShadda(List<Candidate> candidates, List<Token> tokens, int i, Match m, String written) {
        if (m == null || written.indexOf(SHADDA) < 0 || labelWithShadda(m.phrase(), written)) {
            return m;
        }
        for (Candidate c : candidates) {
            if (c.suffixed()) {
                continue;
            }
            for (Phrase p : c.entry().phrases(null)) {
                if (p.kind() != m.phrase().kind() || !labelWithShadda(p, written)) {
                    continue;
                }
                Match other = tryPhrase(tokens, i, p, c.reading());
                if (other != null && other.first() == m.first() && other.last() == m.last()) {
                    return other;
                }
            }
        }
        return m;
    }

    /**
     * "عمان" read as a country: the place of another country written with the same letters (Amman beside Oman),
     * matched over the same words; else null. The article decides between them ({@code ArticleAnalysis}).
     */
    static Match homonymPlace(List<Candidate> candidates, List<Token> tokens, int i, Match m) {
        if (m == null || m.phrase().kind() != Phrase.Kind.ACTOR || m.phrase().actor().type() != ActorType.COUNTRY) {
            return null;
        }
        String country = m.phrase().actor().key();
        for (Candidate c : candidates) {
            if (c.suffixed()) {
                continue;
            }
            for (Phrase p : c.entry().phrases(null)) {
                if (p.kind() != Phrase.Kind.ACTOR || p.actor().type() != ActorType.PLACE
                        || p.actor().countryKey() == null || p.actor().countryKey().equals(country)) {
                    continue;
                }
                Match other = tryPhrase(tokens, i, p, c.reading());
                if (other != null && other.first() == m.first() && other.last() == m.last()) {
                    return other;
                }
            }
        }
        return null;
    }

    private static final char SHADDA = '\u0651';

    private static boolean labelWithShadda(Phrase p, String written) {
        List<String> labels = p.actor() != null ? p.actor().labelsAr() : p.term() != null ? p.term().labelsAr() : List.of();
        String w = shaddaForm(written);
        for (String l : labels) {
            if (l.indexOf(SHADDA) >= 0 && w.endsWith(shaddaForm(l))) {
                return true;
            }
        }
        return false;
    }

    /** A word's letters in matching form and its shaddas, without short vowels and tatweel. */
    private static String shaddaForm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == SHADDA) {
                b.append(SHADDA);
            } else if (ArabicNormalizer.fold(cp) != ArabicNormalizer.DROP) {
                b.appendCodePoint(ArabicNormalizer.fold(cp));
            }
        });
        return b.toString();
    }

    private static boolean placeWithoutArticle(Phrase p) {
        return p.kind() == Phrase.Kind.ACTOR && p.actor().type() == ActorType.PLACE && !p.tokens()[0].startsWith("ال");
    }

    /** Every trigger form that matches at token {@code i}, for a word that is the form of several triggers. */
    static List<Match> triggers(List<Candidate> candidates, List<Token> tokens, int i) {
        List<Match> out = new ArrayList<>();
        Token t = tokens.get(i);
        for (Candidate c : candidates) {
            Variant v = c.reading();
            for (Phrase p : c.entry().triggerPhrases) {
                Match m = !c.suffixed() ? tryPhrase(tokens, i, p, v) : p.tokens().length == 1
                        ? new Match(p, t.index(), t.index(), t.offsetOf(v.from()), t.endOf(v.to()), v.prefix()) : null;
                if (m != null) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Whether a trigger read as written ({@code trigger}) wins over an office read with its article supplied. */
    private static boolean participleOverOffice(Match trigger, boolean triggerSupplied, Match office, boolean officeSupplied) {
        return trigger.phrase().kind() == Phrase.Kind.TRIGGER && !triggerSupplied
                && office.phrase().kind() == Phrase.Kind.OFFICE && officeSupplied;
    }

    private static boolean better(Match m, int strip, Match best, int bestStrip) {
        if (best == null) {
            return true;
        }
        int len = m.last() - m.first();
        int bestLen = best.last() - best.first();
        if (len != bestLen) {
            return len > bestLen;
        }
        if (strip != bestStrip) {
            return strip < bestStrip;
        }
        if (m.end() != best.end()) {
            // وزير خارجيتها: the form as written (the office of "her" foreign ministry) over a form its last word
            // reads as with a suffix taken off (خارجيته + ا), which leaves a pronoun the office then waits for
            return m.end() > best.end();
        }
        return m.phrase().kind().ordinal() < best.phrase().kind().ordinal();
    }

    /**
     * The token that carries a form's next word after token {@code k}: the next one, or the one after a hyphen standing
     * alone between two words, as the press writes a compound given name with spaces round it (جان - إيف لودريان for
     * جان إيف لودريان): the hyphen joins the words, so the form goes on past it. The hyphen then lies inside the match.
     */
    private static int nextWordOfForm(List<Token> tokens, int k) {
        if (k + 2 < tokens.size() && tokens.get(k).isWord() && !tokens.get(k + 1).isWord()
                && tokens.get(k + 1).norm().equals("-") && tokens.get(k + 2).isWord()) {
            return k + 2;
        }
        return k + 1;
    }

    private static Match tryPhrase(List<Token> tokens, int i, Phrase p, Variant first) {
        String[] ws = p.tokens();
        boolean bareArticle = !first.stem().equals(ws[0]);
        if (bareArticle && !ws[0].equals("ال" + first.stem())) {
            return null;
        }
        if (i + ws.length > tokens.size()) {
            return null;
        }
        Token t0 = tokens.get(i);
        if (ws.length == 1) {
            return new Match(p, t0.index(), t0.index(), t0.offsetOf(first.from()), t0.endOf(first.to()), first.prefix());
        }
        // "الكوري الجنوبي" for the nisba "كوري جنوبي": an adjective agrees with the article of the word before it
        boolean agreeing = t0.norm().endsWith("ال" + first.stem()) && !first.stem().startsWith("ال");
        int at = i;
        for (int k = 1; k < ws.length - 1; k++) {
            at = nextWordOfForm(tokens, at);
            if (at >= tokens.size()) {
                return null;
            }
            String w = tokens.get(at).norm();
            if (!w.equals(ws[k]) && !(agreeing && w.equals("ال" + ws[k]))) {
                return null;
            }
        }
        at = nextWordOfForm(tokens, at);
        if (at >= tokens.size()) {
            return null;
        }
        Token last = tokens.get(at);
        String lw = ws[ws.length - 1];
        if (last.norm().equals(lw) || (agreeing && last.norm().equals("ال" + lw))) {
            return new Match(p, t0.index(), last.index(), t0.offsetOf(first.from()), last.end(), first.prefix());
        }
        if (!last.isWord()) {
            return null;
        }
        // the token's first reading is the whole word, with its readings without a suffix
        for (Variant s : last.variants().get(0)) {
            if (s.stem().equals(lw)) {
                return new Match(p, t0.index(), last.index(), t0.offsetOf(first.from()), last.endOf(s.to()),
                        first.prefix());
            }
        }
        return null;
    }

    private final Map<SameTerm, Set<String>> writtenForms = new java.util.concurrent.ConcurrentHashMap<>();

    /** Text without short vowels and tatweel but with its hamzas and alef maqsura: a word as written. */
    static String lightForm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (ArabicNormalizer.fold(cp) != ArabicNormalizer.DROP) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** Whether a word as written ({@link #lightForm}) is one of a term's labels as written. */
    boolean isWrittenAs(Term t, String written) {
        Set<String> forms = writtenForms.computeIfAbsent(new SameTerm(t), k -> {
            Set<String> out = new java.util.HashSet<>();
            concat(t.labelsAr(), t.formsAr()).forEach(l -> out.add(lightForm(l)));
            return out;
        });
        return forms.contains(written) || (written.startsWith("ال") && forms.contains(written.substring(2)));
    }

    /** Whether a trigger form matched as a verb is also a verbal noun of the same trigger (عزل، نقل). */
    boolean isAlsoNoun(Match m) {
        return formIs(m.phrase(), NOUN_FORM, nounForms);
    }

    /** Whether a verb form of a trigger is third person feminine singular (اتهمت، تدعو). */
    boolean isFeminineVerb(Match m) {
        return formIs(m.phrase(), FEMININE_FORM, feminineForms);
    }

    /** Whether a verb form of a trigger is a future (سيزور، ستفرض). */
    boolean isFutureVerb(Match m) {
        return formIs(m.phrase(), FUTURE_FORM, futureForms);
    }

    private static final int NOUN_FORM = 1;
    private static final int FEMININE_FORM = 2;
    private static final int FUTURE_FORM = 4;
    private static final int PLURAL_FORM = 8;
    private static final int QUOTED_FORM = 16;

    /** Whether a verb form of a trigger is a first person singular read only as a quotation opens (lexv:quotedForm). */
    boolean isQuotedForm(Match m) {
        return formIs(m.phrase(), QUOTED_FORM, quotedForms);
    }

    /**
     * The trigger forms of the index by identity, each with the bits of the sets of forms ({@link #nounForms},
     * {@link #feminineForms}, {@link #futureForms}, {@link #pluralForms}) it is in: the rules ask them of every trigger
     * reading, and the key of a set is a string built from the term's key and the form's words.
     */
    private final Map<Phrase, Integer> triggerFormBits = new java.util.IdentityHashMap<>();

    private void compileTriggerFormBits() {
        for (Entry e : index.values()) {
            for (Phrase p : e.triggerPhrases) {
                String key = p.term().key() + "|" + String.join(" ", p.tokens());
                int bits = (nounForms.contains(key) ? NOUN_FORM : 0) | (feminineForms.contains(key) ? FEMININE_FORM : 0)
                        | (futureForms.contains(key) ? FUTURE_FORM : 0) | (pluralForms.contains(key) ? PLURAL_FORM : 0)
                        | (quotedForms.contains(key) ? QUOTED_FORM : 0);
                triggerFormBits.put(p, bits);
            }
        }
    }

    /** Whether a trigger's form is in one of the sets of forms: its bit, or for a form not in the index, the set. */
    private boolean formIs(Phrase p, int bit, Set<String> forms) {
        Integer bits = triggerFormBits.get(p);
        return bits != null ? (bits & bit) != 0 : forms.contains(p.term().key() + "|" + String.join(" ", p.tokens()));
    }

    /** Whether an office's phrase is its dual (lexv:dualTitle: النائبان فلان وعلان), which names two holders. */
    boolean dualTitle(Phrase p) {
        return p.kind() == Phrase.Kind.OFFICE && p.tokens() != null && dualTitles.contains(String.join(" ", p.tokens()));
    }

    /** Whether a verb form of a trigger is third person plural (اعتقلوا، يهاجمون). */
    boolean isPluralVerb(Match m) {
        return formIs(m.phrase(), PLURAL_FORM, pluralForms);
    }

    /** The trigger with this key, or null. */
    Term trigger(String key) {
        return key == null ? null : triggers.get(key);
    }

    /** Whether a form matched as a country's name is also that country's nisba. */
    boolean isAlsoDemonym(Match m) {
        return demonymForms.contains(m.phrase().actor().key() + "|" + String.join(" ", m.phrase().tokens()));
    }

    /** The listed actor one of whose labels is these words (matching forms joined by spaces), or null. */
    ActorEntry actorLabelled(String words) {
        String[] ws = words.split(" ");
        Entry e = index.get(ws[0]);
        if (e != null) {
            for (Phrase p : e.all) {
                if (p.kind() == Phrase.Kind.ACTOR && java.util.Arrays.equals(p.tokens(), ws)) {
                    return p.actor();
                }
            }
        }
        return null;
    }

    /** The medium a matched form names, if it is also a medium's label (تويتر the company, Twitter the medium). */
    String mediumOf(Match m) {
        return mediumByForm.get(String.join(" ", m.phrase().tokens()));
    }
}
