package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.extract.Actor;
import org.newsgraph.extract.ActorType;
import org.newsgraph.extract.Event;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.PartialDate;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Role;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.extract.Statement;
import org.newsgraph.read.Article;

/**
 * Turns one article and what was extracted from it into quads, following the data model of
 * {@code ontology/README.md}. Every quad's graph is the article IRI, so an article can be replaced or dropped
 * as one named graph.
 *
 * <p>The output is a function of the inputs: same article, extraction and run give the same quads, in the same
 * order, without blank nodes, so a re-ingest can be detected and two graphs compared by set equality.
 */
public final class ExtractionMapper {

    private ExtractionMapper() {
    }

    /**
     * Emits the article's metadata, its extraction run (PROV-O), sentences, mentions, actors, roles, events,
     * statements and relations as quads whose graph is the article IRI. Does not call {@link StreamRDF#start()}
     * or {@link StreamRDF#finish()}: the caller may stream many articles into one destination.
     *
     * @throws IllegalArgumentException when the extraction does not fit the article (a span beyond the text, an
     *                                  anchor that is not the text at its span) or names a CAMEO code the
     *                                  scheme does not have; the message names the article and the part
     */
    public static void emit(Article article, Extraction extraction, RunInfo run, StreamRDF out) {
        new Emitter(article, extraction, run, out).emitAll();
    }

    /** Holds the state of one emission: the article's text as code points, its IRIs, the destination. */
    private static final class Emitter {
        private final Article article;
        private final Extraction x;
        private final RunInfo run;
        private final StreamRDF out;
        private final int[] text;
        private final String key;
        /** The article's IRI: the subject of its metadata and the name of the graph every quad goes in. */
        private final Node graph;

        Emitter(Article article, Extraction x, RunInfo run, StreamRDF out) {
            this.article = article;
            this.x = x;
            this.run = run;
            this.out = out;
            this.text = article.text().codePoints().toArray();
            this.key = Iris.articleKey(article);
            this.graph = NodeFactory.createURI(Iris.article(article));
        }

        void emitAll() {
            articleAndRun();
            sentences();
            actors();
            mentions();
            roles();
            events();
            statements();
            relations();
        }

        private void articleAndRun() {
            Node a = graph;
            add(a, RDF.type, NG.Article);
            add(a, RDF.type, SCHEMA.NewsArticle);
            add(a, RDF.type, NIF.Context);
            if (article.title() != null) {
                add(a, SCHEMA.headline, NodeFactory.createLiteralLang(article.title(), article.language()));
            }
            if (article.published() != null) {
                add(a, SCHEMA.datePublished, typed(article.published().toString(), XSDDatatype.XSDdate));
            }
            if (article.canonicalUrl() != null) {
                add(a, SCHEMA.url, NodeFactory.createURI(article.canonicalUrl().toString()));
            }
            add(a, SCHEMA.inLanguage, string(article.language()));
            add(a, NIF.isString, string(article.text()));
            add(a, NIF.beginIndex, offset(0));
            add(a, NIF.endIndex, offset(text.length));
            add(a, NG.contentHash, string(Iris.contentHash(article, x.extractor())));
            add(a, NG.readFrom, string(article.source()));

            Node r = NodeFactory.createURI(Iris.run(key, run));
            add(a, PROV.wasGeneratedBy, r);
            add(r, RDF.type, NG.ExtractionRun);
            add(r, PROV.startedAtTime, typed(DateTimeFormatter.ISO_INSTANT.format(run.started()), XSDDatatype.XSDdateTime));
            add(r, NG.extractor, string(x.extractor()));
            add(r, NG.toolVersion, string(run.toolVersion()));
        }

        private void sentences() {
            List<Sentence> ss = x.sentences();
            for (Sentence s : ss) {
                Node n = sentence(s.index());
                add(n, RDF.type, NIF.Sentence);
                span(n, s.span(), s.text(), "sentence " + s.index());
                add(n, NG.sentenceIndex, integer(s.index()));
                if (s.index() + 1 < ss.size()) {
                    add(n, NIF.nextSentence, sentence(s.index() + 1));
                }
            }
        }

