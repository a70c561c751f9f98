package org.govkg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web app in a real headless Chromium (Debian's chromium and chromedriver, driven by
 * Selenium; nothing is downloaded): a planner's path from search to the sentence behind a fact,
 * and an analyst running an example query. Screenshots of each page go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"govkg.store=memory", "govkg.data=data"})
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");
    static WebDriver browser;
    static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
            "Debian's chromium and chromium-driver are not installed (./govkg test installs them)");
        profile = Files.createTempDirectory("govkg-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 900));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    static void shot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void searchEntityDiagramNodeAndTheSentenceBehindAFact() throws Exception {
        browser.get(url("/"));
        shot("home");
        WebElement box = browser.findElement(By.cssSelector("form.search input[name=q]"));
        box.sendKeys("数字红河", Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits .hit .name")));
        WebElement first = browser.findElement(By.cssSelector("#hits .hit .name"));
        assertThat(first.getText()).isEqualTo("建设“数字红河”领导小组");
        first.click();

        waiting().until(ExpectedConditions.textToBe(By.id("entity-name"), "建设“数字红河”领导小组"));
        assertThat(browser.findElement(By.cssSelector("section.relation[data-relation=办公室设在]")).getText()).contains("红河州发展和改革委员会");
        shot("entity");

        // Click the office's node in the org chart.
        WebElement node = browser.findElement(By.xpath("//*[@id='diagram']//*[local-name()='a'][.//*[local-name()='text' and contains(., '红河州发展和改革委员会')]]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", node);
        node.click();
        waiting().until(ExpectedConditions.textToBe(By.id("entity-name"), "红河州发展和改革委员会"));

        // The sentence that says the group's office sits here, in its document.
        WebElement source = browser.findElement(By.xpath("//section[@data-relation='办公室设在']//div[@class='src']//a"));
        String sentence = source.findElement(By.xpath("..")).findElement(By.className("sentence")).getText();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", source);
        source.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("doctext")));
        List<WebElement> highlighted = browser.findElements(By.cssSelector("#doctext .hl"));
        assertThat(highlighted).isNotEmpty();
        String marked = String.join("", highlighted.stream().map(WebElement::getText).toList());
        assertThat(sentence).contains(marked.strip());
        assertThat(marked).contains("办公室设在");
        assertThat(browser.findElement(By.id("hl")).isDisplayed()).isTrue();
        shot("document");
    }

    @Test
    void anExampleQueryRunsAndItsTableReads() throws Exception {
        browser.get(url("/workbench"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        browser.findElements(By.cssSelector(".wb-example")).get(0).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#wb-table tr td")));
        List<String> cells = browser.findElements(By.cssSelector("#wb-table td")).stream().map(WebElement::getText).toList();
        assertThat(cells).contains("建设“数字红河”领导小组", "红河州发展和改革委员会", "州长");
        assertThat(browser.getCurrentUrl()).contains("/workbench?query=");
        shot("workbench");

        // A CONSTRUCT example opens in the diagram view, whose nodes link to entity pages.
        WebElement construct = browser.findElements(By.cssSelector(".wb-example")).stream()
            .filter(b -> b.getAttribute("data-query").contains("CONSTRUCT")).findFirst().orElseThrow();
        construct.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#wb-diagram svg")));
        assertThat(browser.findElements(By.xpath("//*[@id='wb-diagram']//*[local-name()='a']"))).isNotEmpty();

        // Typing a query and running it from the keyboard.
        browser.get(url("/workbench"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        ((JavascriptExecutor) browser).executeScript(
            "document.querySelector('.CodeMirror').CodeMirror.setValue('SELECT ?name { ?g a gkg:LeadershipGroup ; skos:prefLabel ?name } ORDER BY ?name')");
        browser.findElement(By.cssSelector(".CodeMirror textarea")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#wb-table td")));
        assertThat(browser.findElements(By.cssSelector("#wb-table td")).stream().map(WebElement::getText).toList())
            .contains("建设“数字红河”领导小组");
    }

    @Test
    void pagesMarkTheMatchAndSayEachThingOnce() throws Exception {
        browser.get(url("/search?q=" + java.net.URLEncoder.encode("发改委", java.nio.charset.StandardCharsets.UTF_8)));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits .hit")));
        List<String> marks = browser.findElements(By.cssSelector("#hits .sentence mark")).stream().map(WebElement::getText).toList();
        assertThat(marks).contains("州发展改革委");
        shot("search-highlight");

        browser.findElement(By.cssSelector("form.search input[name=q]")).clear();
        browser.get(url("/search?q=" + java.net.URLEncoder.encode("数字红河", java.nio.charset.StandardCharsets.UTF_8)));
        browser.findElement(By.cssSelector("#hits .hit .name")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("entity-name"), "建设“数字红河”领导小组"));
        WebElement workingGroups = browser.findElement(By.cssSelector("section.relation[data-relation=下设工作组]"));
        assertThat(workingGroups.findElements(By.cssSelector(".src"))).hasSize(1);
        assertThat(workingGroups.findElements(By.cssSelector(".other a"))).hasSize(5);
        String figures = browser.findElement(By.xpath("//section[.//h2[text()='数据']]")).getText();
        assertThat(figures).contains("57 家").doesNotContain("57.0");

        browser.get(url("/document?iri=" + java.net.URLEncoder.encode(org.govkg.vocab.GKG.DOCUMENT_BASE + "02-honghe-digital-group-notice.txt",
            java.nio.charset.StandardCharsets.UTF_8)));
        for (WebElement row : browser.findElements(By.cssSelector("#facts tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells.get(3).getText()).as(row.getText()).isNotEqualTo(cells.get(2).getText());
        }

        browser.get(url("/workbench"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        String query = (String) ((JavascriptExecutor) browser).executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
        assertThat(query.lines().findFirst().orElseThrow()).startsWith("# ").matches(".*[\\u4e00-\\u9fff].*");
    }

    @Test
    void theLargeDiagramPansZoomsAndExpandsAClickedNode() throws Exception {
        browser.get(url("/entity?iri=" + java.net.URLEncoder.encode(WebPagesTest.GROUP, java.nio.charset.StandardCharsets.UTF_8)));
        browser.findElement(By.id("open-diagram")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#viewer-stage svg g.viewport g.node")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String before = (String) js.executeScript("return document.querySelector('#viewer-stage g.viewport').getAttribute('transform')");
        WebElement stage = browser.findElement(By.id("viewer-stage"));
        // the wheel zooms in, a drag pans
        new org.openqa.selenium.interactions.Actions(browser).scrollFromOrigin(
            org.openqa.selenium.interactions.WheelInput.ScrollOrigin.fromElement(stage), 0, -300).perform();
        waiting().until(d -> {
            Object t = js.executeScript("return document.querySelector('#viewer-stage g.viewport').getAttribute('transform')");
            return t != null && !t.equals(before) && t.toString().contains("scale");
        });
        String zoomed = (String) js.executeScript("return document.querySelector('#viewer-stage g.viewport').getAttribute('transform')");
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(stage, 10, 10).clickAndHold().moveByOffset(120, 60).release().perform();
        waiting().until(d -> !js.executeScript("return document.querySelector('#viewer-stage g.viewport').getAttribute('transform')").equals(zoomed));
        shot("diagram-zoomed");

        // clicking the office's node adds its neighbours, and the URL keeps the expansion
        browser.findElement(By.id("viewer-fit")).click();
        assertThat(browser.findElements(By.xpath("//*[@id='viewer-stage']//*[local-name()='text' and contains(., '政务云平台')]"))).isEmpty();
        WebElement office = browser.findElement(By.xpath("//*[@id='viewer-stage']//*[local-name()='a'][.//*[local-name()='text' and contains(., '红河州发展和改革委员会')]]"));
        js.executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))", office);
        waiting().until(d -> browser.getCurrentUrl().contains("expand="));
        // the office is responsible for the cloud platform: a neighbour the group chart does not show
        waiting().until(d -> browser.findElements(By.xpath("//*[@id='viewer-stage']//*[local-name()='text' and contains(., '政务云平台')]")).size() > 0);
        assertThat(browser.getCurrentUrl()).contains("kind=neighbourhood");
        assertThat(browser.findElement(By.id("viewer-page")).getText()).contains("红河州发展和改革委员会");
        shot("diagram-expanded");
    }

    @Test
    void aGroupsTimelineShowsWhatEachNoticeChangedAndItsChartAsOfADate() throws Exception {
        String group = "红河州政务服务“一网通办”工作领导小组";
        browser.get(url("/search?q=" + java.net.URLEncoder.encode("一网通办", java.nio.charset.StandardCharsets.UTF_8)));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits .hit .name")));
        browser.findElements(By.cssSelector("#hits .hit .name")).stream().filter(e -> e.getText().equals(group)).findFirst().orElseThrow().click();
        waiting().until(ExpectedConditions.textToBe(By.id("entity-name"), group));

        List<WebElement> events = browser.findElements(By.cssSelector("#history .timeline .event"));
        assertThat(events).extracting(e -> e.getAttribute("data-date")).containsExactly("2019-03-15", "2021-05-20", "2023-08-10");
        assertThat(events.get(0).getText()).contains("成立").contains("初始组成");
        WebElement adjusted = events.get(1);
        assertThat(adjusted.getText()).contains("调整");
        assertThat(adjusted.findElement(By.cssSelector("li.added[data-part=MEMBER]")).getText()).contains("＋").contains("红河州数据发展中心");
        assertThat(adjusted.findElement(By.cssSelector("li.removed[data-part=MEMBER]")).getText()).contains("红河州人力资源和社会保障局");
        assertThat(adjusted.findElement(By.cssSelector("li.changed[data-part=OFFICE]")).getText())
            .contains("红河州政务服务管理局 → 红河州发展和改革委员会");
        assertThat(adjusted.findElements(By.cssSelector("li.changed[data-part=PERSON]"))).extracting(WebElement::getText)
            .anyMatch(t -> t.contains("组长 杨明远 → 黄志勇")).anyMatch(t -> t.contains("副组长 周慧敏 → 刘海燕"));
        // each change carries the notice's sentence
        assertThat(adjusted.findElement(By.cssSelector("li.added[data-part=MEMBER] .sentence")).getText()).contains("州数据发展中心");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('history').scrollIntoView()");
        shot("group-timeline");

        // the chart as the 2019 notice set the group up
        events.get(0).findElement(By.className("chart-then")).click();
        waiting().until(ExpectedConditions.urlContains("asOf=2019-03-15"));
        String chart = browser.findElement(By.id("diagram")).getText();
        assertThat(chart).contains("杨明远").contains("红河州政务服务管理局").doesNotContain("黄志勇").doesNotContain("数据共享工作组");
        assertThat(browser.findElement(By.id("as-of")).getAttribute("value")).isEqualTo("2019-03-15");

        // the 2021 adjustment's change diagram, in the zoomable view
        browser.navigate().back();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history .timeline .event")));
        browser.findElements(By.cssSelector("#history .timeline .event")).get(1).findElement(By.className("change-diagram")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#viewer-stage svg g.viewport g.node")));
        String drawn = browser.findElement(By.id("viewer-stage")).getText();
        assertThat(drawn).contains("＋ 黄志勇").contains("－ 杨明远").contains("－ 红河州人力").contains("＋ 红河州数据发展中心").contains("本文件新增");
        assertThat(browser.getCurrentUrl()).contains("asOf=2021-05-20").contains("changes=true");
        shot("group-change-diagram");
    }

    @Test
    void aCountyProjectsLineageLeadsUpToTheNationalPlanAndItsNodesOpenTheirPages() throws Exception {
        browser.get(url("/search?q=" + java.net.URLEncoder.encode("自助终端", java.nio.charset.StandardCharsets.UTF_8)));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits .hit .name")));
        browser.findElements(By.cssSelector("#hits .hit .name")).stream().filter(e -> e.getText().equals("蒙自市政务服务自助终端网络"))
            .findFirst().orElseThrow().click();
        waiting().until(ExpectedConditions.textToBe(By.id("entity-name"), "蒙自市政务服务自助终端网络"));
        WebElement lineage = browser.findElement(By.id("lineage-diagram"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", lineage);
        String drawn = lineage.getText();
        assertThat(drawn).contains("蒙自市数字政府建设实施").contains("红河州数字政府建设").contains("云南省数字政府").contains("国务院关于加强数字")
            .contains("贯彻落实");
        shot("project-lineage");
        // the national guideline's node opens its page, whose lineage runs down to the county's projects
        WebElement national = browser.findElement(By.xpath("//*[@id='lineage-diagram']//*[local-name()='a'][.//*[local-name()='text' and contains(., '国务院关于加强数字')]]"));
        national.click();
        waiting().until(ExpectedConditions.textToBe(By.id("entity-name"), "国务院关于加强数字政府建设的指导意见"));
        assertThat(browser.findElement(By.id("lineage-diagram")).getText()).contains("蒙自市城市运行管理平台").contains("牵头单位");
    }
}
