package org.newsgraph.extract.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Role;

/**
 * Names of actors no lexicon lists, and words that only look like one: a common noun phrase after a descriptor
 * noun, parties and movements with long names (من أجل، a genitive with ل), companies named after شركة, a known
 * surname after another given name, East Asian names and the honorific الشيخ. Short sentences of our own, read
 * with every shipped lexicon (the companies' nisbas need the countries).
 */
class ArabicNamesS5Test {

    private static Extraction extract(String text) {
        return TestLexicons.extractShipped(text, LocalDate.of(2025, 2, 3));
    }

    private static Actor actor(Extraction x, String labelAr) {
        return TestLexicons.actor(x, labelAr);
    }

    private static long count(Extraction x, ActorType type) {
        return x.actors().stream().filter(a -> a.type() == type).count();
    }

    // ------------------------------------------------------------------ a descriptor before a common noun phrase

    @Test
    void whatAnArrestStirsIsNoPersonAfterTheDescriptor() {
        assertThat(count(extract("أثار توقيف المعارض موجة إدانات غربية واسعة."), ActorType.PERSON)).isZero();
        assertThat(count(extract("وأثار اعتقال الناشط موجة غضب في البلاد."), ActorType.PERSON)).isZero();
        assertThat(count(extract("وأثارت تصريحات الوزير ردود فعل غاضبة."), ActorType.PERSON)).isZero();
        assertThat(count(extract("ويواجه المعارض تهما بالإرهاب."), ActorType.PERSON)).isZero();
    }

    @Test
    void anIndefiniteNounWithAnAgreeingNisbaAdjectiveIsNoName() {
        // صفعة is in no lexicon: the feminine noun and the nisba agreeing with it say it is no name
        assertThat(count(extract("وشكل سجن المعارض صفعة قوية للحكومة."), ActorType.PERSON)).isZero();
        assertThat(count(extract("وأثار اعتقال الصحفي احتجاجات شعبية في العاصمة."), ActorType.PERSON)).isZero();
    }

    @Test
    void aRealNameAfterTheDescriptorStillMakesAPersonAndEndsBeforeTheNounPhrase() {
        Extraction x = extract("أثار توقيف المعارض حسين علي موجة إدانات.");
        assertThat(actor(x, "حسين علي").type()).isEqualTo(ActorType.PERSON);
        assertThat(count(x, ActorType.PERSON)).isEqualTo(1);
        assertThat(actor(extract("اعتقلت الشرطة الناشطة نادية بركات في المدينة."), "نادية بركات").type())
                .isEqualTo(ActorType.PERSON);
        assertThat(actor(extract("وقالت الناشطة سامية عمران إن الحكم ظالم."), "سامية عمران").type())
                .isEqualTo(ActorType.PERSON);
    }

    // ------------------------------------------------------------------------------------ parties and movements

