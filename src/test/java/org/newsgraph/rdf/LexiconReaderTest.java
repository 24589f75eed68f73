package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.HeldOffice;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.extract.lexicon.Term;

class LexiconReaderTest {

    private static final String PREFIXES = """
            @prefix ng:   <https://w3id.org/newsgraph/ontology#> .
            @prefix ngid: <https://w3id.org/newsgraph/id/> .
            @prefix lex:  <https://w3id.org/newsgraph/lexicon/> .
            @prefix lexv: <https://w3id.org/newsgraph/lexicon/vocab#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix wd:   <http://www.wikidata.org/entity/> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            """;

    @Test
    void readsActorsWithLabelsInFileOrderDemonymsCapitalAndOffices(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.ttl"), PREFIXES + """
                ngid:country\\/KZ a ng:Country ;
                    skos:prefLabel "كازاخستان"@ar , "Kazakhstan"@en ;
                    skos:altLabel "قازاقستان"@ar , "كازخستان"@ar , "Republic of Kazakhstan"@en ;
                    ng:demonym "كازاخي"@ar , "كازاخية"@ar , "Kazakh"@en ;
                    ng:isoCode "KZ" ; ng:capital ngid:place\\/astana ; owl:sameAs wd:Q232 .
                ngid:person\\/x-y a ng:Person ;
                    skos:prefLabel "س ص"@ar , "X Y"@en ;
                    ng:holds [ ng:office lex:office\\/president ; ng:organization ngid:country\\/KZ ;
                               ng:since "1990"^^xsd:gYear ; ng:until "2019-03"^^xsd:gYearMonth ] .
                """);
        Lexicon lex = LexiconReader.read(dir);
        ActorEntry kz = lex.actors().stream().filter(a -> a.key().equals("country/KZ")).findFirst().orElseThrow();
        assertThat(kz.type()).isEqualTo(ActorType.COUNTRY);
        assertThat(kz.labelsAr()).containsExactly("كازاخستان", "قازاقستان", "كازخستان");
        assertThat(kz.labelsEn()).containsExactly("Kazakhstan", "Republic of Kazakhstan");
        assertThat(kz.demonymsAr()).containsExactly("كازاخي", "كازاخية");
        assertThat(kz.demonymsEn()).containsExactly("Kazakh");
        assertThat(kz.capitalKey()).isEqualTo("place/astana");
        assertThat(kz.isoCode()).isEqualTo("KZ");
        assertThat(kz.wikidata()).isEqualTo("Q232");
        ActorEntry p = lex.actors().stream().filter(a -> a.key().equals("person/x-y")).findFirst().orElseThrow();
        assertThat(p.holds()).containsExactly(new HeldOffice("president", "country/KZ", PartialDate.ofYear(1990),
                new PartialDate(2019, 3, null)));
    }

    @Test
    void readsTermsByKindAndKeepsOtherPropertiesAndCueClasses(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.ttl"), PREFIXES + """
                lex:trigger\\/arrest a ng:Trigger ;
                    skos:prefLabel "اعتقال"@ar , "arrest"@en ;
                    ng:form "ألقت القبض على"@ar , "arrested"@en ;
                    lexv:verb "اعتقل"@ar , "أوقف"@ar ;
                    ng:cameoCode "173" .
                lex:office\\/president a ng:Office ; skos:prefLabel "الرئيس"@ar , "President"@en .
                lex:medium\\/twitter a ng:Medium ; skos:prefLabel "تويتر"@ar , "Twitter"@en ; skos:altLabel "تغريدة"@ar .
                lex:institution\\/ministry-of-defence a ng:InstitutionPattern ; skos:prefLabel "وزارة الدفاع"@ar .
                lex:cue\\/former a lexv:FormerMarker ; skos:prefLabel "السابق"@ar ; skos:altLabel "المعزول"@ar .
                """);
        Files.writeString(dir.resolve("ignored.txt"), "not a lexicon");
        Lexicon lex = LexiconReader.read(dir);
        Term arrest = lex.triggers().get(0);
        assertThat(arrest.key()).isEqualTo("arrest");
        assertThat(arrest.formsAr()).containsExactly("ألقت القبض على");
        assertThat(arrest.formsEn()).containsExactly("arrested");
        assertThat(arrest.property("cameoCode")).isEqualTo("173");
        assertThat(arrest.property("verb")).isEqualTo("اعتقل|أوقف");
        assertThat(arrest.property("type")).isEqualTo("Trigger");
        assertThat(lex.offices()).extracting(Term::key).containsExactly("president");
        assertThat(lex.media().get(0).labelsAr()).containsExactly("تويتر", "تغريدة");
        assertThat(lex.institutions()).extracting(Term::key).containsExactly("ministry-of-defence");
        assertThat(lex.cues("FormerMarker")).extracting(Term::labelsAr).containsExactly(java.util.List.of("السابق", "المعزول"));
    }

    @Test
    void aTermWrittenInTwoFilesIsOneTermWhoseWordsKeepTheirLanguage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-arabic.ttl"), PREFIXES + """
                lex:trigger\\/send a ng:Trigger ;
                    skos:prefLabel "إرسال"@ar , "send"@en ;
                    lexv:noun "إرسال"@ar ; lexv:targetMarker "إلى"@ar ;
                    lexv:needsObject "Troops" ; ng:cameoCode "074" .
                """);
        Files.writeString(dir.resolve("b-english.ttl"), PREFIXES + """
                lex:trigger\\/send a ng:Trigger ;
                    skos:prefLabel "send"@en ; skos:altLabel "sent"@en ;
                    ng:noun "dispatch"@en ; ng:targetMarker "to"@en , "into"@en ;
                    ng:needsObject "Troops" ; ng:counts "soldiers"@en ; ng:cameoCode "074" .
                """);
        Lexicon lex = LexiconReader.read(dir);
        assertThat(lex.triggers()).hasSize(1);
        Term send = lex.triggers().get(0);
        assertThat(send.key()).isEqualTo("send");
        assertThat(send.labelsEn()).containsExactly("send", "sent");
        // a triple stated in both files counts once
        assertThat(send.property("cameoCode")).isEqualTo("074");
        assertThat(send.property("needsObject")).isEqualTo("Troops");
        assertThat(send.property("targetMarker")).isEqualTo("إلى|to|into");

        Term arabic = lex.forLanguage("ar").triggers().get(0);
        Term english = lex.forLanguage("en").triggers().get(0);
        assertThat(arabic.property("targetMarker")).isEqualTo("إلى");
        assertThat(english.property("targetMarker")).isEqualTo("to|into");
        assertThat(arabic.property("noun")).isEqualTo("إرسال");
        assertThat(english.property("noun")).isEqualTo("dispatch");
        assertThat(arabic.property("counts")).isNull();
        assertThat(english.property("counts")).isEqualTo("soldiers");
        // values of no language serve both
        assertThat(arabic.property("cameoCode")).isEqualTo("074");
        assertThat(english.property("needsObject")).isEqualTo("Troops");
        assertThat(english.property("type")).isEqualTo("Trigger");
        assertThat(send.values().get("targetMarker")).containsOnlyKeys("ar", "en");
    }

    @Test
    void theShippedTriggersHaveOneKeyForBothLanguages() {
        Lexicon lex = LexiconReader.read();
        Term arrest = lex.triggers().stream().filter(t -> t.key().equals("arrest")).findFirst().orElseThrow();
        assertThat(lex.triggers()).extracting(Term::key).doesNotHaveDuplicates().noneMatch(k -> k.startsWith("en/"));
        assertThat(arrest.labelsAr()).contains("اعتقال");
        assertThat(arrest.formsEn()).contains("detain");
        assertThat(arrest.property("cameoCode")).isEqualTo("173");
        assertThat(lex.forLanguage("en").triggers().stream().filter(t -> t.key().equals("arrest")).findFirst().orElseThrow()
                .property("noun")).doesNotContain("اعتقال").contains("detention");
        // an English argument slot must not bind the Arabic words of a shared trigger (the Arabic extractor reads
        // every language's values): the English "placed X under house arrest" has a trigger of its own
        assertThat(lex.triggers()).filteredOn(t -> t.labelsAr().size() > 0)
                .allSatisfy(t -> assertThat(t.values().getOrDefault("needsObject", java.util.Map.of()))
                        .as(t.key()).doesNotContainKey("en"));
    }

    @Test
    void badTurtleNamesTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.ttl"), PREFIXES + "ngid:x a ; ng:y");
        assertThatThrownBy(() -> LexiconReader.read(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.ttl");
    }

    @Test
    void aMissingFolderIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> LexiconReader.read(dir.resolve("nope"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope").hasMessageContaining("not a folder");
    }

    @Test
    void theShippedLexiconsLoadFromTheClasspath() {
        Lexicon lex = LexiconReader.read();
        assertThat(lex.actors()).extracting(ActorEntry::key).contains("person/vladimir-putin");
        assertThat(lex.offices()).extracting(Term::key).contains("president", "spokesperson");
    }
}
