package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.lexicon.Term;

/** An event as found, before it becomes a record. */
final class EventDraft {
    Term trigger;
    Match match;
    int at;
    Phrase.Voice voice;
    Unit source;
    Unit target;
    Unit place;
    PartialDate date;
    String charge;
    final List<Quantity> quantities = new ArrayList<>();
    boolean reporting;
    boolean quoted;
    /** A verbal noun after a verb of hastening and إلى (سارع إلى إدانة الهجوم): it acts as that verb's own act. */
    boolean hastened;
    /**
     * The target is the article's country, given to a call from outside that names no one (دعا إلى الهدوء): what the
     * call's words name later (a doer asked to stop) comes first.
     */
    boolean crisisDefault;
    int sentence;
}
