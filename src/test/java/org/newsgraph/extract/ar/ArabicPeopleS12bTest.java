package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.person;
import static org.newsgraph.extract.ar.TestLexicons.rolesOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Role;

/**
 * People as unseen articles name them (session 12, round 2): after a title whose field no lexicon lists (words of
 * the article, a body after في, a complement), after a noun for what someone is with such a field before the name,
 * and a given name opening with ف after the title's comma. Short sentences of our own, read with every shipped
 * lexicon.
 */
class ArabicPeopleS12bTest {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. a field no lexicon lists between the title and the name

    @Test
    void aComplementOfTheTitleStandsBeforeTheHolder() {
        Extraction x = extract("وقال وزير الدولة المكلف بالشؤون الأفريقية بيير كوناتي إن الزيارة ناجحة.");
        person(x, "بيير كوناتي");
        Extraction y = extract("وقالت الأمينة العامة للنقابة ماريا سانتوس إن الإضراب مستمر.");
        person(y, "ماريا سانتوس");
    }

    @Test
    void aBodyAfterFiIsWhoseTheOfficeIs() {
        Extraction x = extract("وقال رئيس بعثة الاتحاد الأفريقي في الصومال هنري كيبيتو إن القوات ستنسحب.");
        // he heads the mission, neither the African Union nor Somalia
        assertThat(rolesOf(x, "هنري كيبيتو")).extracting(Role::organizationKey).doesNotContain("country/SO");
        Extraction y = extract("وقال المدير الإقليمي في الأمم المتحدة توماس بريغز إن المساعدات وصلت.");
        person(y, "توماس بريغز");
    }

    @Test
    void theNationalSecurityAdviserIsAnOfficeOfItsCountry() {
        Extraction x = extract("وقال مستشار الأمن القومي البريطاني جوناثان هيل إن الخطر قائم.");
        assertThat(rolesOf(x, "جوناثان هيل")).extracting(Role::organizationKey).contains("country/GB");
    }

    @Test
    void wordsThatGoOnWithTheClauseAreNoField() {
        Extraction x = extract("واحتفل الرئيس في ساحة الاستقلال احتفالا كبيرا بالنصر.");
        assertThat(labels(x)).noneMatch(l -> l.contains("احتفالا"));
        Extraction y = extract("ودعا الشعب إلى دعم رئيس أوغندا للسماح له بتجاوز الأزمة.");
        assertThat(labels(y)).noneMatch(l -> l.contains("له"));
        Extraction z = extract("وهنأ العاهل الأردني الملك عبد الله بن الحسين الرئيس الجديد.");
        assertThat(labels(z)).noneMatch(l -> l.startsWith("بن "));
        Extraction w = extract("ووصل الأمير الهادي بن سالم إلى المدينة.");
        assertThat(labels(w)).noneMatch(l -> l.startsWith("بن "));
    }

    // 2. a noun for what someone is, then a field

    @Test
    void aDescribedPersonsWorkplaceNoLexiconListsStandsBeforeTheName() {
        Extraction x = extract("وقال الباحث في معهد الدراسات الأمنية كارلوس منديز إن الهجمات تراجعت.");
        person(x, "كارلوس منديز");
    }

    // 3. a given name opening with ف after the title's comma

    @Test
    void aGivenNameWithFaBetweenCommasIsTheHolder() {
        Extraction x = extract("وقال المتحدث باسم الشرطة، فريد موانغي، إن المتظاهرين فرقوا.");
        assertThat(rolesOf(x, "فريد موانغي")).extracting(Role::office).contains("spokesperson");
        Extraction y = extract("وقالت المتحدثة باسم الحكومة، فيكتوريا مالونغا، إن الانتخابات ستجري.");
        person(y, "فيكتوريا مالونغا");
    }

    @Test
    void aClauseWithFaAfterTheCommaNamesNoOne() {
        Extraction x = extract("وقال الحاكم، فرفض الطلب، إن المتظاهرين فرقوا.");
        assertThat(labels(x)).noneMatch(l -> l.contains("فرفض"));
    }
}
