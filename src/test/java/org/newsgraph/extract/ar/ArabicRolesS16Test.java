package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;

/**
 * The person is found, the role is not (session 16): roles drafted where a title names its holders in shapes the
 * earlier rules did not read. Short sentences of our own, on other countries and people.
 */
class ArabicRolesS16Test {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 1);

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, PUBLISHED);
    }

    /** Each role of the extraction as "person label: office key of organisation key". */
    private static List<String> roles(Extraction x) {
        return x.roles().stream().map(r -> TestLexicons.label(x, r.personKey()) + ": " + r.office() + " of " + r.organizationKey()).toList();
    }

    // ------------------------------------------------------------- a plural title, then country and name pairs

    @Test
    void pluralForeignMinistersEachOfTheCountryBeforeTheirName() {
        Extraction x = extract("وصل إلى كييف وزراء خارجية السويد كارل بيلت وإسبانيا خوسيه مانويل غارسيا.");
        assertThat(roles(x)).contains("كارل بيلت: minister-of-foreign-affairs of country/SE",
                "خوسيه مانويل غارسيا: minister-of-foreign-affairs of country/ES");
    }

    @Test
    void pluralPresidentsWithACommaBeforeEachNextPair() {
        Extraction x = extract("وحضر القمة رؤساء البرازيل لويس إيناسيو لولا دا سيلفا، والأرجنتين ألبرتو فرنانديز، "
                + "وكولومبيا إيفان دوكي.");
        assertThat(roles(x)).contains("لويس إيناسيو لولا دا سيلفا: president of country/BR",
                "ألبرتو فرنانديز: president of country/AR", "إيفان دوكي: president of country/CO");
    }

    @Test
    void pluralTitleThenAClauseThenNisbaPairsAfterBinahum() {
        Extraction x = extract("ووصل وفد من وزراء خارجية دول الاتحاد، بينهم الياباني تارو كونو والكندي ستيفان ديون، "
                + "إلى المدينة.");
        assertThat(roles(x)).contains("تارو كونو: minister-of-foreign-affairs of country/JP",
                "ستيفان ديون: minister-of-foreign-affairs of country/CA");
    }

    @Test
    void aPluralTitleWithNoPairsNamesNoOne() {
        Extraction x = extract("واجتمع وزراء الخارجية العرب في القاهرة، وقال وزير الخارجية المصري سامح شكري إن الاجتماع مهم.");
        assertThat(roles(x)).containsExactly("سامح شكري: minister-of-foreign-affairs of country/EG");
    }

    // ------------------------------------------------------------- أما في + a capital says whose the office is

    @Test
    void ammaFiACapitalGivesABareNationalTitleThatCapitalsCountry() {
        Extraction x = extract("ودان الاتحاد الأوروبي الهجوم على السفارة في بغداد. أما في مدريد، فقال وزير الداخلية "
                + "فرناندو مارلاسكا إن الحكومة تتابع الوضع.");
        assertThat(roles(x)).contains("فرناندو مارلاسكا: minister-of-interior of country/ES");
    }

    @Test
    void aBareNationalTitleWithoutTheOpeningStaysTheArticlesCountrys() {
        Extraction x = extract("وقال وزير الداخلية العراقي عثمان الغانمي إن الوضع هادئ. وأما الأمر، فقال وزير الداخلية "
                + "عثمان الغانمي إنه انتهى.");
        assertThat(roles(x)).contains("عثمان الغانمي: minister-of-interior of country/IQ")
                .noneMatch(r -> r.contains("country/ES"));
    }

    // ------------------------------------------------------------- a title of "the organisation" named before

    @Test
    void aTitleOfTheBodysNounWithLamIsTheBodyNamedBefore() {
        Extraction x = extract("ودعت منظمة الدول الأمريكية إلى الحوار في بيرو. وقال الأمين العام للمنظمة، لويس ألماغرو، "
                + "إن الأزمة خطيرة.");
        assertThat(roles(x)).contains("لويس ألماغرو: secretary-general of org/oas");
    }

    @Test
    void aBodysNounWithNoSuchBodyNamedBeforeGivesNoRole() {
        Extraction x = extract("وقال الأمين العام للمنظمة، لويس ألماغرو، إن الأزمة في بيرو خطيرة.");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("لويس ألماغرو"));
    }
}
