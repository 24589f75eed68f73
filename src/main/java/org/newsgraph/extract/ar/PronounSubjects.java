package org.newsgraph.extract.ar;

import java.util.List;
import org.newsgraph.extract.ActorType;

/**
 * The subject a verb's pronoun stands for when no actor is named with the verb: "توجه المتظاهرون إلى البلدية،
 * وأحرقوا سيارات" (a plural verb's pronoun is the last plural group named as subject before it in the sentence),
 * and agreement when a verb joined by و takes the subject of an earlier verb ("وتعلن" is not "المحتجون"). Used by
 * {@link EventFinder} and {@link Arguments}. Sentences bound it: a subject never carries across a full stop.
 */
final class PronounSubjects extends Stage {

    PronounSubjects(Stage shared) {
        super(shared);
    }

    /**
     * For a third person plural verb at {@code t} with no subject of its own: the last plural group before it in the
     * sentence that stands as a subject (no preposition on it, not the target of an act told before it, not in a
     * relative clause set off by a comma); null when none.
     */
    Unit pluralSubject(int s, int t, List<EventDraft> before) {
        List<Unit> us = units.get(s);
        for (int i = us.size() - 1; i >= 0; i--) {
            Unit u = us.get(i);
            if (u.last >= t) {
                continue;
            }
            if (u.prepositional || u.locative || u.qualifier || u.type != ActorType.GROUP || !plural(s, u)
                    || targetOf(u, before) || inRelativeClause(s, u.first) || inPurpose(s, u.first)) {
                continue;
            }
            return u;
        }
        return null;
    }

    /**
     * For a verb at {@code t} inside what a speaker reports (after إن/أن in its clause): the actor opening the
     * reported clause right after the complementizer, its subject (إن قوات الأمن استعادت ... واعتقلت); else null.
     */
    Unit reportedSubject(int s, int t, int[] sub, int[] clause) {
        int k = sub[t];
        if (!reported(s, t, sub) || k >= t || clause[k] != clause[t]) {
            return null;
        }
        Unit u = cover.get(s)[k];
        return u != null && u.first == k && u.last < t && !u.prepositional && !u.locative && u.type != ActorType.PLACE ? u : null;
    }

    /** Whether the verb at {@code t} stands in what a speaker reports: a complementizer opens its stretch. */
    boolean reported(int s, int t, int[] sub) {
        return sub[t] > 0 && cueEndingAt(s, sub[t] - 1, Cues.COMPLEMENTIZER) != null;
    }

    /**
     * Whether a verb can take {@code subject}'s pronoun: a third person plural verb any actor but one person, any
     * other verb no sound masculine plural of people (المحتجون، المتظاهرين), which only a plural verb
     * refers back to.
     */
    boolean agrees(Match verb, Unit subject) {
        boolean pluralVerb = lex.isPluralVerb(verb);
        if (pluralVerb) {
            // bodies of people (القوات الخاصة، الجيش) take a plural verb in the press; one person never does
            return subject.type != ActorType.PERSON;
        }
        return !soundMasculinePlural(subject.sentence, subject);
    }

    /**
     * A group named by a sound masculine plural in the oblique case (المحتجين، مثيري الشغب), which never stands as a
     * subject: after a verb it is the verb's object.
     */
    boolean obliquePlural(Unit u) {
        if (u == null || u.type != ActorType.GROUP) {
            return false;
        }
        String head = headWord(u.sentence, u);
        // the construct drops the ن: مثيري الشغب، مؤيدي الرئيس (a participle in م before its genitive)
        boolean construct = u.last > u.first && head.length() >= 5 && head.startsWith("م") && head.endsWith("ي")
                && hasArticle(tok(u.sentence, u.first + 1));
        return head.length() > 4 && head.endsWith("ين") || construct;
    }

    /** A group named by a plural: not a singular collective in ة (الشرطة، الحكومة). */
    private boolean plural(int s, Unit u) {
        String head = headWord(s, u);
        return soundMasculinePlural(s, u) || !head.endsWith("ه") && !head.endsWith("ة");
    }

    /** A group whose head noun is a sound masculine plural (محتجون، المتظاهرين، مسلحين). */
    private boolean soundMasculinePlural(int s, Unit u) {
        if (u.type != ActorType.GROUP) {
            return false;
        }
        String head = headWord(s, u);
        return head.length() > 4 && (head.endsWith("ون") || head.endsWith("ين"));
    }

    private String headWord(int s, Unit u) {
        Match m = at(s, u.first);
        String w = tok(s, u.first).norm();
        return w.substring(m == null ? 0 : Math.min(m.prefix().length(), w.length()));
    }

    private static boolean targetOf(Unit u, List<EventDraft> before) {
        for (EventDraft e : before) {
            if (e.target == u) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verbal noun of an act with the ل of purpose (لمنع، لتفريق، لدعم) stands before {@code k} with no comma
     * between: "في محاولة لمنع وصول تعزيزات القوات الحكومية، وأطلقوا النار": the forces are what the purpose is about,
     * no subject a later verb's pronoun can stand for.
     */
    private boolean inPurpose(int s, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
            if (COMMAS.contains(tok(s, j).norm()) || tok(s, j).isPunct()) {
                return false;
            }
            Match m = at(s, j);
            if (m != null && isKind(m, Phrase.Kind.TRIGGER) && m.prefix().endsWith("ل")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a relative pronoun after a comma stands before {@code k} with no comma closing it between. */
    private boolean inRelativeClause(int s, int k) {
        for (int j = k - 1; j >= 1; j--) {
            if (COMMAS.contains(tok(s, j).norm())) {
                return false;
            }
            if (cue(s, j, Cues.RELATIVE_PRONOUN) != null && COMMAS.contains(tok(s, j - 1).norm())) {
                return true;
            }
        }
        return false;
    }
}
