package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.newsgraph.extract.Span;
import org.newsgraph.read.Article;

/**
 * The one place that mints IRIs, so every stage and query agrees on them (see {@code ontology/README.md}).
 *
 * <p>IRIs are readable paths under {@link NG#ID}: an actor keeps its extraction key ({@code country/KZ}), an
 * article is named by a hash of its canonical URL (else of its text), and everything found in an article is
 * numbered within it. The same article therefore always gets the same IRIs, and two articles never share one.
 */
public final class Iris {

    private Iris() {
    }

    /** {@code ngid:{key}}, the actor with this {@link org.newsgraph.extract.Actor#key()}. */
    public static String actor(String actorKey) {
        Objects.requireNonNull(actorKey, "actorKey");
        return NG.ID + actorKey;
    }

    /**
     * The article's short stable name: the first 16 hex digits of the SHA-256 of its canonical URL, or of its
     * text when it has no URL. By URL first, so a page re-read after a correction keeps its name.
     */
    public static String articleKey(Article a) {
        String basis = a.canonicalUrl() != null ? a.canonicalUrl().toString() : a.text();
        return sha256(basis).substring(0, 16);
    }

    /** {@code ngid:article/{articleKey}}: the article, and the name of its graph. */
    public static String article(Article a) {
        return NG.ID + "article/" + articleKey(a);
    }

    /** {@code ngid:event/{articleKey}-{n}}, the article's n-th event (from 0). */
    public static String event(String articleKey, int n) {
        return numbered("event/", articleKey, n);
    }

    /** {@code ngid:role/{articleKey}-{n}}, the article's n-th role (from 0). */
    public static String role(String articleKey, int n) {
        return numbered("role/", articleKey, n);
    }

    /** {@code ngid:statement/{articleKey}-{n}}, the article's n-th statement (from 0). */
    public static String statement(String articleKey, int n) {
        return numbered("statement/", articleKey, n);
    }

    /** {@code ngid:relation/{articleKey}-{n}}, the assertion of the article's n-th relation (from 0). */
    public static String relation(String articleKey, int n) {
        return numbered("relation/", articleKey, n);
    }

    /** {@code {articleIri}#sentence-{i}}, the sentence with index i. */
    public static String sentence(String articleIri, int i) {
        if (i < 0) {
            throw new IllegalArgumentException("negative sentence index " + i);
        }
        return articleIri + "#sentence-" + i;
    }

    /** {@code {articleIri}#char={begin},{end}}: a stretch of the text in NIF's RFC 5147 scheme (code points). */
    public static String mention(String articleIri, Span span) {
        return articleIri + "#char=" + span.begin() + "," + span.end();
    }

    /** {@code {eventIri}-quantity-{i}}, the i-th number given about an event. */
    public static String quantity(String eventIri, int i) {
        return eventIri + "-quantity-" + i;
    }

    /**
     * {@code ngid:run/{articleKey}-{h}}, one extraction run over one article, h a hash of the tool version and
     * start time: the same run always gets the same IRI, another run of the same article another one.
     */
    public static String run(String articleKey, RunInfo run) {
        return NG.ID + "run/" + articleKey + "-" + sha256(run.toolVersion() + "\n" + run.started()).substring(0, 12);
    }

    /** {@code lex:office/{key}}, an office of the lexicon. */
    public static String office(String key) {
        return NG.LEX + "office/" + key;
    }

    /** {@code lex:trigger/{key}}, an event trigger of the lexicon. */
    public static String trigger(String key) {
        return NG.LEX + "trigger/" + key;
    }

    /** {@code lex:medium/{key}}, a medium of statements of the lexicon. */
    public static String medium(String key) {
        return NG.LEX + "medium/" + key;
    }

    /** {@code cameo:{code}}, a concept of the CAMEO scheme. */
    public static String cameo(String code) {
        return NG.CAMEO + code;
    }

    /** {@code wd:{id}}, a Wikidata entity. */
    public static String wikidata(String id) {
        return NG.WD + id;
    }

    /**
     * A SHA-256 (hex) of everything that decides what extraction finds in an article: text, title, publication
     * date, language, canonical URL and the extractor's name and version. Equal hashes mean re-ingesting would
     * change nothing; the source path is left out on purpose, so a moved file is still the same article.
     */
    public static String contentHash(Article a, String extractorName) {
        Objects.requireNonNull(extractorName, "extractorName");
        StringBuilder b = new StringBuilder();
        field(b, a.text());
        field(b, a.title());
        field(b, a.published() == null ? null : a.published().toString());
        field(b, a.language());
        field(b, a.canonicalUrl() == null ? null : a.canonicalUrl().toString());
        field(b, extractorName);
        return sha256(b.toString());
    }

    // Length-prefixed, with a distinct mark for null, so no two different field lists give the same string.
    private static void field(StringBuilder b, String value) {
        if (value == null) {
            b.append("-;");
        } else {
            b.append(value.length()).append(':').append(value).append(';');
        }
    }

    private static String numbered(String kind, String articleKey, int n) {
        Objects.requireNonNull(articleKey, "articleKey");
        if (n < 0) {
            throw new IllegalArgumentException("negative number " + n + " for " + kind + articleKey);
        }
        return NG.ID + kind + articleKey + "-" + n;
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
