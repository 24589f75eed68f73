package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.labels;
import static org.newsgraph.extract.ar.TestLexicons.person;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Persons as unseen articles name them (session 17): a one-word name after a definite title in construct, the names
 * a pronoun of people gives after those it counts (هما، هم، بينهم), a listed surname closing a name with a middle
 * name, and a common noun that ends a name. Short sentences of our own, read with every shipped lexicon.
 */
class ArabicNamesS17Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    // 1. a one-word name after a definite title in construct

    @Test
    void aOneWordNameFollowsADefiniteConstructTitle() {
        person(extract("وقال وزير الزراعة سوهارتونو إن المحصول جيد هذا العام."), "سوهارتونو");
        person(extract("وأوضح وزير الطاقة سوسيلو، أن الإجراء مؤقت."), "سوسيلو");
        person(extract("وقال قائد الجيش مينتوي إن الوضع تحت السيطرة."), "مينتوي");
    }

    @Test
    void aDefiniteConstructTitleEndingTheSentenceNamesNoOne() {
        Extraction x = extract("واستقبل الوفد وزير الخارجية");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }

    @Test
    void anIndefiniteTitleTakesNoOneWordName() {
        Extraction x = extract("وقال رئيس جديد للبلدية إن الوضع هادئ.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }

    // 2. the names after a pronoun that names those counted

    @Test
    void namesAfterAPronounOfThoseCountedArePersons() {
        Extraction x = extract("واعتقلت الشرطة ثلاثة من منظمي الإضراب، هم ماركوس فيلدر ويوهان بيرغ ونيلس أوستروم، صباح الأحد.");
        person(x, "ماركوس فيلدر");
        person(x, "يوهان بيرغ");
        person(x, "نيلس أوستروم");
        Extraction y = extract("واعتقلت السلطات اثنين من قادة النقابة، هما ماريا لوبيز وكريس باربر، ووجهت إليهما تهمة التحريض.");
        person(y, "ماريا لوبيز");
        person(y, "كريس باربر");
        person(extract("وأصيب خمسة صحفيين، بينهم لوكاس ماير، في الاشتباكات."), "لوكاس ماير");
    }

    @Test
    void aPronounOfThingsOrAClauseNamesNoPerson() {
        Extraction x = extract("ويضم التحالف ثلاث دول هي كينيا وأوغندا وتنزانيا.");
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
        Extraction y = extract("وقال الرئيس إن المحتجين هم أكثر من ألف شخص.");
        assertThat(y.actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }

    // 3. a listed surname after a given and a middle name

    @Test
    void aListedSurnameAfterAMiddleNameIsAnotherPersonsName() {
        Extraction x = extract("وكان رئيس الوزراء جاستن ترودو قد أعلن ذلك. وقبله لجأ رئيس الوزراء الأسبق بيير إليوت ترودو، "
                + "إلى القانون نفسه.");
        person(x, "جاستن ترودو");
        person(x, "بيير إليوت ترودو");
        person(extract("وقال الناشط كارلوس مانويل مادورو إن الشرطة اعتقلته."), "كارلوس مانويل مادورو");
    }

    // 4. a common noun ends a name

    @Test
    void anOperationAfterANameIsTheObject() {
        Extraction x = extract("وأدان الرئيس الغاني كوفي مينساه عملية التفجير.");
        person(x, "كوفي مينساه");
        assertThat(labels(x)).doesNotContain("كوفي مينساه عملية");
        person(extract("ونفذ القائد العسكري ألبرتو رينا عمليات واسعة في الشمال."), "ألبرتو رينا");
    }
}