        private void actors() {
            Set<String> countries = new HashSet<>();
            x.actors().stream().filter(a -> a.type() == ActorType.COUNTRY).forEach(a -> countries.add(a.key()));
            for (Actor actor : x.actors()) {
                Node n = actor(actor.key());
                add(n, RDF.type, actorClass(actor));
                if (actor.labelAr() != null) {
                    add(n, RDFS.label, NodeFactory.createLiteralLang(actor.labelAr(), "ar"));
                }
                if (actor.labelEn() != null) {
                    add(n, RDFS.label, NodeFactory.createLiteralLang(actor.labelEn(), "en"));
                }
                for (String alt : actor.altLabelsEn()) {
                    add(n, SKOS.altLabel, NodeFactory.createLiteralLang(alt, "en"));
                }
                if (actor.transliterated() && actor.labelEn() != null) {
                    add(n, NG.labelSource, string("transliteration"));
                }
                if (actor.wikidata() != null) {
                    add(n, OWL.sameAs, NodeFactory.createURI(Iris.wikidata(actor.wikidata())));
                }
                if (actor.country() != null && countries.contains(actor.country())) {
                    // only a country the article itself names: the graph must say it is an ng:Country
                    add(n, NG.country, actor(actor.country()));
                }
            }
        }

        private static Resource actorClass(Actor actor) {
            return switch (actor.type()) {
                case PERSON -> NG.Person;
                case ORGANIZATION -> NG.Organization;
                case COUNTRY -> NG.Country;
                case PLACE -> NG.Place;
                case GROUP -> NG.Group;
            };
        }

        private void mentions() {
            for (Mention m : x.mentions()) {
                Node n = phrase(m.span(), m.anchor(), m.sentence(), "mention of " + m.actorKey());
                add(n, ITSRDF.taIdentRef, actor(m.actorKey()));
            }
        }

        private void roles() {
            for (int i = 0; i < x.roles().size(); i++) {
                Role r = x.roles().get(i);
                Node n = NodeFactory.createURI(Iris.role(key, i));
                add(n, RDF.type, NG.Role);
                add(n, NG.holder, actor(r.personKey()));
                add(actor(r.personKey()), NG.holdsRole, n);
                add(n, NG.office, NodeFactory.createURI(Iris.office(r.office())));
                add(n, RDFS.label, NodeFactory.createLiteralLang(r.labelEn(), "en"));
                if (r.labelAr() != null) {
                    add(n, RDFS.label, NodeFactory.createLiteralLang(r.labelAr(), "ar"));
                }
                add(n, NG.organization, actor(r.organizationKey()));
                add(n, NG.former, typed(Boolean.toString(r.former()), XSDDatatype.XSDboolean));
                date(n, NG.since, r.since());
                date(n, NG.until, r.until());
                provenance(n, r.sentence());
            }
        }

        private void events() {
            for (int i = 0; i < x.events().size(); i++) {
                Event e = x.events().get(i);
                String iri = Iris.event(key, i);
                Node n = NodeFactory.createURI(iri);
                Cameo.Concept concept = cameo(e, i);
                add(n, RDF.type, NG.Event);
                optionalActor(n, NG.source, e.sourceKey());
                optionalActor(n, NG.target, e.targetKey());
                optionalActor(n, NG.place, e.placeKey());
                date(n, NG.date, e.date());
                add(n, NG.eventType, NodeFactory.createURI(Iris.cameo(e.cameo())));
                add(n, NG.cameoCode, string(e.cameo()));
                if (concept.ploverType() != null) {
                    add(n, NG.ploverType, string(concept.ploverType()));
                }
                add(n, NG.trigger, NodeFactory.createURI(Iris.trigger(e.trigger())));
                add(n, NG.triggerMention, phrase(e.triggerSpan(), null, e.sentence(), "trigger of event " + i));
                for (int q = 0; q < e.quantities().size(); q++) {
                    Quantity quantity = e.quantities().get(q);
                    Node qn = NodeFactory.createURI(Iris.quantity(iri, q));
                    add(n, NG.quantity, qn);
                    add(qn, RDF.type, NG.Quantity);
                    // a share keeps its decimals (30.77 percent); a count stays an integer, as a number of people is
                    add(qn, NG.value, quantity.fractional()
                            ? typed(quantity.amount().stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal)
                            : typed(Long.toString(quantity.value()), XSDDatatype.XSDnonNegativeInteger));
                    if (quantity.unit() != null) {
                        add(qn, NG.unit, string(quantity.unit()));
                    }
                    add(qn, NG.counts, string(quantity.counts()));
                    add(qn, NG.approximate, typed(Boolean.toString(quantity.approximate()), XSDDatatype.XSDboolean));
                }
                if (e.charge() != null) {
                    add(n, NG.charge, NodeFactory.createLiteralLang(e.charge(), article.language()));
                }
                add(n, NG.confidence, typed(BigDecimal.valueOf(e.confidence()).stripTrailingZeros().toPlainString(),
                        XSDDatatype.XSDdecimal));
                provenance(n, e.sentence());
            }
        }

