package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.person;
import static org.newsgraph.extract.ar.TestLexicons.rolesOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Persons as unseen articles name them (session 18): the head of a province's own government, the province named
 * with its noun (كانتون، مقاطعة، ولاية) and no lexicon listing it as a region. Short sentences of our own, read
 * with every shipped lexicon.
 */
class ArabicPersonsS18Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    @Test
    void theHeadOfACantonsGovernmentIsNamedAfterIt() {
        Extraction x = extract("وأعلن رئيس حكومة كانتون بيرن، هانس مولر، استقالته أمس.");
        person(x, "هانس مولر");
        assertThat(actor(x, "حكومة كانتون بيرن").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(rolesOf(x, "هانس مولر")).anyMatch(r -> r.organizationKey().equals(actor(x, "حكومة كانتون بيرن").key()));
    }

    @Test
    void theHeadOfAProvincesGovernmentIsNamedWithOrWithoutCommas() {
        Extraction x = extract("وأعلن رئيس حكومة مقاطعة كيبيك فرانسوا لوغو استقالته.");
        person(x, "فرانسوا لوغو");
        assertThat(rolesOf(x, "فرانسوا لوغو")).anyMatch(r -> r.organizationKey().equals(actor(x, "حكومة مقاطعة كيبيك").key()));
        Extraction y = extract("وقال رئيس حكومة كانتون زيورخ سياد تشاوشيفيتش إن الاحتجاجات مفهومة.");
        person(y, "سياد تشاوشيفيتش");
        assertThat(y.actors()).noneMatch(a -> a.type() == ActorType.PERSON && a.labelAr().contains("كانتون"));
    }

    @Test
    void aProvincesGovernmentWithNoHolderIsABodyOfItsOwn() {
        Extraction x = extract("وتظاهر المحتجون أمام مبنى حكومة كانتون لوتسيرن أمس.");
        assertThat(actor(x, "حكومة كانتون لوتسيرن").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }

    @Test
    void theProvinceNamedBeforeGivesNoNameToTheWordsAfterItsNoun() {
        Extraction x = extract("وفي لوتسيرن، اقتحم المتظاهرون مقر حكومة الكانتون وأشعلوا فيه النيران.");
        assertThat(x.actors()).noneMatch(a -> a.labelAr().contains("وأشعلوا"));
    }
}
