package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.lexicon.Term;

/**
 * The evidence the unit finder weighs on words that may be a name no lexicon lists: whether they look like a name
 * at all (a common noun with its agreeing adjective does not), where an East Asian name ends, whether a surname the
 * people lexicon knows belongs to another person here, and how far a party's name goes (a construct, a genitive
 * with ل, what the party is for after من أجل). Predicates over the shared article state only; the units are made
 * by {@link UnitFinder}. Token indices are local to sentence {@code s}.
 */
final class UnlistedNames extends Stage {

    UnlistedNames(Stage shared) {
        super(shared);
    }

    /** The written form of token {@code k}: hamza, alef maqsura and ta marbuta kept, diacritics dropped. */
    String written(int s, int k) {
        Token t = tok(s, k);
        return CompiledLexicon.lightForm(original(t.begin(), t.end()));
    }

    /**
     * "صفعة قوية", "احتجاجات شعبية", "موجة إدانات غربية": a word without the article ending in ة or in the plural
     * ات, followed by a nisba adjective without the article (ending in ية) that agrees with it, is a common noun
     * phrase: no name is a feminine noun with its adjective (a family name after a feminine given name is no nisba
     * in ية: نادية بركات، فاطمة حمادة).
     */
    boolean nounWithAdjective(int s, int k) {
        if (k + 1 >= size(s) || !tok(s, k).isWord() || !tok(s, k + 1).isWord() || hasArticle(tok(s, k))
                || hasArticle(tok(s, k + 1))) {
            return false;
        }
        String noun = written(s, k);
        String adjective = written(s, k + 1);
        boolean feminineOrPlural = noun.endsWith("ة") || (noun.endsWith("ات") && noun.length() >= 5);
        return feminineOrPlural && adjective.endsWith("ية") && adjective.length() >= 4;
    }

    /**
     * Whether the word at {@code k}, which no lexicon knows, is an ordinary Arabic word that no name no lexicon lists
     * is made of ({@link ArabicVocabulary}). An accusative adverb form of four letters and its alef or more opens no
     * name (المنتخب حديثا فلان، شوارع العاصمة احتفالا بكذا); a primitive noun in that form only when longer still
     * (ديانا، جوانا are given names). Later in a name the form is left alone: foreign surnames end in ا as often
     * (كارلوس ميسا، حسن ديارا), and so is a word the article already wrote in a name. ب or ل before a defective verbal
     * noun (بتلقي، لتولي) opens no name and ends one anywhere. A noun after a clitic ب/ل or
     * و/ف (فلانة بغاز أعصاب "with nerve gas"، بسبب) ends a name after its first word, and opens none: where a name
     * may stand after a title or a verb, a preposition on a noun is the title's complement or the clause going on
     * (الرئيس السابق لبلدية العاصمة، المكلف بحماية كبار المسؤولين، وافق بموافقة البرلمان) when the noun is feminine
     * in ة: no given name or transliterated one ends so, while a masculine one may read as a clitic and a noun (برزان،
     * بوشيروف) and still open a name. A word with the article is left
     * to the reader's own rules. After a name word, a future verb (سيترشح، ستزور، سنواصل: س and a form the
     * dictionary reads as an imperfect verb) is the clause going on: a name said the subject of what it will do
     * (إن زعيمها فلان علان سيترشح) ran on into it. No name opens right after a relative pronoun.
     */
    boolean ordinaryWord(int s, int start, int k) {
        Token t = tok(s, k);
        if (!t.isWord() || hasArticle(t) || articleNames.containsKey(t.norm())) {
            return false;
        }
        String w = written(s, k);
        if (k > start && ArabicVocabulary.futureVerb(w)) {
            return true;
        }
        if (k == start && k > 0 && cue(s, k - 1, Cues.RELATIVE_PRONOUN) != null) {
            // "المرشحون الذين نافسوا فلانا": right after a relative pronoun its clause opens, with a verb (a foreign
            // name in وا such as بينوا reads as a verb too, so the verb's form alone would not tell)
            return true;
        }
        if (ArabicVocabulary.cliticBeforeDefectiveVerbalNoun(w)) {
            // اتهم فلانا بتلقي رشاوى: "by receiving bribes" after a title with no name of its own opens none
            return true;
        }
        if (k == start && lex.nameSpellings.containsKey(t.norm())) {
            // تمارا reads as an accusative adverb to the dictionary, but the lexicon spells it as a given name
            return false;
        }
        return switch (ArabicVocabulary.kind(w)) {
            case ADVERB -> k == start && w.length() >= 5;
            case NOUN_ACCUSATIVE -> k == start && w.length() >= 7;
            case CLITIC_WORD -> k > start || w.endsWith("ة");
            default -> false;
        };
    }

    /**
     * "لقي رئيس الوزراء السابق فلان علان حتفه"، "فلان علان أنصاره": after a name with a word the dictionary does not
     * know (a foreign name, transliterated), a word it reads only as a noun with a pronoun suffix (حتفه "his death")
     * is the clause going on, no more of the name. A foreign surname in يه (ميشيليه، كاليه) reads so too (كالي + ه), as
     * an Arab name word does (عبده), so neither ends the name: the first is left out by its ending, the second by
     * the name before it, which the dictionary knows.
     */
    boolean possessedNounAfterForeignName(int s, int start, int k) {
        if (k <= start || at(s, k) != null || hasArticle(tok(s, k))) {
            return false;
        }
        String w = written(s, k);
        // the third person's pronoun only: a word in ي reads as "my" noun as often as it is a foreign name (ماساي)
        if (w.endsWith("يه") || PRONOUN_SUFFIXES.stream().noneMatch(w::endsWith) || !ArabicVocabulary.possessedNounOnly(w)) {
            return false;
        }
        for (int x = start; x < k; x++) {
            if (ArabicVocabulary.kind(written(s, x)) == ArabicVocabulary.Kind.UNKNOWN) {
                return true;
            }
        }
        return false;
    }

