package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.newsgraph.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The workbench in a real browser (headless Chromium) against a server on the fixture store: search in Arabic and
 * English, the actor page with its evidence, the network view, the events table, the article page, the SPARQL
 * editor; markup in the data stays text; no page logs a script error or CSP violation.
 */
class WorkbenchIT {

    static final String ID = "https://w3id.org/newsgraph/id/";
    static final String MASSIMOV = ID + "person/karim-massimov";

    @TempDir
    static Path dir;
    static Store store;
    static NewsgraphServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        store = FixtureStore.create(Files.createDirectories(dir.resolve("store")));
        server = NewsgraphServer.start(store.datasetGraph(), ServeOptions.defaults(ID, 0));
        browser = new Browser(Files.createDirectories(dir.resolve("profile")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
        store.close();
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
        assertThat(first.getAttribute("data-iri")).isEqualTo(MASSIMOV);
        assertThat(first.getText()).contains("كريم ماسيموف").contains("Karim Massimov");
        first.click();
        awaitPage();
        assertThat(browser.driver.getCurrentUrl()).contains("#/actor?iri=" + URLEncoder.encode(MASSIMOV, StandardCharsets.UTF_8));

        WebElement arabicTitle = browser.driver.findElement(By.cssSelector(".actor-header .title-ar"));
        WebElement englishTitle = browser.driver.findElement(By.cssSelector(".actor-header .title-en"));
        assertThat(arabicTitle.getText()).isEqualTo("كريم ماسيموف");
        assertThat(englishTitle.getText()).isEqualTo("Karim Massimov");
        assertThat(direction(arabicTitle)).isEqualTo("rtl");
        assertThat(direction(englishTitle)).isEqualTo("ltr");

        WebElement arrest = browser.driver.findElement(By.cssSelector("li.event[data-event='" + ID + "event/a1b2c3d4e5f60718-1']"));
        assertThat(arrest.findElement(By.cssSelector(".code")).getText()).isEqualTo("173");
        assertThat(arrest.findElement(By.cssSelector(".code")).getAttribute("class")).contains("quad-material-conflict");
        assertThat(arrest.getText()).contains("as target").contains("2022-01-08");
        WebElement evidence = arrest.findElement(By.cssSelector("blockquote.evidence"));
        assertThat(evidence.getText()).isEqualTo("أوقفت السلطات في كازاخستان كريم ماسيموف بتهمة الخيانة العظمى.");
        assertThat(direction(evidence)).isEqualTo("rtl");
        assertThat(evidence.findElement(By.cssSelector(".mention.focus mark")).getText()).isEqualTo("كريم ماسيموف");
        assertThat(evidence.findElement(By.cssSelector("mark.trigger")).getText()).isEqualTo("أوقفت");

        assertThat(browser.driver.findElements(By.cssSelector(".roles .role"))).hasSize(1);
        assertThat(browser.driver.findElement(By.cssSelector(".roles")).getText())
                .contains("Chairman of the National Security Committee").contains("former");
        assertThat(browser.driver.findElement(By.cssSelector(".chips")).getText()).contains("Kazakhstan");
        copyToDocs(browser.screenshot("actor-massimov"), "screenshot-actor.png");
    }

    @Test
    void englishSearchFindsTheSameNamesWithTheKeyboard() {
        open("");
        WebElement first = searchFor("tokayev");
        assertThat(first.getAttribute("data-iri")).isEqualTo(ID + "person/kassym-jomart-tokayev");
        browser.driver.findElement(By.id("search")).sendKeys(Keys.ENTER);
        awaitPage();
        assertThat(browser.driver.findElement(By.cssSelector(".actor-header .title-en")).getText()).isEqualTo("Kassym-Jomart Tokayev");
        assertThat(browser.driver.findElement(By.cssSelector("a.wikidata")).getAttribute("href"))
                .isEqualTo("https://www.wikidata.org/entity/Q200881");
        WebElement searchWithDiacritics = searchFor("مَاسِيمُوف");
        assertThat(searchWithDiacritics.getAttribute("data-iri")).isEqualTo(MASSIMOV);
        browser.screenshot("search-diacritics");
    }

    @Test
    void networkViewDrawsActorsAndClicksThroughToTheirPages() throws IOException {
        open("#/network");
        WebElement canvas = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cy[data-ready=true]")));
        int nodes = Integer.parseInt(canvas.getAttribute("data-nodes"));
        assertThat(nodes).isEqualTo(6);
        assertThat(Integer.parseInt(canvas.getAttribute("data-drawn"))).isEqualTo(nodes);
        assertThat(canvas.findElements(By.tagName("canvas"))).isNotEmpty();
        copyToDocs(browser.screenshot("network"), "screenshot-network.png");

        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.driver.executeScript(
                "const p = arguments[0]._cyreg.cy.getElementById(arguments[1]).renderedPosition(); return [p.x, p.y];",
                canvas, MASSIMOV);
        int width = canvas.getSize().getWidth();
        int height = canvas.getSize().getHeight();
        new Actions(browser.driver).moveToElement(canvas, at.get(0).intValue() - width / 2, at.get(1).intValue() - height / 2)
                .click().perform();
        awaitPage();
        assertThat(browser.driver.findElement(By.cssSelector(".actor-header .title-en")).getText()).isEqualTo("Karim Massimov");
    }

    @Test
    void eventsTableFiltersByCodeAndOffersTheSameRowsAsCsv() {
        open("#/events");
        assertThat(browser.driver.findElements(By.cssSelector(".events-table tbody tr"))).hasSize(7);
        WebElement code = browser.driver.findElement(By.id("code-filter"));
        code.sendKeys("17");
        code.submit();
        browser.wait.until(d -> d.getCurrentUrl().contains("code=17"));
        awaitPage();
        List<WebElement> rows = browser.driver.findElements(By.cssSelector(".events-table tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(r -> assertThat(r.findElement(By.cssSelector(".code")).getText()).isEqualTo("173"));
        String csv = browser.driver.findElement(By.id("csv-download")).getAttribute("href");
        assertThat(csv).contains("/api/events?").contains("code=17").contains("format=csv");
        browser.screenshot("events");
    }

    @Test
    void articlePageHighlightsMentionsAndShowsMarkupAsText() {
        open("#/article?iri=" + URLEncoder.encode(ID + "article/deadbeefcafe0001", StandardCharsets.UTF_8));
        WebElement headline = browser.driver.findElement(By.cssSelector("h1.headline"));
        assertThat(headline.getText()).isEqualTo("<script>window.__xss=4</script>Markup in a headline");
        WebElement text = browser.driver.findElement(By.cssSelector(".article-text"));
        assertThat(text.getText()).contains("<script>window.__xss=1</script>").contains("<img src=x onerror=\"window.__xss=3\">");
        assertThat(text.findElements(By.tagName("img"))).isEmpty();
        assertThat(text.findElements(By.tagName("script"))).isEmpty();
        assertThat(text.findElement(By.cssSelector("a.mention mark")).getText()).isEqualTo("Mallory");
        WebElement mallory = searchFor("mallory");
        assertThat(mallory.getText()).contains("<img src=x onerror=\"window.__xss=2\">Mallory");
        assertThat(browser.driver.executeScript("return window.__xss === undefined")).isEqualTo(true);
        browser.screenshot("article-markup");
    }

    @Test
    void arabicArticleIsRightToLeftWithItsFacts() {
        open("#/article?iri=" + URLEncoder.encode(ID + "article/a1b2c3d4e5f60718", StandardCharsets.UTF_8));
        WebElement text = browser.driver.findElement(By.cssSelector(".article-text"));
        assertThat(direction(text)).isEqualTo("rtl");
        assertThat(text.findElements(By.cssSelector("a.mention"))).hasSize(9);
        assertThat(browser.driver.findElements(By.cssSelector(".timeline li.event"))).hasSize(5);
        browser.screenshot("article-arabic");
    }

    @Test
    void linkedDataIriOpensItsPageInTheBrowser() {
        browser.driver.get(server.url() + "id/person/karim-massimov");
        awaitPage();
        assertThat(browser.driver.getCurrentUrl()).contains("#/actor?iri=");
        assertThat(browser.driver.findElement(By.cssSelector(".actor-header .title-en")).getText()).isEqualTo("Karim Massimov");
    }

    @Test
    void sparqlEditorRunsAQueryAndShowsATable() {
        open("#/sparql");
        browser.driver.findElement(By.id("run-query")).click();
        browser.wait.until(d -> d.findElement(By.id("query-status")).getText().contains("rows"));
        List<WebElement> rows = browser.driver.findElements(By.cssSelector(".results-table tbody tr"));
        assertThat(rows).hasSize(7);
        assertThat(browser.driver.findElement(By.cssSelector(".results-table")).getText()).contains("Karim Massimov");
        browser.screenshot("sparql");
    }
}