    @Test
    void aPartyWhoseNameSaysWhatItIsForIsOneOrganisation() {
        assertThat(actor(extract("وقال حزب التجمع من أجل الجمهورية إن الانتخابات مزورة."),
                "حزب التجمع من أجل الجمهورية").type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actor(extract("وأعلنت حركة من أجل التغيير والعدالة مقاطعة الانتخابات."),
                "حركة من أجل التغيير والعدالة").type()).isEqualTo(ActorType.ORGANIZATION);
        Actor mrc = actor(extract("واعتقلت الشرطة أنصار حزب الحركة من أجل نهضة الكاميرون في دوالا."),
                "حزب الحركة من أجل نهضة الكاميرون");
        assertThat(mrc.type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void theLeaderNamedAfterSuchAPartyIsAPersonHoldingItsLeadership() {
        Extraction x = extract("وقال زعيم حزب الاتحاد من أجل التقدم أحمد سالم إن الحكومة فشلت.");
        Actor party = actor(x, "حزب الاتحاد من أجل التقدم");
        Actor leader = actor(x, "أحمد سالم");
        assertThat(x.roles()).extracting(Role::personKey, Role::organizationKey)
                .contains(org.assertj.core.groups.Tuple.tuple(leader.key(), party.key()));
    }

    @Test
    void aPurposeAfterAPartyIsNoPartOfItsName() {
        Extraction x = extract("وتظاهر أنصار حزب الشعب من أجل الإفراج عن المعتقلين.");
        assertThat(x.actors()).noneMatch(a -> a.labelAr() != null && a.labelAr().contains("أجل"));
    }

    @Test
    void aPartyNamedWithAGenitiveLamAndAnIdafaIsOneOrganisation() {
        Extraction x = extract("وفاز حزب التجمع الديمقراطي للشعب الكاميروني بالأغلبية.");
        Actor rdpc = actor(x, "حزب التجمع الديمقراطي للشعب الكاميروني");
        assertThat(rdpc.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(actor(extract("ونفى حزب سلطة الشعب الحاكم الاتهامات."), "حزب سلطة الشعب").type())
                .isEqualTo(ActorType.ORGANIZATION);
        assertThat(x.actors()).noneMatch(a -> a.labelAr() != null && a.labelAr().contains("بالأغلبية"));
    }

    @Test
    void aPartyFollowedByAnInfinitiveOfPurposeKeepsItsOwnName() {
        Extraction x = extract("ودعا حزب العمال للتظاهر أمام البرلمان.");
        assertThat(x.actors()).noneMatch(a -> a.labelAr() != null && a.labelAr().contains("التظاهر"));
    }

    @Test
    void aDefinitePartyOfOneWordIsNamedWhenItsStatusFollows() {
        Extraction x = extract("وقال زعيم الحزب الديمقراطي المعارض لي جاي ميونغ إن البرلمان سيصوت.");
        Actor dp = actor(x, "الحزب الديمقراطي");
        assertThat(dp.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(x.roles()).extracting(Role::organizationKey).contains(dp.key());
        assertThat(count(extract("وقال الحزب الحاكم إن الانتخابات نزيهة."), ActorType.ORGANIZATION)).isZero();
    }

    // ------------------------------------------------------------------------------------------------- companies

    @Test
    void aCompanyNamedInQuotesAfterSharikaIsAnOrganisationOfItsCountry() {
        Extraction x = extract("وفرضت الولايات المتحدة عقوبات على شركة \"ماهان إير\" الإيرانية.");
        Actor mahan = actor(x, "ماهان إير");
        assertThat(mahan.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(mahan.country()).isEqualTo("country/IR");
    }

    @Test
    void aCompanyNamedWithoutQuotesBeforeItsNisbaIsAnOrganisation() {
        Extraction x = extract("وقالت شركة رايان إير الإيرلندية إن طائرتها أجبرت على الهبوط.");
        assertThat(actor(x, "رايان إير").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void aCompanyOfAKindNamedInQuotesAfterItsDescriptionIsAnOrganisation() {
        Extraction x = extract("وأعلنت شركة الطيران الوطنية البيلاروسية \"بيلافيا\" إلغاء رحلاتها.");
        Actor belavia = actor(x, "بيلافيا");
        assertThat(belavia.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(belavia.country()).isEqualTo("country/BY");
    }

    @Test
    void countedCompaniesAreNoCompany() {
        assertThat(count(extract("وفرضت واشنطن عقوبات على ثلاث شركات صينية."), ActorType.ORGANIZATION)).isZero();
        assertThat(count(extract("وفرضت الحكومة غرامة على عشرين شركة نفطية."), ActorType.ORGANIZATION)).isZero();
        assertThat(count(extract("وعاقبت الخزانة 12 شركة صينية."), ActorType.ORGANIZATION)).isZero();
        assertThat(count(extract("وقالت الشركة في بيان إن الرحلات ستستأنف."), ActorType.ORGANIZATION)).isZero();
    }

    @Test
    void theChiefExecutiveOfACompanyHoldsThatOfficeInIt() {
        Extraction x = extract("وقال الرئيس التنفيذي لشركة رايان إير مايكل أوليري إن ما جرى قرصنة.");
        Actor ryanair = actor(x, "رايان إير");
        Actor ceo = actor(x, "مايكل أوليري");
        assertThat(x.roles()).singleElement().satisfies(r -> {
            assertThat(r.personKey()).isEqualTo(ceo.key());
            assertThat(r.organizationKey()).isEqualTo(ryanair.key());
            assertThat(r.office()).isEqualTo("chief-executive");
        });
    }

    @Test
    void aCompanyNamedBeforeIsTheSameOrganisationWhenNamedAgainAfterLam() {
        Extraction x = extract("وأجبرت السلطات طائرة تابعة لشركة \"رايان إير\" الإيرلندية على الهبوط. "
                + "ووصف الرئيس التنفيذي لرايان إير مايكل أوليري ما جرى بأنه قرصنة.");
        Actor ryanair = actor(x, "رايان إير");
        Actor ceo = actor(x, "مايكل أوليري");
        assertThat(x.roles()).extracting(Role::personKey, Role::organizationKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ceo.key(), ryanair.key()));
    }

    // ----------------------------------------------------------------------------------- companions and kin

    @Test
    void aCompanionOrKinWithAPronounAndANisbaNamesAPersonWhoseGivenNameIsAlsoACity() {
        Extraction x = extract("وأوقفت السلطات الصحفي رومان بروتاسيفيتش وصديقته الروسية صوفيا سابيغا.");
        assertThat(actor(x, "صوفيا سابيغا").type()).isEqualTo(ActorType.PERSON);
        assertThat(x.actors()).noneMatch(a -> a.type() == ActorType.COUNTRY && "country/BG".equals(a.key()));
        assertThat(actor(extract("وأوقفت الشرطة زوجته سامية عمران."), "سامية عمران").type()).isEqualTo(ActorType.PERSON);
    }

    // ------------------------------------------------------------------------- a known surname in another name

    @Test
    void aKnownSurnameAfterAnotherGivenNameIsAnotherPerson() {
        Extraction x = extract("وقال الناشط حسين فيدان إن الشرطة اعتقلته.");
        assertThat(x.actors()).noneMatch(a -> a.key().equals("person/hakan-fidan"));
        assertThat(actor(x, "حسين فيدان").type()).isEqualTo(ActorType.PERSON);
        Extraction y = extract("وقال المعارض محمد ترامب إن الحكومة فاسدة.");
        assertThat(y.actors()).noneMatch(a -> a.key().equals("person/donald-trump"));
        assertThat(actor(y, "محمد ترامب").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void theKnownPersonNamedBySurnameAloneOrWithHisOwnGivenNameIsStillHim() {
        Extraction x = extract("والتقى وزير الخارجية التركي هاكان فيدان نظيره. وقال فيدان إن المحادثات مثمرة.");
        assertThat(x.actors()).filteredOn(a -> a.type() == ActorType.PERSON)
                .extracting(Actor::key).containsExactly("person/hakan-fidan");
        assertThat(extract("وقال الوزير فيدان إن المحادثات مثمرة.").actors())
                .extracting(Actor::key).contains("person/hakan-fidan");
    }

    // --------------------------------------------------------------------------- East Asian names, honorifics

    @Test
    void aKoreanNameHasThreeWordsAndStopsBeforeTheNextWord() {
        Extraction x = extract("وتولى رئيس الوزراء هان دوك سو مهام الرئاسة بالوكالة.");
        assertThat(actor(x, "هان دوك سو").type()).isEqualTo(ActorType.PERSON);
        Extraction y = extract("ورحب زعيم الحزب الديمقراطي المعارض لي جاي ميونغ بنتيجة التصويت.");
        assertThat(actor(y, "لي جاي ميونغ").type()).isEqualTo(ActorType.PERSON);
        Extraction z = extract("بحسب ما أعلن رئيس الجمعية الوطنية وو وون شيك.");
        assertThat(actor(z, "وو وون شيك").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aKoreanNameAfterATitleWithANisbaIsFound() {
        Extraction x = extract("وقال الرئيس الكوري الجنوبي يون سوك يول إنه لن يستقيل.");
        assertThat(actor(x, "يون سوك يول").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aNameAfterTheHonorificSheikhIsAPersonEvenOfOneWord() {
        Extraction x = extract("وغادرت الشيخة حسينة البلاد إلى الهند.");
        Actor hasina = actor(x, "الشيخة حسينة");
        assertThat(hasina.type()).isEqualTo(ActorType.PERSON);
        assertThat(hasina.labelEn()).startsWith("Sheikh");
        Extraction y = extract("واستقالت رئيسة الوزراء البنغلاديشية الشيخة حسينة بعد احتجاجات. وغادرت حسينة البلاد.");
        assertThat(y.actors()).filteredOn(a -> a.type() == ActorType.PERSON).hasSize(1);
        assertThat(y.roles()).singleElement().satisfies(r -> assertThat(r.office()).isEqualTo("prime-minister"));
        assertThat(actor(extract("وقال الشيخ حمد سالم إن الوساطة مستمرة."), "حمد سالم").type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void aSheikhWithAKnownNameIsThatKnownPerson() {
        assertThat(extract("وقال الشيخ تميم بن حمد إن قطر تدعم الحل.").actors()).extracting(Actor::key)
                .contains("person/tamim-bin-hamad");
    }
}
