package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.Term;

/**
 * The actor an institution pattern names together with a country ("Ministry of Defence" + Russia), built the
 * same way whatever the language of the text, so that "وزارة الدفاع الروسية" and "Russia's defence ministry"
 * are one actor with one pair of labels.
 *
 * <p>Key {@code org/{ISO}/{pattern}}; English label "{pattern} of {country}" ("Ministry of Defence of Russia");
 * Arabic label the pattern followed by the country's nisba with the article, agreeing with the pattern's first
 * word ("وزارة الدفاع الروسية", "مجلس الأمن القومي الروسي"), or none when the lexicon gives no nisba of that
 * gender (an Arabic label is never made up). The actor names the country it is a body of.
 */
public final class InstitutionActors {

    private InstitutionActors() {
    }

    /** The actor; the country must have an ISO code. */
    public static Actor actor(Term pattern, ActorEntry country) {
        if (country.isoCode() == null || country.type() != ActorType.COUNTRY) {
            throw new IllegalArgumentException("not a country with an ISO code: " + country.key());
        }
        String en = pattern.labelsEn().isEmpty() || country.labelsEn().isEmpty() ? null
                : pattern.labelsEn().get(0) + " of " + country.labelsEn().get(0);
        String ar = labelAr(pattern, country);
        if (en == null && ar == null) {
            en = pattern.key() + " of " + country.isoCode();
        }
        return new Actor(key(pattern, country), ActorType.ORGANIZATION, ar, en, false, null, country.key(), List.of());
    }

    public static String key(Term pattern, ActorEntry country) {
        return "org/" + country.isoCode() + "/" + pattern.key();
    }

    static String labelAr(Term pattern, ActorEntry country) {
        if (pattern.labelsAr().isEmpty()) {
            return null;
        }
        String label = pattern.labelsAr().get(0);
        int space = label.indexOf(' ');
        String head = space < 0 ? label : label.substring(0, space);
        boolean feminine = head.endsWith("ة");
        String nisba = nisba(country.demonymsAr(), feminine);
        return nisba == null ? null : label + " ال" + nisba;
    }

    /** The first singular nisba of the gender: masculine ends in ي, feminine in ية. */
    private static String nisba(List<String> demonyms, boolean feminine) {
        for (String d : demonyms) {
            if (feminine ? d.endsWith("ية") : d.endsWith("ي")) {
                return d;
            }
        }
        return null;
    }
}
