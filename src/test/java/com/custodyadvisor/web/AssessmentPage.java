package com.custodyadvisor.web;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The self-assessment page as a test uses it: questions are found by the JSON Pointer of the profile
 * field they ask about (their data-pointer), the way the page itself ties errors and evidence to them.
 */
final class AssessmentPage {

    private final Browser browser;

    AssessmentPage(Browser browser) {
        this.browser = browser;
    }

    /** Loads the page fresh and waits until the questionnaire is built. */
    AssessmentPage open(String url) {
        browser.driver().get(url);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body.ready")));
        browser.consoleEntries(); // start each test with an empty console log
        return this;
    }

    /** The id the page gives the control for a pointer: /wallets/0/valueUsd → f-wallets-0-valueUsd. */
    static String idFor(String pointer) {
        return "f" + pointer.replaceAll("[^A-Za-z0-9]+", "-");
    }

    WebElement field(String pointer) {
        return browser.driver().findElement(By.cssSelector("[data-pointer='" + pointer + "']"));
    }

    /**
     * Scrolls the element to the middle of the window first, as a user would before using it: WebDriver
     * scrolls only just into view, where the page's sticky action bar may lie on top of it.
     */
    private WebElement reveal(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    AssessmentPage type(String pointer, String text) {
        WebElement input = reveal(field(pointer));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    AssessmentPage choose(String pointer, String value) {
        new Select(reveal(field(pointer))).selectByValue(value);
        return this;
    }

    /** A Yes / No / Not sure question: "yes", "no" or "unsure". */
    AssessmentPage answer(String pointer, String choice) {
        reveal(browser.driver().findElement(By.id(idFor(pointer) + "-" + choice))).click();
        return this;
    }

    /** Ticks one option of a tick-all-that-apply question. */
    AssessmentPage tick(String pointer, String value) {
        WebElement box = reveal(browser.driver().findElement(By.id(idFor(pointer) + "-" + value)));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    AssessmentPage addRow(String listPointer) {
        reveal(browser.driver().findElement(By.id(idFor(listPointer) + "-add"))).click();
        return this;
    }

    /** Submits and waits for the advisory to be shown. */
    AssessmentPage submitAndWaitForAdvisory() {
        submit();
        return waitForAdvisory();
    }

    AssessmentPage waitForAdvisory() {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#verdict[data-verdict]")));
        return this;
    }

    void submit() {
        reveal(browser.driver().findElement(By.id("submit"))).click();
    }

    /** Loads a profile file through the page's file input, as a user picking it would. */
    AssessmentPage loadFile(Path file) {
        browser.driver().findElement(By.id("file-input")).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    String verdict() {
        return browser.driver().findElement(By.id("verdict")).getAttribute("data-verdict");
    }

    WebElement finding(String id) {
        return browser.driver().findElement(By.cssSelector("article.finding[data-finding-id='" + id + "']"));
    }

    List<WebElement> findings() {
        return browser.driver().findElements(By.cssSelector("article.finding"));
    }

    WebElement provider(String id) {
        return browser.driver().findElement(By.cssSelector("article.provider[data-provider-id='" + id + "']"));
    }

    WebElement coverageCell(String tier, String column) {
        return browser.driver().findElement(By.cssSelector(
                "#coverage-map td[data-tier='" + tier + "'][data-column='" + column + "']"));
    }

    /** The error shown beside the question for a pointer (its text, or "" when none). */
    String errorBeside(String pointer) {
        WebElement error = browser.driver().findElement(By.id(idFor(pointer) + "-error"));
        return error.isDisplayed() ? error.getText() : "";
    }

    String value(String pointer) {
        return field(pointer).getAttribute("value");
    }

    /** Opens the collapsed "more detail" group holding a question, as a user would: by its summary line. */
    AssessmentPage expand(String pointer) {
        WebElement group = field(pointer).findElement(By.xpath("ancestor::details[1]"));
        if (group.getAttribute("open") == null) {
            reveal(group.findElement(By.cssSelector(":scope > summary"))).click();
        }
        return this;
    }

    /** True when the question is inside a collapsed group (not shown until the group is opened). */
    boolean isCollapsed(String pointer) {
        return (Boolean) browser.script("return !!arguments[0].closest('details:not([open])')", field(pointer));
    }

    /** Downloads the answers as "yaml" or "json" and returns the file's text. */
    String downloadedProfile(String format, String fileName) {
        reveal(browser.driver().findElement(By.id("download-" + format))).click();
        WebElement link = browser.waiting().until(d -> d.findElements(By.cssSelector("#profile-links a[download='"
                + fileName + "']")).stream().findFirst().orElse(null));
        return blobText(link);
    }

    /** The text behind a blob: link the page made, read in the page. */
    String blobText(WebElement link) {
        return (String) browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(r => r.text()).then(done, e => done('failed: ' + e));", link);
    }
}
