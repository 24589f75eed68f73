package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.hasPerson;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * Actors found and resolved right (session 23): a given name whose matching form reads as the article and a function
 * word (ألما: no ال + ما), or as a clitic and a word the lexicon writes with a hamza (بامير: no ب + أمير); ب before a
 * defective verbal noun (بتلقي) opens no name; a deputy minister's portfolio before the holder's name; a capital after
 * a noun of a part of it (في شوارع العاصمة، شمال شرق المدينة) is the city, not its state. Short sentences of our own,
 * on other people and places.
 */
class ArabicActors2S23Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    private static boolean actor(Extraction x, String key) {
        return x.actors().stream().anyMatch(a -> key.equals(a.key()));
    }

    // ------------------------------------------------------------- name words that look like other words

    @Test
    void aGivenNameReadingAsTheArticleAndAFunctionWordOpensTheName() {
        Extraction x = extract("وقالت وزيرة الخارجية ألما بيرغمان إن الحكومة مستمرة في عملها.");
        assertThat(hasPerson(x, "ألما بيرغمان")).as("%s", x.actors()).isTrue();
    }

    @Test
    void theArticleWrittenBareStillEndsTheNameBeforeAFunctionWord() {
        // the function word itself, no name word: the name ends before it
        Extraction x = extract("وقال وزير الخارجية يوهان بيرغمان بين الجلستين إن الحكومة مستمرة.");
        assertThat(hasPerson(x, "يوهان بيرغمان")).as("%s", x.actors()).isTrue();
    }

    @Test
    void aGivenNameReadingAsACliticAndAHamzaWordAfterATitle() {
        Extraction x = extract("أما رئيس الجمهورية بامير سوكا فقد دعا الأطراف إلى التهدئة.");
        assertThat(hasPerson(x, "بامير سوكا")).as("%s", x.actors()).isTrue();
        Extraction y = extract("وقال رئيس الوزراء ماركو بايار إن الحكومة مستمرة.");
        assertThat(hasPerson(y, "ماركو بايار")).as("%s", y.actors()).isTrue();
    }

    @Test
    void aPrepositionOnAHamzaWordWrittenWithItStaysAPreposition() {
        Extraction x = extract("وأجرى الرئيس الفرنسي اتصالا هاتفيا بأمير قطر.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).contains("بأمير"));
    }

    @Test
    void byReceivingBribesIsNoName() {
        Extraction x = extract("وتتهم النيابة العامة زوجة رئيس الوزراء بتلقي رشاوى من شركات أجنبية.");
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).contains("رشاوى"));
        assertThat(x.actors()).noneSatisfy(a -> assertThat(a.labelAr()).contains("بتلقي"));
    }

    // ------------------------------------------------------------- a deputy minister's portfolio

    @Test
    void aDeputyMinistersPortfolioBeforeTheHolder() {
        Extraction x = extract("وقال نائب وزير الخارجية يوناس مولر إن المحادثات ستستأنف.");
        assertThat(hasPerson(x, "يوناس مولر")).as("%s", x.actors()).isTrue();
        Extraction y = extract("ووصل مساعد وزير الدفاع الفرنسي هنري لوكلير إلى المدينة.");
        assertThat(hasPerson(y, "هنري لوكلير")).as("%s", y.actors()).isTrue();
    }

    // ------------------------------------------------------------- a capital after a noun of a part of it

    @Test
    void aCapitalAfterItsStreetsIsTheCity() {
        Extraction x = extract("وانتشرت المدرعات في شوارع ليما وعلى الجسور.");
        assertThat(actor(x, "place/lima")).as("%s", x.actors()).isTrue();
        assertThat(actor(x, "country/PE")).as("%s", x.actors()).isFalse();
    }

    @Test
    void aCapitalAfterAPointOfTheCompassIsTheCity() {
        Extraction x = extract("واندلعت المواجهات في ضاحية تقع شمال شرق ليما بعد مقتل شابين.");
        assertThat(actor(x, "place/lima")).as("%s", x.actors()).isTrue();
    }

    @Test
    void aCapitalThatActsStaysItsState() {
        Extraction x = extract("وردت ليما على الانتقادات ببيان شديد اللهجة.");
        assertThat(actor(x, "country/PE")).as("%s", x.actors()).isTrue();
    }

    @Test
    void theCityOfAPartStillCountsForTheArticlesCountry() {
        // the state the streets' city belongs to is the article's country, as when the capital stood for it
        Extraction x = extract("انتشرت المدرعات في شوارع ليما. وقالت الحكومة إنها ستعيد النظام.");
        assertThat(actor(x, "org/PE/government")).as("%s", x.actors()).isTrue();
    }
}
