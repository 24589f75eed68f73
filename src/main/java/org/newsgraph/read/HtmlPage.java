package org.newsgraph.read;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What an HTML news page says about its article: headline, main text, date, canonical URL, declared language.
 *
 * <p>The main text is found the way reading modes do: remove what is never article text (scripts, navigation,
 * forms, share bars, cookie banners, ads, comments, related-link lists), then take the element the page marks as
 * the article body ({@code itemprop=articleBody}, {@code <article>}, {@code <main>}) or, failing that, the
 * element whose paragraphs hold the most text (scored by length and commas, discounted by the share of text in
 * links). Every walk over the tree is iterative, so deeply nested markup cannot overflow the stack.
 */
final class HtmlPage {

    /** Elements that never hold article text. */
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, input, select, textarea, label, nav, footer, aside, dialog, menu, figure, picture, video, "
            + "audio, map, link, meta, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=search], [role=dialog], [role=alertdialog], "
            + "[role=menu], [role=menubar], [role=toolbar]";

    /** class/id words of page furniture (after Readability's "unlikely candidates"). */
    private static final Pattern FURNITURE = Pattern.compile(
            "share|sharing|social|cookie|consent|gdpr|banner|advert|\\bads?\\b|\\bad-|-ad\\b|sponsor|promo|related"
                    + "|recommend|more-stories|read-?more|also-?read|newsletter|subscribe|comment|disqus|breadcrumb"
                    + "|\\btags?\\b|sidebar|widget|popup|modal|overlay|\\bmenu|navbar|\\bnav\\b|footer|masthead"
                    + "|byline|author|toolbar|\\bprint|outbrain|taboola|trending|most-?read|popular|paywall|login"
                    + "|signup|skip|caption|credit|timestamp|dateline|\\bmeta\\b|article-meta|post-meta"
                    + "|sr-only|visually-hidden|screen-reader|offscreen");

    /** class/id words of content containers, which are kept even when they also match {@link #FURNITURE}. */
    private static final Pattern CONTENT = Pattern.compile("article|body|content|main|story|entry|post-?text");

    /** Tags whose boundaries are line breaks in the text. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "dl", "dt", "dd", "header",
            "address", "hr", "center", "details", "summary", "caption", "tbody", "thead", "tfoot", "body");

    /** Containers removed inside the article when more than half their text is link text: related-link lists. */
    private static final Set<String> LINK_LISTS = Set.of("ul", "ol", "div", "section", "table", "dl", "nav");

    /**
     * Lines removed inside the article when nearly all their text is one or more links: a teaser. A paragraph
     * that merely cites a source through a link keeps enough text of its own.
     */
    private static final Set<String> LINK_LINES = Set.of("p", "li", "h2", "h3", "h4", "h5", "h6", "span", "strong", "b");

    /** Placeholder labels of ad slots, left when the ad itself did not load; kept as {@link RelatedLinks#matchKey} forms. */
    private static final Set<String> AD_LABELS = Stream.of("Advertisement", "Advert", "Sponsored", "Ad",
            "Advertisement - Scroll to continue", "إعلان", "مساحة إعلانية")
            .map(RelatedLinks::matchKey).collect(Collectors.toUnmodifiableSet());

    private static final String[] DATE_METAS = {"article:published_time", "og:published_time", "datePublished",
        "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "publication-date",
        "article.published", "article:published", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
        "dcterms.created", "date", "sailthru.date", "parsely-pub-date", "release_date"};

