package org.newsgraph.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.extract.ar.ArabicNormalizer;
import org.newsgraph.rdf.NG;

/**
 * Checks the gazetteer lexicons (countries, places, organisations, institution patterns, people) as data, with plain Jena:
 * what the Arabic extractor relies on when it looks names up in real articles.
 */
class GazetteerDataTest {

    private static final Path LEXICON = Path.of("ontology", "lexicon");
    private static final List<String> GAZETTEER =
            List.of("countries.ttl", "places.ttl", "organizations.ttl", "institutions.ttl", "people.ttl");
    private static final String WD = "http://www.wikidata.org/entity/";

    /**
     * Ids graded V1/V2 in shared/reference/wikidata.tsv, copied here because CI has no shared folder. Places and
     * organisations may carry no other id; countries may also carry the well-known ids of ISO states.
     */
    private static final Map<String, String> VERIFIED_WIKIDATA = Map.ofEntries(
            Map.entry("country/KZ", "Q232"), Map.entry("country/RU", "Q159"), Map.entry("country/US", "Q30"),
            Map.entry("country/KG", "Q813"), Map.entry("country/BY", "Q184"), Map.entry("country/AM", "Q399"),
            Map.entry("country/TJ", "Q863"), Map.entry("place/almaty", "Q35493"),
            Map.entry("place/almaty-region", "Q186466"), Map.entry("place/jambyl-region", "Q486657"),
            Map.entry("place/kyzylorda-region", "Q485322"), Map.entry("org/csto", "Q318693"),
            Map.entry("person/kassym-jomart-tokayev", "Q200881"), Map.entry("person/nursultan-nazarbayev", "Q57394"),
            Map.entry("person/vladimir-putin", "Q7747"));

    /** Normalised labels deliberately shared: without vowel marks عُمان (Oman) and عمّان (Amman) are one word. */
    private static final Map<String, Set<String>> AMBIGUOUS = Map.of("عمان", Set.of("country/OM", "place/amman"));

    /**
     * Countries with no Arabic nisba: none is in press use, or the nisba is an everyday word (مالي "financial",
     * قمري "lunar", صحراوي "of the desert"), or it belongs to a namesake (كونغولي goes to the DR Congo).
     */
    private static final Set<String> WITHOUT_ARABIC_DEMONYM = Set.of("CF", "CG", "KM", "LS", "ML", "MH", "MC", "NR",
            "PW", "PG", "KN", "LC", "VC", "SM", "ST", "SB", "TV", "VU", "EH", "BN", "AG", "WS", "TO");

    /** City-states, and states whose capital is disputed: no ng:capital. */
    private static final Set<String> WITHOUT_CAPITAL = Set.of("SG", "MC", "VA", "IL", "PS", "EH");

