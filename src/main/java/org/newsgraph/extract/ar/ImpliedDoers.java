package org.newsgraph.extract.ar;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.newsgraph.extract.ActorType;

/**
 * Who did an act of coercion the sentence tells without its doer ("اعتُقل فلان في منزله"، "بعد توقيفه"، "كما أُعفي
 * الوزير فلان من منصبه"): the article names the arresting or dismissing hand in another sentence, and the same act
 * told of one more person is that hand's again. Used by {@link ArticleAnalysis} once all sentences are read.
 */
final class ImpliedDoers {

    /** How many sentences away the act with a doer may stand: beyond, the article has moved to other news. */
    private static final int WINDOW = 3;

    private ImpliedDoers() {
    }

    /**
     * For each passive or verbal noun of coercion (CAMEO 17x) with a target and no source, the source of the nearest
     * act of the same trigger that names one as the subject of its verb, or names both doer and target, within a few
     * sentences (the sentence before first, on a tie): the security forces arrested dozens, and "X, who was detained
     * in Y" was detained by them; the king relieved one minister, and "another was relieved of his post" by him. A doer who is himself arrested or removed anywhere in
     * the article is no one's arrester (a victim read as a subject), nor is the target its own doer.
     */
    static void fill(List<EventDraft> drafts, Map<String, SortedSet<Integer>> toldIn) {
        drafts.forEach(ImpliedDoers::personAlone);
        Set<String> actedOn = new HashSet<>();
        for (EventDraft d : drafts) {
            if (coercion(d) && d.target != null) {
                actedOn.add(d.target.key);
            }
        }
        List<EventDraft> donors = drafts.stream()
                .filter(d -> coercion(d) && d.source != null && !actedOn.contains(d.source.key)
                        && (d.voice == Phrase.Voice.ACTIVE || d.target != null))
                .toList();
        for (EventDraft d : drafts) {
            if (!coercion(d) || d.source != null || d.target == null || d.quoted) {
                continue;
            }
            if (d.voice == Phrase.Voice.ACTIVE && !"true".equals(d.trigger.property("authorityAct"))) {
                // "في انقلاب عسكري أطاح بحكومة فلان": a verb whose subject is no actor (the coup itself) is the
                // seizure's makers' act, never another hand's of the same act; an act only authorities do, its
                // verb with no subject (ووضع فلان قيد الإقامة الجبرية: a passive its letters hide), is the hand's
                // that holds others nearby
                d.source = seizer(drafts, d, actedOn);
                continue;
            }
            if (d.voice != Phrase.Voice.PASSIVE && d.voice != Phrase.Voice.NOUN && d.voice != Phrase.Voice.ACTIVE) {
                continue;
            }
            EventDraft best = null;
            for (EventDraft e : donors) {
                if (e == d || !sameAct(e, d) || e.source.key.equals(d.target.key)
                        || Math.abs(e.sentence - d.sentence) > WINDOW) {
                    continue;
                }
                if (best == null || distance(e, d) < distance(best, d)) {
                    best = e;
                }
            }
            if (best == null && code(d).startsWith("173")) {
                best = soleDoer(donors, d, toldIn.get(d.trigger.key()));
            }
            if (best != null) {
                d.source = best.source;
            } else {
                d.source = seizer(drafts, d, actedOn);
            }
        }
        releasedBy(drafts, actedOn);
    }

    /**
     * "أُفرج عن فلان بعد يومين من اعتقاله"، "بعد ساعات من إطلاق سراح فلان، الذي اعتقلته الشرطة": a release told
     * without its doer (a passive, a verbal noun) is by the hand that held the one released, the doer of the nearest
     * arrest of the same person. Not a release someone calls for or demands (طالب بالإفراج عن فلان، دعا إلى الإفراج
     * عنه، خرجوا مطالبين بإطلاق سراحه): that one has not happened.
     */
    private static void releasedBy(List<EventDraft> drafts, Set<String> actedOn) {
        for (EventDraft d : drafts) {
            if (!code(d).startsWith("084") || d.source != null || d.target == null || d.quoted
                    || (d.voice != Phrase.Voice.PASSIVE && d.voice != Phrase.Voice.NOUN) || asked(drafts, d)) {
                continue;
            }
            EventDraft best = null;
            for (EventDraft e : drafts) {
                if (e == d || !code(e).startsWith("173") || e.source == null || e.target == null
                        || !e.target.key.equals(d.target.key) || actedOn.contains(e.source.key)
                        || e.source.key.equals(d.target.key) || e.sentence > d.sentence) {
                    continue;
                }
                if (best == null || distance(e, d) < distance(best, d)) {
                    best = e;
                }
            }
            if (best != null) {
                d.source = best.source;
            }
        }
    }

