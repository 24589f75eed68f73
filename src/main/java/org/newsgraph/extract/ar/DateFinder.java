package org.newsgraph.extract.ar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.lexicon.Term;

/**
 * The dates of a sentence, after the units are resolved: date expressions, the dates of tenure (since, until) and
 * of taking office given to role drafts, and the date an event at a token takes.
 */
final class DateFinder extends Stage {

    DateFinder(Stage shared) {
        super(shared);
    }

    List<DateExpr> dates(int s) {
        List<DateExpr> out = new ArrayList<>();
        Unit[] c = cover.get(s);
        int n = size(s);
        for (int i = 0; i < n; i++) {
            if (c[i] != null) {
                continue;
            }
            DateExpr ago = daysAgo(s, i);
            if (ago != null) {
                out.add(ago);
                i = ago.last();
                continue;
            }
            Match m;
            DateExpr digits;
            if ((m = cue(s, i, Cues.DATE_WORD)) != null && published != null && writtenAsListed(s, i, m)) {
                int offset = Integer.parseInt(m.phrase().term().property("dayOffset"));
                DateExpr d = dayWithWeekday(s, i, lastOf(s, m), published.plusDays(offset));
                out.add(d);
                i = d.last();
            } else if ((m = weekdayAt(s, i)) != null && published != null && m.end() >= tok(s, lastOf(s, m)).end()
                    && cue(s, i - 1, Cues.SINCE_MARKER) == null) {
                // a weekday takes no pronoun: أحدهم is "one of them", not Sunday; nor is it written without the article
                // but after a part of the day (صباح أحد): "في أحد عنابر المرفأ" is "in one of the port's hangars"; "منذ
                // الثلاثاء" (since Tuesday) is when something began, not the day of what the sentence tells
                DayOfWeek dow = DayOfWeek.of(lex.weekdays.get(m.phrase().term()));
                int last = lastOf(s, m);
                if (dayOfMonthAfter(s, last + 1)) {
                    // "الثلاثاء 2 أكتوبر": the day of the month says the date; the weekday only names it (read as the
                    // nearest Tuesday it gave a date two weeks off)
                    i = last;
                    continue;
                }
                LocalDate d;
                if (cue(s, last + 1, Cues.NEXT_MARKER) != null) {
                    d = published.with(TemporalAdjusters.next(dow));
                    last++;
                } else if (cue(s, last + 1, Cues.LAST_MARKER) != null) {
                    d = published.with(TemporalAdjusters.previous(dow));
                    last++;
                } else if (future(s, i)) {
                    d = published.with(TemporalAdjusters.nextOrSame(dow));
                } else {
                    d = published.with(TemporalAdjusters.previousOrSame(dow));
                }
                out.add(new DateExpr(i, last, PartialDate.of(d)));
                i = last;
            } else if ((m = cue(s, i, Cues.MONTH)) != null) {
                int month = lex.months.get(m.phrase().term());
                int last = lastOf(s, m);
                if (last + 2 < n && tok(s, last + 1).is("/") && cue(s, last + 2, Cues.MONTH) != null) {
                    last = lastOf(s, cue(s, last + 2, Cues.MONTH));
                }
                Integer year = number(s, last + 1, 1000, 2200);
                Integer day = number(s, i - 1, 1, 31);
                int first = day != null ? i - 1 : i;
                if (day == null && i >= 2 && tok(s, i - 1).norm().equals("من") && number(s, i - 2, 1, 31) != null) {
                    // "في 11 من أكتوبر/تشرين الأول الجاري": a day in digits, من between
                    day = number(s, i - 2, 1, 31);
                    first = i - 2;
                }
                if (day == null) {
                    // "الأول من تشرين الأول": an ordinal day word, من between or not
                    int k = i - 1 >= 0 && tok(s, i - 1).norm().equals("من") ? i - 2 : i - 1;
                    Match ordinal = k >= 0 ? cueEndingAt(s, k, Cues.DAY_ORDINAL) : null;
                    if (ordinal != null) {
                        day = Integer.parseInt(ordinal.phrase().term().property("value"));
                        first = ordinal.first() - base(s);
                    }
                }
                Integer relative = year == null && day == null ? relativeMonthYear(s, last + 1, month) : null;
                if (relative != null) {
                    out.add(new DateExpr(first, last + 1, new PartialDate(relative, month, null)));
                    i = last + 1;
                    continue;
                }
                if (year == null && day == null) {
                    continue;
                }
                if (year != null) {
                    last++;
                } else if (published != null && markedYear(s, last + 1, month, day) != null) {
                    year = markedYear(s, last + 1, month, day);
                    last++;
                } else if (published != null) {
                    year = yearOfDayAndMonth(month, day);
                } else {
                    continue;
                }
                try {
                    out.add(new DateExpr(first, last, new PartialDate(year, month, day)));
                } catch (RuntimeException invalid) {
                    // "31 شباط": not a date
                }
                i = last;
            } else if ((m = cue(s, i, Cues.MONTH_NOUN)) != null && published != null) {
                DateExpr d = dayOfMarkedMonth(s, i, lastOf(s, m));
                if (d != null) {
                    out.add(d);
                    i = d.last();
                }
            } else if ((digits = numericDate(s, i)) != null) {
                out.add(digits);
                i = digits.last();
            } else if ((m = cue(s, i, Cues.YEAR_MARKER)) != null) {
                Integer year = number(s, lastOf(s, m) + 1, 1000, 2200);
                if (year != null) {
                    out.add(new DateExpr(i, lastOf(s, m) + 1, PartialDate.ofYear(year)));
                    i = moreYears(s, lastOf(s, m) + 2, out);
                }
            } else if (tok(s, i).norm().equals("بين") && number(s, i + 1, 1900, 2100) != null
                    && number(s, i + 3, 1900, 2100) != null && tok(s, i + 2).norm().equals("و")
                    && number(s, i + 1, 1900, 2100) < number(s, i + 3, 1900, 2100)) {
                // "بين 2016 و2022" with no word for year: two numbers that can be years, in order, are a span of years
                out.add(new DateExpr(i + 1, i + 1, PartialDate.ofYear(number(s, i + 1, 1900, 2100))));
                i = moreYears(s, i + 2, out);
            }
        }
        return out;
    }

