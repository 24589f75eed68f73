package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.newsgraph.IngestOptions;
import org.newsgraph.IngestOutcome;
import org.newsgraph.NewsGraph;
import org.newsgraph.QueryLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.HttpTestClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The workbench in a real browser (headless Chromium), on a store built by the real pipeline from the example
 * article ({@code examples/kazakhstan-2022-01-08.ar.txt}) and an article of our own whose title and text hold
 * markup: search in Arabic and English, the actor page with its evidence, the network view, the events table,
 * the article page, the SPARQL editor; markup stays text; no page logs a script error or CSP violation.
 */
class WorkbenchIT {

    static final String ID = "https://w3id.org/newsgraph/id/";
    static final String TOKAYEV = ID + "person/kassym-jomart-tokayev";

    @TempDir
    static Path dir;
    static NewsGraph newsgraph;
    static NewsgraphServer server;
    static Browser browser;
    static String exampleArticle;
    static String markupArticle;

    @BeforeAll
    static void start() throws IOException {
        newsgraph = NewsGraph.open(dir.resolve("store"), "test");
        exampleArticle = ingest(Path.of("examples", "kazakhstan-2022-01-08.ar.txt").toString(), LocalDate.of(2022, 1, 8));
        markupArticle = ingest(Path.of("src", "test", "resources", "serve", "markup-article.html").toString(),
                LocalDate.of(2022, 2, 1));
        server = NewsgraphServer.start(newsgraph.store().datasetGraph(), ServeOptions.defaults(ID, 0));
        browser = new Browser(Files.createDirectories(dir.resolve("profile")));
    }

    /** Ingests one article through the whole pipeline and returns its IRI. */
    static String ingest(String file, LocalDate published) {
        IngestOutcome outcome = newsgraph.ingest(List.of(file), new IngestOptions(published, "ar", null, false), o -> { })
                .outcomes().get(0);
        assertThat(outcome.status()).as(file + ": " + outcome.error()).isEqualTo(IngestOutcome.Status.INGESTED);
        return outcome.article();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        newsgraph.close();
    }