    private static final String[] TITLE_SEPARATORS = {" - ", " – ", " — ", " :: ", " « ", " » ", " · "};

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "blogposting", "backgroundnewsarticle", "reviewnewsarticle",
            "report", "liveblogposting");

    final String title;
    final String text;
    final LocalDate published;
    final URI canonicalUrl;
    final String declaredLanguage;

    private HtmlPage(String title, String text, LocalDate published, URI canonicalUrl, String declaredLanguage) {
        this.title = title;
        this.text = text;
        this.published = published;
        this.canonicalUrl = canonicalUrl;
        this.declaredLanguage = declaredLanguage;
    }

    /**
     * @param html    the decoded page
     * @param baseUri the URL the page was fetched from, for relative links; {@code ""} for files
     */
    static HtmlPage parse(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        List<JsonObject> jsonLd = jsonLd(doc);
        String title = title(doc, jsonLd);
        LocalDate published = published(doc, jsonLd);
        URI canonical = canonical(doc, jsonLd);
        String lang = declaredLanguage(doc);
        String text = mainText(doc, title);
        return new HtmlPage(title, text, published, canonical, lang);
    }

    // ---- metadata -------------------------------------------------------------------------------------------

    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (k.equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
                return m.attr("content").strip();
            }
        }
        return null;
    }

    private static String title(Document doc, List<JsonObject> jsonLd) {
        String site = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
        String og = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"));
        if (og != null) {
            return withoutSite(og, site, doc);
        }
        String h1 = headline(doc, site);
        if (h1 != null) {
            return h1;
        }
        for (JsonObject o : jsonLd) {
            String headline = string(o, "headline");
            if (headline != null && isArticle(o)) {
                return clean(headline);
            }
        }
        String t = doc.title();
        return t.isBlank() ? null : withoutSite(t, site, doc);
    }

    private static String withoutSite(String title, String site, Document doc) {
        String cleaned = clean(title);
        String trimmed = trimSite(cleaned, site);
        return trimmed.equals(cleaned) ? trimByBody(cleaned, doc) : trimmed;
    }

    /**
     * A title like "Headline - Some Paper" with no site name declared: the suffix goes when the part before it is
     * printed in the page, as the headline usually is.
     */
    private static String trimByBody(String title, Document doc) {
        String body = RelatedLinks.matchKey(clean(doc.body().text()));
        for (String sep : TITLE_SEPARATORS) {
            int i = title.lastIndexOf(sep);
            if (i > 0) {
                String head = title.substring(0, i).strip();
                if (body.contains(RelatedLinks.matchKey(head))) {
                    return head;
                }
            }
        }
        return title;
    }

    /**
     * The first {@code <h1>} that is a headline: one inside the article if there is one, and never the site's
     * logo (many templates wrap the logo in an {@code <h1>}).
     */
    private static String headline(Document doc, String site) {
        Elements candidates = doc.select("article h1, [itemprop=articleBody] h1, main h1");
        candidates.addAll(doc.select("h1"));
        for (Element h1 : candidates) {
            String text = clean(h1.text());
            String words = (h1.className() + " " + h1.id()).toLowerCase(Locale.ROOT);
            boolean logo = words.contains("logo") || words.contains("brand") || h1.selectFirst("img") != null
                    && text.length() < 40 || site != null && RelatedLinks.matchKey(text).equals(RelatedLinks.matchKey(site));
            if (!text.isEmpty() && !logo) {
                return text;
            }
        }
        return null;
    }

    /**
     * The headline without a site-name suffix: " | Site" always goes (titles do not use bars in headlines);
     * " - Site", " – Site", " — Site" and " :: Site" go when the suffix is the page's site name.
     */
    static String trimSite(String title, String siteName) {
        int bar = title.lastIndexOf(" | ");
        if (bar > 0) {
            return title.substring(0, bar).strip();
        }
        if (siteName != null && !siteName.isBlank()) {
            for (String sep : TITLE_SEPARATORS) {
                int i = title.lastIndexOf(sep);
                if (i > 0 && RelatedLinks.matchKey(title.substring(i + sep.length()))
                        .equals(RelatedLinks.matchKey(siteName))) {
                    return title.substring(0, i).strip();
                }
                if (title.startsWith(siteName + sep)) {
                    return title.substring(siteName.length() + sep.length()).strip();
                }
            }
        }
        return title;
    }

    private static LocalDate published(Document doc, List<JsonObject> jsonLd) {
        for (String key : DATE_METAS) {
            LocalDate d = Dates.parse(meta(doc, key));
            if (d != null) {
                return d;
            }
        }
        LocalDate any = null;
        for (JsonObject o : jsonLd) {
            LocalDate d = Dates.parse(string(o, "datePublished"));
            if (d != null && isArticle(o)) {
                return d;
            }
            if (any == null) {
                any = d;
            }
        }
        if (any != null) {
            return any;
        }
        for (String q : new String[] {"time[itemprop=datePublished][datetime]", "time[pubdate][datetime]",
            "article time[datetime]", "time[datetime]"}) {
            Element t = doc.selectFirst(q);
            LocalDate d = t == null ? null : Dates.parse(t.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static URI canonical(Document doc, List<JsonObject> jsonLd) {
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        URI uri = link == null ? null : httpUri(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
        if (uri == null) {
            uri = httpUri(meta(doc, "og:url"));
        }
        for (int i = 0; uri == null && i < jsonLd.size(); i++) {
            JsonObject o = jsonLd.get(i);
            if (isArticle(o)) {
                uri = httpUri(firstNonBlank(string(o, "url"), string(o, "mainEntityOfPage"), id(o.get("mainEntityOfPage"))));
            }
        }
        return uri;
    }

    /** The {@code @id} of a JSON-LD node reference such as {@code {"@type":"WebPage","@id":"https://…"}}. */
    private static String id(JsonElement e) {
        return e != null && e.isJsonObject() ? string(e.getAsJsonObject(), "@id") : null;
    }

    static URI httpUri(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(s.strip());
            String scheme = uri.getScheme();
            if (uri.getHost() != null && scheme != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // A malformed canonical link is as good as none.
        }
        return null;
    }

    private static String declaredLanguage(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? null : firstNonBlank(html.attr("lang"), html.attr("xml:lang"));
        if (lang == null) {
            Element httpEquiv = doc.selectFirst("meta[http-equiv~=(?i)content-language][content]");
            lang = httpEquiv != null ? httpEquiv.attr("content") : meta(doc, "og:locale");
        }
        return lang;
    }

    /** The JSON-LD objects of the page, {@code @graph} members and array items included, in document order. */
    private static List<JsonObject> jsonLd(Document doc) {
        List<JsonObject> objects = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            JsonElement root;
            try {
                root = JsonParser.parseString(script.data());
            } catch (JsonParseException e) {
                continue; // Broken JSON-LD is common; the other metadata still counts.
            }
            Deque<JsonElement> stack = new ArrayDeque<>();
            stack.push(root);
            while (!stack.isEmpty()) {
                JsonElement e = stack.pop();
                if (e.isJsonArray()) {
                    JsonArray a = e.getAsJsonArray();
                    for (int i = a.size() - 1; i >= 0; i--) {
                        stack.push(a.get(i));
                    }
                } else if (e.isJsonObject()) {
                    JsonObject o = e.getAsJsonObject();
                    objects.add(o);
                    for (String nested : new String[] {"mainEntity", "@graph"}) {
                        if (o.has(nested)) {
                            stack.push(o.get(nested));
                        }
                    }
                }
            }
        }
        return objects;
    }

    private static boolean isArticle(JsonObject o) {
        JsonElement type = o.get("@type");
        if (type == null) {
            return false;
        }
        List<JsonElement> types = new ArrayList<>();
        if (type.isJsonArray()) {
            type.getAsJsonArray().forEach(types::add);
        } else {
            types.add(type);
        }
        return types.stream().anyMatch(t -> t.isJsonPrimitive()
                && ARTICLE_TYPES.contains(t.getAsString().replaceFirst("^.*[/#:]", "").toLowerCase(Locale.ROOT)));
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e != null && e.isJsonArray() && !e.getAsJsonArray().isEmpty()) {
            e = e.getAsJsonArray().get(0);
        }
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String clean(String s) {
        return String.join(" ", TextCleaner.lines(s));
    }

    // ---- main text ------------------------------------------------------------------------------------------

    private static String mainText(Document doc, String title) {
        Element body = doc.body();
        removeNonContent(doc);
        Map<Element, Counts> counts = count(body);
        List<Element> roots = chooseRoots(doc, body, counts);
        for (Element root : roots) {
            removeLinkLists(root, counts);
        }
        StringBuilder out = new StringBuilder();
        for (Element root : roots) {
            render(root, out);
            out.append('\n');
        }
        List<String> lines = new ArrayList<>(TextCleaner.lines(out.toString()));
        lines.removeIf(line -> AD_LABELS.contains(RelatedLinks.matchKey(line)));
        if (title != null && !lines.isEmpty()
                && RelatedLinks.matchKey(lines.get(0)).equals(RelatedLinks.matchKey(title))) {
            lines.remove(0);
        }
        return String.join("\n", lines);
    }

    private static boolean isArticleContainer(Element e) {
        return e.nameIs("article") || e.nameIs("main") || e.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    private static void removeNonContent(Document doc) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, doc);
        comments.forEach(Node::remove);
        doc.select(NEVER_TEXT).remove();
        // A header outside the article is the site's masthead; inside it, the headline and standfirst.
        List<Element> mastheads = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int insideArticle;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && isArticleContainer(e)) {
                    insideArticle++;
                } else if (node instanceof Element e && e.nameIs("header") && insideArticle == 0) {
                    mastheads.add(e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && isArticleContainer(e)) {
                    insideArticle--;
                }
            }
        }, doc);
        mastheads.forEach(Element::remove);
        for (Element e : doc.body().getAllElements()) {
            String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
            if (style.contains("display:none") || style.contains("visibility:hidden")) {
                e.remove();
                continue;
            }
            String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (words.isBlank() || e == doc.body() || isArticleContainer(e)) {
                continue;
            }
            if (FURNITURE.matcher(words).find() && !CONTENT.matcher(words).find()) {
                e.remove();
            }
        }
    }

    /** What the scoring needs to know of an element's text, summed over its descendants. */
    private static final class Counts {
        /** Characters other than whitespace. */
        int chars;
        /** Of those, characters inside links. */
        int linkChars;
        /** Characters outside links inside {@code <p>} elements: the text an article body is made of. */
        int paragraphChars;
        /** Commas, Latin and Arabic: a sign of sentences rather than labels. */
        int commas;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    /**
     * The counts of every element under {@code root}, in one bottom-up pass: asking each element for its text
     * instead would take quadratic time on deeply nested markup.
     */
    private static Map<Element, Counts> count(Element root) {
        Map<Element, Counts> counts = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    counts.put(e, new Counts());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    Counts own = counts.get(e);
                    if (e.nameIs("a")) {
                        own.linkChars = own.chars;
                    }
                    if (e.nameIs("p")) {
                        own.paragraphChars = own.chars - own.linkChars;
                    }
                }
                Counts parent = node == root || !(node.parent() instanceof Element p) ? null : counts.get(p);
                if (parent == null) {
                    return;
                }
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (!Character.isWhitespace(c)) {
                            parent.chars++;
                        }
                        if (c == ',' || c == '،') {
                            parent.commas++;
                        }
                    }
                } else if (node instanceof Element e) {
                    Counts own = counts.get(e);
                    parent.chars += own.chars;
                    parent.linkChars += own.linkChars;
                    parent.paragraphChars += own.paragraphChars;
                    parent.commas += own.commas;
                }
            }
        }, root);
        return counts;
    }

    private static final Counts NONE = new Counts();

    /** The elements holding the article text, in document order. */
    private static List<Element> chooseRoots(Document doc, Element body, Map<Element, Counts> counts) {
        for (String marked : new String[] {"[itemprop=articleBody]", "article", "main, [role=main]"}) {
            Element best = null;
            int bestLen = 0;
            for (Element e : doc.select(marked)) {
                int len = counts.getOrDefault(e, NONE).paragraphChars;
                if (len > bestLen) {
                    best = e;
                    bestLen = len;
                }
            }
            // A marked element with barely any text is a teaser card, not the article.
            if (best != null && bestLen >= 140) {
                return List.of(best);
            }
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, td, blockquote, div, section")) {
            if (!p.nameIs("p") && !p.nameIs("pre") && hasBlockChild(p)) {
                continue;
            }
            Counts c = counts.getOrDefault(p, NONE);
            if (c.chars < 25) {
                continue;
            }
            double score = 1 + c.commas + Math.min(c.chars / 100.0, 3);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, score / 2, Double::sum);
                }
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            double score = s.getValue() * (1 - counts.getOrDefault(s.getKey(), NONE).linkDensity());
            if (score > topScore) {
                top = s.getKey();
                topScore = score;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        // Paragraphs split across sibling containers (pagination widgets, ad slots between them) belong together.
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        List<Element> roots = new ArrayList<>();
        double threshold = Math.max(10, topScore * 0.2);
        for (Element sibling : parent.children()) {
            Counts c = counts.getOrDefault(sibling, NONE);
            double score = scores.getOrDefault(sibling, 0.0) * (1 - c.linkDensity());
            boolean denseParagraph = sibling.nameIs("p") && c.chars > 80 && c.linkDensity() < 0.25;
            if (sibling == top || score >= threshold || denseParagraph) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCKS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void removeLinkLists(Element root, Map<Element, Counts> counts) {
        for (Element e : root.getAllElements()) {
            double density = counts.getOrDefault(e, NONE).linkDensity();
            if (e != root && (LINK_LISTS.contains(e.normalName()) && density > 0.5
                    || LINK_LINES.contains(e.normalName()) && density > 0.9)) {
                e.remove();
            }
        }
    }

    /**
     * The element's text with a line break at every block boundary and {@code <br>}; inside {@code <pre>} the
     * line breaks of the source are kept.
     */
    private static void render(Element root, StringBuilder out) {
        NodeTraversor.traverse(new NodeVisitor() {
            private int preDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && e.nameIs("pre")) {
                    preDepth++;
                }
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    out.append(preDepth > 0 ? text : text.replace('\n', ' ').replace('\r', ' '));
                } else if (node instanceof Element e && (e.nameIs("br") || BLOCKS.contains(e.normalName()))) {
                    out.append('\n');
                } else if (node instanceof Element e && (e.nameIs("td") || e.nameIs("th"))) {
                    out.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.nameIs("pre")) {
                    preDepth--;
                }
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, root);
    }
}