    /**
     * "الخامس من الشهر الجاري"، "يوم 5 من الشهر الحالي"، "مطلع الشهر الماضي": the month noun (lexv:MonthNoun, tokens
     * {@code i}..{@code last}) with a marker of the current, last or next month after it is that month counted from the
     * month of publication; a day of the month before it, in digits or as an ordinal word, من between or not, gives
     * the day. Null without a marker (الشهر نفسه), and when the day is no day of that month.
     */
    private DateExpr dayOfMarkedMonth(int s, int i, int last) {
        int k = last + 1;
        LocalDate month;
        if (cue(s, k, Cues.CURRENT_MARKER) != null) {
            month = published.withDayOfMonth(1);
        } else if (cue(s, k, Cues.LAST_MARKER) != null) {
            month = published.withDayOfMonth(1).minusMonths(1);
        } else if (cue(s, k, Cues.NEXT_MARKER) != null) {
            month = published.withDayOfMonth(1).plusMonths(1);
        } else {
            return null;
        }
        int before = i - 1 >= 0 && tok(s, i - 1).norm().equals("من") ? i - 2 : i - 1;
        Integer day = number(s, before, 1, 31);
        int first = day != null ? before : i;
        if (day == null && before >= 0) {
            Match ordinal = cueEndingAt(s, before, Cues.DAY_ORDINAL);
            if (ordinal != null) {
                day = Integer.parseInt(ordinal.phrase().term().property("value"));
                first = ordinal.first() - base(s);
            }
        }
        if (day == null) {
            return new DateExpr(i, k, new PartialDate(month.getYear(), month.getMonthValue(), null));
        }
        try {
            return new DateExpr(first, k, PartialDate.of(month.withDayOfMonth(day)));
        } catch (java.time.DateTimeException invalid) {
            return null;
        }
    }

