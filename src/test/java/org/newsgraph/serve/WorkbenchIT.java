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
 * article ({@code examples/kazakhstan-2022-01-08.ar.txt}), an English wire report of the same events
 * ({@code src/test/resources/eval/kazakhstan-2022-01-08.en.txt}) and an article of our own whose title and text
 * hold markup: search in Arabic and English, the actor page with its evidence, a merged event's Arabic and English
 * reports side by side, the network view, the events table, the article page, the SPARQL editor; markup stays
 * text; no page logs a script error or CSP violation.
 *
 * <p>Every test saves screenshots under {@code target/screenshots/}. The README's screenshots in {@code docs/}
 * are refreshed only when asked, so that a plain {@code mvn verify} leaves the checkout clean:
 * {@code mvn verify -Dit.test=WorkbenchIT -Dnewsgraph.docs.screenshots=true}.
 */
class WorkbenchIT {

    static final String ID = "https://w3id.org/newsgraph/id/";
    static final String TOKAYEV = ID + "person/kassym-jomart-tokayev";
    /** The system property that makes the tests refresh {@code docs/*.png}. */
    static final String REFRESH_DOCS = "newsgraph.docs.screenshots";

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
        exampleArticle = ingest(Path.of("examples", "kazakhstan-2022-01-08.ar.txt").toString(), LocalDate.of(2022, 1, 8), "ar");
        ingest(Path.of("src", "test", "resources", "eval", "kazakhstan-2022-01-08.en.txt").toString(),
                LocalDate.of(2022, 1, 8), "en");
        markupArticle = ingest(Path.of("src", "test", "resources", "serve", "markup-article.html").toString(),
                LocalDate.of(2022, 2, 1), "ar");
        server = NewsgraphServer.start(newsgraph.store().datasetGraph(), ServeOptions.defaults(ID, 0));
        browser = new Browser(Files.createDirectories(dir.resolve("profile")));
    }

    /** Ingests one article through the whole pipeline and returns its IRI. */
    static String ingest(String file, LocalDate published, String language) {
        IngestOutcome outcome = newsgraph.ingest(List.of(file), new IngestOptions(published, language, null, false), o -> { })
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

    /** Copies a screenshot over the README's {@code docs/{name}} when {@code -Dnewsgraph.docs.screenshots=true}. */
    static void copyToDocs(Path screenshot, String name) throws IOException {
        if (!Boolean.getBoolean(REFRESH_DOCS)) {
            return;
        }
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
                "//li[contains(@class,'event')][.//span[contains(@class,'code')][text()='173']]"
                + "[.//blockquote[contains(@class,'evidence')][contains(.,'أوقفت')]]"));
        assertThat(arrests).as("the arrest (CAMEO 173) in the timeline, as the Arabic sample tells it").isNotEmpty();
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
    void aMergedEventShowsItsArabicAndEnglishReportsSideBySide() throws IOException {
        open("#/events?code=173");
        List<WebElement> merged = browser.driver.findElements(By.cssSelector(".events-table a.merged-link"));
        assertThat(merged).as("an arrest that both articles report links to its merged event").isNotEmpty();
        WebElement englishReport = browser.driver.findElement(By.xpath(
                "//table[contains(@class,'events-table')]//tr[.//a[contains(@class,'merged-link')]]"
                + "[.//blockquote[contains(.,'Massimov')]]//a[contains(@href,'#/event?')]"));
        englishReport.click();
        awaitPage();
        WebElement columns = browser.driver.findElement(By.cssSelector(".event-page .side-by-side"));
        WebElement arabic = columns.findElement(By.cssSelector(".report-column.reports-ar"));
        WebElement english = columns.findElement(By.cssSelector(".report-column.reports-en"));
        assertThat(arabic.getAttribute("lang")).isEqualTo("ar");
        assertThat(direction(arabic)).isEqualTo("rtl");
        assertThat(direction(english)).isEqualTo("ltr");
        assertThat(english.findElements(By.cssSelector(".report.is-focus"))).as("this event's own report is marked").hasSize(1);
        // side by side: the two columns share a row on a wide window
        assertThat(arabic.getLocation().getY()).isEqualTo(english.getLocation().getY());
        assertThat(arabic.getLocation().getX()).isNotEqualTo(english.getLocation().getX());

        open("#/merged?iri=" + URLEncoder.encode(columns.getAttribute("data-merged"), StandardCharsets.UTF_8));
        WebElement page = browser.driver.findElement(By.cssSelector(".merged-page"));
        assertThat(page.findElement(By.cssSelector(".merged-summary")).getText()).contains("173").contains("Karim Ma");
        List<WebElement> arabicReports = page.findElements(By.cssSelector(".reports-ar .report"));
        List<WebElement> englishReports = page.findElements(By.cssSelector(".reports-en .report"));
        assertThat(arabicReports).isNotEmpty().allSatisfy(r -> {
            assertThat(r.findElement(By.cssSelector("blockquote.evidence")).getText()).contains("ماسيموف");
            assertThat(direction(r.findElement(By.cssSelector("blockquote.evidence")))).isEqualTo("rtl");
            assertThat(r.findElement(By.cssSelector(".report-source")).getText()).contains("kazakhstan-2022-01-08.ar.txt");
            assertThat(r.findElement(By.cssSelector(".report-facts")).getText()).contains("2022-01-08");
        });
        assertThat(englishReports).isNotEmpty().allSatisfy(r -> {
            assertThat(r.findElement(By.cssSelector("blockquote.evidence")).getText()).contains("Massimov");
            assertThat(r.findElement(By.cssSelector(".report-source")).getText()).contains("kazakhstan-2022-01-08.en.txt");
        });
        assertThat(page.findElement(By.cssSelector(".reports-en .evidence mark.trigger")).getText()).containsIgnoringCase("detain");
        copyToDocs(browser.screenshot("merged-event"), "screenshot-merged.png");
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
