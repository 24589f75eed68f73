package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.person;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Persons and bodies new articles name without a title the offices lexicon lists before them (session 14, round 2):
 * titles with a pronoun saying whose they are, and names that ran on into the clause after them. Short sentences of
 * our own, read with every shipped lexicon.
 */
class ArabicNamesS14Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. possessed titles: whose office the pronoun says, the holder right after it

    @Test
    void aPossessedLeaderNamesTheHolder() {
        Extraction x = extract("وأعلنت الحركة أن زعيمها خوسيه ريفيرا قرر الترشح للانتخابات.");
        person(x, "خوسيه ريفيرا");
        Extraction y = extract("وقال الحزب في بيان إن زعيمه أندريه بوتيه رفض العرض.");
        person(y, "أندريه بوتيه");
    }

    @Test
    void aPossessedSecretaryNamesTheHolderWithOrWithoutPrivate() {
        Extraction x = extract("وقال سكرتيره الخاص ماركو ألفاريز إن الوزير لم يرتكب أي مخالفة.");
        person(x, "ماركو ألفاريز");
        Extraction y = extract("واعتقلت الشرطة الوزيرة السابقة وسكرتيرتها لوسيا مندوزا في العاصمة.");
        person(y, "لوسيا مندوزا");
    }

    @Test
    void theChairOfItsCommissionNamesTheHolder() {
        Extraction x = extract("ودان الاتحاد الأفريقي الانقلاب، وقال رئيس مفوضيته ألفا عمر كوناري في بيان إن الاتحاد يرفضه.");
        person(x, "ألفا عمر كوناري");
    }

    // 2. where a name ends

    @Test
    void aFutureVerbEndsTheName() {
        Extraction x = extract("وقال الحزب إن رئيسه توماس بيرغر سيعقد مؤتمرا صحفيا غدا.");
        assertThat(labels(x)).contains("توماس بيرغر").doesNotContain("توماس بيرغر سيعقد");
        Extraction y = extract("وأعلنت الخارجية أن الوزيرة آنا كوفاتش ستزور بغداد الأسبوع المقبل.");
        assertThat(labels(y)).contains("آنا كوفاتش");
        Extraction z = extract("وأكدت الحركة أن زعيمها خوسيه ريفيرا سيترشح للانتخابات.");
        assertThat(labels(z)).contains("خوسيه ريفيرا");
    }

    // 3. names set off before a title after them

    @Test
    void anOfficialInABodyAfterTheNameIsAPerson() {
        Extraction x = extract("وقال باولو غوامبي، المسؤول في حزب العمل، إن الاعتقال غير قانوني.");
        person(x, "باولو غوامبي");
        Extraction y = extract("وأكدت إيلينا ماركوفا، المسؤولة في وزارة الصحة، أن المستشفيات ممتلئة.");
        person(y, "إيلينا ماركوفا");
    }

    @Test
    void aNameListedAfterAndBeforeItsTitleIsAPerson() {
        Extraction x = extract("واعتقلت الشرطة فيليب مارتان، المحامي الموكل عن المعارض، وباولو غوامبي، المسؤول في حزب العمل، في العاصمة.");
        person(x, "فيليب مارتان");
        person(x, "باولو غوامبي");
        Extraction y = extract("وقال فيليب مارتان، المحامي الموكل عن المعارض، إن وكيله بريء.");
        assertThat(labels(y)).doesNotContain("وقال فيليب مارتان");
    }

    @Test
    void twoNamesJoinedByAndBeforeTheSecondsTitleAreBothPersons() {
        Extraction x = extract("وقال تشيكوسي موندو وباولو غوامبي، المسؤول في حزب العمل، إن الاعتقال غير قانوني.");
        person(x, "تشيكوسي موندو");
        person(x, "باولو غوامبي");
        Extraction y = extract("واعتقلت الشرطة تشيكوسي موندو وباولو غوامبي، القيادي في حزب العمل، في العاصمة.");
        person(y, "تشيكوسي موندو");
        person(y, "باولو غوامبي");
    }

}