    /**
     * "3/3/2024"، "2024/3/3"، "2024-03-03": a date in digits at token {@code i}, day first or year first, its parts
     * joined by slashes or hyphens; else null (so that no count reads its numbers as people).
     */
    private DateExpr numericDate(int s, int i) {
        if (i + 4 >= size(s) || !separator(s, i + 1) || !separator(s, i + 3)
                || !tok(s, i + 1).norm().equals(tok(s, i + 3).norm())) {
            return null;
        }
        Integer year = number(s, i, 1000, 2200);
        Integer month = number(s, i + 2, 1, 12);
        Integer day = year != null ? number(s, i + 4, 1, 31) : number(s, i, 1, 31);
        if (year == null) {
            year = number(s, i + 4, 1000, 2200);
        }
        if (year == null || month == null || day == null) {
            return null;
        }
        try {
            return new DateExpr(i, i + 4, PartialDate.of(LocalDate.of(year, month, day)));
        } catch (java.time.DateTimeException invalid) {
            return null;
        }
    }

    private boolean separator(int s, int k) {
        return tok(s, k).is("/") || tok(s, k).is("-");
    }

    /**
     * Whether a day of the month and a month's name start at token {@code k}, after a comma or الموافق if any
     * ("الثلاثاء، 2 أكتوبر"، "الأحد الموافق 4 مارس").
     */
    private boolean dayOfMonthAfter(int s, int k) {
        int n = size(s);
        if (k < n && (tok(s, k).is("،") || tok(s, k).is(",") || tok(s, k).norm().equals("الموافق"))) {
            k++;
        }
        return k + 1 < n && number(s, k, 1, 31) != null && cue(s, k + 1, Cues.MONTH) != null;
    }