    /** Whether the release is what a call, demand or protest before it in its sentence asks for (بالإفراج عن). */
    private static boolean asked(List<EventDraft> drafts, EventDraft d) {
        if (d.voice == Phrase.Voice.NOUN && d.match.prefix().contains("ب")) {
            return true;
        }
        for (EventDraft e : drafts) {
            String c = code(e);
            if (e != d && e.sentence == d.sentence && e.at < d.at
                    && (c.startsWith("02") || c.startsWith("10") || c.startsWith("14") || c.startsWith("11"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "والدها اعتُقل في منزله"، "واحتجز جنود أيضا وزيرة الخارجية فلانة"، "الجيش ... ويحتجز الرئيس في منزله": an act
     * that authorities and armed bodies do (lexv:authorityAct), told by a verb with a person as its only party, befalls
     * that person; the verb is a passive its letters hide, or its subject is a noun that names no actor. Its doer is the
     * hand the story names elsewhere, as for any arrest told without one. A verbal noun's lone person is left as read:
     * the minister who announced arrests (أعلن الوزير توقيف 13 ضابطا) is its doer's voice.
     */
    private static void personAlone(EventDraft d) {
        if (!"true".equals(d.trigger.property("authorityAct")) || d.target != null || d.source == null
                || d.source.type != ActorType.PERSON
                || (d.voice != Phrase.Voice.ACTIVE && d.voice != Phrase.Voice.PASSIVE)) {
            return;
        }
        d.target = d.source;
        d.source = null;
        d.voice = Phrase.Voice.PASSIVE;
    }

    /**
     * "وأعلنت الحركة عزل رئيس الجمهورية"، "نُقل الرئيس المخلوع تحت حراسة إلى الجزيرة": with no hand of the same act
     * named, the coercion of a seizure of power's story is its makers': the subject of the first verb the article told
     * of a trigger that implies it (lexv:impliedDoer: a coup; its noun is as often what someone calls an act, "اتهمه
     * بمحاولة الانقلاب"), told before it, when that doer is not the act's target nor
     * acted on itself (a failed coup's makers are arrested, not arresting), and the target is none of their own group.
     */
    private static Unit seizer(List<EventDraft> drafts, EventDraft d, Set<String> actedOn) {
        for (EventDraft e : drafts) {
            if (!"true".equals(e.trigger.property("impliedDoer")) || e.source == null
                    || e.voice != Phrase.Voice.ACTIVE) {
                continue;
            }
            boolean own = e.trigger.property("doerGroup") != null && e.trigger.property("doerGroup").equals(d.target.key);
            return e.sentence <= d.sentence && !e.source.key.equals(d.target.key) && !actedOn.contains(e.source.key)
                    && !own ? e.source : null;
        }
        return null;
    }

    /**
     * Beyond the window, an arrest's one doer when the article names only one subject of that trigger's verb and
     * goes on telling of the arrests from it to this one, no more than the window apart at each step: the police
     * arrested a dozen in the lead, "وجرت معظم الاعتقالات في العاصمة، فيما أوقف آخر في مدينة كذا" follows, and "فلان
     * اعتُقل في مدينة كذا" paragraphs later was theirs too. After sentences on other things the arrest is
     * other news; with two arresting hands named anywhere its doer is not told; nor is it the judge who ordered a
     * detention (a verbal noun's doer), who holds no one himself.
     */
    private static EventDraft soleDoer(List<EventDraft> donors, EventDraft d, SortedSet<Integer> told) {
        EventDraft sole = null;
        for (EventDraft e : donors) {
            if (e == d || e.voice != Phrase.Voice.ACTIVE || !e.trigger.key().equals(d.trigger.key())
                    || e.source.key.equals(d.target.key)) {
                continue;
            }
            if (!toldThroughout(told, Math.min(e.sentence, d.sentence), Math.max(e.sentence, d.sentence))) {
                return null;
            }
            if (sole != null && !sole.source.key.equals(e.source.key)) {
                return null;
            }
            if (sole == null) {
                sole = e;
            }
        }
        return sole;
    }

    /** Whether the act is told from sentence {@code from} to {@code to} with no gap wider than the window. */
    private static boolean toldThroughout(SortedSet<Integer> told, int from, int to) {
        if (told == null) {
            return false;
        }
        int at = from;
        for (int s : told.subSet(from, to + 1)) {
            if (s - at > WINDOW) {
                return false;
            }
            at = s;
        }
        return to - at <= WINDOW;
    }

    /** Sentences apart, an act after counting half a sentence more than one before (what came before is told). */
    private static double distance(EventDraft e, EventDraft d) {
        return e.sentence <= d.sentence ? d.sentence - e.sentence : e.sentence - d.sentence + 0.5;
    }

    private static boolean coercion(EventDraft d) {
        return code(d).startsWith("17");
    }

    /**
     * Whether two acts are the same act for lending a doer: of one trigger, or two acts that only authorities do
     * (lexv:authorityAct) under one code ("احتجزت الشرطة فلانة، ووضع فلان قيد الإقامة الجبرية": one hand holds both).
     */
    private static boolean sameAct(EventDraft e, EventDraft d) {
        return e.trigger.key().equals(d.trigger.key()) || "true".equals(e.trigger.property("authorityAct"))
                && "true".equals(d.trigger.property("authorityAct")) && code(e).equals(code(d));
    }

    private static String code(EventDraft d) {
        String c = d.trigger.property("cameoCode");
        return c == null ? "" : c;
    }
}
