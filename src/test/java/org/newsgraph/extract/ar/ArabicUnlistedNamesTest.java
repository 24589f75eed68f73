package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;

/**
 * People and organisations no lexicon lists, as the wire names them: after a noun that says what someone is or
 * whose kin (not an office), after a title inside a construct, two office holders in one coordination, and
 * parties named by a noun and adjectives. Short sentences of our own, read with every shipped lexicon.
 */
class ArabicUnlistedNamesTest {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2024, 5, 4));
    }

    private static Actor actor(Extraction x, String labelAr) {
        return TestLexicons.actor(x, labelAr);
    }

    private static long people(Extraction x) {
        return x.actors().stream().filter(a -> a.type() == ActorType.PERSON).count();
    }

    @Test
    void aNameAfterADescriptorNounIsAPersonWithoutARole() {
        Extraction x = extract("اعتقلت الشرطة الناشط الحقوقي عمر سليمان في القاهرة.");
        Actor omar = actor(x, "عمر سليمان");
        assertThat(omar.type()).isEqualTo(ActorType.PERSON);
        assertThat(x.events()).filteredOn(e -> e.trigger().equals("arrest")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo(omar.key()));
        assertThat(x.roles()).isEmpty();
    }

    @Test
    void nisbasBetweenTheNounAndTheNameSayWhereThePersonIsFromNotWhoIsArrested() {
        Extraction x = extract("اعتقلت السلطات التركية رجل الأعمال الروسي إيغور بتروف بتهمة الاحتيال.");
        Actor igor = actor(x, "إيغور بتروف");
        assertThat(x.events()).filteredOn(e -> e.trigger().equals("arrest")).singleElement()
                .satisfies(e -> assertThat(e.targetKey()).isEqualTo(igor.key()));
    }

    @Test
    void anAdjectiveAloneBeforeANameMakesAPersonButNotAfterTheNounItQualifies() {
        assertThat(actor(extract("وتوفيت الشابة نسرين رضائي في مركز للشرطة."), "نسرين رضائي").type())
                .isEqualTo(ActorType.PERSON);
        assertThat(people(extract("وقال إن الحل السياسي يتطلب جهودا كبيرة."))).isZero();
        assertThat(people(extract("وجرت الانتخابات الرئاسية وسط إقبال ضعيف."))).isZero();
    }

    @Test
    void anIndefinitePluralNamesNoOne() {
        assertThat(people(extract("ورفض ناشطون قادوا الاحتجاجات الخطوة."))).isZero();
    }

    @Test
    void aNameAfterAKinshipNounWithAPronounIsKinOfThePersonNamedBefore() {
        Extraction x = extract("اعتقلت الشرطة المعارض خالد منصور. وقال شقيقه سامي منصور إن التهم ملفقة.");
        Actor khalid = actor(x, "خالد منصور");
        Actor sami = actor(x, "سامي منصور");
        assertThat(x.relations()).extracting(Relation::subjectKey, Relation::kind, Relation::objectKey)
                .contains(tuple(sami.key(), Relation.Kind.RELATIVE_OF, khalid.key()));
        Extraction y = extract("اعتقلت الشرطة رجل الأعمال كريم داود. وقال ابن أخيه نادر داود إن الاعتقال انتقام.");
        assertThat(y.relations()).extracting(Relation::subjectKey, Relation::kind, Relation::objectKey)
                .contains(tuple(actor(y, "نادر داود").key(), Relation.Kind.NEPHEW_OF, actor(y, "كريم داود").key()));
    }

    @Test
    void aKinshipNounWithoutAPronounStillNamesWhoseKinSomeoneIs() {
        // "ابن أخت فلان": the name after it is the relative, read by the relations rule, not a new person here
        Extraction x = extract("وقال المتحدث باسم الحكومة المصرية سعيد نور، وهو ابن أخت الرئيس المصري خالد عمر، إن الوضع هادئ.");
        assertThat(x.relations()).extracting(Relation::kind).contains(Relation.Kind.NEPHEW_OF);
    }

    @Test
    void aPossessedDeputyIsTheVicePresident() {
        Extraction x = extract("وقال الرئيس المصري خالد عمر ونائبه سمير حداد إن الوضع هادئ.");
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey).contains(
                tuple(actor(x, "خالد عمر").key(), "president", "country/EG"),
                tuple(actor(x, "سمير حداد").key(), "vice-president", "country/EG"));
    }

    @Test
    void twoOfficeHoldersInOneCoordinationKeepTheirOwnOffices() {
        Extraction x = extract("والتقى وزير الداخلية المصري خالد عمر ووزيرة الدفاع سلمى حداد بالسفير.");
        assertThat(x.roles()).extracting(Role::personKey, Role::office).contains(
                tuple(actor(x, "خالد عمر").key(), "minister-of-interior"),
                tuple(actor(x, "سلمى حداد").key(), "minister-of-defence"))
                .doesNotContain(tuple(actor(x, "سلمى حداد").key(), "minister-of-interior"));
    }

    @Test
    void aTitleInsideAConstructStillNamesItsHolder() {
        Extraction x = extract("اقتحم محتجون منزل رئيس الوزراء السريلانكي رانيل ويكريمسينغ في كولومبو.");
        Actor ranil = actor(x, "رانيل ويكريمسينغ");
        assertThat(x.roles()).extracting(Role::personKey, Role::office, Role::organizationKey)
                .contains(tuple(ranil.key(), "prime-minister", "country/LK"));
        Extraction y = extract("وقال مكتب وزير الدفاع الباكستاني أحمد رضا إن الوضع هادئ.");
        assertThat(y.roles()).extracting(Role::personKey, Role::office)
                .contains(tuple(actor(y, "أحمد رضا").key(), "minister-of-defence"));
    }

    @Test
    void twoNamesJoinedByWaAreTwoPeopleButALongSurnameWithWawIsOne() {
        Extraction x = extract("واستقبل الرئيس المصري خالد عمر وسمير حداد الوفد.");
        assertThat(x.actors()).extracting(Actor::labelAr).contains("خالد عمر").doesNotContain("خالد عمر وسمير");
    }

    @Test
    void aPartyNamedByANounAndAdjectivesIsAnOrganisationWithItsCountry() {
        Extraction x = extract("وفاز حزب الحلم الجورجي الحاكم بالانتخابات.");
        Actor dream = actor(x, "حزب الحلم الجورجي");
        assertThat(dream.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(dream.country()).isEqualTo("country/GE");
        assertThat(actor(extract("وانتقد حزب العدالة والتنمية القرار."), "حزب العدالة والتنمية").type())
                .isEqualTo(ActorType.ORGANIZATION);
        assertThat(actor(extract("ويسعى حزب العقد المدني الحاكم إلى الفوز."), "حزب العقد المدني").type())
                .isEqualTo(ActorType.ORGANIZATION);
        Extraction y = extract("وقال رئيس الحركة الديمقراطية البرتقالية جون أوتينو إن الحكومة فشلت.");
        assertThat(y.roles()).extracting(Role::personKey, Role::organizationKey)
                .contains(tuple(actor(y, "جون أوتينو").key(), actor(y, "الحركة الديمقراطية البرتقالية").key()));
    }

    @Test
    void aMovementOfGoodsOrOfProtestIsNoOrganisation() {
        assertThat(extract("وانتقدت الحركة الاحتجاجية القرار.").actors()).noneMatch(a -> a.type() == ActorType.ORGANIZATION);
        assertThat(extract("وتوقفت حركة التجارة عبر الحدود.").actors()).noneMatch(a -> a.type() == ActorType.ORGANIZATION);
    }

    @Test
    void aNameOpeningWithAHamzaOnItsAlefCarriesNoArticle() {
        // أليكسي, إلياس: not ال + noun, so the name is read, and no title stands alone for the president
        Extraction x = extract("وقال الرئيس الروسي أليكسي فولين إن الحكم ظالم.");
        Actor alexei = actor(x, "أليكسي فولين");
        assertThat(alexei.type()).isEqualTo(ActorType.PERSON);
        assertThat(alexei.labelEn()).isEqualTo("Aliksi Fulin");
        assertThat(x.actors()).noneMatch(a -> a.key().equals("person/vladimir-putin"));
        assertThat(actor(extract("اعتقلت الشرطة المعارض إلياس كرم في بيروت."), "إلياس كرم").type())
                .isEqualTo(ActorType.PERSON);
        assertThat(extract("وقال المعارض الليبرالي إن الحكم ظالم.").actors()).noneMatch(a -> a.type() == ActorType.PERSON);
    }

    @Test
    void aDefiniteNounAfterATwoWordNameIsTheVerbsObjectNotAThirdName() {
        Extraction x = extract("ووصف رئيس الوزراء البولندي ماريك كوفالسكي الحادثة بأنها خطيرة.");
        assertThat(actor(x, "ماريك كوفالسكي").type()).isEqualTo(ActorType.PERSON);
        // a nisba family name still closes a three-word name
        assertThat(actor(extract("وقال النائب العراقي علي حسين الموسوي إن الجلسة تأجلت."), "علي حسين الموسوي").type())
                .isEqualTo(ActorType.PERSON);
    }

    @Test
    void aForeignRankBeforeANameMakesAnOfficer() {
        Extraction x = extract("ووقع البيان اللفتنانت كولونيل جان ماري تراوري.");
        assertThat(actor(x, "جان ماري تراوري").type()).isEqualTo(ActorType.PERSON);
    }
}