    /**
     * "وتعيين العميد فلان علان خلفا له"، "فلان علان نائبا لها": after a name word, a noun in the accusative of an adverb
     * (خلفا "as successor", ADVERB to the dictionary) with a preposition carrying a pronoun after it is what the named
     * one became, no more of the name; a foreign surname in that form (ديارا، ميسا) has no such preposition after it.
     */
    boolean adverbWithPronounAfterName(int s, int start, int k) {
        if (k <= start || k + 1 >= size(s) || !tok(s, k + 1).isWord() || hasArticle(tok(s, k))
                || ArabicVocabulary.kind(written(s, k)) != ArabicVocabulary.Kind.ADVERB) {
            return false;
        }
        return ArabicVocabulary.prepositionWithPronoun(written(s, k + 1));
    }

    /**
     * "التي أعلنت فوز فلان علان فيها بنسبة كذا"، "فلان علان عليه أن": after a name word, a word the dictionary reads as
     * a preposition carrying a pronoun (فيها "in it"، عليه، منها، له) is the clause going on: a pronoun refers back to
     * something named before, so it is never a word of a name (a surname such as علية keeps its ة and reads otherwise).
     */
    boolean prepositionWithPronounAfterName(int s, int start, int k) {
        return k > start && tok(s, k).isWord() && !hasArticle(tok(s, k))
                && ArabicVocabulary.prepositionWithPronoun(written(s, k));
    }

    /**
     * "اتهم الوزير فلان علان منشقين عن الجيش"، "فلان مسلحين": after a name word, a sound plural (or dual) in ين of a
     * participle the dictionary knows (opening with م, every reading of it an adjective or participle, none a
     * singular or a verb) is the clause going on: a singular person's name has no plural word, while an Arab or
     * foreign name in ين (حسين، ياسين، بوتين) is no such participle.
     */
    boolean pluralParticipleAfterName(int s, int start, int k) {
        if (k <= start || at(s, k) != null || hasArticle(tok(s, k))) {
            return false;
        }
        String w = written(s, k);
        if (w.length() < 6 || !w.startsWith("م") || !w.endsWith("ين")) {
            return false;
        }
        List<morfologik.stemming.WordData> as = ArabicVocabulary.analyses(w);
        return !as.isEmpty() && as.stream().map(a -> String.valueOf(a.getTag()))
                .allMatch(t -> t.length() > 5 && t.startsWith("NA") && (t.charAt(5) == '2' || t.charAt(5) == '3'));
    }

