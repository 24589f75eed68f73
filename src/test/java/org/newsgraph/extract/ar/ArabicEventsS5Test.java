package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.events;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.event;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;

/**
 * Events wire news reports in coups and their aftermath that the extractor missed or read wrong on articles it had
 * never seen: a demand that names both whom it is addressed to and what it asks, the acts a coup announcement lists
 * as verbal nouns, forcing and intercepting, executions and death sentences, declining to comment. Short sentences
 * of our own, with the test gazetteer.
 */
class ArabicEventsS5Test {

    private static Extraction extract(String text) {
        return TestLexicons.extract(text, LocalDate.of(2024, 3, 10));
    }

    // ------------------------------------------------------------------ demands: the addressee is the target

    @Test
    void aDemandsAddresseeIsItsTargetNotThePersonWhoseReleaseItAsks() {
        Event e = event(extract("وطالبت فرنسا الجيش المالي بالإفراج الفوري عن الرئيس."), "demand");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isEqualTo("org/ML/army");
    }

    @Test
    void anUrgingWithADateBetweenSubjectAndAddresseeAimsAtTheAddressee() {
        Event e = event(extract("وحث الأمين العام للأمم المتحدة أنطونيو غوتيريش، الاثنين، السودان على حماية المدنيين."),
                "appeal");
        assertThat(e.sourceKey()).isEqualTo("person/antonio-guterres");
        assertThat(e.targetKey()).isEqualTo("country/SD");
    }

    @Test
    void anAppealWhoseContentIsAVerbalNounAimsAtTheActorBeforeIt() {
        Event e = event(extract("وناشدت فرنسا في يونيو الماضي إيران الإفراج عن رعاياها المحتجزين."), "appeal");
        assertThat(e.sourceKey()).isEqualTo("country/FR");
        assertThat(e.targetKey()).isEqualTo("country/IR");
    }

    @Test
    void aCallOnThePairOfPartiesStillAimsAtBothParties() {
        Extraction x = extract("اندلعت اشتباكات بين قوات الدعم السريع والجيش السوداني في الخرطوم. "
                + "ودعت فرنسا الطرفين إلى وقف القتال فورا.");
        assertThat(events(x, "appeal")).extracting(Event::targetKey)
                .containsExactlyInAnyOrder("org/rsf", "org/SD/army");
    }

    @Test
    void anAppealWithNoAddresseeStillAimsAtWhomItAsksToFree() {
        Event e = event(extract("ودعت روسيا إلى الإفراج عن الرئيس النيجري."), "appeal");
        assertThat(e.sourceKey()).isEqualTo("country/RU");
        assertThat(e.targetKey()).isNotNull().isNotEqualTo("country/RU");
    }

    // ------------------------------------------------------------- a coup announcement's list of acts

    @Test
    void eachActOfACoupAnnouncementIsTheAnnouncersAndActsOnItsOwnObject() {
        Extraction x = extract("أعلن العسكريون في مالي استيلاءهم على السلطة وعزل الرئيس وتعليق العمل بالدستور "
                + "وحل الحكومة والبرلمان وإغلاق الحدود.");
        for (String trigger : List.of("coup", "dismiss", "suspend-constitution", "dissolve", "close-borders")) {
            assertThat(event(x, trigger).sourceKey()).as(trigger).isEqualTo("group/soldiers");
        }
        assertThat(event(x, "dissolve").targetKey()).isEqualTo("org/ML/government");
        assertThat(event(x, "dissolve").cameo()).isEqualTo("1722");
    }

    @Test
    void theNamedPresidentRemovedInACoupAnnouncementIsTheTargetAndNeverAnAgent() {
        Extraction x = extract("أعلن العسكريون في النيجر عزل الرئيس محمد بازوم وحل الحكومة.");
        String bazoum = actor(x, "محمد بازوم").key();
        assertThat(event(x, "dismiss").sourceKey()).isEqualTo("group/soldiers");
        assertThat(event(x, "dismiss").targetKey()).isEqualTo(bazoum);
        assertThat(x.events()).noneMatch(e -> bazoum.equals(e.sourceKey()));
    }

    @Test
    void dissolvingNeedsABodyAsItsObject() {
        assertThat(events(extract("وأكدت فرنسا أن حل الأزمة في مالي يمر عبر الحوار."), "dissolve")).isEmpty();
    }

    @Test
    void armedForcesTopplingAGovernmentIsACoupAndAParliamentTopplingItIsNot() {
        assertThat(extract("وكان الجيش قد أطاح بالحكومة في العام الماضي.").events())
                .anySatisfy(e -> assertThat(e.cameo()).isEqualTo("180"));
        assertThat(extract("وأطاح البرلمان بالحكومة في تصويت على سحب الثقة.").events())
                .noneMatch(e -> e.cameo().equals("180"));
    }

