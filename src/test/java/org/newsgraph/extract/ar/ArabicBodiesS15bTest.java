package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.organization;
import static org.newsgraph.extract.ar.TestLexicons.labels;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Parties and movements by their written names (session 15, round 2): a name read to its end (العام, general,
 * after its words), named again by its first words, called after a place. Short sentences of our own, read with
 * every shipped lexicon.
 */
class ArabicBodiesS15bTest {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. a party's name read to its end

    @Test
    void generalAfterTheWordsOfAPartysNameIsPartOfTheName() {
        Extraction x = extract("رفض حزب المؤتمر الوطني العام المعارض نتائج الانتخابات.");
        assertThat(organization(x, "حزب المؤتمر الوطني العام").labelEn()).isEqualTo("General National Congress Party");
        Extraction y = extract("وقال مسؤول في حزب الوحدة الشعبية العام، الذي يتزعمه فلان، إن الوضع خطير.");
        organization(y, "حزب الوحدة الشعبية العام");
        Extraction z = extract("وأعلنت حركة التجمع الشعبي العام مقاطعة الانتخابات.");
        organization(z, "حركة التجمع الشعبي العام");
    }

    @Test
    void theYearAfterAPartysNameIsNoPartOfIt() {
        Extraction x = extract("وفاز حزب الوحدة الشعبية العام الماضي بالانتخابات.");
        organization(x, "حزب الوحدة الشعبية");
        Extraction y = extract("وفاز حزب الوحدة الشعبية العام 2019 بالانتخابات.");
        organization(y, "حزب الوحدة الشعبية");
        assertThat(labels(y)).noneMatch(l -> l.contains("العام"));
    }

    @Test
    void aPartyNamedAgainByItsFirstWordsIsTheSameParty() {
        Extraction x = extract("وقالت مصادر في حزب التجمع الشعبي العام إن زعيمه اعتقل. ويضع ذلك أنصاره في حزب التجمع أمام خيارات صعبة.");
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.ORGANIZATION).extracting(Actor::labelAr)
                .containsExactly("حزب التجمع الشعبي العام");
        Extraction y = extract("وفاز حزب النهضة الوطنية الجديد بالانتخابات. وقال زعيم حزب الفجر إن النتائج مزورة.");
        assertThat(y.actors()).filteredOn(a -> a.type() == ActorType.ORGANIZATION).hasSize(2);
    }

    // 2. a party called after a place

    @Test
    void aPartyNounBeforeAListedPlaceIsThePartyOfThatName() {
        Extraction x = extract("وانضم النواب إلى حزب بافاريا المعارض في المطالبة برحيله.");
        Actor party = organization(x, "حزب بافاريا");
        assertThat(party.labelEn()).isEqualTo("Bavaria Party");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PLACE);
        Extraction y = extract("وأنهى انتخابه 40 عاما من حكم حزب كيبيك في الإقليم.");
        organization(y, "حزب كيبيك");
    }

    @Test
    void aWarFrontBeforeAPlaceStaysThePlace() {
        Extraction x = extract("وتقدمت القوات على جبهة خيرسون أمس.");
        assertThat(actor(x, "خيرسون").type()).isEqualTo(ActorType.PLACE);
    }
}
