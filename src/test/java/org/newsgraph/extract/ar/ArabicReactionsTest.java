package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Statement;

/**
 * The reactions, statements and political acts wire news tells after the main fact: replies, denials,
 * opinions, condemnations and blame as events and statements; welcoming or condemning an act aimed at whoever
 * did it or underwent it; votes of deputies as the legislature's act with their count. Short sentences of our
 * own, with the test gazetteer.
 */
class ArabicReactionsTest {

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, LocalDate.of(2024, 3, 10));
    }

    private static Statement statementOf(Extraction x, String speaker) {
        return x.statements().stream().filter(st -> st.speakerKey().equals(speaker)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement of " + speaker + " in " + x.statements()));
    }

    // ------------------------------------------------------------------------- replies, denials and opinions

    @Test
    void aReplyIsAStatementAimedAtWhomItAnswersAfterAla() {
        Extraction x = extract("وردت وزارة الخارجية الإيرانية على البيان الفرنسي بأنه تدخل في شؤونها.");
        Event reply = event(x, "reply");
        assertThat(reply.cameo()).isEqualTo("010");
        assertThat(reply.sourceKey()).isEqualTo("org/IR/ministry-of-foreign-affairs");
        assertThat(reply.targetKey()).isEqualTo("country/FR");
        assertThat(statementOf(x, "org/IR/ministry-of-foreign-affairs").aboutKeys()).contains("country/FR");
    }

    @Test
    void theAdverbRaddanIsNoReply() {
        Extraction x = extract("وطردت فرنسا 12 دبلوماسيا إيرانيا ردا على قرار طهران.");
        assertThat(x.events()).noneMatch(e -> e.trigger().equals("reply"));
    }

    @Test
    void aDenialIsAStatementOfItsSubjectAnsweringTheAccuser() {
        Extraction x = extract("ونفت الحكومة السودانية الاتهامات الأمريكية.");
        Event deny = event(x, "deny");
        assertThat(deny.cameo()).isEqualTo("016");
        assertThat(deny.sourceKey()).isEqualTo("org/SD/government");
        assertThat(deny.targetKey()).isEqualTo("country/US");
        assertThat(statementOf(x, "org/SD/government")).isNotNull();
    }

    @Test
    void consideringAndStressingAreVerbsOfSaying() {
        Extraction x = extract("واعتبرت فرنسا أن القرار غير مقبول، وشددت على ضرورة الحوار.");
        assertThat(x.events()).filteredOn(e -> e.trigger().equals("say"))
                .extracting(Event::sourceKey).containsOnly("country/FR");
        assertThat(statementOf(x, "country/FR")).isNotNull();
    }

    @Test
    void anActSpokenOfAfterIzaaIsNotTheSpeakersOwn() {
        Extraction x = extract("وأعرب الاتحاد الأوروبي عن قلقه إزاء اعتقال المحتجين في جورجيا.");
        assertThat(statementOf(x, "org/eu").aboutKeys()).contains("country/GE");
        assertThat(x.events()).filteredOn(e -> e.trigger().equals("arrest"))
                .allSatisfy(e -> assertThat(e.sourceKey()).isNotEqualTo("org/eu"));
    }

    // ------------------------------------------------------------------------------- condemnation and blame

    @Test
    void moreVerbsOfCondemnationAreCriticismAndStatements() {
        for (String verb : new String[] {"واستنكرت", "وشجبت", "واستهجنت"}) {
            Extraction x = extract(verb + " مصر قرار الحكومة العراقية.");
            Event e = event(x, "criticize");
            assertThat(e.sourceKey()).as(verb).isEqualTo("country/EG");
            assertThat(e.targetKey()).as(verb).isEqualTo("org/IQ/government");
            assertThat(statementOf(x, "country/EG").aboutKeys()).as(verb).contains("org/IQ/government");
        }
    }

    @Test
    void aNisbaRightAfterTheNounOfAnActIsWhoseActItIs() {
        Extraction x = extract("وأدانت مصر الغارات الأمريكية على العراق.");
        assertThat(event(x, "criticize").targetKey()).isEqualTo("country/US");
        Event strike = event(x, "air-strike");
        assertThat(strike.sourceKey()).isEqualTo("country/US");
        assertThat(strike.targetKey()).isEqualTo("country/IQ");
    }

    @Test
    void aPluralNisbaAfterANounNamesPeopleNotTheAgent() {
        Event arrest = event(extract("وأدانت إيران اعتقال الإيرانيين في تركيا."), "arrest");
        assertThat(arrest.targetKey()).isEqualTo("country/IR");
        assertThat(arrest.sourceKey()).isNotEqualTo("country/IR");
    }

    @Test
    void holdingSomeoneResponsibleIsBlame() {
        Event e = event(extract("وحملت الحكومة العراقية الولايات المتحدة مسؤولية التصعيد."), "blame");
        assertThat(e.cameo()).isEqualTo("112");
        assertThat(e.sourceKey()).isEqualTo("org/IQ/government");
        assertThat(e.targetKey()).isEqualTo("country/US");
    }

    @Test
    void carryingWithoutResponsibilityIsNoBlame() {
        Extraction x = extract("وحمل المحتجون أعلام روسيا أمام البرلمان.");
        assertThat(x.events()).noneMatch(e -> e.trigger().equals("blame"));
    }

    // ------------------------------------------------------------------------------- reactions to an act

    @Test
    void welcomingAReleaseIsAimedAtWhoWasReleased() {
        Extraction x = extract("ورحبت فرنسا بالإفراج عن الصحفي الأمريكي جون سميث.");
        Event welcome = event(x, "welcome");
        Event release = event(x, "release");
        assertThat(release.targetKey()).isNotNull();
        assertThat(welcome.sourceKey()).isEqualTo("country/FR");
        assertThat(welcome.targetKey()).isEqualTo(release.targetKey());
    }

    @Test
    void condemningAnArrestIsAimedAtWhoArrestedWhenTheActNamesThem() {
        Extraction x = extract("وأدانت روسيا اعتقال السلطات الجورجية للمعارضين.");
        assertThat(event(x, "criticize").targetKey()).isEqualTo("country/GE");
    }

    @Test
    void anOrderToReleaseSomeoneIsAimedAtThem() {
        Extraction x = extract("وأمرت إيران بالإفراج عن الصحفي الفرنسي جان لوكا.");
        Event order = event(x, "order");
        assertThat(order.sourceKey()).isEqualTo("country/IR");
        assertThat(order.targetKey()).isNotNull().isEqualTo(event(x, "release").targetKey());
    }

    // ----------------------------------------------------------------------------------------------- votes

    @Test
    void deputiesVotingAreTheLegislatureActingAndTheirNumberIsCounted() {
        Extraction x = extract("وعقد البرلمان العراقي جلسة طارئة. وصوت 120 نائبا لصالح إقالة الحكومة.");
        Event dismiss = event(x, "dismiss");
        assertThat(dismiss.sourceKey()).isEqualTo("org/IQ/parliament");
        assertThat(dismiss.targetKey()).isEqualTo("org/IQ/government");
        assertThat(dismiss.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(120);
            assertThat(q.counts()).isEqualTo("deputies");
        });
    }

    @Test
    void deputiesWithNoLegislatureNamedActForNoOne() {
        Extraction x = extract("وصوت 120 نائبا لصالح إقالة الحكومة العراقية.");
        assertThat(x.events()).noneMatch(e -> e.sourceKey() != null && e.sourceKey().endsWith("/parliament"));
    }

    @Test
    void aVoteAgainstCountsItsDeputiesToo() {
        Extraction x = extract("ناقش مجلس النواب العراقي القرار، وأيد 204 نواب القرار، فيما رفضه 85 نائبا.");
        assertThat(x.events()).flatExtracting(Event::quantities).extracting(q -> q.value()).contains(204L, 85L);
        assertThat(event(x, "reject").sourceKey()).isEqualTo("org/IQ/parliament");
    }

    @Test
    void withdrawingConfidenceIsTheLegislatureRemovingTheGovernment() {
        Event e = event(extract("وحجب البرلمان الفرنسي الثقة عن الحكومة بأغلبية 331 صوتا."), "no-confidence");
        assertThat(e.cameo()).isEqualTo("172");
        assertThat(e.sourceKey()).isEqualTo("org/FR/parliament");
        assertThat(e.targetKey()).isEqualTo("org/FR/government");
        assertThat(e.quantities()).extracting(q -> q.counts()).containsExactly("votes");
    }

    @Test
    void withdrawingAnAmbassadorIsNoVoteOfConfidence() {
        Extraction x = extract("وسحبت فرنسا سفيرها من النيجر.");
        assertThat(x.events()).noneMatch(e -> e.trigger().equals("no-confidence"));
    }

    // ---------------------------------------------------------------------------------------- taking office

    @Test
    void takingUpAPostGivesTheOfficeSinceTheDayOfTheSentence() {
        Extraction x = extract("وتولى رجب طيب أردوغان، الأربعاء، منصب رئيس الوزراء في تركيا.");
        assertThat(x.roles()).anySatisfy(r -> {
            assertThat(r.personKey()).isEqualTo("person/recep-tayyip-erdogan");
            assertThat(r.office()).isEqualTo("prime-minister");
            assertThat(r.organizationKey()).isEqualTo("country/TR");
            assertThat(r.since()).hasToString("2024-03-06");
        });
    }

    @Test
    void theOathWithTheOfficeInTheAccusativeGivesTheOfficeOfTheCountryNamedAfterIt() {
        Extraction x = extract("وأدى رجب طيب أردوغان اليمين الدستورية رئيسا للوزراء في تركيا، بعد فوز حزبه.");
        assertThat(x.roles()).anySatisfy(r -> {
            assertThat(r.personKey()).isEqualTo("person/recep-tayyip-erdogan");
            assertThat(r.office()).isEqualTo("prime-minister");
        });
    }

    @Test
    void takingControlOfAPlaceGivesNoOffice() {
        Extraction x = extract("وتولى الجيش التركي السيطرة على المدينة، وأعلن الرئيس حظر التجول.");
        assertThat(x.roles()).noneMatch(r -> r.personKey().startsWith("group/"));
    }

    // ------------------------------------------------------------------------------------------ statements

    @Test
    void aSpokenActIsAStatementButItsVerbalNounAloneIsNot() {
        assertThat(statementOf(extract("وأدانت تركيا قرار الحكومة السويدية."), "country/TR").aboutKeys())
                .contains("org/SE/government");
        assertThat(extract("وتوالت الإدانات الدولية للقرار.").statements()).isEmpty();
    }

    @Test
    void aReactionAndWhatIsSaidWithItAreOneStatement() {
        Extraction x = extract("ورحبت فرنسا بقرار الحكومة العراقية، واعتبرت أنه \"خطوة مهمة\".");
        assertThat(x.statements()).filteredOn(st -> st.speakerKey().equals("country/FR")).singleElement()
                .satisfies(st -> assertThat(st.quote()).isEqualTo("خطوة مهمة"));
    }
}