    // --------------------------------------------------------------------------- forcing and intercepting

    @Test
    void forcingAnAircraftDownIsCoercionByTheStateThatDidIt() {
        Event e = event(extract("أجبرت السلطات الإيرانية طائرة ركاب على الهبوط في طهران."), "coerce");
        assertThat(e.cameo()).isEqualTo("170");
        assertThat(e.sourceKey()).isEqualTo("country/IR");
    }

    @Test
    void forcingPeopleToDoSomethingAimsAtThem() {
        Event e = event(extract("وأرغمت الشرطة المحتجين على مغادرة الساحة."), "coerce");
        assertThat(e.sourceKey()).isEqualTo("group/police");
        assertThat(e.targetKey()).isEqualTo("group/protesters");
    }

    @Test
    void fightersInterceptingAnAircraftAreTheirStatesAndAnObjectionIsNoInterception() {
        Event e = event(extract("اعترضت مقاتلات روسية طائرة استطلاع أمريكية فوق البحر الأسود."), "intercept");
        assertThat(e.sourceKey()).isEqualTo("country/RU");
        assertThat(events(extract("واعترضت فرنسا على القرار الروسي."), "intercept")).isEmpty();
    }

    // ------------------------------------------------------------------- executions and death sentences

    @Test
    void anExecutionByTheAuthoritiesIsAKillingByTheStateCountingThoseExecuted() {
        Event e = event(extract("أعدمت السلطات الإيرانية ثلاثة رجال أدينوا بالقتل."), "execute");
        assertThat(e.cameo()).isEqualTo("1823");
        assertThat(e.sourceKey()).isEqualTo("country/IR");
        assertThat(e.quantities()).extracting(q -> q.value()).containsExactly(3L);
    }

    @Test
    void carryingOutADeathSentenceAgainstSomeoneIsAnExecutionOfThem() {
        Event e = event(extract("ونفذت السلطات الإيرانية حكم الإعدام بحق ثلاثة محتجين."), "execute");
        assertThat(e.sourceKey()).isEqualTo("country/IR");
        assertThat(e.targetKey()).isEqualTo("group/protesters");
        assertThat(e.quantities()).extracting(q -> q.value()).containsExactly(3L);
    }

    @Test
    void aCourtSentencingToDeathIsASentenceNotAnExecution() {
        Extraction x = extract("قضت محكمة مصرية بإعدام سبعة متهمين.");
        assertThat(events(x, "execute")).isEmpty();
        Event e = event(x, "sentence");
        assertThat(e.cameo()).isEqualTo("173");
        assertThat(e.sourceKey()).isEqualTo("country/EG");
    }

    @Test
    void aPassiveSentenceAimsAtThePersonSentenced() {
        Extraction x = extract("وحكم على الرئيس السابق جايير بولسونارو بالسجن 27 عاما.");
        Event e = event(x, "sentence");
        assertThat(e.targetKey()).isEqualTo("person/jair-bolsonaro");
        assertThat(events(x, "execute")).isEmpty();
    }

    // ----------------------------------------------------------------------------- declining to comment

    @Test
    void refusingToCommentIsDecliningCommentNotARejection() {
        Extraction x = extract("ورفض وزير الخارجية الروسي سيرغي لافروف التعليق على التقارير.");
        Event e = event(x, "decline-comment");
        assertThat(e.cameo()).isEqualTo("011");
        assertThat(e.sourceKey()).isEqualTo("person/sergey-lavrov");
        assertThat(events(x, "reject")).isEmpty();
    }

    @Test
    void decliningAfterButIsTheSpeakersDecline() {
        Event e = event(extract("وقال سيرغي لافروف إن المحادثات مستمرة، لكنه رفض التعليق على موعدها."), "decline-comment");
        assertThat(e.sourceKey()).isEqualTo("person/sergey-lavrov");
    }

    @Test
    void abstainingFromCommentIsDecliningComment() {
        Event e = event(extract("وامتنعت وزارة الخارجية الفرنسية عن التعليق."), "decline-comment");
        assertThat(e.sourceKey()).isEqualTo("org/FR/ministry-of-foreign-affairs");
    }

    @Test
    void refusingTheSuspensionOfSomethingIsARejectionNotDecliningComment() {
        Extraction x = extract("ورفضت روسيا تعليق العمل بالمعاهدة.");
        assertThat(events(x, "decline-comment")).isEmpty();
        assertThat(event(x, "reject").sourceKey()).isEqualTo("country/RU");
    }
}