    @AfterEach
    void noScriptErrorsOrPolicyViolations() {
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    static void open(String fragment) {
        browser.driver.get(server.url() + fragment);
        awaitPage();
    }

    static void awaitPage() {
        browser.wait.until(d -> {
            String state = d.findElement(By.id("view")).getAttribute("data-state");
            return "ready".equals(state) || "error".equals(state);
        });
        assertThat(browser.driver.findElement(By.id("view")).getAttribute("data-state")).isEqualTo("ready");
    }

    static WebElement searchFor(String text) {
        WebElement box = browser.driver.findElement(By.id("search"));
        box.clear();
        box.sendKeys(text);
        // the list answers this query, not the one typed before it
        browser.wait.until(d -> text.equals(d.findElement(By.id("suggestions")).getAttribute("data-query")));
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li[role=option]")));
    }

    static String direction(WebElement element) {
        return (String) browser.driver.executeScript("return getComputedStyle(arguments[0]).direction", element);
    }

    static void copyToDocs(Path screenshot, String name) throws IOException {
        Path docs = Path.of("docs");
        Files.createDirectories(docs);
        Files.copy(screenshot, docs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void arabicSearchLeadsToTheActorPageWithTheArrestAndItsEvidence() throws IOException {
        open("");
        WebElement first = searchFor("ماسيموف");
        assertThat(first.getText()).contains("كريم ماسيموف");
        String massimov = first.getAttribute("data-iri");
        first.click();
        awaitPage();
        assertThat(browser.driver.getCurrentUrl()).contains("#/actor?iri=" + URLEncoder.encode(massimov, StandardCharsets.UTF_8));

        WebElement arabicTitle = browser.driver.findElement(By.cssSelector(".actor-header .title-ar"));
        WebElement englishTitle = browser.driver.findElement(By.cssSelector(".actor-header .title-en"));
        assertThat(arabicTitle.getText()).isEqualTo("كريم ماسيموف");
        assertThat(englishTitle.getText()).startsWith("Karim Ma");
        assertThat(direction(arabicTitle)).isEqualTo("rtl");
        assertThat(direction(englishTitle)).isEqualTo("ltr");

        List<WebElement> arrests = browser.driver.findElements(By.xpath(
                "//li[contains(@class,'event')][.//span[contains(@class,'code')][text()='173']]"));
        assertThat(arrests).as("the arrest (CAMEO 173) in the timeline").isNotEmpty();
        WebElement arrest = arrests.get(0);
        assertThat(arrest.findElement(By.cssSelector(".code")).getAttribute("class")).contains("quad-material-conflict");
        assertThat(arrest.getText()).contains("as target");
        WebElement evidence = arrest.findElement(By.cssSelector("blockquote.evidence"));
        assertThat(evidence.getText()).contains("أوقفت").contains("كريم ماسيموف").contains("الخيانة العظمى");
        assertThat(direction(evidence)).isEqualTo("rtl");
        assertThat(evidence.findElement(By.cssSelector(".mention.focus mark")).getText()).contains("ماسيموف");

        assertThat(browser.driver.findElements(By.cssSelector(".roles .role"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector(".chips li"))).isNotEmpty();
        copyToDocs(browser.screenshot("actor-massimov"), "screenshot-actor.png");
    }

    @Test
    void englishSearchFindsTheSameNamesWithTheKeyboard() {
        open("");
        WebElement first = searchFor("tokayev");
        assertThat(first.getAttribute("data-iri")).isEqualTo(TOKAYEV);
        browser.driver.findElement(By.id("search")).sendKeys(Keys.ENTER);
        awaitPage();
        assertThat(browser.driver.findElement(By.cssSelector(".actor-header .title-en")).getText()).isEqualTo("Kassym-Jomart Tokayev");
        assertThat(browser.driver.findElement(By.cssSelector("a.wikidata")).getAttribute("href"))
                .isEqualTo("https://www.wikidata.org/entity/Q200881");
        assertThat(searchFor("تُوكَايِيف").getAttribute("data-iri")).as("diacritics ignored").isEqualTo(TOKAYEV);
        assertThat(searchFor("TOKAYEV").getAttribute("data-iri")).as("case ignored").isEqualTo(TOKAYEV);
        assertThat(searchFor("انتوني").getText()).as("hamza ignored").contains("أنتوني بلينكن");
        browser.screenshot("search");
    }

    @Test
    void networkViewDrawsActorsAndClicksThroughToTheirPages() throws IOException {
        open("#/network");
        WebElement canvas = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cy[data-ready=true]")));
        int nodes = Integer.parseInt(canvas.getAttribute("data-nodes"));
        assertThat(nodes).isGreaterThan(10);
        assertThat(Integer.parseInt(canvas.getAttribute("data-drawn"))).isEqualTo(nodes);
        assertThat(canvas.findElements(By.tagName("canvas"))).isNotEmpty();
        copyToDocs(browser.screenshot("network"), "screenshot-network.png");

        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.driver.executeScript(
                "const p = arguments[0]._cyreg.cy.getElementById(arguments[1]).renderedPosition(); return [p.x, p.y];",
                canvas, TOKAYEV);
        int width = canvas.getSize().getWidth();
        int height = canvas.getSize().getHeight();
        new Actions(browser.driver).moveToElement(canvas, at.get(0).intValue() - width / 2, at.get(1).intValue() - height / 2)
                .click().perform();
        awaitPage();
        assertThat(browser.driver.findElement(By.cssSelector(".actor-header .title-en")).getText()).isEqualTo("Kassym-Jomart Tokayev");
    }

    @Test
    void eventsTableFiltersByCodeAndOffersTheSameRowsAsCsv() {
        open("#/events");
        int all = browser.driver.findElements(By.cssSelector(".events-table tbody tr")).size();
        assertThat(all).isGreaterThan(10);
        WebElement code = browser.driver.findElement(By.id("code-filter"));
        code.sendKeys("17");
        code.submit();
        browser.wait.until(d -> d.getCurrentUrl().contains("code=17"));
        awaitPage();
        List<WebElement> rows = browser.driver.findElements(By.cssSelector(".events-table tbody tr"));
        assertThat(rows).isNotEmpty().hasSizeLessThan(all);
        assertThat(rows).allSatisfy(r -> assertThat(r.findElement(By.cssSelector(".code")).getText()).startsWith("17"));
        String csv = browser.driver.findElement(By.id("csv-download")).getAttribute("href");
        assertThat(csv).contains("/api/events?").contains("code=17").contains("format=csv");
        String body = new HttpTestClient(server.url()).get(csv.substring(server.url().toString().length()), null).body();
        assertThat(body.lines()).hasSize(rows.size() + 1);
        browser.screenshot("events");
    }

    @Test
    void markupInAnArticleIsShownAsText() {
        open("#/article?iri=" + URLEncoder.encode(markupArticle, StandardCharsets.UTF_8));
        WebElement headline = browser.driver.findElement(By.cssSelector("h1.headline"));
        assertThat(headline.getText()).isEqualTo("<script>window.__xss=4</script>عنوان فيه وسوم");
        WebElement text = browser.driver.findElement(By.cssSelector(".article-text"));
        assertThat(text.getText()).contains("<script>window.__xss=1</script>").contains("<img src=x onerror=\"window.__xss=3\">");
        assertThat(text.findElements(By.tagName("img"))).isEmpty();
        assertThat(text.findElements(By.tagName("script"))).isEmpty();
        open("");
        assertThat(browser.driver.findElement(By.cssSelector(".article-list")).getText()).contains("<script>window.__xss=4</script>");
        assertThat(browser.driver.executeScript("return window.__xss === undefined")).isEqualTo(true);
        browser.screenshot("article-markup");
    }

    @Test
    void arabicArticleIsRightToLeftWithItsMentionsAndFacts() {
        open("#/article?iri=" + URLEncoder.encode(exampleArticle, StandardCharsets.UTF_8));
        WebElement text = browser.driver.findElement(By.cssSelector(".article-text"));
        assertThat(direction(text)).isEqualTo("rtl");
        List<WebElement> mentions = text.findElements(By.cssSelector("a.mention"));
        assertThat(mentions).hasSizeGreaterThan(20);
        assertThat(mentions.stream().map(WebElement::getText)).contains("كريم ماسيموف");
        assertThat(browser.driver.findElements(By.cssSelector(".timeline li.event"))).hasSizeGreaterThan(10);
        browser.screenshot("article-arabic");
    }

    @Test
    void linkedDataIriOpensItsPageInTheBrowser() {
        browser.driver.get(server.url() + "id/person/kassym-jomart-tokayev");
        awaitPage();
        assertThat(browser.driver.getCurrentUrl()).contains("#/actor?iri=");
        assertThat(browser.driver.findElement(By.cssSelector(".actor-header .title-en")).getText()).isEqualTo("Kassym-Jomart Tokayev");
    }

    @Test
    void sparqlEditorRunsALibraryQueryAndShowsATable() {
        open("#/sparql");
        Select library = new Select(browser.driver.findElement(By.id("query-library")));
        assertThat(library.getOptions()).hasSize(QueryLibrary.names().size() + 1);
        library.selectByValue(String.valueOf(QueryLibrary.names().indexOf("actors")));
        assertThat(browser.driver.findElement(By.id("sparql-editor")).getAttribute("value"))
                .isEqualTo(QueryLibrary.text("actors").orElseThrow());
        browser.driver.findElement(By.id("run-query")).click();
        browser.wait.until(d -> d.findElement(By.id("query-status")).getText().contains("rows"));
        assertThat(browser.driver.findElements(By.cssSelector(".results-table tbody tr"))).hasSizeGreaterThan(20);
        assertThat(browser.driver.findElement(By.cssSelector(".results-table")).getText()).contains("Kassym-Jomart Tokayev");
        browser.screenshot("sparql");
    }
}