    /**
     * "أعلن ماكرون أنه سيزور لبنان الخميس"، "من المقرر أن يصل الوفد الأحد": whether the verb nearest before the
     * weekday at {@code i} is in its future form, or a marker of the future (lexv:FutureMarker) stands before it
     * and that verb; "قال الخميس إنه سيزور" keeps the past day of the saying.
     */
    private boolean future(int s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (cue(s, k, Cues.FUTURE_MARKER) != null) {
                return true;
            }
            Match m = at(s, k);
            if (m != null && m.phrase().kind() == Phrase.Kind.TRIGGER && m.phrase().voice() == Phrase.Voice.ACTIVE) {
                if (lex.isFutureVerb(m)) {
                    return true;
                }
                return k > 0 && cueEndingAt(s, k - 1, Cues.FUTURE_MARKER) != null;
            }
        }
        return false;
    }

    /**
     * "مايو/أيار الماضي"، "سبتمبر المقبل": a month with a marker of the past or the future after it (token {@code k})
     * is that month's last (or next) occurrence before (after) the month of publication, a year back (ahead) when it
     * is the month of publication itself; null without a marker or a date of publication.
     */
    private Integer relativeMonthYear(int s, int k, int month) {
        if (published == null) {
            return null;
        }
        int pub = published.getMonthValue();
        if (cue(s, k, Cues.CURRENT_MARKER) != null) {
            return month == pub ? published.getYear() : null;
        }
        if (cue(s, k, Cues.LAST_MARKER) != null) {
            return month < pub ? published.getYear() : published.getYear() - 1;
        }
        if (cue(s, k, Cues.NEXT_MARKER) != null) {
            return month > pub ? published.getYear() : published.getYear() + 1;
        }
        return null;
    }

    /**
     * "في السابع من نوفمبر المقبل"، "العاشر من يناير الجاري"، "الخامس من مارس الماضي": the year of a day and month
     * with a marker after them (token {@code k}): of publication for the current month (الجاري، الحالي: lexv:CurrentMarker),
     * of the next such day on or after publication for the future, of the last one before it for the past; null
     * without a marker, and for a current month that is not the month of publication.
     */
    private Integer markedYear(int s, int k, int month, int day) {
        int year = published.getYear();
        if (cue(s, k, Cues.CURRENT_MARKER) != null) {
            return month == published.getMonthValue() ? year : null;
        }
        boolean next = cue(s, k, Cues.NEXT_MARKER) != null;
        if (!next && cue(s, k, Cues.LAST_MARKER) == null) {
            return null;
        }
        try {
            LocalDate inYear = LocalDate.of(year, month, day);
            if (next) {
                return inYear.isBefore(published) ? year + 1 : year;
            }
            return inYear.isBefore(published) ? year : year - 1;
        } catch (java.time.DateTimeException invalid) {
            return null;
        }
    }

    /**
     * "قبل يومين"، "قبل ثلاثة أيام"، "قبل أسبوع" at token {@code i}: a marker of time ago (lexv:AgoMarker), then a
     * span word (lexv:DaySpan) or a number and a counted noun of time, both with their lexv:days: that many days
     * before publication. Null otherwise, and when من follows (قبل يومين من الانتخابات: before another event).
     */
    private DateExpr daysAgo(int s, int i) {
        Match marker = cue(s, i, Cues.AGO_MARKER);
        if (marker == null || published == null) {
            return null;
        }
        int k = lastOf(s, marker) + 1;
        Match span = cue(s, k, Cues.DAY_SPAN);
        long days;
        int last;
        if (span != null && span.end() == tok(s, lastOf(s, span)).end()) {
            days = Long.parseLong(span.phrase().term().property("days"));
            last = lastOf(s, span);
        } else {
            Long n = count(s, k);
            Match noun = n == null ? null : cue(s, k + 1, Cues.COUNTED_NOUN);
            if (noun == null || noun.phrase().term().property("days") == null) {
                return null;
            }
            days = n * Long.parseLong(noun.phrase().term().property("days"));
            last = lastOf(s, noun);
        }
        if (last + 1 < size(s) && tok(s, last + 1).norm().equals("من")) {
            return null;
        }
        return new DateExpr(i, last, PartialDate.of(published.minusDays(days)));
    }

    /** A small count at token {@code k}, in digits or as a number word; else null. */
    private Long count(int s, int k) {
        Integer digits = number(s, k, 1, 400);
        if (digits != null) {
            return digits.longValue();
        }
        Match word = cue(s, k, Cues.NUMBER_WORD);
        return word != null && lastOf(s, word) == k && !true_(word.phrase().term(), "approximate")
                ? Long.valueOf(word.phrase().term().property("value")) : null;
    }

    /**
     * "في 11 أبريل/نيسان": a day and a month without a year are of the year of publication, or of the year before
     * when that day would come after publication (a report tells what has happened, or is to happen soon, and a
     * date ahead is written with its marker). A day that is no date of that year (29 February) is left to the caller.
     */
    private int yearOfDayAndMonth(int month, Integer day) {
        int year = published.getYear();
        if (day == null) {
            return month <= published.getMonthValue() ? year : year - 1;
        }
        try {
            return LocalDate.of(year, month, day).isAfter(published) ? year - 1 : year;
        } catch (java.time.DateTimeException invalid) {
            return month <= published.getMonthValue() ? year : year - 1;
        }
    }

    /**
     * A day word the lexicon lists with the article (الليلة, tonight) read in a word without it is another word:
     * "ليلة الأحد" is the night of Sunday, not tonight.
     */
    private boolean writtenAsListed(int s, int i, Match m) {
        String form = m.phrase().tokens()[0];
        return !form.startsWith("ال") || tok(s, i).norm().contains(form);
    }

    /**
     * "أمس الثلاثاء"، "غدا الأربعاء"، "مساء أمس الاثنين": a day word (tokens {@code first}..{@code last}) with the
     * weekday right after it names one day, the one of that weekday nearest the day word's ({@code byWord}, within
     * three days: an article dated after midnight still says "اليوم الثلاثاء" of Tuesday); a day word alone is its day.
     */
    private DateExpr dayWithWeekday(int s, int first, int last, LocalDate byWord) {
        Match weekday = cue(s, last + 1, Cues.WEEKDAY);
        if (weekday == null || weekday.end() < tok(s, lastOf(s, weekday)).end()) {
            return new DateExpr(first, last, PartialDate.of(byWord));
        }
        DayOfWeek dow = DayOfWeek.of(lex.weekdays.get(weekday.phrase().term()));
        LocalDate d = byWord;
        for (int k = 1; k <= 3 && d.getDayOfWeek() != dow; k++) {
            if (byWord.plusDays(k).getDayOfWeek() == dow) {
                d = byWord.plusDays(k);
            } else if (byWord.minusDays(k).getDayOfWeek() == dow) {
                d = byWord.minusDays(k);
            }
        }
        return new DateExpr(first, lastOf(s, weekday), PartialDate.of(d));
    }

    /**
     * "عامي 2013 و2018"، "الأعوام 2019 و2020 و2021": the years joined by و after a year, from token {@code k}; each
     * is a date (so that no count reads it as a number of people). The index of the last year's token.
     */
    private int moreYears(int s, int k, List<DateExpr> out) {
        int last = k - 1;
        while (k + 1 < size(s) && tok(s, k).norm().equals("و") && number(s, k + 1, 1000, 2200) != null) {
            out.add(new DateExpr(k, k + 1, PartialDate.ofYear(number(s, k + 1, 1000, 2200))));
            last = k + 1;
            k += 2;
        }
        return last;
    }

    private Integer number(int s, int i, int min, int max) {
        if (i < 0 || i >= size(s) || tok(s, i).kind() != Token.Kind.NUMBER) {
            return null;
        }
        try {
            int v = Integer.parseInt(tok(s, i).norm());
            return v >= min && v <= max ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "الذي شغل المنصب عام 2016": the date is when the person before took their office. */
    Set<DateExpr> tenure(int s, List<DateExpr> dates) {
        Set<DateExpr> consumed = new HashSet<>();
        for (int i = 0; i < size(s); i++) {
            Match m = cue(s, i, Cues.TENURE_CUE);
            if (m == null) {
                continue;
            }
            int last = lastOf(s, m);
            DateExpr since = null;
            for (DateExpr d : dates) {
                if (d.first() > last && d.first() <= last + 3) {
                    since = d;
                    break;
                }
            }
            Unit person = null;
            for (Unit u : units.get(s)) {
                if (u.isPerson() && u.last < i) {
                    person = u;
                }
            }
            if (since == null || person == null) {
                continue;
            }
            consumed.add(since);
            for (int r = roleDrafts.size() - 1; r >= 0; r--) {
                RoleDraft d = roleDrafts.get(r);
                if (d.person.resolved() && d.person.key.equals(person.key)) {
                    d.since = since.date();
                    break;
                }
            }
        }
        return consumed;
    }

    /**
     * "أدى جوزيف عون اليمين الدستورية رئيسا للبلاد"، "تولى فلان منصب رئيس الوزراء": a verb of taking office
     * (lexv:OathVerb) whose subject is a person and whose complement, after the oath or post (lexv:OathObject), is
     * an office gives that person the office, of the country or body named right after it (else of the article's
     * country, for a national office), held since the sentence's date when it gives one.
     */
    void takingOffice(int s, List<DateExpr> dates) {
        for (int i = 0; i < size(s); i++) {
            Match verb = cue(s, i, Cues.OATH_VERB);
            if (verb == null) {
                continue;
            }
            int v = lastOf(s, verb);
            // يشغل منصب كذا (lexv:holdsOffice): an office held, not taken, so no date of taking it; in the past
            // (شغل، كان يشغل: lexv:former) one held before
            boolean holding = true_(verb.phrase().term(), "holdsOffice");
            boolean heldBefore = holding && true_(verb.phrase().term(), "former");
            // the person right before the verb, or before قد, or the one a relative clause before it is about
            // (وكان فلان قد تولى، فلان، الذي تولى)
            Unit person = holderBefore(s, i);
            boolean post = false;
            for (int k = v + 1; k < size(s) && k <= v + 12 && (!tok(s, k).isPunct() || COMMAS.contains(tok(s, k).norm())); k++) {
                Unit u = cover.get(s)[k];
                if (person == null && u != null && u.first == k && u.isPerson()) {
                    person = u;
                    k = u.last;
                    continue;
                }
                if (person != null && !post && (k == v + 1 || cover.get(s)[k - 1] == person)) {
                    PartialDate since = dates.isEmpty() || holding ? null : dates.get(0).date();
                    RoleDraft headed = heading(s, k, person, heldBefore, since);
                    if (headed != null) {
                        roleDrafts.add(headed);
                        break;
                    }
                }
                Match object = cue(s, k, Cues.OATH_OBJECT);
                if (object != null) {
                    post = true;
                    k = lastOf(s, object);
                    continue;
                }
                Match office = at(s, k);
                // the office may read as a title naming its holder (رئيسا: the president the lexicon knows): still the office taken
                if (post && person != null && isKind(office, Phrase.Kind.OFFICE) && (u == null || u.first == k)) {
                    int after = lastOf(s, office) + 1;
                    Unit org = after < size(s) ? cover.get(s)[after] : null;
                    // منصب رئيس بلدية كراكوف: a city or a province is whose local office it is
                    boolean ofOrg = org != null && org.first == after && (org.type == ActorType.COUNTRY
                            || org.type == ActorType.ORGANIZATION || holding && org.type == ActorType.PLACE);
                    PartialDate since = dates.isEmpty() || holding ? null : dates.get(0).date();
                    Term held = officeWithComplement(s, k, office.phrase().term());
                    if (held != office.phrase().term()) {
                        // "رئيسا للوزراء": the complement names the country only when it follows the whole office
                        after++;
                        org = after < size(s) ? cover.get(s)[after] : null;
                        ofOrg = org != null && org.first == after
                                && (org.type == ActorType.COUNTRY || org.type == ActorType.ORGANIZATION);
                    }
                    roleDrafts.add(new RoleDraft(person, held, ofOrg ? org : null, null, heldBefore, since, null, s));
                    break;
                }
            }
        }
    }

    /**
     * "تولى فلان رئاسة الحكومة"، "يتولى قيادة الجيش"، "تتولى رئاسة الفلبين": a noun of heading a body (lexv:HeadingNoun)
     * at token {@code k}, right after the verb of taking office or its subject, gives the person the office whose
     * label is the noun's title in construct with the next word (رئيس الحكومة: the prime minister, of the article's
     * country or the one the role's reader finds), else the title in the country or body named right after the noun
     * (the president of the Philippines, the commander of the army). Null when neither is there (تولى رئاسة جلسة).
     */
    private RoleDraft heading(int s, int k, Unit person, boolean former, PartialDate since) {
        String title = lex.headingTitles.get(tok(s, k).norm());
        if (title == null || k + 1 >= size(s) || !tok(s, k + 1).isWord()) {
            return null;
        }
        String bare = title.startsWith("ال") ? title.substring(2) : title;
        Term office = lex.officesByLabel.get(bare + " " + tok(s, k + 1).norm());
        Unit body = cover.get(s)[k + 1];
        if (body != null && body.first == k && body.institution != null) {
            // رئاسة المكسيك read as the presidency of Mexico, a body: the heading is of the country inside it
            Unit in = body;
            body = null;
            for (Unit x : in.inner) {
                if (x.type == ActorType.COUNTRY && x.first == k + 1) {
                    body = x;
                }
            }
        }
        // a country, a body, or a state's force (قيادة الجيش السوداني), not a crowd led
        boolean named = body != null && body.first == k + 1 && body != person
                && (body.type == ActorType.COUNTRY || body.type == ActorType.ORGANIZATION
                    || body.type == ActorType.GROUP && body.key != null && body.key.startsWith("org/"));
        if (office != null) {
            Unit country = named && body.type == ActorType.COUNTRY ? body : null;
            return new RoleDraft(person, office, country, null, former, since, null, s);
        }
        office = lex.officesByLabel.get(title);
        return named && office != null ? new RoleDraft(person, office, body, null, former, since, null, s) : null;
    }

    /**
     * Who holds or takes the office a verb of holding or taking office at token {@code i} tells: the person right
     * before it, or before قد
     * (وكان فلان قد شغل منصب)، or the person a relative clause opening right before it is about (فلان، الذي يشغل
     * أيضا منصب، فلانة، التي شغلت منصب); else null.
     */
    private Unit holderBefore(int s, int i) {
        int k = i - 1;
        if (k >= 0 && tok(s, k).norm().equals("قد")) {
            k--;
        }
        if (k >= 1 && cue(s, k, Cues.RELATIVE_PRONOUN) != null && COMMAS.contains(tok(s, k - 1).norm())) {
            k -= 2;
        }
        Unit u = k >= 0 ? cover.get(s)[k] : null;
        return u != null && u.last == k && u.isPerson() ? u : null;
    }

    /**
     * An office in the accusative whose complement is joined by لـ (رئيسا للوزراء، رئيسة للحكومة، وزيرا
     * للخارجية) names the office of the construct (رئيس الوزراء) when the lexicon has one; else the office read.
     */
    private Term officeWithComplement(int s, int k, Term read) {
        if (k + 1 >= size(s)) {
            return read;
        }
        String head = tok(s, k).norm();
        if (head.endsWith("ا")) {
            head = head.substring(0, head.length() - 1);
        }
        String next = tok(s, k + 1).norm();
        if (!next.startsWith("لل") || next.length() < 4) {
            return read;
        }
        return lex.officesByLabel.getOrDefault(head + " ال" + next.substring(2), read);
    }

    /**
     * The date of the trigger at token {@code at}: the most precise date of the sentence, then one not cut off from
     * it by a relative clause, then one outside quotes, then the nearest. A relative clause opened between the two
     * and still open at the later of them holds that one (اعتقل فلان، الذي تولى المنصب الخميس: the arrest is not on
     * Thursday; اكتشف فراره الأحد، الأمر الذي دفع الرئيس إلى إعلان الطوارئ الاثنين: the declaration is on Monday).
     */
    PartialDate dateFor(int at, List<DateExpr> dates, Set<DateExpr> consumed, int s) {
        DateExpr best = null;
        boolean bestApart = false;
        for (DateExpr d : dates) {
            if (consumed.contains(d)) {
                continue;
            }
            boolean apart = relativeClauseBetween(s, at, d.first());
            boolean quoted = tok(s, d.first()).quoted();
            boolean better;
            if (best == null || d.precision() != best.precision()) {
                better = best == null || d.precision() > best.precision();
            } else if (apart != bestApart) {
                better = !apart;
            } else if (quoted != tok(s, best.first()).quoted()) {
                better = !quoted;
            } else {
                better = Math.abs(d.first() - at) < Math.abs(best.first() - at);
            }
            if (better) {
                best = d;
                bestApart = apart;
            }
        }
        return best == null ? null : best.date();
    }

    /** Whether a relative pronoun between tokens {@code a} and {@code b} opens a clause no comma closes before the later. */
    private boolean relativeClauseBetween(int s, int a, int b) {
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        boolean open = false;
        for (int k = from + 1; k < to; k++) {
            if (cue(s, k, Cues.RELATIVE_PRONOUN) != null) {
                open = true;
            } else if (open && tok(s, k).isPunct() && COMMAS.contains(tok(s, k).norm())) {
                open = false;
            }
        }
        return open;
    }
}
