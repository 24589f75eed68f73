package org.newsgraph.extract;

import java.util.Objects;

/**
 * A person holding (or having held) an office in an organisation or country.
 *
 * @param personKey       the office holder's actor key
 * @param office          the lexicon key of the office, such as {@code president} or {@code spokesperson}
 * @param labelEn         the office in English ("President", "Minister of Foreign Affairs")
 * @param labelAr         the office in Arabic as the lexicon gives it, or {@code null}
 * @param organizationKey the actor key of the organisation, country or person the office belongs to
 * @param former          true when the text marks the holder as former (السابق, المعزول, former, ousted)
 * @param since           when the person took the office, or {@code null}
 * @param until           when the person left it, or {@code null}
 * @param sentence        the index of the sentence that says so
 */
public record Role(String personKey, String office, String labelEn, String labelAr, String organizationKey,
                   boolean former, PartialDate since, PartialDate until, int sentence) {

    public Role {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(organizationKey, "organizationKey");
    }
}
