package org.bngopt.web;

import org.bngopt.web.support.Credentials;
import org.bngopt.web.support.DeployedApplication;
import org.bngopt.web.support.Session;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bngopt.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in real headless Chromium against a real instance: fill the form for golden scenario p05,
 * follow the job to its result, get the same answer from the cache, see field messages for bad input,
 * export the CSV, and find the job in the history. Screenshots of the main pages go to docs/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuotePagesIT extends DeployedApplication {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private static Path downloads;
    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        downloads = Files.createTempDirectory("quote-downloads");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void fillTheFormSubmitAndReadTheResult() throws Exception {
        openQuotePage();
        type("quote:demand:0:habitat_input", "Grassland - Lowland calcareous grassland");
        type("quote:demand:0:units_input", "4.2");
        type("quote:lpa_input", "East Hampshire");
        type("quote:nca_input", "South Downs");
        screenshot("new-quote");

        browser.findElement(By.id("quote:submit")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("job-status")));
        screenshot("progress", "quote:status");
        await().until(ExpectedConditions.textToBe(By.id("job-status"), "finished"));
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("quote:total")));

        assertThat(browser.findElement(By.id("quote:total")).getText()).isEqualTo("£215,512.91");
        assertThat(browser.findElement(By.id("quote:allocations")).getText()).contains("WC1P05", "WC1P09", "paired");
        assertThat(browser.findElement(By.id("quote:costChart")).findElements(By.tagName("canvas"))).hasSize(1);
        screenshot("result", "quote:result");
    }

    @Test
    @Order(2)
    void theSameRequestAgainIsMarkedCached() {
        browser.findElement(By.id("quote:submit")).click();

        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("quote:cached")));
        assertThat(browser.findElement(By.id("quote:cached")).getText()).isEqualTo("cached");
        assertThat(browser.findElement(By.id("quote:total")).getText()).isEqualTo("£215,512.91");
    }

    @Test
    @Order(3)
    void exportTheAllocationsAsCsvExcelAndPdf() throws Exception {
        browser.findElement(By.id("quote:exportCsv")).click();

        Path csv = downloads.resolve("quote-allocations.csv");
        await().until(driver -> Files.exists(csv));
        List<String> rows = Files.readAllLines(csv).stream().filter(line -> !line.isBlank()).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains("Bank", "Supply habitat", "Cost");
        assertThat(rows.get(1)).contains("WC1P05", "80,209.88");
        assertThat(rows.get(2)).contains("WC1P09", "paired", "134,803.03");

        // Headless Chrome takes only the first download of a session, so the other formats are
        // posted as the page would post them, outside the browser.
        String jobId = browser.findElement(By.id("job-id")).getText();
        assertThat(export(jobId, "quote:exportXlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .startsWith((byte) 'P', (byte) 'K');
        assertThat(new String(export(jobId, "quote:exportPdf", "application/pdf"), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    @Order(4)
    void badInputShowsMessagesNextToTheFields() throws Exception {
        openQuotePage();
        type("quote:demand:0:habitat_input", "Grassland - Unicorn meadow");
        type("quote:demand:0:units_input", "1");
        browser.findElement(By.id("quote:submit")).click();

        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("quote:demand"),
                "unknown habitat 'Grassland - Unicorn meadow'"));
        assertThat(browser.findElement(By.id("quote:messages")).getText()).contains("Please correct the fields marked below.");
    }

    @Test
    @Order(6)
    void theReferencePageShowsBanksWithTheirTierForASite() throws Exception {
        browser.get(uri().resolve("reference.xhtml").toString());
        type("reference:tabs:siteLpa", "Winchester");
        type("reference:tabs:siteNca", "Hampshire Downs");
        browser.findElement(By.id("reference:tabs:showBanks")).click();

        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("reference:tabs:banks"), "adjacent"));
        assertThat(browser.findElement(By.id("reference:tabs:banks")).getText()).contains("WC1P01", "local", "far");
    }

    @Test
    @Order(5)
    void theHistoryShowsTheJobAndRequotesIt() throws Exception {
        browser.get(uri().resolve("history.xhtml").toString());

        WebElement jobs = await().until(ExpectedConditions.presenceOfElementLocated(By.id("history:jobs")));
        assertThat(jobs.getText()).contains("East Hampshire", "South Downs", "finished", "(cached)",
                "Grassland - Lowland calcareous grassland 4.2");
        screenshot("history");

        jobs.findElement(By.linkText("Requote")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("quote:demand:0:habitat_input")));
        assertThat(browser.findElement(By.id("quote:demand:0:habitat_input")).getAttribute("value"))
                .isEqualTo("Grassland - Lowland calcareous grassland");
        assertThat(browser.findElement(By.id("quote:lpa_input")).getAttribute("value")).isEqualTo("East Hampshire");
    }

    @Test
    @Order(7)
    void anAdminChecksAndImportsAWorkbookOnTheImportPage() throws Exception {
        Path workbook = downloads.resolve("reference-upload.xlsx");
        Files.write(workbook, Session.admin(uri()).download("api/reference/export.xlsx").body());
        browser.get(uri().resolve("admin/reference.xhtml").toString());
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("import:check")));

        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(workbook.toString());
        browser.findElement(By.id("import:check")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("import:changes")));
        assertThat(browser.findElement(By.id("import:changes")).getText()).contains("stock", "prices", "banks");
        assertThat(browser.findElement(By.id("import:messages")).getText()).contains("The file is valid");
        screenshot("import");

        browser.findElement(By.id("import:confirm")).click();
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:messages"), "Imported"));
        assertThat(browser.findElement(By.id("import:messages")).getText()).contains("ref-2025.11-r1+");
        assertThat(browser.findElement(By.id("footer-version")).getText()).startsWith("ref-2025.11-r1+");
    }

    @Test
    @Order(8)
    void aHabitatImportedLaterIsOfferedByTheAutocomplete() throws Exception {
        String habitat = "Grassland - Zephyr meadow";
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Session.admin(uri()).download("api/reference/export.xlsx").body()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet habitats = book.getSheet("habitats");
            Row row = habitats.createRow(habitats.getLastRowNum() + 1);
            String[] cells = {habitat, "Grassland", "Medium", "area"};
            for (int c = 0; c < cells.length; c++) {
                row.createCell(c).setCellValue(cells[c]);
            }
            book.write(out);
            workbook = out.toByteArray();
        }
        HttpResponse<String> imported = Session.admin(uri()).api("POST", "api/admin/reference/import?confirm=true",
                HttpRequest.BodyPublishers.ofByteArray(workbook), "application/octet-stream");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        openQuotePage();
        WebElement input = browser.findElement(By.id("quote:demand:0:habitat_input"));
        input.clear();
        input.sendKeys("Zephyr");
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("quote:demand:0:habitat_panel"), habitat));
    }

    /** Opens a past quote's page and presses one export button, returning the file after checking its type. */
    private byte[] export(String jobId, String button, String contentType) throws Exception {
        Session admin = Session.admin(uri());
        String page = admin.get("quote.xhtml?job=" + jobId).body();
        HttpResponse<byte[]> file = admin.postForBytes("quote.xhtml", Map.of("quote", "quote", button, "",
                "jakarta.faces.ViewState", Session.viewState(page)));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(contentType));
        return file.body();
    }

    /** Opens the quote page, signing in first when the browser is sent to the sign-in page. */
    private void openQuotePage() throws Exception {
        browser.get(uri().resolve("quote.xhtml").toString());
        await().until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("quote:submit")),
                ExpectedConditions.presenceOfElementLocated(By.id("signin:submit"))));
        if (!browser.findElements(By.id("signin:submit")).isEmpty()) {
            screenshot("sign-in");
            type("signin:username", Credentials.ADMIN);
            type("signin:password", Credentials.ADMIN_PASSWORD);
            browser.findElement(By.id("signin:submit")).click();
            await().until(ExpectedConditions.presenceOfElementLocated(By.id("quote:submit")));
        }
    }

    private static void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    private static WebDriverWait await() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** A screenshot with one part of the page scrolled to the top of the window. */
    private static void screenshot(String name, String elementId) throws IOException {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", browser.findElement(By.id(elementId)));
        screenshot(name);
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
