package org.newsgraph.extract.ar;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.lexicon.Term;

/**
 * The quantities of a sentence, after {@link EventFinder}: numbers with a counted noun, given to the nearest event.
 * A count of casualties in a sentence that tells no event ("ارتفعت الحصيلة إلى 58 قتيلا") is an event of its own,
 * with no doer and no victim named: the trigger its counted noun is the tally of (lexv:tallyOf).
 */
final class QuantityFinder extends Stage {

    private final DateFinder dateFinder;

    QuantityFinder(Stage shared, DateFinder dateFinder) {
        super(shared);
        this.dateFinder = dateFinder;
    }

    /**
     * Gives each number of sentence {@code s} to an event of {@code drafts}, and adds to {@code drafts} the tallies
     * of casualties no event of the sentence can take; {@code consumed} are the dates a tenure has already taken.
     */
    void quantities(int s, List<EventDraft> drafts, List<DateExpr> dates, Set<DateExpr> consumed, List<EventDraft> earlier) {
        List<EventDraft> tallies = new java.util.ArrayList<>();
        int n = size(s);
        Unit[] c = cover.get(s);
        List<Quantity> distances = new java.util.ArrayList<>();
        List<Integer> distanceAt = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Token t = tok(s, i);
            Match word = cue(s, i, Cues.NUMBER_WORD);
            long value;
            boolean approximate = false;
            int last = i;
            if (t.kind() == Token.Kind.NUMBER) {
                if (i > 0 && tok(s, i - 1).norm().equals("ال") || dateCovers(dates, i)) {
                    continue;
                }
                int sign = percentSign(s, i + 1);
                if (sign >= 0) {
                    // "بنسبة 64.27 بالمئة": a share, read before any multiplier (المئة is what it is out of, not a
                    // hundred times it) and kept apart from the counts below
                    share(s, i, sign, drafts);
                    i = sign;
                    continue;
                }
                double written;
                try {
                    written = Double.parseDouble(t.norm());
                } catch (NumberFormatException e) {
                    continue;
                }
                Match mult = cue(s, i + 1, Cues.NUMBER_WORD);
                if (mult != null && true_(mult.phrase().term(), "multiplier")) {
                    // multiplied before rounding: 6.3 ملايين is 6,300,000; after a number the plural (3 آلاف) is exact
                    written *= Long.parseLong(mult.phrase().term().property("value"));
                    last = lastOf(s, mult);
                }
                value = Math.round(written);
            } else if (word != null && (c[i] == null || c[i].partitive) && !dateCovers(dates, i)
                    && (weekdayAt(s, i) == null || lastOf(s, word) > i)) {
                // a weekday is no number word (الاثنين, Monday, is also "the two"), but a number of two words is no
                // weekday (أحد عشر, eleven, starts as الأحد, Sunday, does), nor is the word without its article
                // (اعتقلت اثنين آخرين: two others)
                value = Long.parseLong(word.phrase().term().property("value"));
                if (value == 1 && !oneAfterItsNoun(s, i)) {
                    i = lastOf(s, word);
                    continue;
                }
                approximate = true_(word.phrase().term(), "approximate");
                last = lastOf(s, word);
                Match tens = cue(s, last + 1, Cues.NUMBER_WORD);
                long tensValue = tens == null ? 0 : Long.parseLong(tens.phrase().term().property("value"));
                if (value < 10 && !approximate && tens != null && tens.prefix().equals("و") && tensValue >= 20
                        && tensValue < 100 && tensValue % 10 == 0) {
                    // خمسة وعشرون: the units are said before the tens
                    value += tensValue;
                    last = lastOf(s, tens);
                }
                Match mult = cue(s, last + 1, Cues.NUMBER_WORD);
                long multValue = mult == null ? 0 : Long.parseLong(mult.phrase().term().property("value"));
                if (mult != null && true_(mult.phrase().term(), "multiplier")
                        && (!true_(word.phrase().term(), "multiplier") || multValue > value)) {
                    // عشرات الآلاف: tens of thousands, not two dozen thousands; مئة ألف: a hundred thousand (a
                    // multiplier times a larger one), not a hundred and then a thousand
                    String multiplied = word.phrase().term().property("multipliedValue");
                    value = (multiplied != null ? Long.parseLong(multiplied) : value) * multValue;
                    last = lastOf(s, mult);
                }
            } else {
                continue;
            }
            if (i > 0 && cueEndingAt(s, i - 1, Cues.TOTAL_MARKER) != null) {
                // "204 نواب من أصل 300": the whole the count before is out of, no count of what the event did (the
                // event's largest number would be the whole's)
                i = last;
                continue;
            }
            Match measure = cue(s, last + 1, Cues.COUNTED_NOUN);
            if (measure != null && true_(measure.phrase().term(), "distance")) {
                // "على بعد 15 كيلومترا": where the event was, no count of anyone: kept as a measure below
                boolean about = i > 0 && cueEndingAt(s, i - 1, Cues.APPROXIMATE_MARKER) != null;
                distances.add(new Quantity(value, measure.phrase().term().property("counts"), approximate || about,
                        new Span(t.begin(), tok(s, lastOf(s, measure)).end())));
                distanceAt.add(i);
                i = last;
                continue;
            }
            int before = i - 1;
            Match approx = before >= 0 ? cueEndingAt(s, before, Cues.APPROXIMATE_MARKER) : null;
            if (approx != null) {
                approximate = true;
                before = approx.first() - base(s) - 1;
            }
            String counts = null;
            EventDraft bound = null;
            int nounAt = last + 1;
            Match countOf = countOf(s, before);
            if (countOf != null) {
                // "بلغ عدد المعتقلين 300 شخص"، "ارتفعت حصيلة القتلى إلى 12": the noun after the count's head says what
                // the number counts, not the noun after the number (people, as any count of persons is)
                counts = countOf.phrase().term().property("counts");
                nounAt = countOf.first() - base(s);
            }
            Match trig = before >= 0 ? at(s, before) : null;
            if (!isKind(trig, Phrase.Kind.TRIGGER) && before > 0) {
                Match covering = triggerEndingAt(s, before);
                trig = covering;
            }
            EventDraft subjectFirst = before >= 0 && cue(s, last + 1, Cues.COUNTED_NOUN) == null
                    ? countedAfterSubject(s, before, drafts) : null;
            if (subjectFirst != null) {
                // "أعدمت السلطات الإيرانية ثلاثة رجال": the verb, its subject, then the number of those it befell (a
                // counted noun of its own, اعتقلت الشرطة 26 محتجا, says what it counts)
                trig = subjectFirst.match;
            }
            if (counts == null && isKind(trig, Phrase.Kind.TRIGGER) && trig.phrase().term().property("counts") != null) {
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
            if (counts == null && word != null && word.phrase().term().property("counts") != null) {
                // a dual (جنديان، شخصين): two of what the word itself names
                counts = word.phrase().term().property("counts");
            }
            if (counts == null) {
                Match noun = cue(s, last + 1, Cues.COUNTED_NOUN);
                if (noun != null) {
                    counts = noun.phrase().term().property("counts");
                }
            }
            if (counts == null && last + 1 < n && cue(s, last + 1, Cues.PARTITIVE_OF) != null) {
                // "اعتقلت الشرطة 300 منهم": the number counts what the event it belongs to counts
                EventDraft d = nearest(drafts, i);
                if (d != null && d.trigger.property("counts") != null) {
                    counts = d.trigger.property("counts");
                    bound = d;
                }
            }
            if (counts == null && bound == null) {
                EventDraft d = someOfGroup(s, last + 1, drafts, i);
                if (d != null) {
                    bound = d;
                    // of a group the article names, what the verb did to them (killed) or the group; of other people,
                    // those people as written (قادة المعارضة), which a trigger's default noun would misname
                    Unit g = groupAt(s, last + 2);
                    counts = g == null ? people(s, last + 2)
                            : d.trigger.property("counts") != null ? d.trigger.property("counts") : g.labelEn;
                }
            }
            if (counts == null) {
                counts = tamyiz(s, last + 1);
            }
            if (counts == null && c[i] != null && c[i].partitive && c[i].last == last) {
                // "تظاهر نحو خمسة آلاف": a count with no noun that is the group it tells counts that group
                counts = c[i].labelEn;
            }
            if (counts != null && (timeFrame(s, before, last + 1) || word != null && true_(word.phrase().term(), "duration")
                    && before >= 0 && cueEndingAt(s, before, Cues.TIME_FRAME_MARKER) != null)) {
                EventDraft lasted = lengthOf(s, word != null && true_(word.phrase().term(), "duration") ? last : last + 1, i, drafts);
                if (lasted == null) {
                    // "خلال 48 ساعة": a deadline or a time ago, not a measure of the event
                    i = last;
                    continue;
                }
                // "استقال بعد 11 يوما من الاحتجاجات": how long the protests went on, a measure of them
                bound = lasted;
            }
            if (counts == null && bound == null) {
                EventDraft befell = befellAfter(s, last + 1, drafts);
                if (befell != null) {
                    // "إن نحو 10 من أفراد قوات الأمن قتلوا"، "إن 52 صربيا أصيبوا": those the verb after them befell
                    bound = befell;
                    counts = befell.trigger.property("counts");
                }
            }
            if (counts == null && !nounAfter(s, last + 1)) {
                // "خلال 48 ساعة" counts hours: a number before a noun of its own counts nothing said before it
                for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
                    Match noun = cue(s, k, Cues.COUNTED_NOUN);
                    if (noun != null && !true_(noun.phrase().term(), "duration")) {
                        // a span of time said before (يوم الاثنين، المدعي العام) is no people counted
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
                // "إن 40 شخصا قتلوا": the passive right after the counted noun is what befell them
                bound = passiveAfterCounted(s, last + 1, drafts);
            }
            if (bound == null) {
                bound = nearest(drafts, i);
            }
            if (bound == null || bound.reporting) {
                // "ارتفعت الحصيلة إلى 58 قتيلا و900 جريح، بحسب ما أعلن الوزير": the deaths are no measure of the
                // saying (which would keep only its largest number), but a tally of their own
                EventDraft own = tally(s, nounAt, tallies, dates, consumed);
                bound = own != null ? own : bound;
            }
            if (bound == null) {
                // "وقدرت الشرطة عدد المشاركين بنحو ثلاثين ألفا": a crowd counted in a sentence that tells no act is
                // the crowd of the protest told just before
                bound = crowdCounted(s, nounAt, counts, earlier);
            }
            if (bound != null) {
                bound.quantities.add(new Quantity(value, counts, approximate, new Span(t.begin(), tok(s, last).end())));
            }
            i = last;
        }
        one(s, drafts);
        drafts.addAll(tallies);
        for (int d = 0; d < distances.size(); d++) {
            // a distance is the nearest event's measure only when it counts nothing else: an event's largest number
            // is read as its count, and a count of people must not give way to kilometres
            EventDraft bound = nearest(drafts, distanceAt.get(d));
            if (bound != null && bound.quantities.isEmpty()) {
                bound.quantities.add(distances.get(d));
            }
        }
    }

    /**
     * The last token of the percent sign or words (٪، %, في المئة: lexv:PercentMarker) starting at token {@code k},
     * or -1 when none stands there.
     */
    private int percentSign(int s, int k) {
        if (k >= size(s)) {
            return -1;
        }
        Token t = tok(s, k);
        if (t.kind() == Token.Kind.PUNCT && (t.norm().equals("%") || t.norm().equals("٪"))) {
            return k;
        }
        Match words = cue(s, k, Cues.PERCENT_MARKER);
        return words == null ? -1 : lastOf(s, words);
    }

    /**
     * Gives the nearest event of {@code drafts} the share the number at token {@code i} writes, its percent sign
     * ending at {@code sign}, decimals kept (30.77 of the votes, not 31): what it is a share of is the counted noun
     * after the sign, with or without من (بالمئة من الأصوات: votes), or "share" when none is named.
     */
    private void share(int s, int i, int sign, List<EventDraft> drafts) {
        java.math.BigDecimal amount;
        try {
            amount = new java.math.BigDecimal(tok(s, i).norm());
        } catch (NumberFormatException e) {
            return;
        }
        int k = sign + 1;
        if (k < size(s) && tok(s, k).norm().equals("من")) {
            k++;
        }
        Match noun = cue(s, k, Cues.COUNTED_NOUN);
        String counts = noun != null && noun.phrase().term().property("counts") != null
                && !true_(noun.phrase().term(), "duration") ? noun.phrase().term().property("counts") : "share";
        boolean about = i > 0 && cueEndingAt(s, i - 1, Cues.APPROXIMATE_MARKER) != null;
        EventDraft bound = nearest(drafts, i);
        if (bound != null) {
            bound.quantities.add(new Quantity(amount, counts, Quantity.PERCENT, about,
                    new Span(tok(s, i).begin(), tok(s, sign).end())));
        }
    }

    /**
     * Whether the word for one at token {@code i} counts the noun before it (شرطي واحد، مدنيا واحدا), as the number
     * one always follows its noun; the same letters with a hamza (وأحد قضاتها: and one of its judges) or after no
     * noun (، وأحد أبرز شركائها) are "one of", which counts nothing.
     */
    private boolean oneAfterItsNoun(int s, int i) {
        Token t = tok(s, i);
        String written = original(t.begin(), t.end());
        return i > 0 && tok(s, i - 1).isWord() && written.indexOf('أ') < 0 && written.indexOf('إ') < 0;
    }

    /**
     * The event a count of casualties tells when no event of its sentence takes it: for a counted noun at {@code k}
     * that is a tally of a trigger (قتيل، جريح: lexv:tallyOf), that trigger's event at the noun, with no actor, dated
     * as an event there would be; the sentence's earlier tally of the same trigger, or null when the noun is none.
     */
    private EventDraft tally(int s, int k, List<EventDraft> tallies, List<DateExpr> dates, Set<DateExpr> consumed) {
        Match noun = cue(s, k, Cues.COUNTED_NOUN);
        Term trigger = noun == null ? null : lex.trigger(noun.phrase().term().property("tallyOf"));
        if (trigger == null) {
            return null;
        }
        for (EventDraft t : tallies) {
            if (t.trigger == trigger) {
                return t;
            }
        }
        EventDraft d = new EventDraft();
        d.trigger = trigger;
        d.match = noun;
        d.at = k;
        d.sentence = s;
        d.voice = Phrase.Voice.NOUN;
        d.date = dateFinder.dateFor(k, dates, consumed, s);
        tallies.add(d);
        return d;
    }

    /**
     * The count's head before the number ending at token {@code before} (عدد المعتقلين، حصيلة القتلى: a
     * lexv:CountOfMarker and a counted noun, with a preposition between them and the number or none, as in "ارتفع عدد
     * القتلى إلى 12"): the counted noun, or null.
     */
    private Match countOf(int s, int before) {
        for (int k = before; k >= Math.max(0, before - 1); k--) {
            if (k < before && cue(s, before, Cues.PREPOSITION) == null) {
                break;
            }
            Match noun = cueEndingAt(s, k, Cues.COUNTED_NOUN);
            if (noun != null && noun.phrase().term().property("counts") != null
                    && cueEndingAt(s, noun.first() - base(s) - 1, Cues.COUNT_OF_MARKER) != null) {
                return noun;
            }
        }
        return null;
    }

    /**
     * The protest a count of people in sentence {@code s} measures when no event of that sentence takes it: the last
     * event of the three sentences before whose trigger gathers a crowd (lexv:crowdOf) the counted noun at {@code k}
     * stands for (شخص for any crowd, متظاهر for protesters), with no number yet; null when there is none.
     */
    private EventDraft crowdCounted(int s, int k, String counts, List<EventDraft> earlier) {
        Match noun = cue(s, k, Cues.COUNTED_NOUN);
        for (int e = earlier.size() - 1; e >= 0; e--) {
            EventDraft d = earlier.get(e);
            if (d.sentence < s - 3) {
                break;
            }
            String crowd = d.trigger.property("crowdOf");
            if (crowd == null) {
                continue;
            }
            if (!d.quantities.isEmpty()) {
                // the last protest told has its number: a second count is of another crowd or a second estimate
                return null;
            }
            String nounCrowd = noun == null ? null : noun.phrase().term().property("crowdOf");
            // people (شخص) are the crowd only in a sentence that names its gathering (احتشدوا، المظاهرة): a number
            // of inhabitants or voters is none
            boolean people = nounCrowd != null && List.of(nounCrowd.split(" ")).contains(crowd)
                    && namesGathering(s, crowd);
            return people || counts != null && crowd.endsWith("/" + counts) ? d : null;
        }
        return null;
    }

    /** Whether sentence {@code s} holds the word of an act that gathers the crowd {@code crowd} (lexv:crowdOf). */
    private boolean namesGathering(int s, String crowd) {
        for (int t = 0; t < size(s); t++) {
            Match m = at(s, t);
            if (isKind(m, Phrase.Kind.TRIGGER) && crowd.equals(m.phrase().term().property("crowdOf"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "مقتل شخص وإصابة 30 آخرين"، "اعتقال صحفي": a counting trigger followed right away by the singular of a counted
     * noun (its first Arabic label, indefinite) befell one; an event with no number of
     * its own counts that one.
     */
    private void one(int s, List<EventDraft> drafts) {
        for (EventDraft d : drafts) {
            String counts = d.trigger.property("counts");
            if (d.sentence != s || counts == null || !d.quantities.isEmpty()) {
                continue;
            }
            int k = lastOf(s, d.match) + 1;
            Match noun = cue(s, k, Cues.COUNTED_NOUN);
            if (noun == null || lastOf(s, noun) != k || !noun.prefix().isEmpty() || hasArticle(tok(s, k))
                    || !tok(s, k).norm().equals(ArabicNormalizer.normalize(noun.phrase().term().labelsAr().get(0)))
                    || true_(noun.phrase().term(), "duration")) {
                continue;
            }
            d.quantities.add(new Quantity(1, counts, false, new Span(tok(s, k).begin(), tok(s, k).end())));
        }
    }

    /**
     * The event whose verb is followed right away by its subject ending at token {@code k}, for a number right after
     * that subject (أعدمت السلطات الإيرانية ثلاثة رجال); null when no counting trigger's subject ends there.
     */
    private EventDraft countedAfterSubject(int s, int k, List<EventDraft> drafts) {
        for (EventDraft d : drafts) {
            if (d.source != null && d.source.last == k && d.voice == Phrase.Voice.ACTIVE
                    && d.source.first == lastOf(s, d.match) + 1 && d.trigger.property("counts") != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * "قتل الجيش 104 من الانقلابيين"، "أسر أكثر من 300 من المتمردين"، "أفرجت السلطات عن سبعة من قادة المعارضة": a
     * number, من and the people it is part of (token {@code k} is من) counts those of them the event just before it
     * befell, or, for a group the article names, the event whose verb follows the group right away (إن 30 من
     * المتمردين قتلوا); that event, or null when no people follow or no event's verb stands there or a few words
     * before.
     */
    private EventDraft someOfGroup(int s, int k, List<EventDraft> drafts, int i) {
        if (k + 1 >= size(s) || !tok(s, k).norm().equals("من") || cue(s, k, Cues.TOTAL_MARKER) != null) {
            return null;
        }
        Unit g = groupAt(s, k + 1);
        if (g != null) {
            for (EventDraft after : drafts) {
                // "إن 30 من المتمردين قتلوا": the group, then the verb of what befell them
                if (after.sentence == s && after.at == g.last + 1) {
                    return after;
                }
            }
        } else if (people(s, k + 1) == null || cover.get(s)[i] != null && cover.get(s)[i].partitive) {
            // a count the article reads as a crowd of its own (خرج آلاف من السكان: the protesters) is counted as such
            return null;
        }
        EventDraft d = nearest(drafts, i);
        // the verb, its subject, then the number: no farther back than a subject with its nisba and a marker; people
        // the article names no group of are no count of a saying (قال إن ثلاثة من الوزراء ...)
        return d != null && (g != null || !d.reporting) && d.at < i && i - d.at <= 6 ? d : null;
    }

    /** The group the article names starting at token {@code k}, or null. */
    private Unit groupAt(int s, int k) {
        Unit g = k < size(s) ? cover.get(s)[k] : null;
        return g != null && g.first == k && g.type == org.newsgraph.extract.ActorType.GROUP && g.labelEn != null ? g : null;
    }

    /**
     * The people after "N من" at token {@code k} when no group the article names stands there, as the count names
     * them: the noun as written with the definite noun it governs (قادة المعارضة، كبار المسؤولين) or a definite noun
     * alone (المسؤولين); null when no such noun stands there (a name, a place, a date, a verb, a preposition).
     */
    private String people(int s, int k) {
        if (k >= size(s) || !tok(s, k).isWord() || cover.get(s)[k] != null || isKind(at(s, k), Phrase.Kind.TRIGGER)
                || cue(s, k, Cues.PREPOSITION) != null || cue(s, k, Cues.NAME_STOP) != null || cue(s, k, Cues.DATE_WORD) != null
                || weekdayAt(s, k) != null || cue(s, k, Cues.NUMBER_WORD) != null || cue(s, k, Cues.MONTH) != null) {
            return null;
        }
        if (hasArticle(tok(s, k))) {
            return original(tok(s, k).begin(), tok(s, k).end());
        }
        // a head without the article is in construct with the noun after it, which must be definite (كبار المسؤولين)
        return k + 1 < size(s) && tok(s, k + 1).isWord() && hasArticle(tok(s, k + 1))
                ? original(tok(s, k).begin(), tok(s, k + 1).end()) : null;
    }

    /**
     * What a number counts when an indefinite noun no lexicon lists follows it right away, the counted noun of the
     * Arabic number (its tamyiz: 40 مدنيا، 12 طالبا، ثمانية أسابيع): that noun as written, its accusative alef
     * dropped; null when no such noun follows (a word with the article, a name, a verb, a function word, "others").
     */
    private String tamyiz(int s, int k) {
        // a title counted (2745 قاضيا، 20 ضابطا) names no holder: the people it counts
        boolean title = k < size(s) && isKind(at(s, k), Phrase.Kind.OFFICE) && lastOf(s, at(s, k)) == k
                && at(s, k).prefix().isEmpty() && tok(s, k).isWord() && !isKind(at(s, k + 1), Phrase.Kind.ACTOR);
        if (!(title || nounAfter(s, k)) || (at(s, k) != null && !title) || hasArticle(tok(s, k)) || cue(s, k, Cues.OTHERS_NOUN) != null
                || cue(s, k, Cues.NUMBER_WORD) != null || cue(s, k, Cues.WEEKDAY) != null || cue(s, k, Cues.DATE_WORD) != null) {
            return null;
        }
        String w = tok(s, k).norm();
        if (w.length() < 3 || tok(s, k).kind() == Token.Kind.NUMBER) {
            return null;
        }
        return w.endsWith("ا") && !w.endsWith("اا") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * The event a span of time measures when the words of an act follow it with من (بعد 11 يوما من الاحتجاجات، بعد
     * عشرة أيام من الإضرابات، بعد 27 شهرا من تسليمه الحكم): the span is how long that act went on or how long ago it
     * began, not a deadline. That act's event when one stands right after من, else the event the span comes
     * before (استقال ... بعد 11 يوما: the resignation came at the end of it); null when no act's word follows من.
     * {@code unit} is the last token of the span's noun (or of a number word that is a span itself, أسبوعين).
     */
    private EventDraft lengthOf(int s, int unit, int i, List<EventDraft> drafts) {
        int k = unit;
        Match noun = cue(s, k, Cues.COUNTED_NOUN);
        if (noun != null && true_(noun.phrase().term(), "duration")) {
            k = lastOf(s, noun);
        }
        if (k + 2 >= size(s) || !tok(s, k + 1).norm().equals("من") || !isKind(at(s, k + 2), Phrase.Kind.TRIGGER)) {
            return null;
        }
        EventDraft before = null;
        for (EventDraft d : drafts) {
            if (d.sentence == s && d.at == k + 2) {
                return d;
            }
            if (d.sentence == s && d.at < i && (before == null || d.at > before.at) && !d.reporting) {
                before = d;
            }
        }
        return before;
    }

    /**
     * Whether the number before token {@code after} counts a span of time (a lexv:duration counted noun) placed by
     * a time-frame word before it (خلال، منذ، قبل، في غضون: lexv:TimeFrameMarker): a deadline or an age, which
     * measures nothing of the event (حبسه ثمانية أيام, لمدة أربعة أشهر do).
     */
    private boolean timeFrame(int s, int before, int after) {
        Match noun = cue(s, after, Cues.COUNTED_NOUN);
        return noun != null && true_(noun.phrase().term(), "duration") && before >= 0
                && cueEndingAt(s, before, Cues.TIME_FRAME_MARKER) != null;
    }

    /** Whether a content word stands at {@code k}: no punctuation, preposition, function word or trigger. */
    private boolean nounAfter(int s, int k) {
        return k < size(s) && tok(s, k).isWord() && cue(s, k, Cues.PREPOSITION) == null && cue(s, k, Cues.NAME_STOP) == null
                && cue(s, k, Cues.CLAUSE_BREAK) == null && cover.get(s)[k] == null && !isKind(at(s, k), Phrase.Kind.TRIGGER);
    }

    /**
     * The event of a counting trigger (ng:counts) whose verb comes after the people a number counts, when no list
     * of the lexicon names them: "N من" and a noun phrase of up to six words (إن 10 من أفراد قوات الأمن قتلوا، إن 26 من
     * عناصر الشرطة و53 مدنيا أصيبوا), or one word right before the verb (إن 52 صربيا أصيبوا, a nisba the actor lists
     * read as the country); {@code k} is the token after the number. Null when no such verb follows in the clause
     * (a comma or a full stop ends it) or another event's word stands between.
     */
    private EventDraft befellAfter(int s, int k, List<EventDraft> drafts) {
        if (k + 1 >= size(s) || !tok(s, k).isWord()) {
            return null;
        }
        boolean of = tok(s, k).norm().equals("من") && cue(s, k, Cues.TOTAL_MARKER) == null;
        int farthest = of ? k + 7 : k + 1;
        EventDraft first = null;
        for (EventDraft d : drafts) {
            if (d.sentence == s && d.at > k && d.at <= farthest && (first == null || d.at < first.at)) {
                first = d;
            }
        }
        if (first == null || first.trigger.property("counts") == null || first.reporting) {
            return null;
        }
        for (int j = k + 1; j < first.at; j++) {
            Token t = tok(s, j);
            if (t.kind() == Token.Kind.PUNCT && !isQuote(t) && !t.norm().equals("(") && !t.norm().equals(")")
                    || isKind(at(s, j), Phrase.Kind.TRIGGER)) {
                return null;
            }
        }
        return first;
    }

    /** The passive event whose verb follows the counted noun at {@code k} right away, or null. */
    private static EventDraft passiveAfterCounted(int s, int k, List<EventDraft> drafts) {
        for (EventDraft d : drafts) {
            if (d.sentence == s && d.voice == Phrase.Voice.PASSIVE && d.at == k + 1) {
                return d;
            }
        }
        return null;
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
}