    /**
     * "لا يزال قائدها الجنرال فلان علان فارا"، "بعد مقتل المغني فلان علان طعنا": after two words of a name, a word in
     * the accusative of an adverb (فارا "fleeing", طعنا "by stabbing": {@link ArabicVocabulary.Kind#ADVERB} or its
     * primitive noun form) is the clause going on when the article writes the word before it elsewhere without it
     * (وكان علان، أما علان فقال): the name ends there. A foreign surname in ا (حسن ديارا، كارلوس ميسا) is written
     * so again wherever the article gives the surname.
     */
    boolean accusativeAfterNameWrittenAlone(int s, int start, int k) {
        if (k - start < 2 || at(s, k) != null || hasArticle(tok(s, k))) {
            return false;
        }
        ArabicVocabulary.Kind kind = ArabicVocabulary.kind(written(s, k));
        if (kind != ArabicVocabulary.Kind.ADVERB && kind != ArabicVocabulary.Kind.NOUN_ACCUSATIVE) {
            return false;
        }
        String last = tok(s, k - 1).norm();
        String word = tok(s, k).norm();
        for (int x = 0; x < count; x++) {
            for (int y = 0; y < size(x); y++) {
                if ((x != s || y != k - 1) && tok(x, y).norm().equals(last)
                        && (y + 1 >= size(x) || !tok(x, y + 1).norm().equals(word))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "الشيخ جابر الأحمد الصباح أمير البلاد"، "الشيخ سعد العبد الله وفلان": after an honorific (lexv:Honorific) and a given
     * name, the Gulf and Levantine chain of the father's, grandfather's and house's names, each with the article, is
     * the rest of the name, wherever the name visibly ends after it: the sentence's end or a punctuation mark, a
     * function word, an office or kinship word in apposition (أمير، شقيق), or و opening the next of two. A word of the
     * chain may be a surname the people lexicon gives someone alone (الأحمد), but no word the lexicon reads otherwise
     * (الشيخة حسينة البلاد: the country, the verb's object). One past the chain's last word, or -1
     * when {@code k} opens no such chain. Without the honorific, a definite word after a name is as often the verb's
     * object, and the reader's own rules decide.
     */
    int familyNameChain(int s, int start, int k) {
        if (k <= start || start == 0 || cue(s, start - 1, Cues.HONORIFIC) == null) {
            return -1;
        }
        int end = k;
        while (end < size(s) && end - k < 4) {
            Token t = tok(s, end);
            Match here = at(s, end);
            if (t.isWord() && t.norm().equals("الله") && end > k) {
                end++;
                continue;
            }
            boolean chainWord = t.isWord() && t.norm().startsWith("ال") && hasArticle(t) && !nameStop(s, end)
                    && (here == null
                        || isActor(here, ActorType.PERSON) && here.first() == here.last() && here.prefix().isEmpty());
            if (!chainWord) {
                break;
            }
            end++;
        }
        if (end == k) {
            return -1;
        }
        if (end >= size(s) || !tok(s, end).isWord() || nameStop(s, end)) {
            return end;
        }
        Match after = at(s, end);
        boolean apposition = isKind(after, Phrase.Kind.OFFICE) || cue(s, end, Cues.KINSHIP_CUE) != null;
        boolean nextName = tok(s, end).norm().startsWith("و") && !hasArticle(tok(s, end)) && tok(s, end).norm().length() > 2;
        return apposition || nextName ? end : -1;
    }

    /** Whether a word is an East Asian family name (lexv:EastAsianFamilyName) as it stands, without clitics. */
    boolean eastAsianFamilyName(int s, int k) {
        Match m = cue(s, k, Cues.EAST_ASIAN_FAMILY_NAME);
        return m != null && m.prefix().isEmpty() && m.end() == tok(s, k).end();
    }

    /**
     * "هان دوك سو", "لي جاي ميونغ", "وو وون شيك", "مين أونغ هلاينغ": a name opening with an East Asian family name is
     * the family name and up to three more short words no lexicon knows ({@link #eastAsianWord}) (و opening one is a letter of the name), so it stops before the
     * next word of the clause (هان دوك سو مهام الرئاسة، لي جاي ميونغ بنتيجة التصويت). One past its last word.
     */
    int eastAsianName(int s, int k) {
        int end = k + 1;
        while (end < size(s) && end - k < 4) {
            Token t = tok(s, end);
            Match here = at(s, end);
            boolean known = here != null && !eastAsianFamilyName(s, end);
            if (end - k >= 2 && functionWordClosingName(s, end)) {
                // وانغ ون بين، ...: a syllable written as a function word, where the clause gives it nothing to govern
                return end + 1;
            }
            if (!t.isWord() || !eastAsianWord(t.norm(), end - k) || hasArticle(t) || known || nameStop(s, end)
                    || cue(s, end, Cues.COMMON_NOUN) != null) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * "الناشط حسين فيدان": a surname the people lexicon gives alone for someone (فيدان, Hakan Fidan's), read right
     * after a given name at {@code start} that is not that person's, is another person's family name, and the name
     * goes on through it. A given name spelled close to the listed one (دميتري for ديمتري) is that person's; a
     * person the article already named this way was found whole before any surname. After a given and a middle name
     * (جورج هربرت ووكر بوش، the father of the listed بوش) the same holds where the name visibly ends after the surname.
     */
    boolean surnameOfAnother(int s, int start, int k, Match here) {
        if (!isActor(here, ActorType.PERSON) || here.first() != here.last() || !here.prefix().isEmpty()
                || lastOf(s, here) != k || k - start < 1 || k - start > 2) {
            return false;
        }
        if (k - start == 2 && (at(s, start + 1) != null || hasArticle(tok(s, start + 1)) || !endsAfter(s, k))) {
            return false;
        }
        return !givenNameOf(here, tok(s, start).norm());
    }

    /**
     * "فائزة هاشمي رفسنجاني": a family name of two words or more the people lexicon gives alone for someone (هاشمي
     * رفسنجاني, the last words of أكبر هاشمي رفسنجاني), read right after a given name at {@code start} that is not that
     * person's, is another person's family name (his daughter's), as a one-word surname is ({@link #surnameOfAnother}).
     */
    boolean longSurnameOfAnother(int s, int start, Match here) {
        if (!isActor(here, ActorType.PERSON) || here.first() == here.last() || !here.prefix().isEmpty()
                || here.first() != start + 1) {
            return false;
        }
        String tail = " " + String.join(" ", here.phrase().tokens());
        boolean surname = here.phrase().actor().labelsAr().stream()
                .map(ArabicNormalizer::normalize).anyMatch(l -> l.endsWith(tail));
        return surname && !givenNameOf(here, tok(s, start).norm());
    }

    /** Whether a name ending at token {@code k} visibly ends there: the sentence's end, punctuation or a function word. */
    private boolean endsAfter(int s, int k) {
        if (k + 1 >= size(s) || !tok(s, k + 1).isWord()) {
            return true;
        }
        Match next = at(s, k + 1);
        return next != null && (next.phrase().isCue("NameStop") || next.phrase().isCue("Preposition"));
    }

    /** Whether {@code given} is, or is spelled close to, the given name of the listed person {@code here} reads. */
    private static boolean givenNameOf(Match here, String given) {
        for (String label : here.phrase().actor().labelsAr()) {
            String[] words = ArabicNormalizer.normalize(label).split(" ");
            if (words.length >= 2 && closeSpelling(words[0], given)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "، أندريه بابيش،": a word the lexicon reads only as a listed person's surname behind a proclitic ب، ل or ك (ب +
     * أبيش), right after a given name set off by a comma that is not that person's, where the name ends after it, is
     * the whole surname of the person named here, which the dictionary does not know either: a name set off between
     * commas is no verb's object with ب, and a clitic reading does not beat the whole word inside a written name.
     */
    boolean surnameOfAnotherWithClitic(int s, int start, int k, Match here) {
        if (!isActor(here, ActorType.PERSON) || k - start != 1 || start == 0 || !COMMAS.contains(tok(s, start - 1).norm())
                || here.prefix().length() != 1 || "بلك".indexOf(here.prefix().charAt(0)) < 0 || lastOf(s, here) != k
                || here.end() != tok(s, k).end() || hasArticle(tok(s, k))
                || ArabicVocabulary.kind(written(s, k)) != ArabicVocabulary.Kind.UNKNOWN) {
            return false;
        }
        if (givenNameOf(here, tok(s, start).norm())) {
            return false;
        }
        return k + 1 >= size(s) || !tok(s, k + 1).isWord() || nameStop(s, k + 1);
    }

    /** Whether two words in matching form differ by at most one letter in four (a transliteration variant). */
    static boolean closeSpelling(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int y = 0; y <= b.length(); y++) {
            prev[y] = y;
        }
        for (int x = 1; x <= a.length(); x++) {
            cur[0] = x;
            for (int y = 1; y <= b.length(); y++) {
                int same = a.charAt(x - 1) == b.charAt(y - 1) ? 0 : 1;
                cur[y] = Math.min(Math.min(cur[y - 1] + 1, prev[y] + 1), prev[y - 1] + same);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= Math.max(1, Math.max(a.length(), b.length()) / 4);
    }

    /**
     * "حزب التجمع ..."، "حزب الحركة من أجل ...": the first word of a party's name may be a word the lexicon has for
     * something else, with the article and nothing before it: a trigger form (with the article it is a noun, whatever
     * voice the bare form has) or a cue word (التجمع is a military post to the lexicon; الحركة an organisation noun).
     */
    boolean nameHead(int s, int k, Match here) {
        if (here == null || !here.prefix().isEmpty() || lastOf(s, here) != k || !hasArticle(tok(s, k))) {
            return false;
        }
        return isKind(here, Phrase.Kind.TRIGGER) || isKind(here, Phrase.Kind.CUE);
    }

    /**
     * "سلطة" in حزب سلطة الشعب, "تحرير" in حركة تحرير السودان: an Arabic noun that can head a construct, a feminine noun
     * in ة or a verbal noun of the pattern تفعيل; a foreign party name (حزب باستيف) is neither, and a definite word
     * after it is the verb's object (انتقد حزب باستيف القرار).
     */
    boolean constructHead(int s, int k) {
        String w = written(s, k);
        return (w.endsWith("ة") && w.length() >= 3) || (w.length() == 5 && w.startsWith("ت") && w.charAt(3) == 'ي');
    }

    /**
     * "للشعب" in حزب التجمع الديمقراطي للشعب الكاميروني: a definite word with the preposition ل, followed by a word
     * with the article no lexicon knows or a nisba, is a genitive inside the name; a verbal noun the lexicon has as a
     * trigger (دعا حزب العمال للتظاهر) is the party's purpose, not its name.
     */
    boolean genitiveLamInName(int s, int k, Match here) {
        Token w = tok(s, k);
        if (!w.norm().startsWith("لل") || w.norm().length() < 5 || k + 1 >= size(s) || isKind(here, Phrase.Kind.TRIGGER)
                || (here != null && !isKind(here, Phrase.Kind.CUE) && !isActor(here, ActorType.GROUP))
                || cue(s, k, Cues.COMMON_NOUN) != null) {
            return false;
        }
        Token next = tok(s, k + 1);
        Match n = at(s, k + 1);
        return next.isWord() && hasArticle(next) && (n == null || (isKind(n, Phrase.Kind.DEMONYM) && n.prefix().isEmpty()));
    }

    /**
     * "حزب التجمع من أجل الجمهورية", "الحركة من أجل نهضة الكاميرون", "حركة من أجل التغيير والعدالة": من أجل (or لأجل)
     * and what the party is for are more of its name when that is a run of words no lexicon knows ending in words with
     * the article (joined by و or not) or a country's name. A purpose that is an act (من أجل الإفراج عن ...), a common
     * noun, or a name after the definite words (من أجل التقدم أحمد سالم) ends it. One past the name's last word, or
     * {@code k} when no such words follow.
     */
    int purposeInName(int s, int k) {
        int c;
        if (k + 1 < size(s) && tok(s, k).norm().equals("من") && tok(s, k + 1).norm().equals("اجل")) {
            c = k + 2;
        } else if (k < size(s) && tok(s, k).norm().equals("لاجل")) {
            c = k + 1;
        } else {
            return k;
        }
        int x = c;
        boolean definite = false;
        while (x < size(s) && x - c < 4) {
            Token w = tok(s, x);
            Match h = at(s, x);
            // a people (حزب سلطة الشعب) is a word of the name as a word the lexicon only translates is
            h = h != null && (h.phrase().isCue("NameWord") || h.phrase().isCue("PeopleNoun")) ? null : h;
            if (!w.isWord() || nameStop(s, x) || cue(s, x, Cues.PREPOSITION) != null
                    || cue(s, x, Cues.ORGANIZATION_STATUS) != null || cue(s, x, Cues.COMMON_NOUN) != null) {
                break;
            }
            if ((isActor(h, ActorType.COUNTRY) || isActor(h, ActorType.PLACE)) && h.prefix().isEmpty()) {
                return lastOf(s, h) + 1;
            }
            boolean article = hasArticle(w);
            if ((h != null && !(isKind(h, Phrase.Kind.DEMONYM) && h.prefix().isEmpty() && definite))
                    || (definite && !article) || (!article && w.norm().startsWith("و"))) {
                break;
            }
            definite |= article;
            x++;
        }
        return definite ? x : k;
    }

    /**
     * "رئيس الوزراء غير ستيفنسن"، "الأمين العام دون ماكاي": a function word that is also a given name of another
     * language (lexv:GivenNameHomograph), written bare, before a word without clitic or article that no lexicon and no
     * dictionary knows (a transliterated surname), opens a name; "غير راض"، "دون تأخير"، "غير أن" stay function words,
     * as the dictionary reads the word after them.
     */
    boolean givenNameAsFunctionWord(int s, int k) {
        if (k + 1 >= size(s) || !lex.wordsOfClass.getOrDefault("GivenNameHomograph", java.util.Set.of()).contains(tok(s, k).norm())) {
            return false;
        }
        Token next = tok(s, k + 1);
        if (!next.isWord() || next.norm().length() < 3 || at(s, k + 1) != null || hasArticle(next) || nameStop(s, k + 1)
                || cue(s, k + 1, Cues.COMMON_NOUN) != null || next.norm().startsWith("و") || next.norm().endsWith("ة")) {
            return false;
        }
        String w = written(s, k + 1);
        if (ArabicVocabulary.kind(w) == ArabicVocabulary.Kind.UNKNOWN) {
            // مسبوق، مسجل: a participle the dictionary lacks opens with م and a consonant; ماكاي with a long vowel
            return !(w.startsWith("م") && w.length() >= 4 && "اوي".indexOf(w.charAt(1)) < 0);
        }
        // a surname in ي may read as a rare adjective with "my": the article writing the word alone elsewhere shows
        // it a surname; a nisba adjective (غير شرعي، غير رسمي) never counts
        return ArabicVocabulary.analyses(w).stream().noneMatch(a -> a.getTag().toString().startsWith("N-R"))
                && standsAloneElsewhere(s, k + 1);
    }

    /**
     * Whether the word at {@code k}, inside a name, is a particle of a European name (lexv:ForeignNameParticle: فان،
     * دير، در), written as the class lists it (فان with no hamza: فإن is the conjunction), before the rest of the name:
     * another particle (فان دير) or a word no lexicon knows, without the article, و or a clitic, and no adverb or
     * accusative noun (a surname: فان آخت). Before anything else the word is what it reads as (قال فلان فان الوضع،
     * فان عددا).
     */
    boolean foreignNameParticle(int s, int k) {
        java.util.Set<String> particles = lex.wordsOfClass.getOrDefault("ForeignNameParticle", java.util.Set.of());
        if (!particles.contains(tok(s, k).norm()) || !written(s, k).equals(tok(s, k).norm())) {
            return false;
        }
        for (int x = k + 1; x < size(s); x++) {
            Token next = tok(s, x);
            if (!next.isWord() || hasArticle(next)) {
                return false;
            }
            if (particles.contains(next.norm()) && written(s, x).equals(next.norm())) {
                continue;
            }
            ArabicVocabulary.Kind kind = ArabicVocabulary.kind(written(s, x));
            return next.norm().length() >= 3 && at(s, x) == null && !nameStop(s, x) && !next.norm().startsWith("و")
                    && kind != ArabicVocabulary.Kind.ADVERB && kind != ArabicVocabulary.Kind.NOUN_ACCUSATIVE
                    && kind != ArabicVocabulary.Kind.CLITIC_WORD;
        }
        return false;
    }

    /**
     * "قائد الشرطة ستيفن لو، ..."، "المتحدث وانغ ون بين إن ...": a function word that is also a surname or a syllable of
     * a transliterated name (lexv:SurnameHomograph: لو، بين، لي), written bare after a word of a name, where the clause
     * gives it nothing to govern (a comma or full stop, the sentence's end, or إن opening what was said, which no
     * preposition or "if" stands before), is the name's last word. Before أن it is not: على أن، بين أن are the clause
     * going on.
     */
    boolean functionWordClosingName(int s, int k) {
        Token t = tok(s, k);
        if (!t.isWord() || !lex.wordsOfClass.getOrDefault("SurnameHomograph", java.util.Set.of()).contains(t.norm())
                || !written(s, k).equals(t.norm())) {
            return false;
        }
        if (k + 1 >= size(s)) {
            return true;
        }
        Token next = tok(s, k + 1);
        String after = original(next.begin(), next.end());
        return after.equals("،") || after.equals(",") || after.equals(".") || written(s, k + 1).equals("إن");
    }

    /** Whether the word at {@code k} is written again, as it stands, elsewhere in the article with no homograph before it. */
    private boolean standsAloneElsewhere(int s, int k) {
        String w = tok(s, k).norm();
        java.util.Set<String> homographs = lex.wordsOfClass.getOrDefault("GivenNameHomograph", java.util.Set.of());
        for (int x = 0; x < count; x++) {
            for (int y = 0; y < size(x); y++) {
                if ((x != s || y != k) && tok(x, y).norm().equals(w) && (y == 0 || !homographs.contains(tok(x, y - 1).norm()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "الرئيس ألفا فلان": a number word written with a letter more than its counting form (ألفا for ألف), opening the
     * words after a title, before a word no lexicon knows that is no counted noun, is a given name (Alpha), not a
     * count; "ألف جندي" and "خمسة قضاة" stay numbers.
     */
    boolean givenNameAsNumber(int s, int k, Match here) {
        if (here == null || !here.phrase().isCue("NumberWord") || !here.prefix().isEmpty() || lastOf(s, here) != k
                || here.end() >= tok(s, k).end() || k + 1 >= size(s)) {
            return false;
        }
        Token next = tok(s, k + 1);
        return next.isWord() && at(s, k + 1) == null && !hasArticle(next) && !nameStop(s, k + 1)
                && cue(s, k + 1, Cues.COMMON_NOUN) == null && cue(s, k + 1, Cues.COUNTED_NOUN) == null && !next.norm().startsWith("و");
    }

    /**
     * "يجردهما"، "وتتهمهم"، "سيمنحها": an imperfect verb (ي، ت or ن, after و/ف and the future س) with an object pronoun
     * (هما، هم، هن، ها; not نا: تاتيانا) is no name word, whatever lexicon knows the verb or not; nor is "يعيّنه"،
     * "سيقيله": the third person ي, a stem of three to five letters and the pronoun ه, with no و before it (the ه
     * of ويجيسيكاراه، ويكريمسينغه and سيمه closes a name).
     */
    boolean verbWithObject(int s, int k) {
        String w = written(s, k);
        return IMPERFECT_WITH_OBJECT.matcher(w).matches() || IMPERFECT_WITH_HIM.matcher(w).matches();
    }

    /**
     * "توفي الرئيس فلان علان متأثرا بجروحه"، "قال فلان علان مؤكدا أن": after two words of a name, an accusative active
     * participle (م... written with its final alif, five letters or more) followed by what such a participle governs
     * (a ب word, أن/إن, إلى, عن, على) is the clause going on, no third word of the name.
     */
    boolean participleAfterName(int s, int start, int k) {
        if (k - start < 2 || k + 1 >= size(s) || !tok(s, k + 1).isWord()
                || !ACCUSATIVE_PARTICIPLE.matcher(written(s, k)).matches()) {
            return false;
        }
        String next = tok(s, k + 1).norm();
        return PARTICIPLE_COMPLEMENTS.contains(next) || (next.startsWith("ب") && next.length() > 3);
    }

    /**
     * "أكد فلان علان تجاوز الأزمة"، "فلان علان ترشح الحزب": after two words of a name, a verbal noun or verb of the
     * patterns تفعّل or تفاعل (four or five letters opening with ت) followed by a definite noun (what it governs,
     * not a weekday or a nisba) is the clause going on, no third word of the name.
     */
    boolean verbalNounAfterName(int s, int start, int k) {
        if (k - start < 2 || k + 1 >= size(s) || !tok(s, k + 1).isWord() || at(s, k) != null
                || !T_VERBAL_NOUN.matcher(written(s, k)).matches()) {
            return false;
        }
        Match next = at(s, k + 1);
        return hasArticle(tok(s, k + 1)) && cue(s, k + 1, Cues.WEEKDAY) == null
                && !(next != null && isKind(next, Phrase.Kind.DEMONYM));
    }

    /**
     * "أعلن الرئيس فلان علان انسحاب القوات"، "أدان الأمين العام فلان علان ملاحقة المرشحين"، "أعلن فلان علان تضامن
     * ليما": after two words of a name, a word in the shape of a verbal noun of a derived verb is the verb's object,
     * not a third word of the name, when a word follows it (what it governs): مفاعلة (ملاحقة، مساعدة)، تفاعل (تضامن،
     * تراجع)، تفعيل (تعيين)، إفعال (إرسال، إعلان)، افتعال and انفعال (اعتقال، انسحاب)، استفعال (استئناف، استقالة),
     * written as they are (the plain alef of the last three is no hamza: أنطوان is a name), and افتعال of a root
     * opening with و (اتصال، اتفاق), also with the accusative's alef (أجرى فلان علان اتصالا). After one word the shape
     * alone is not enough (إسحاق، إيمان are given names): the word after it must carry the article (فلان انسحاب
     * القوات). Names spelled with تش (تشافي) are foreign sounds, no verbal noun.
     */
    boolean derivedVerbalNounAfterName(int s, int start, int k) {
        if (k - start < 1 || k + 1 >= size(s) || !tok(s, k + 1).isWord() || hasArticle(tok(s, k))) {
            return false;
        }
        String w = written(s, k);
        // اتصالا، إعلانا: the accusative's alef closes the noun
        String bare = w.length() > 5 && w.endsWith("ا") ? w.substring(0, w.length() - 1) : w;
        if (w.startsWith("تش") || !(DERIVED_VERBAL_NOUN.matcher(w).matches() || DERIVED_VERBAL_NOUN.matcher(bare).matches())) {
            return false;
        }
        Match next = at(s, k + 1);
        return k - start >= 2 || (hasArticle(tok(s, k + 1)) && cue(s, k + 1, Cues.WEEKDAY) == null
                && !(next != null && isKind(next, Phrase.Kind.DEMONYM)));
    }

    /**
     * "تولى نجله فلان علان بن فلان قيادة المجلس العسكري": after two words of a name, a noun in ة before a body the
     * lexicon knows, written with the article (its genitive: the command of the council), is the verb's object.
     */
    boolean nounOfBodyAfterName(int s, int start, int k) {
        if (k - start < 2 || k + 1 >= size(s) || at(s, k) != null || !written(s, k).endsWith("ة")
                || !hasArticle(tok(s, k + 1))) {
            return false;
        }
        Match body = at(s, k + 1);
        return body != null && body.prefix().isEmpty() && (isKind(body, Phrase.Kind.INSTITUTION)
                || (isKind(body, Phrase.Kind.ACTOR) && body.phrase().actor().type() != ActorType.PERSON));
    }

    /**
     * "نقلت عن القاضي فلان علان قوله إن"، "عن الوزيرة فلانة تأكيدها": after a name word, a verbal noun of saying the
     * lexicon lists (lexv:SaidNoun) with a pronoun suffix is what the report gives the speaker, no word of the name.
     */
    boolean saidNounAfterName(int s, int start, int k) {
        if (k - start < 1) {
            return false;
        }
        String w = tok(s, k).norm();
        java.util.Set<String> stems = lex.wordsOfClass.getOrDefault("SaidNoun", java.util.Set.of());
        for (String suffix : PRONOUN_SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 2
                    && stems.contains(w.substring(0, w.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "قضى القاضي فلان علان بإبعاد الحاكم"، "طالب فلان علان لإنهاء": after a name word, the preposition ب or ل on a
     * verbal noun of a derived verb that opens with its alef (إفعال، افتعال، انفعال، استفعال), or ل on any derived
     * verbal noun (لتأمين، لمواجهة), is the clause going on. Not ب on the other shapes: a name may open with ب and
     * look so (بتراوس).
     */
    boolean verbalNounWithPrepositionAfterName(int s, int start, int k) {
        if (k - start < 1) {
            return false;
        }
        String w = written(s, k);
        if (w.length() < 5 || !(w.startsWith("ب") || w.startsWith("ل"))) {
            return false;
        }
        String rest = w.substring(1);
        if (w.startsWith("ل") && !rest.startsWith("ال") && DERIVED_VERBAL_NOUN.matcher(rest).matches()) {
            // لتأمين، لمواجهة: no name opens with ل before such a shape
            return true;
        }
        return ((rest.startsWith("إ") || rest.startsWith("ا")) && !rest.startsWith("ال")
                && DERIVED_VERBAL_NOUN.matcher(rest).matches()) || CLOSED_VERBAL_NOUN.matcher(rest).matches();
    }

    /**
     * "استدعت سفير البلاد فلان علان لتبلغه احتجاجها": after a name word, ل before an imperfect verb is the purpose the
     * clause goes on with ({@link ArabicVocabulary#purposeVerb}), no more of the name; so also when the verb is a
     * trigger the lexicon reads behind its ل (ليطالبه), which a name run would otherwise take for a name word.
     */
    boolean purposeVerbAfterName(int s, int start, int k) {
        return k > start && !hasArticle(tok(s, k)) && ArabicVocabulary.purposeVerb(written(s, k));
    }

    /**
     * The verbal nouns of the derived verbs whose shape no foreign name has behind ب/ل: تفعيل with its yeh (بتدبير،
     * لتشكيل) and مفاعلة with its closing ة (بمحاولة); تفاعل is left out, its shape is a name's too (بتراوس).
     */
    private static final java.util.regex.Pattern CLOSED_VERBAL_NOUN = java.util.regex.Pattern.compile(
            "ت\\p{IsArabic}{2}ي\\p{IsArabic}|م\\p{IsArabic}ا\\p{IsArabic}{2}ة");

    /** The verbal nouns of the derived verbs, as written (ة may close مفاعلة, استفعال and إفعال). */
    private static final java.util.regex.Pattern DERIVED_VERBAL_NOUN = java.util.regex.Pattern.compile(
            "م\\p{IsArabic}ا\\p{IsArabic}{2}ة"
            + "|ت\\p{IsArabic}ا\\p{IsArabic}{2}"
            + "|ت\\p{IsArabic}{2}ي\\p{IsArabic}"
            + "|إ\\p{IsArabic}{2}ا\\p{IsArabic}ة?"
            + "|ا\\p{IsArabic}[تطد]\\p{IsArabic}ا\\p{IsArabic}"
            + "|ان\\p{IsArabic}{2}ا\\p{IsArabic}"
            + "|ات\\p{IsArabic}ا\\p{IsArabic}"
            + "|است\\p{IsArabic}{2}ا\\p{IsArabic}ة?");

    private static final java.util.regex.Pattern T_VERBAL_NOUN =
            java.util.regex.Pattern.compile("ت(\\p{IsArabic}{3}|\\p{IsArabic}ا\\p{IsArabic}{2})");

    private static final java.util.regex.Pattern ACCUSATIVE_PARTICIPLE =
            java.util.regex.Pattern.compile("م\\p{IsArabic}{3,}ا");
    private static final java.util.Set<String> PARTICIPLE_COMPLEMENTS = java.util.Set.of("ان", "الي", "عن", "علي");

    private static final java.util.regex.Pattern IMPERFECT_WITH_OBJECT =
            java.util.regex.Pattern.compile("[وف]?س?[يتن]\\p{IsArabic}{2,}(هما|هم|هن|ها)");
    private static final java.util.regex.Pattern IMPERFECT_WITH_HIM =
            java.util.regex.Pattern.compile("س?ي\\p{IsArabic}{3,5}ه");

    /**
     * Whether a word may be the {@code place}-th word (1 for the one after the family name) of an East Asian name:
     * the syllables are short, five letters at most, or six when no clitic letter opens the word (هلاينغ, but not
     * بنتيجة); a fourth word (أونغ سان سو تشي) is one syllable of three letters at most.
     */
    static boolean eastAsianWord(String w, int place) {
        if (place >= 3) {
            return w.length() <= 3;
        }
        return w.length() <= 5 || (w.length() == 6 && "بلكوفس".indexOf(w.charAt(0)) < 0);
    }

    /** An English label for a name no lexicon lists, and whether any of its words is only transliterated. */
    record NameLabel(String en, boolean transliterated) {
    }

    /**
     * The English label of a party or movement no lexicon lists: its noun (حزب, the match {@code noun}, whose English
     * the lexicon gives) and the words
     * {@code from} to {@code to} (exclusive) after it. Words the lexicon translates (lexv:NameWord: الوطنية National,
     * من أجل for) are translated, the others transliterated; before من أجل, a noun and the nisbas after it read in
     * English order (الرابطة الوطنية: National League), and the organisation's noun closes that part
     * ("National League Party for Democracy"; "Baya Tay Party").
     */
    NameLabel organizationLabel(int s, Match noun, int from, int to) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        boolean adjectivesOnly = true;
        boolean transliterated = false;
        boolean purpose = false;
        String ofWhom = null;
        for (int x = from; x < to; x++) {
            String w = tok(s, x).norm();
            if (w.equals("من") && x + 1 < to && tok(s, x + 1).norm().equals("اجل")) {
                purpose = true;
                x++;
                continue;
            }
            if (w.equals("لاجل")) {
                purpose = true;
                continue;
            }
            String of = nameWordPlural(s, x);
            if (of != null) {
                ofWhom = of;
                continue;
            }
            String en = translatedWord(s, x, purpose);
            if (en == null) {
                transliterated = true;
                en = Transliterator.label(w);
            } else if (w.startsWith("و") && !w.startsWith("ال")) {
                en = "and " + en;
            }
            if (!purpose) {
                String written = written(s, x);
                // a definite noun and definite nisbas after it (الحلم الجورجي): English puts them first
                // (العام, general, agrees without a nisba's ending: المؤتمر الشعبي العام is the General Popular Congress)
                adjectivesOnly &= w.startsWith("ال") && (before.isEmpty() || written.endsWith("ي") || written.endsWith("ية")
                        || yearWordInName(s, x) != null);
                before.add(en);
            } else {
                after.add(en);
            }
        }
        if (adjectivesOnly && before.size() >= 2) {
            java.util.Collections.reverse(before);
        }
        List<String> nounEn = noun.phrase().term().labelsEn();
        String head = nounEn.isEmpty() ? Transliterator.label(noun.phrase().tokens()[0]) : nounEn.get(0);
        transliterated |= nounEn.isEmpty();
        StringBuilder b = new StringBuilder(String.join(" ", before));
        b.append(b.isEmpty() ? "" : " ").append(Character.toUpperCase(head.charAt(0))).append(head.substring(1));
        if (ofWhom != null) {
            b.append(" of ").append(ofWhom);
        }
        if (!after.isEmpty()) {
            b.append(" for ").append(String.join(" ", after));
        }
        return new NameLabel(b.toString(), transliterated);
    }

    /**
     * "للاشتراكيين"، "للديمقراطيين" at token {@code x}: لل and the sound plural of a word of party names (lexv:NameWord:
     * الاشتراكي), whom a party is of (الحزب الديمقراطي للاشتراكيين, the Democratic Party of Socialists): that word's
     * English made a plural noun ("Socialists", "Democrats"); null for any other word.
     */
    String nameWordPlural(int s, int x) {
        Token t = tok(s, x);
        String w = t.norm();
        if (!t.isWord() || !w.startsWith("لل") || !w.endsWith("يين") || w.length() < 7) {
            return null;
        }
        String singular = "ال" + w.substring(2, w.length() - 2);
        for (Term term : lex.lexicon.cues("NameWord")) {
            for (String ar : term.labelsAr()) {
                if (ArabicNormalizer.normalize(ar).equals(singular) && !term.labelsEn().isEmpty()) {
                    // the people of an adjective in -ic are its noun (Democratic: Democrats), the others add s
                    String en = term.labelsEn().get(0);
                    return (en.endsWith("ic") ? en.substring(0, en.length() - 2) : en) + "s";
                }
            }
        }
        return null;
    }

    /**
     * The word of a body's name (lexv:BodyWord) that is also the word of a year (lexv:YearMarker: العام, "general"),
     * read in a name only where no year follows it; an adjective with no nisba ending. Null for any other word.
     */
    private Term yearWordInName(int s, int x) {
        Match y = cue(s, x, Cues.YEAR_MARKER);
        Term t = lex.bodyWords.get(tok(s, x).norm());
        return y != null && lastOf(s, y) == x && y.prefix().isEmpty() && t != null && !t.labelsEn().isEmpty() ? t : null;
    }

    /**
     * The English of the word at token {@code x} (a nisba: its people's adjective; a country's name: its English; a
     * lexv:NameWord, the whole word after
     * its article or و), or null: after
     * من أجل a word's second English label when it has one (الديمقراطية: Democratic, but "for Democracy").
     */
    private String translatedWord(int s, int x, boolean purpose) {
        Match d = at(s, x);
        if (isKind(d, Phrase.Kind.DEMONYM) && d.prefix().isEmpty() && lastOf(s, d) == x
                && !d.phrase().actor().demonymsEn().isEmpty()) {
            // الجورجي: Georgian
            return d.phrase().actor().demonymsEn().get(0);
        }
        if (isActor(d, ActorType.COUNTRY) && d.prefix().isEmpty() && d.begin() == tok(s, x).begin() && lastOf(s, d) == x
                && !d.phrase().actor().labelsEn().isEmpty()) {
            // من أجل ألمانيا: for Germany, the country's name in English
            return d.phrase().actor().labelsEn().get(0);
        }
        Match r = cue(s, x, Cues.REGION_NISBA);
        if (r != null && lastOf(s, r) == x && r.prefix().isEmpty() && !r.phrase().term().labelsEn().isEmpty()) {
            // الكاتالوني: Catalan
            return r.phrase().term().labelsEn().get(0);
        }
        Match m = cue(s, x, Cues.NAME_WORD);
        if (m == null && yearWordInName(s, x) != null) {
            // العام in a name: General
            return yearWordInName(s, x).labelsEn().get(0);
        }
        if (m == null || lastOf(s, m) != x || m.end() != tok(s, x).end() || m.phrase().term().labelsEn().isEmpty()) {
            return null;
        }
        List<String> en = m.phrase().term().labelsEn();
        return purpose && en.size() > 1 ? en.get(1) : en.get(0);
    }

    /**
     * Whether a company noun at {@code i} is counted (عشرين شركة، 12 شركة): a number, in digits or words, before it.
     */
    boolean countedNoun(int s, int i) {
        int k = wordBefore(s, i);
        return k >= 0 && (tok(s, k).kind() == Token.Kind.NUMBER || cue(s, k, Cues.NUMBER_WORD) != null);
    }
}
