package org.newsgraph.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes lines that only point to other articles: "read also" lines (Arabic and English, however the alef,
 * hamza and tanwin are written), the headlines under a bare "read also" line or a "related articles" heading
 * (a short question is a headline there too), any line repeating a headline such a line pointed to, and a trailing block of two or
 * more headline-like lines (short, without sentence-final punctuation). Headings inside the text look the same as
 * related headlines but are followed by sentences, so they stay.
 */
final class RelatedLinks {

    /** Longer than this a line is a paragraph, not a headline. */
    private static final int HEADLINE_MAX_WORDS = 20;
    private static final int HEADLINE_MAX_CHARS = 160;

    /** Matched against {@link #matchKey} forms: alef variants folded, diacritics and tatweel gone, lower case. */
    private static final Pattern READ_ALSO_AR =
            Pattern.compile("^(?:اقرا|طالع|شاهد|تابع|اقرئي|اقراي)\\s+(?:ايضا|كذلك|المزيد)\\s*[:：\\-–—|]?\\s*(.*)$");
    private static final Pattern READ_ALSO_EN = Pattern.compile(
            "^(?:read more|read also|also read|also see|see also|related(?: articles?| stories| story| news| coverage)?)"
                    + "(?:\\s*[:：\\-–—|]\\s*(.*)|\\s*)$");
    /** Headings of a list of links to other articles: every headline-like line after them goes too. */
    private static final Pattern LIST_HEADING = Pattern.compile(
            "^(?:(?:(?:اخبار|مواضيع|موضوعات|مقالات|قصص|تقارير|روابط)\\s+)?(?:ذات\\s+صله|متعلقه)|اخترنا\\s+لك"
                    + "|الاكثر\\s+(?:قراءه|مشاهده)|قد\\s+يهمك(?:\\s+ايضا)?|(?:مقالات|اخبار)\\s+مقترحه"
                    + "|related\\s+(?:articles|stories|news|coverage|content)|more\\s+on\\s+this(?:\\s+story|\\s+topic)?"
                    + "|you\\s+(?:may|might)\\s+also\\s+like|recommended(?:\\s+for\\s+you)?|more\\s+stories|read\\s+next"
                    + "|most\\s+read)\\s*:?$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s•·▪►▶*>»«|:\\-–—]+");
    private static final Pattern QUOTES_AND_TRAILING =
            Pattern.compile("[\"'“”‘’«»„]|[\\s.،,:;؛!?؟…]+$");

    private RelatedLinks() {
    }

    /** {@code lines} without the lines that point to other articles. */
    static List<String> remove(List<String> lines) {
        int n = lines.size();
        boolean[] drop = new boolean[n];
        Set<String> targets = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (isListHeading(lines.get(i))) {
                drop[i] = true;
                for (int j = i + 1; j < n && isListedHeadline(lines.get(j)); j++) {
                    drop[j] = true;
                    targets.add(targetKey(lines.get(j)));
                }
                continue;
            }
            String target = readAlsoTarget(lines.get(i));
            if (target == null) {
                continue;
            }
            drop[i] = true;
            if (!target.isEmpty()) {
                targets.add(target);
                continue;
            }
            // "Read also" alone on its line heads the headlines it points to, as a list heading does.
            for (int j = i + 1; j < n && isListedHeadline(lines.get(j)); j++) {
                drop[j] = true;
                targets.add(targetKey(lines.get(j)));
            }
        }
        for (int i = 0; i < n; i++) {
            if (!drop[i] && targets.contains(targetKey(lines.get(i)))) {
                drop[i] = true;
            }
        }
        int start = n;
        int headlines = 0;
        while (start > 0 && (drop[start - 1] || isListedHeadline(lines.get(start - 1)))) {
            start--;
            headlines++;
        }
        boolean contentBefore = false;
        for (int i = 0; i < start && !contentBefore; i++) {
            contentBefore = !drop[i];
        }
        if (headlines >= 2 && contentBefore) {
            for (int i = start; i < n; i++) {
                drop[i] = true;
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    /**
     * The normalised headline a "read also" line points to ({@code ""} when the line is the phrase alone), or
     * {@code null} when the line is not one.
     */
    static String readAlsoTarget(String line) {
        String key = LEADING_MARKS.matcher(matchKey(line)).replaceFirst("");
        Matcher ar = READ_ALSO_AR.matcher(key);
        if (ar.matches()) {
            return targetKey(ar.group(1));
        }
        Matcher en = READ_ALSO_EN.matcher(key);
        if (en.matches()) {
            return en.group(1) == null ? "" : targetKey(en.group(1));
        }
        return null;
    }

    /** Whether the line heads a list of links to other articles ("Related stories", "أخبار ذات صلة"). */
    static boolean isListHeading(String line) {
        return LIST_HEADING.matcher(LEADING_MARKS.matcher(matchKey(line)).replaceFirst("")).matches();
    }

    /** Short and without sentence-final punctuation: a heading, or a headline of another article. */
    static boolean isHeadlineLike(String line) {
        if (line.length() > HEADLINE_MAX_CHARS || line.chars().filter(c -> c == ' ').count() >= HEADLINE_MAX_WORDS) {
            return false;
        }
        return !endsSentence(line);
    }

    /**
     * A headline as lists of links give them: headline-like, or a short question ("ما تأثير الأزمة على أنقرة؟"),
     * which a paragraph never is unless it quotes someone, and quoted questions end inside their quotes or
     * follow a colon.
     */
    static boolean isListedHeadline(String line) {
        if (isHeadlineLike(line)) {
            return true;
        }
        String s = line.strip();
        return !s.isEmpty() && "?؟".indexOf(s.charAt(s.length() - 1)) >= 0 && s.indexOf(':') < 0
                && s.chars().filter(c -> c == ' ').count() < HEADLINE_MAX_WORDS;
    }

    /** Whether the line ends with . ! ? ؟ … or ۔, possibly followed by closing quotes or brackets. */
    static boolean endsSentence(String line) {
        int end = line.length();
        while (end > 0 && "\"'”’»)]}›".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?؟…۔‼".indexOf(line.charAt(end - 1)) >= 0;
    }

    /** Folds the spellings of one phrase together: alef and hamza forms, tanwin and other marks, case. */
    static String matchKey(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp >= 0x064B && cp <= 0x065F || cp == 0x0670 || cp == 0x0640) {
                return;
            }
            switch (cp) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى' -> b.append('ي');
                case 'ة' -> b.append('ه');
                default -> b.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return WHITESPACE.matcher(b).replaceAll(" ").strip();
    }

    /** A headline compared without quotes, trailing punctuation or spelling variants. */
    private static String targetKey(String s) {
        String key = QUOTES_AND_TRAILING.matcher(matchKey(s)).replaceAll("");
        return WHITESPACE.matcher(key).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