    // the shadda (U+0651) is allowed: it is no vowel, and a label written with it tells apart names that match alike
    // (عمّان Amman, عمان Oman; see CompiledLexicon.writtenWithShadda)
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u0650\\u0652-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static Model gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = ModelFactory.createDefaultModel();
        GAZETTEER.forEach(f -> RDFDataMgr.read(gazetteer, LEXICON.resolve(f).toString()));
    }

    /**
     * The gazetteers are generated from the tables in src/build/gazetteer/ (src/build/gazetteer.py); an Arabic label
     * written into a .ttl by hand is lost at the next generation, as twenty were before this test. Every Arabic
     * literal of the five files must come from a table: as written there, with its shorthand expanded (+ a form
     * taken as is, *X and %X a region's words before X) or as a gender or number form of a nisba.
     */
    @Test
    void everyArabicLabelComesFromTheTables() throws IOException {
        Set<String> fromTables = new TreeSet<>();
        try (Stream<Path> tables = Files.list(Path.of("src", "build", "gazetteer"))) {
            for (Path t : tables.filter(f -> f.toString().endsWith(".txt")).toList()) {
                for (String line : Files.readAllLines(t, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    for (String field : line.split("\\|")) {
                        for (String v : field.split(";")) {
                            tableForms(Normalizer.normalize(v.strip(), Normalizer.Form.NFC), fromTables);
                        }
                    }
                }
            }
        }
        Set<String> handWritten = new TreeSet<>();
        gazetteer.listStatements().forEachRemaining(st -> {
            if (st.getObject().isLiteral() && "ar".equals(st.getObject().asLiteral().getLanguage())
                    && !fromTables.contains(st.getObject().asLiteral().getLexicalForm())) {
                handWritten.add(st.getSubject().getURI() + " " + st.getObject().asLiteral().getLexicalForm());
            }
        });
        assertThat(handWritten).as("Arabic labels in the .ttl files that no table gives: add them to the tables "
                + "and re-run python3 src/build/gazetteer.py").isEmpty();
    }

    /** A table value and what the generator makes of it (gazetteer.py: region_forms, demonyms, nisba_forms). */
    private static void tableForms(String v, Set<String> out) {
        if (v.isEmpty()) {
            return;
        }
        if (v.startsWith("+")) {
            out.add(v.substring(1));
            return;
        }
        if (v.startsWith("*")) {
            for (String w : List.of("مقاطعة", "منطقة", "إقليم")) {
                out.add(w + " " + v.substring(1));
            }
            return;
        }
        if (v.startsWith("%")) {
            out.add("محافظة " + v.substring(1));
            return;
        }
        for (String suffix : List.of("", "ة", "ون", "ين", "ات")) {
            out.add(Stream.of(v.split(" ")).map(w -> w.endsWith("ي") ? w + suffix : w).collect(Collectors.joining(" ")));
        }
    }

    @Test
    void everyLexiconFileParsesAndIsListedInTheIndex() throws IOException {
        List<String> index = Files.readAllLines(LEXICON.resolve("INDEX"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(index).doesNotHaveDuplicates().allMatch(l -> l.endsWith(".ttl"))
                .containsAll(GAZETTEER)
                .contains("offices.ttl", "triggers.ttl", "media.ttl", "people.ttl", "groups.ttl");
        List<Path> files;
        try (Stream<Path> s = Files.list(LEXICON)) {
            files = s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
        for (Path file : files) {
            assertThat(index).as("INDEX lists %s", file.getFileName()).contains(file.getFileName().toString());
            assertThatCode(() -> RDFDataMgr.loadModel(file.toString())).as("%s parses", file).doesNotThrowAnyException();
        }
    }

    @Test
    void everyCountryHasLabelsIsoCodeAndDemonyms() {
        List<Resource> countries = gazetteer.listSubjectsWithProperty(RDF.type, NG.Country).toList();
        assertThat(countries).hasSizeGreaterThanOrEqualTo(198);
        Set<String> iso = Set.of(Locale.getISOCountries());
        for (Resource c : countries) {
            String code = string(c, NG.isoCode);
            assertThat(key(c)).isEqualTo("country/" + code);
            boolean former = c.hasProperty(NG.dissolved);
            assertThat(iso.contains(code) != former || code.equals("XK"))
                    .as("%s is an ISO 3166-1 code (or Kosovo's XK), or a former state's deleted code", code).isTrue();
            assertThat(labels(c, SKOS.prefLabel, "ar")).as("Arabic display label of %s", code).hasSize(1);
            assertThat(labels(c, SKOS.prefLabel, "en")).as("English display label of %s", code).hasSize(1);
            assertThat(labels(c, NG.demonym, "en")).as("English demonym of %s", code).isNotEmpty();
            List<String> nisbas = labels(c, NG.demonym, "ar");
            if (!WITHOUT_ARABIC_DEMONYM.contains(code)) {
                assertThat(nisbas).as("Arabic nisba of %s", code).isNotEmpty();
            }
            for (String n : nisbas) {
                assertThat(n).as("nisba of %s is written without the article", code).doesNotStartWith("ال");
                if (n.endsWith("ي")) {
                    assertThat(nisbas).as("%s: every masculine nisba has its feminine and plurals", code)
                            .contains(inflect(n, "ة"), inflect(n, "ون"), inflect(n, "ين"), inflect(n, "ات"));
                }
            }
            if (former && c.hasProperty(NG.capital)) {
                // موسكو in an article of 1968: the capital a successor keeps, which the extractor weighs by the date
                Resource successor = c.getPropertyResourceValue(NG.capital).getPropertyResourceValue(NG.country);
                assertThat(successor.hasProperty(NG.dissolved)).as("%s: its capital lies in a living state", code).isFalse();
                assertThat(successor.getPropertyResourceValue(NG.capital)).as("%s: a successor keeps its capital", code)
                        .isEqualTo(c.getPropertyResourceValue(NG.capital));
            } else if (!former && !WITHOUT_CAPITAL.contains(code)) {
                assertThat(c.hasProperty(NG.capital)).as("capital of %s", code).isTrue();
            }
        }
    }

    @Test
    void statesInTheNewsAreThereUnderEverySpellingThePressUses() {
        assertThat(allArabic("country/KG")).contains("قرغيزستان", "قيرغيزستان", "قرغيزيا");
        assertThat(allArabic("country/BY")).contains("روسيا البيضاء", "بيلاروس");
        assertThat(allArabic("country/US")).contains("الولايات المتحدة", "الولايات المتحدة الأمريكية", "أمريكا", "أميركا");
        assertThat(demonymsAr("country/US")).contains("أمريكي", "أميركي", "أمريكية", "أمريكيون", "أمريكيين", "أمريكان");
        assertThat(demonymsAr("country/RU")).contains("روسي", "روسية", "روس");
        assertThat(demonymsAr("country/KZ")).contains("كازاخي", "كازاخية", "كازاخستاني", "كازاخستانية");
        assertThat(demonymsAr("country/KG")).contains("قرغيزي", "قرغيزية", "قيرغيزي");
        assertThat(demonymsAr("country/TR")).contains("تركي", "أتراك");
        assertThat(allArabic("country/SU")).contains("الاتحاد السوفيتي", "الاتحاد السوفياتي", "الاتحاد السوفييتي");
        assertThat(demonymsAr("country/SU")).contains("سوفيتي", "سوفياتية", "سوفيات");
        assertThat(allArabic("country/YU")).contains("يوغوسلافيا", "يوغسلافيا");
        assertThat(allArabic("country/DE")).contains("ألمانيا الغربية");
        assertThat(allArabic("country/DD")).contains("ألمانيا الشرقية", "ألمانيا الديمقراطية");
        for (String key : List.of("country/PS", "country/XK", "country/TW", "country/EH")) {
            assertThat(gazetteer.contains(resource(key), RDF.type, NG.Country)).as(key).isTrue();
        }
    }

    @Test
    void capitalsAndCountriesPointToDefinedEntries() {
        gazetteer.listStatements(null, NG.capital, (RDFNode) null).forEach(s -> {
            Resource capital = s.getResource();
            assertThat(capital.hasProperty(RDF.type, NG.Place)).as("capital %s is a place", key(capital)).isTrue();
            if (!s.getSubject().hasProperty(NG.dissolved)) {
                assertThat(capital.getPropertyResourceValue(NG.country)).as("capital %s lies in its country", key(capital))
                        .isEqualTo(s.getSubject());
            }
        });
        gazetteer.listStatements(null, NG.country, (RDFNode) null).forEach(s ->
                assertThat(s.getResource().hasProperty(RDF.type, NG.Country))
                        .as("%s ng:country %s is a defined country", key(s.getSubject()), s.getResource()).isTrue());
    }

    @Test
    void keysFollowTheirPatterns() {
        Set<String> institutions = gazetteer.listSubjectsWithProperty(RDF.type, NG.InstitutionPattern).toList().stream()
                .map(r -> r.getURI().substring(NG.LEX.length())).collect(Collectors.toSet());
        assertThat(institutions).isNotEmpty().allMatch(k -> k.startsWith("institution/")
                && SLUG.matcher(k.substring("institution/".length())).matches());
        for (Resource place : gazetteer.listSubjectsWithProperty(RDF.type, NG.Place).toList()) {
            assertThat(key(place)).startsWith("place/");
            assertThat(key(place).substring(6)).matches(SLUG.pattern());
        }
        for (Resource org : gazetteer.listSubjectsWithProperty(RDF.type, NG.Organization).toList()) {
            String[] parts = key(org).split("/");
            assertThat(parts[0]).isEqualTo("org");
            if (parts.length == 3) {
                // a state body both named in the lexicon and produced by an institution pattern: one key for both
                assertThat(institutions).as(key(org)).contains("institution/" + parts[2]);
                assertThat(org.getPropertyResourceValue(NG.country)).as(key(org)).isEqualTo(resource("country/" + parts[1]));
            } else {
                assertThat(parts).as(key(org)).hasSize(2);
                assertThat(parts[1]).matches(SLUG.pattern());
            }
        }
    }

    @Test
    void noTwoActorsShareANormalisedArabicLabel() {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (Resource actor : actors()) {
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, NG.demonym)) {
                labels(actor, p, "ar").forEach(l -> owners.computeIfAbsent(normalise(l), k -> new TreeSet<>()).add(key(actor)));
            }
        }
        Map<String, Set<String>> collisions = new TreeMap<>();
        owners.forEach((label, keys) -> {
            if (keys.size() > 1 && !keys.equals(AMBIGUOUS.get(label))) {
                collisions.put(label, keys);
            }
        });
        assertThat(collisions).as("labels that would name two actors").isEmpty();
    }

    @Test
    void noTwoActorsShareAnEnglishLabel() {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (Resource actor : actors()) {
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, NG.demonym)) {
                labels(actor, p, "en").forEach(l -> owners.computeIfAbsent(l.toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(key(actor)));
            }
        }
        assertThat(owners).allSatisfy((label, keys) -> assertThat(keys).as(label).hasSize(1));
    }

    @Test
    void institutionPatternsHaveDistinctArabicForms() {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (Resource pattern : gazetteer.listSubjectsWithProperty(RDF.type, NG.InstitutionPattern).toList()) {
            assertThat(labels(pattern, SKOS.prefLabel, "ar")).as(pattern.getURI()).hasSize(1);
            assertThat(labels(pattern, SKOS.prefLabel, "en")).as(pattern.getURI()).hasSize(1);
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, NG.form)) {
                labels(pattern, p, "ar").forEach(l -> owners.computeIfAbsent(normalise(l), k -> new TreeSet<>()).add(pattern.getURI()));
            }
        }
        assertThat(owners).allSatisfy((label, uris) -> assertThat(uris).as(label).hasSize(1));
    }

    @Test
    void wikidataIdsAreVerifiedOnesAndNeverShared() {
        VERIFIED_WIKIDATA.forEach((key, qid) ->
                assertThat(resource(key).listProperties(OWL.sameAs).mapWith(s -> s.getResource().getURI()).toList())
                        .as(key).containsExactly(WD + qid));
        Map<String, String> ownerOfId = new TreeMap<>();
        gazetteer.listStatements(null, OWL.sameAs, (RDFNode) null).forEach(s -> {
            String id = s.getResource().getURI();
            String key = key(s.getSubject());
            assertThat(id).as(key).matches(Pattern.quote(WD) + "Q[1-9][0-9]*");
            if (!key.startsWith("country/")) {
                assertThat(VERIFIED_WIKIDATA).as("%s carries only a verified id", key).containsEntry(key, id.substring(WD.length()));
            }
            assertThat(ownerOfId.put(id, key)).as("%s also given to %s", id, key).isNull();
        });
    }

    @Test
    void everyOfficeHeldIsADefinedOfficeOfADefinedBodyInOrder() {
        Model offices = RDFDataMgr.loadModel(LEXICON.resolve("offices.ttl").toString());
        Set<String> institutions = gazetteer.listSubjectsWithProperty(RDF.type, NG.InstitutionPattern).toList().stream()
                .map(r -> r.getURI().substring(NG.LEX.length() + "institution/".length())).collect(Collectors.toSet());
        List<Resource> people = gazetteer.listSubjectsWithProperty(RDF.type, NG.Person).toList();
        assertThat(people).hasSizeGreaterThan(100);
        for (Resource person : people) {
            assertThat(key(person)).startsWith("person/");
            assertThat(key(person).substring("person/".length())).matches(SLUG.pattern());
            assertThat(labels(person, SKOS.prefLabel, "ar")).as("Arabic display label of %s", key(person)).hasSize(1);
            assertThat(labels(person, SKOS.prefLabel, "en")).as("English display label of %s", key(person)).hasSize(1);
            person.listProperties(NG.holds).forEach(h -> {
                Resource held = h.getResource();
                Resource office = held.getPropertyResourceValue(NG.office);
                Resource body = held.getPropertyResourceValue(NG.organization);
                assertThat(offices.contains(office, RDF.type, NG.Office)).as("%s holds %s", key(person), office).isTrue();
                String[] org = key(body).split("/");
                boolean defined = body.hasProperty(RDF.type, NG.Country) || body.hasProperty(RDF.type, NG.Organization)
                        || (org.length == 3 && institutions.contains(org[2])
                                && resource("country/" + org[1]).hasProperty(RDF.type, NG.Country));
                assertThat(defined).as("%s holds an office of %s, which no lexicon defines", key(person), key(body)).isTrue();
                Statement since = held.getProperty(NG.since);
                Statement until = held.getProperty(NG.until);
                if (since != null && until != null) {
                    assertThat(since.getLiteral().getLexicalForm().compareTo(until.getLiteral().getLexicalForm()))
                            .as("%s at %s: since before until", key(person), key(body)).isNotPositive();
                }
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"countries.ttl", "places.ttl", "organizations.ttl", "institutions.ttl", "people.ttl"})
    void arabicLabelsAreNfcWithoutVowelMarksOrTatweel(String file) {
        Model m = RDFDataMgr.loadModel(LEXICON.resolve(file).toString());
        List<String> bad = new ArrayList<>();
        m.listStatements().forEach(s -> {
            if (s.getObject().isLiteral() && s.getLiteral().getLanguage().equals("ar")) {
                String v = s.getLiteral().getLexicalForm();
                boolean ok = Normalizer.isNormalized(v, Normalizer.Form.NFC) && !ARABIC_MARKS.matcher(v).find()
                        && v.equals(v.strip()) && !v.contains("  ") && v.codePoints().anyMatch(GazetteerDataTest::isArabicLetter)
                        && v.chars().noneMatch(ch -> (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'));
                if (!ok) {
                    bad.add(v);
                }
            }
        });
        assertThat(bad).as("Arabic literals in %s", file).isEmpty();
    }

    /**
     * The key the Arabic extractor matches on: its own folding (vowel marks and tatweel gone, letter variants
     * unified), words split at spaces and hyphens, and the article off the first word, as it strips it from text.
     */
    static String normalise(String label) {
        String s = ArabicNormalizer.normalize(Normalizer.normalize(label, Normalizer.Form.NFC));
        s = s.replaceAll("[\\s\\-]+", " ").strip();
        return s.startsWith("ال") && s.length() > 3 ? s.substring(2) : s;
    }

    @Test
    void normalisationUnifiesWhatTheExtractorUnifies() {
        assertThat(normalise("الأرجنتين")).isEqualTo(normalise("ارجنتين"));
        assertThat(normalise("عُمان")).isEqualTo(normalise("عمّان"));
        assertThat(normalise("ألما-آتا")).isEqualTo(normalise("ألما آتا"));
        assertThat(normalise("سورية")).isNotEqualTo(normalise("سوريا"));
    }

    /** A nisba's other form: the suffix on every word that is a nisba (كوري جنوبي -> كورية جنوبية). */
    private static String inflect(String masculine, String suffix) {
        return Stream.of(masculine.split(" ")).map(w -> w.endsWith("ي") ? w + suffix : w).collect(Collectors.joining(" "));
    }

    private static boolean isArabicLetter(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC && Character.isLetter(cp);
    }

    private static List<Resource> actors() {
        List<Resource> out = new ArrayList<>();
        for (Resource type : List.of(NG.Country, NG.Place, NG.Organization, NG.Person)) {
            out.addAll(gazetteer.listSubjectsWithProperty(RDF.type, type).toList());
        }
        return out;
    }

    private static Resource resource(String key) {
        return gazetteer.createResource(NG.ID + key);
    }

    private static String key(Resource r) {
        return r.getURI().startsWith(NG.ID) ? r.getURI().substring(NG.ID.length()) : r.getURI();
    }

    private static String string(Resource r, Property p) {
        Literal l = r.getProperty(p).getLiteral();
        return l.getLexicalForm();
    }

    private static List<String> labels(Resource r, Property p, String lang) {
        return r.listProperties(p).mapWith(s -> s.getObject())
                .filterKeep(o -> o.isLiteral() && o.asLiteral().getLanguage().equals(lang))
                .mapWith(o -> o.asLiteral().getLexicalForm()).toList();
    }

    private static List<String> allArabic(String key) {
        List<String> out = new ArrayList<>(labels(resource(key), SKOS.prefLabel, "ar"));
        out.addAll(labels(resource(key), SKOS.altLabel, "ar"));
        return out;
    }

    private static List<String> demonymsAr(String key) {
        return labels(resource(key), NG.demonym, "ar");
    }
}
