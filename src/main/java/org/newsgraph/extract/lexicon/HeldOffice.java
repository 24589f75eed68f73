package org.newsgraph.extract.lexicon;

import java.util.Objects;
import org.newsgraph.extract.PartialDate;

/**
 * An office a known person holds or held, as the lexicon states it.
 *
 * @param office          the office key ({@code president})
 * @param organizationKey the actor key of the country or organisation
 * @param since           when it began, or {@code null}
 * @param until           when it ended ({@code null}: still held, as far as the lexicon knows)
 */
public record HeldOffice(String office, String organizationKey, PartialDate since, PartialDate until) {

    public HeldOffice {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(organizationKey, "organizationKey");
    }
}
