package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.ar.TestLexicons.actor;
import static org.newsgraph.extract.ar.TestLexicons.labels;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;

/**
 * Bodies, places and groups as unseen articles name them (session 13): a body's noun and a name the lexicon lacks
 * (in quotes, or running up to a person or an ordinary word), places by a classifier noun, forces said to be loyal
 * to someone, and the country a headline's dateline files from. Short sentences of our own, read with every shipped
 * lexicon.
 */
class ArabicBodiesS13Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 3, 10));
    }

    private static String key(Extraction x, String labelAr) {
        return actor(x, labelAr).key();
    }

    // 1. the article's country

    @Test
    void aDatelineUnderTheHeadlineTellsTheArticlesCountry() {
        Extraction x = extract("كينيا: احتجاجات واسعة في العاصمة\nنيروبي - أ ف ب - نشرت في 10/03/2025\n"
                + "وقالت فرنسا إنها قلقة، ودعت فرنسا إلى الهدوء، وأرسلت فرنسا مبعوثا. وقالت الحكومة إنها لن تستقيل.");
        assertThat(key(x, "الحكومة")).isEqualTo("org/KE/government");
        Extraction y = extract("بيرو: اعتقال وزير سابق\nليما (رويترز) - قالت إسبانيا وإسبانيا وإسبانيا إن المحكمة الدستورية قضت بسجنه.");
        assertThat(labels(y)).anyMatch(l -> l.contains("المحكمة الدستورية"));
        assertThat(x.actors()).noneMatch(a -> a.key().startsWith("org/FR/government"));
    }

    @Test
    void aCapitalOpeningTheSecondSentenceBeforeACommaIsNoDateline() {
        Extraction x = extract("احتجاجات واسعة في البلاد\nنيروبي، المدينة الكبيرة، شهدت مظاهرات. وقالت فرنسا إنها قلقة، ودعت فرنسا إلى الهدوء. وقالت الحكومة إنها لن تستقيل.");
        assertThat(key(x, "الحكومة")).isEqualTo("org/FR/government");
    }

    // 2. where a body's name ends

    @Test
    void aPartysNameEndsBeforeTheWordSayingWhomItIsLoyalTo() {
        Extraction x = extract("وصوت لصالح القرار نواب من حزب الأقاليم الموالي للرئيس، بعدما انفض عنه.");
        assertThat(labels(x)).contains("حزب الأقاليم").noneMatch(l -> l.contains("الموالي"));
        Extraction y = extract("وقال نواب من حزب العدالة الموالي للحكومة إنهم سيصوتون.");
        assertThat(labels(y)).contains("حزب العدالة");
        Extraction z = extract("وانتقدت الحركة الوطنية الشعبية المؤيدة للرئيس القرار.");
        assertThat(labels(z)).contains("الحركة الوطنية الشعبية");
    }

    @Test
    void afterALeadersTitleAMovementsNameEndsWhereTheLeadersNameBegins() {
        Extraction x = extract("وحصل زعيم حركة أوبوتو كالولو مبيكي على خمسة في المئة من الأصوات.");
        assertThat(actor(x, "حركة أوبوتو").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(labels(x)).noneMatch(l -> l.startsWith("حركة") && l.contains("كالولو"));
        Extraction y = extract("وقال رئيس حزب تاكادو سيمون نغوزي إن الانتخابات مزورة.");
        assertThat(labels(y)).contains("حزب تاكادو");
    }

    // 3. places by a classifier noun

    @Test
    void aSquareOrRoundaboutIsNamedAfterAVerbOrANounToo() {
        Extraction x = extract("اقتحمت قوات الأمن دوار النخيل وأخلته بالقوة من المعتصمين.");
        assertThat(actor(x, "دوار النخيل").type()).isEqualTo(ActorType.PLACE);
        Extraction y = extract("وفضت الشرطة اعتصام ساحة الشهداء بالقوة.");
        assertThat(actor(y, "ساحة الشهداء").type()).isEqualTo(ActorType.PLACE);
        Extraction z = extract("خاطب حشود المحتجين في ساحة الشهداء، قائلا إنهم أبطال.");
        assertThat(actor(z, "ساحة الشهداء").labelEn()).endsWith("Square");
    }

    @Test
    void aHotelNamedInQuotesOrAComplexWithItsKindIsAPlace() {
        Extraction x = extract("ونقل الوزير إلى فندق \"الشاطئ الذهبي\" في العاصمة.");
        assertThat(actor(x, "فندق \"الشاطئ الذهبي\"").labelEn()).endsWith("Hotel");
        Extraction y = extract("وطوقت قوات الأمن مجمع الرشيد الطبي، أكبر مستشفيات البلاد.");
        assertThat(actor(y, "مجمع الرشيد الطبي").labelEn()).endsWith("Medical Complex");
        Extraction z = extract("واعتقل المعارض في منزله بحي يوبوغون في أبيدجان.");
        assertThat(actor(z, "يوبوغون").type()).isEqualTo(ActorType.PLACE);
    }

    @Test
    void whatADistrictOrSquareIsLikeIsNoName() {
        Extraction x = extract("ويقطن في حي شعبي في القاهرة، قرب ساحة كبيرة.");
        assertThat(labels(x)).noneMatch(l -> l.startsWith("حي") || l.startsWith("ساحة"));
        Extraction y = extract("وقال إن الأمر مجمع عليه من القوى السياسية، وهو حي يرزق.");
        assertThat(labels(y)).noneMatch(l -> l.startsWith("مجمع") || l.startsWith("حي"));
    }

    // 4. bodies of the article's country

    @Test
    void aBodyOfTheArticlesCountryKeepsTheNameTheTextGivesIt() {
        Extraction x = extract("كينيا: إعلان النتائج\nنيروبي - أ ف ب -\nوأعلنت اللجنة الانتخابية المستقلة فوز المرشح.");
        Actor commission = actor(x, "اللجنة الانتخابية المستقلة");
        assertThat(commission.key()).isEqualTo("org/KE/central-election-commission");
        Extraction y = extract("كندا: تصويت على الميزانية\nأوتاوا (رويترز) - وصوت مجلس العموم على الميزانية الجديدة.");
        assertThat(actor(y, "مجلس العموم").key()).startsWith("org/CA/");
    }

    @Test
    void aDefenceForceAnImmigrationDepartmentAndDefenceAndSecurityForcesAreStateBodies() {
        Extraction x = extract("وقال قائد قوة دفاع بوتسوانا إن الجنود مستعدون.");
        assertThat(actor(x, "قوة دفاع بوتسوانا").key()).isEqualTo("org/BW/defence-force");
        Extraction y = extract("وفرضت دائرة الهجرة الإندونيسية حظرا على سفره.");
        assertThat(actor(y, "دائرة الهجرة الإندونيسية").key()).isEqualTo("org/ID/immigration-department");
        Extraction z = extract("مالي: اتهامات للجيش\nباماكو - أ ف ب -\nواتهم زعيم المعارضة قوات الدفاع والأمن بقتل المحتجين.");
        assertThat(actor(z, "قوات الدفاع والأمن").key()).isEqualTo("org/ML/defence-and-security-forces");
    }

    // 5. a body an organisation sends

    @Test
    void aMissionOfAnOrganisationIsABodyOfItsOwn() {
        Extraction x = extract("وقالت بعثة الاتحاد الأفريقي في الصومال إن جنودها صدوا الهجوم.");
        Actor mission = actor(x, "بعثة الاتحاد الأفريقي في الصومال");
        assertThat(mission.labelEn()).isEqualTo("African Union Mission in Somalia");
        assertThat(labels(x)).contains("الاتحاد الأفريقي", "الصومال");
        Extraction y = extract("وقالت بعثة الاتحاد الأوروبي لمراقبة الانتخابات في بيان إن الاقتراع شابته مخالفات.");
        assertThat(actor(y, "بعثة الاتحاد الأوروبي لمراقبة الانتخابات").type()).isEqualTo(ActorType.ORGANIZATION);
        Extraction z = extract("وأرسلت الأمم المتحدة بعثة إلى البلاد.");
        assertThat(labels(z)).noneMatch(l -> l.contains("بعثة"));
    }

    // 6. a force named in quotation marks

    @Test
    void aForceNamedInQuotesIsOneBodyWithOrWithoutItsCountrysNisba() {
        Extraction x = extract("وقصفت القوة الفرنسية \"سرفال\" مواقع المسلحين، وقالت قوة \"سرفال\" إن العملية نجحت.");
        Actor force = actor(x, "القوة الفرنسية \"سرفال\"");
        assertThat(force.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(x.actors()).filteredOn(a -> a.key().equals(force.key())).hasSize(1);
        assertThat(labels(x)).contains("فرنسا");
        Extraction y = extract("وأعلنت القوة البريطانية \"درع الصحراء\" انسحابها من القاعدة.");
        assertThat(actor(y, "القوة البريطانية \"درع الصحراء\"").type()).isEqualTo(ActorType.ORGANIZATION);
        Extraction z = extract("ودخلت قوات \"الاتحاد الأفريقي\" العاصمة أمس.");
        assertThat(labels(z)).noneMatch(l -> l.startsWith("قوات"));
    }

    // 7. forces loyal to someone

    @Test
    void forcesLoyalToAPersonAreOneBodyWhetherTheNameIsWholeOrNot() {
        Extraction x = extract("وسيطرت القوات الموالية للحسن ديالو على القصر، ثم قالت القوات الموالية لديالو إنها أمنت المطار.");
        Actor forces = actor(x, "القوات الموالية للحسن ديالو");
        assertThat(forces.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(forces.labelEn()).startsWith("forces loyal to");
        assertThat(x.actors()).filteredOn(a -> a.key().equals(forces.key())).hasSize(1);
    }

    @Test
    void forcesLoyalToATitleAreTheLoyalists() {
        Extraction x = extract("اندلعت المعارك بين وحدات الجيش الموالية للرئيس وأخرى مؤيدة للانقلاب.");
        assertThat(key(x, "وحدات الجيش الموالية للرئيس")).isEqualTo("group/loyalists");
        Extraction y = extract("وبقي مقر الإذاعة في قبضة الموالين رغم محاولات متكررة.");
        assertThat(x.actors()).anyMatch(a -> a.key().equals("group/loyalists"));
        assertThat(y.actors()).anyMatch(a -> a.key().equals("group/loyalists"));
    }

    @Test
    void forcesLoyalToAKnownBodyOrCountryAreNoOnesForces() {
        Extraction x = extract("وتقدمت القوات الموالية للحكومة نحو المدينة، وهاجمت الميليشيات الموالية لإيران القاعدة.");
        assertThat(x.actors()).noneMatch(a -> a.key().startsWith("org/forces-loyal-to"));
    }
}
