package org.newsgraph.rdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.lexicon.ActorEntry;
import org.newsgraph.extract.lexicon.HeldOffice;
import org.newsgraph.extract.lexicon.Lexicon;
import org.newsgraph.extract.lexicon.Term;

/**
 * Reads the lexicons of {@code ontology/lexicon/} (format: {@code ontology/README.md}) into the plain
 * {@link Lexicon} records the extractors use, so that {@code extract} never sees RDF.
 *
 * <p>Subjects typed {@code ng:Country}, {@code ng:Place}, {@code ng:Organization}, {@code ng:Person} or
 * {@code ng:Group} become {@link ActorEntry actors} keyed by their path under {@code ngid:}; subjects typed
 * {@code ng:InstitutionPattern}, {@code ng:Office}, {@code ng:Trigger} and {@code ng:Medium} become
 * {@link Term terms} of that kind, and any other {@code lex:} subject with a type becomes a cue term whose
 * {@code type} property is the local name of its class (the extractors' own classes and properties, which are
 * lexicon data rather than graph vocabulary, live in {@code lexv:} = {@code https://w3id.org/newsgraph/lexicon/vocab#};
 * properties are read by local name whatever their namespace). A term's key is its path under {@code lex:} without the
 * first segment ({@code lex:office/president} → {@code president}).
 *
 * <p>Labels keep the order the file gives them, so the first {@code skos:prefLabel} of a language is the
 * display label; RDF itself has no order, hence the reader takes the triples as the parser streams them. A triple
 * stated twice (in one file or in two, as when the Arabic and the English trigger files both type
 * {@code lex:trigger/arrest}) counts once, as RDF says.
 *
 * <p>One term may hold the words of several languages, Arabic in {@code triggers.ttl} and English in
 * {@code en-triggers.ttl}: a term property keeps each literal's language tag ({@link Term#values()}), so that
 * {@link Lexicon#forLanguage} gives each language's extractor its own words ({@code ng:targetMarker "to"@en} is
 * not an Arabic marker); a value without a tag (a code, a flag, a cue class) serves every language.
 */
public final class LexiconReader {

    /** Where the lexicons sit on the classpath (the pom packs {@code ontology/} into the jar). */
    static final String CLASSPATH_DIR = "ontology/lexicon/";

    private static final Map<String, ActorType> ACTOR_TYPES = Map.of(
            NG.Country.getURI(), ActorType.COUNTRY,
            NG.Place.getURI(), ActorType.PLACE,
            NG.Organization.getURI(), ActorType.ORGANIZATION,
            NG.Person.getURI(), ActorType.PERSON,
            NG.Group.getURI(), ActorType.GROUP);
    private static final String WD = "http://www.wikidata.org/entity/";

    private LexiconReader() {
    }

