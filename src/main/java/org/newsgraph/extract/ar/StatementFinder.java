package org.newsgraph.extract.ar;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Statement;

/**
 * The statements of a sentence, after {@link QuantityFinder}: what a reporting event says, and spoken acts.
 */
final class StatementFinder extends Stage {

    StatementFinder(Stage shared) {
        super(shared);
    }

    Statement statement(int s, EventDraft d) {
        if (d.source == null) {
            return null;
        }
        int n = size(s);
        int qBegin = -1;
        int qEnd = -1;
        int open = -1;
        for (int k = d.at + 1; k < n; k++) {
            Token t = tok(s, k);
            if (!isQuote(t)) {
                continue;
            }
            boolean opening = t.norm().equals("«") || t.norm().equals("“") || (t.norm().equals("\"") && open < 0);
            if (opening && open < 0) {
                open = k;
            } else if (open >= 0) {
                int b = tok(s, open).end();
                int e = t.begin();
                if (e - b > qEnd - qBegin) {
                    qBegin = b;
                    qEnd = e;
                }
                open = -1;
            }
        }
        String quote = null;
        Span span = null;
        if (qBegin >= 0) {
            String raw = original(qBegin, qEnd);
            String trimmed = raw.strip();
            int lead = raw.codePointCount(0, raw.indexOf(trimmed.isEmpty() ? raw : trimmed));
            if (!trimmed.isEmpty()) {
                quote = trimmed;
                span = new Span(qBegin + lead, qBegin + lead + trimmed.codePointCount(0, trimmed.length()));
            }
        }
        String medium = null;
        for (int k = 0; k < n; k++) {
            Match m = at(s, k);
            String key = m == null ? null : isKind(m, Phrase.Kind.MEDIUM) ? m.phrase().term().key() : lex.mediumOf(m);
            if (key != null && (span == null || m.begin() < span.begin())) {
                medium = key;
            }
        }
        Set<String> about = new LinkedHashSet<>();
        for (Unit u : units.get(s)) {
            if (u.first > d.at && !u.key.equals(d.source.key) && u.type != ActorType.PLACE) {
                about.add(u.key);
            }
        }
        return new Statement(d.source.key, medium, d.date, quote, span, List.copyOf(about), s);
    }

    /**
     * Whether an event is an act done by speaking (lexv:speechAct: condemning, welcoming, calling on, accusing,
     * rejecting) told by a verb whose subject is known: it is then also a statement of that speaker.
     */
    boolean spokenAct(EventDraft d) {
        return true_(d.trigger, "speechAct") && d.voice == Phrase.Voice.ACTIVE && d.source != null;
    }

    /**
     * Whether the same speaker already has a statement in the same sentence with the same quote (رحب X بالقرار،
     * واعتبر أنه "..."): one statement is enough.
     */
    static boolean saidAlready(List<Statement> statements, Statement st) {
        for (Statement other : statements) {
            if (other.sentence() == st.sentence() && other.speakerKey().equals(st.speakerKey())
                    && java.util.Objects.equals(other.quote(), st.quote())) {
                return true;
            }
        }
        return false;
    }
}