        private Cameo.Concept cameo(Event e, int i) {
            return Cameo.lookup(e.cameo()).orElseThrow(() -> new IllegalArgumentException(article.source()
                    + ": event " + i + " has CAMEO code " + e.cameo() + ", which ontology/cameo.ttl does not define"));
        }

        private void statements() {
            for (int i = 0; i < x.statements().size(); i++) {
                Statement s = x.statements().get(i);
                Node n = NodeFactory.createURI(Iris.statement(key, i));
                add(n, RDF.type, NG.Statement);
                add(n, NG.speaker, actor(s.speakerKey()));
                if (s.medium() != null) {
                    add(n, NG.medium, NodeFactory.createURI(Iris.medium(s.medium())));
                }
                date(n, NG.date, s.date());
                if (s.quote() != null) {
                    add(n, NG.quote, NodeFactory.createLiteralLang(s.quote(), article.language()));
                }
                for (String about : s.aboutKeys()) {
                    add(n, NG.about, actor(about));
                }
                provenance(n, s.sentence());
            }
        }

        private void relations() {
            for (int i = 0; i < x.relations().size(); i++) {
                Relation r = x.relations().get(i);
                Property p = switch (r.kind()) {
                    case MEMBER_OF -> NG.memberOf;
                    case NEPHEW_OF -> NG.nephewOf;
                    case RELATIVE_OF -> NG.relativeOf;
                    case ALLY_OF -> NG.allyOf;
                };
                Node s = actor(r.subjectKey());
                Node o = actor(r.objectKey());
                add(s, p, o);
                Node n = NodeFactory.createURI(Iris.relation(key, i));
                add(n, RDF.type, NG.RelationAssertion);
                add(n, RDF.subject, s);
                add(n, RDF.predicate, p.asNode());
                add(n, RDF.object, o);
                if (r.detail() != null) {
                    add(n, NG.relationDetail, NodeFactory.createLiteralLang(r.detail(), article.language()));
                }
                provenance(n, r.sentence());
            }
        }

        /** A NIF phrase at a span: anchorOf is the article text there, checked against {@code anchor} if given. */
        private Node phrase(Span span, String anchor, int sentenceIndex, String what) {
            Node n = NodeFactory.createURI(Iris.mention(graph.getURI(), span));
            add(n, RDF.type, NIF.Phrase);
            span(n, span, anchor, what);
            add(n, NIF.sentence, sentence(sentenceIndex));
            return n;
        }

        private void span(Node n, Span span, String expected, String what) {
            if (span.end() > text.length) {
                throw new IllegalArgumentException(article.source() + ": " + what + " at " + span
                        + " ends beyond the text (" + text.length + " code points)");
            }
            String anchor = new String(text, span.begin(), span.length());
            if (expected != null && !expected.equals(anchor)) {
                throw new IllegalArgumentException(article.source() + ": " + what + " says \"" + expected
                        + "\" but the text at " + span + " is \"" + anchor + "\"");
            }
            add(n, NIF.beginIndex, offset(span.begin()));
            add(n, NIF.endIndex, offset(span.end()));
            add(n, NIF.anchorOf, string(anchor));
            add(n, NIF.referenceContext, graph);
        }

        private void provenance(Node n, int sentenceIndex) {
            add(n, NG.evidence, sentence(sentenceIndex));
            add(n, NG.article, graph);
        }

        private void optionalActor(Node n, Property p, String actorKey) {
            if (actorKey != null) {
                add(n, p, actor(actorKey));
            }
        }

        private void date(Node n, Property p, PartialDate d) {
            if (d != null) {
                add(n, p, dateLiteral(d));
            }
        }

        private Node sentence(int i) {
            return NodeFactory.createURI(Iris.sentence(graph.getURI(), i));
        }

        private static Node actor(String actorKey) {
            return NodeFactory.createURI(Iris.actor(actorKey));
        }

        private void add(Node s, Property p, Resource o) {
            add(s, p, o.asNode());
        }

        private void add(Node s, Property p, Node o) {
            out.quad(Quad.create(graph, s, p.asNode(), o));
        }
    }

    /** A partial date as {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}, as precise as it is known. */
    static Node dateLiteral(PartialDate d) {
        RDFDatatype type = d.isFullDate() ? XSDDatatype.XSDdate
                : d.month() != null ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDgYear;
        return typed(d.toString(), type);
    }

    private static Node offset(int i) {
        return typed(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Node integer(int i) {
        return typed(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node typed(String lexical, RDFDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