    /**
     * The lexicons shipped on the classpath: the files {@code ontology/lexicon/INDEX} names, one per line, in
     * that order; names with no file are skipped (a lexicon not written yet), blank lines and {@code #} comments
     * too.
     *
     * @throws IllegalArgumentException naming the file when a lexicon is not valid Turtle
     */
    public static Lexicon read() {
        ClassLoader loader = LexiconReader.class.getClassLoader();
        Set<Triple> triples = new LinkedHashSet<>();
        try (InputStream index = loader.getResourceAsStream(CLASSPATH_DIR + "INDEX")) {
            if (index == null) {
                throw new IllegalStateException("no " + CLASSPATH_DIR + "INDEX on the classpath: the jar is incomplete");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream(CLASSPATH_DIR + name)) {
                    if (in != null) {
                        parse(in, CLASSPATH_DIR + name, triples);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lexicons on the classpath", e);
        }
        return map(triples);
    }

    /**
     * Every {@code *.ttl} file of a folder, in name order.
     *
     * @throws IllegalArgumentException when the folder does not exist or a file is not valid Turtle
     */
    public static Lexicon read(Path dir) {
        return read(dir, name -> true);
    }

    /**
     * The {@code *.ttl} files of a folder whose names the filter accepts, in name order.
     *
     * @throws IllegalArgumentException when the folder does not exist or a file is not valid Turtle
     */
    public static Lexicon read(Path dir, java.util.function.Predicate<String> names) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("lexicon folder " + dir + ": not a folder");
        }
        Set<Triple> triples = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .filter(p -> names.test(p.getFileName().toString())).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    parse(in, file.toString(), triples);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("lexicon folder " + dir + ": " + e.getMessage(), e);
        }
        return map(triples);
    }

    private static void parse(InputStream in, String name, Collection<Triple> into) {
        try {
            RDFParser.create().source(in).lang(Lang.TURTLE).base(NG.ID).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple triple) {
                    into.add(triple);
                }
            });
        } catch (RiotException e) {
            throw new IllegalArgumentException("lexicon file " + name + ": " + e.getMessage(), e);
        }
    }

    private static Lexicon map(Collection<Triple> triples) {
        Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
        for (Triple t : triples) {
            bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
        }
        List<ActorEntry> actors = new ArrayList<>();
        List<Term> institutions = new ArrayList<>();
        List<Term> offices = new ArrayList<>();
        List<Term> triggers = new ArrayList<>();
        List<Term> media = new ArrayList<>();
        List<Term> cues = new ArrayList<>();
        for (Map.Entry<Node, List<Triple>> e : bySubject.entrySet()) {
            Node s = e.getKey();
            if (!s.isURI()) {
                continue;
            }
            List<Triple> ts = e.getValue();
            for (Node type : objects(ts, RDF.type.asNode())) {
                if (!type.isURI()) {
                    continue;
                }
                String t = type.getURI();
                if (ACTOR_TYPES.containsKey(t) && s.getURI().startsWith(NG.ID)) {
                    actors.add(actor(s, ACTOR_TYPES.get(t), ts, bySubject));
                } else if (s.getURI().startsWith(NG.LEX)) {
                    Term term = term(s, t, ts);
                    if (t.equals(NG.InstitutionPattern.getURI())) {
                        institutions.add(term);
                    } else if (t.equals(NG.Office.getURI())) {
                        offices.add(term);
                    } else if (t.equals(NG.Trigger.getURI())) {
                        triggers.add(term);
                    } else if (t.equals(NG.Medium.getURI())) {
                        media.add(term);
                    } else {
                        cues.add(term);
                    }
                }
            }
        }
        return new Lexicon(actors, institutions, offices, triggers, media, cues);
    }

    private static ActorEntry actor(Node s, ActorType type, List<Triple> ts, Map<Node, List<Triple>> bySubject) {
        String key = s.getURI().substring(NG.ID.length());
        String wikidata = null;
        for (Node o : objects(ts, OWL.sameAs.asNode())) {
            if (o.isURI() && o.getURI().startsWith(WD)) {
                wikidata = o.getURI().substring(WD.length());
                break;
            }
        }
        List<HeldOffice> holds = new ArrayList<>();
        for (Node h : objects(ts, NG.holds.asNode())) {
            List<Triple> hs = bySubject.getOrDefault(h, List.of());
            String office = first(hs, NG.office.asNode());
            String org = first(hs, NG.organization.asNode());
            if (office == null || org == null) {
                throw new IllegalArgumentException("lexicon actor " + key + ": ng:holds needs ng:office and ng:organization");
            }
            holds.add(new HeldOffice(office, org, date(key, first(hs, NG.since.asNode())),
                    date(key, first(hs, NG.until.asNode()))));
        }
        return new ActorEntry(key, type, labels(ts, "ar"), labels(ts, "en"), wikidata,
                first(ts, NG.country.asNode()), first(ts, NG.capital.asNode()),
                literals(ts, NG.demonym.asNode(), "ar"), literals(ts, NG.demonym.asNode(), "en"),
                first(ts, NG.isoCode.asNode()), holds, dissolvedYear(key, first(ts, NG.dissolved.asNode())),
                ts.stream().anyMatch(t -> t.getPredicate().isURI() && "definiteOnly".equals(t.getPredicate().getLocalName())
                        && t.getObject().isLiteral() && "true".equals(t.getObject().getLiteralLexicalForm())));
    }

    /** The year of an ng:dissolved gYear ("1991"), or null when the actor has none. */
    private static Integer dissolvedYear(String key, String year) {
        if (year == null) {
            return null;
        }
        if (!year.matches("\\d{4}")) {
            throw new IllegalArgumentException("lexicon actor " + key + ": ng:dissolved is no year: " + year);
        }
        return Integer.valueOf(year);
    }

    private static Term term(Node s, String type, List<Triple> ts) {
        String path = s.getURI().substring(NG.LEX.length());
        String key = path.contains("/") ? path.substring(path.indexOf('/') + 1) : path;
        Map<String, Map<String, List<String>>> values = new LinkedHashMap<>();
        for (Triple t : ts) {
            String p = t.getPredicate().getURI();
            if (p.equals(SKOS.prefLabel.getURI()) || p.equals(SKOS.altLabel.getURI()) || p.equals(NG.form.getURI())
                    || p.equals(RDF.type.getURI())) {
                continue;
            }
            String local = p.substring(Math.max(p.lastIndexOf('#'), p.lastIndexOf('/')) + 1);
            String language = t.getObject().isLiteral() ? t.getObject().getLiteralLanguage().toLowerCase(Locale.ROOT) : "";
            List<String> vs = values.computeIfAbsent(local, k -> new LinkedHashMap<>()).computeIfAbsent(language, k -> new ArrayList<>());
            String v = value(t.getObject());
            if (!vs.contains(v)) {
                vs.add(v);
            }
        }
        values.put("type", Map.of("", List.of(type.substring(Math.max(type.lastIndexOf('#'), type.lastIndexOf('/')) + 1))));
        Map<String, String> props = new LinkedHashMap<>();
        values.forEach((name, byLanguage) -> props.put(name, String.join("|",
                byLanguage.values().stream().flatMap(List::stream).distinct().toList())));
        return new Term(key, labels(ts, "ar"), labels(ts, "en"), literals(ts, NG.form.asNode(), "ar"),
                literals(ts, NG.form.asNode(), "en"), props, values);
    }

    /** prefLabels of a language first, then altLabels, each in file order. */
    private static List<String> labels(List<Triple> ts, String lang) {
        List<String> out = new ArrayList<>(literals(ts, SKOS.prefLabel.asNode(), lang));
        for (String alt : literals(ts, SKOS.altLabel.asNode(), lang)) {
            if (!out.contains(alt)) {
                out.add(alt);
            }
        }
        return out;
    }

    private static List<String> literals(List<Triple> ts, Node p, String lang) {
        List<String> out = new ArrayList<>();
        for (Node o : objects(ts, p)) {
            if (o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(lang)) {
                String v = o.getLiteralLexicalForm().strip();
                if (!v.isEmpty() && !out.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static List<Node> objects(List<Triple> ts, Node p) {
        return ts.stream().filter(t -> t.getPredicate().equals(p)).map(Triple::getObject).toList();
    }

    private static String first(List<Triple> ts, Node p) {
        List<Node> os = objects(ts, p);
        return os.isEmpty() ? null : value(os.get(0));
    }

    /** A literal's lexical form; an IRI as its key under {@code ngid:}, {@code lex:} (minus the kind) or cameo. */
    private static String value(Node o) {
        if (o.isLiteral()) {
            return o.getLiteralLexicalForm();
        }
        if (o.isURI()) {
            String u = o.getURI();
            if (u.startsWith(NG.ID)) {
                return u.substring(NG.ID.length());
            }
            if (u.startsWith(NG.LEX)) {
                String path = u.substring(NG.LEX.length());
                return path.contains("/") ? path.substring(path.indexOf('/') + 1) : path;
            }
            if (u.startsWith(NG.CAMEO)) {
                return u.substring(NG.CAMEO.length());
            }
            return u;
        }
        return o.toString();
    }

    private static PartialDate date(String key, String iso) {
        if (iso == null) {
            return null;
        }
        try {
            String[] p = iso.split("-");
            return switch (p.length) {
                case 1 -> PartialDate.ofYear(Integer.parseInt(p[0]));
                case 2 -> new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), null);
                case 3 -> new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
                default -> throw new IllegalArgumentException(iso);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("lexicon actor " + key + ": not a date: " + iso, e);
        }
    }
}
