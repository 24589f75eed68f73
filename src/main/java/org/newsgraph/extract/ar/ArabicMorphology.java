package org.newsgraph.extract.ar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Inflects a trigger verb, given in the lexicon as its past-tense third person masculine singular in matching
 * form, into the forms the press uses: past feminine (ت), plural and dual; present with ي/ت/ن and its future
 * with س; the plural present in ون. Weak verbs follow the usual spelling rules: a final alef of a defective
 * verb is و in the present (دعا → يدعو) and drops before ت (دعت); an initial و of an assimilated verb drops in
 * the present (وصف → يصف); the alef of derived forms IV, VII, VIII and X drops after the prefix
 * (أوقف → يوقف, اعتقل → يعتقل). Hollow verbs (قال → يقول) cannot be inflected without vowels and are listed
 * in the lexicon as they are. Multi-word verbs ("ألقى القبض") inflect their first word.
 */
final class ArabicMorphology {

    private ArabicMorphology() {
    }

    static List<String> activeForms(String base) {
        String[] parts = base.split(" ", 2);
        String v = parts[0];
        String rest = parts.length > 1 ? " " + parts[1] : "";
        Set<String> out = new LinkedHashSet<>();
        String root = pastRoot(v);
        out.add(v);
        out.add(root + "ت");
        out.add(root + "وا");
        if (root.equals(v)) {
            out.add(v + "ا");
        }
        String stem = presentStem(v);
        for (String p : new String[] {"ي", "ت", "ن"}) {
            out.add(p + stem);
            out.add("س" + p + stem);
            if (!stem.endsWith("و") && !stem.endsWith("ي")) {
                out.add(p + stem + "ون");
            }
        }
        return out.stream().map(f -> f + rest).toList();
    }

    /**
     * The third person feminine singular forms among {@link #activeForms}: past in ت (دعت) and present in تـ
     * with its future (تدعو، ستدعو). A verb agrees in gender with a subject that follows it, so a masculine
     * form before a feminine noun tells that noun is its object.
     */
    static List<String> feminineForms(String base) {
        String[] parts = base.split(" ", 2);
        String v = parts[0];
        String rest = parts.length > 1 ? " " + parts[1] : "";
        String stem = presentStem(v);
        return List.of(pastRoot(v) + "ت" + rest, "ت" + stem + rest, "ست" + stem + rest);
    }

    /** The third person plural forms among {@link #activeForms}: past in وا (اعتقلوا) and present in ون (يعتقلون). */
    static List<String> pluralForms(String base) {
        String[] parts = base.split(" ", 2);
        String v = parts[0];
        String rest = parts.length > 1 ? " " + parts[1] : "";
        String stem = presentStem(v);
        List<String> out = new ArrayList<>(List.of(pastRoot(v) + "وا" + rest));
        if (!stem.endsWith("و") && !stem.endsWith("ي")) {
            out.add("ي" + stem + "ون" + rest);
            out.add("سي" + stem + "ون" + rest);
        }
        return out;
    }

    /** The past stem before a suffix: a defective verb drops its final alef or yeh (دعا → دعت). */
    private static String pastRoot(String v) {
        boolean defective = v.endsWith("ا") || v.endsWith("ي");
        return defective ? v.substring(0, v.length() - 1) : v;
    }

    /** The stem after a present prefix (اعتقل → عتقل, وصف → صف, دعا → دعو). */
    private static String presentStem(String v) {
        String stem = v;
        if (v.startsWith("ا") && v.length() >= 4) {
            stem = v.substring(1);
        } else if (v.startsWith("و") && v.length() == 3) {
            stem = v.substring(1);
        }
        if (stem.endsWith("ا")) {
            stem = stem.substring(0, stem.length() - 1) + "و";
        }
        return stem;
    }

    static List<String> passiveForms(String base) {
        String[] parts = base.split(" ", 2);
        String v = parts[0];
        String rest = parts.length > 1 ? " " + parts[1] : "";
        Set<String> out = new LinkedHashSet<>();
        out.add(v);
        out.add(v + "ت");
        out.add(v + "وا");
        return out.stream().map(f -> f + rest).toList();
    }
}
