package com.custodyadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The path to READY on the page: the improvements and the action plan, and applying one re-assesses the answers. */
class WebPathToReadyTest extends BrowserTestSupport {

    @Test
    void applyingAnImprovementClearsItsFindingAndTheVerdictReachesReady() {
        page.loadFile(ShippedRules.EXAMPLES.resolve("apac-custodian.yaml")).waitForAdvisory();
        assertThat(page.verdict()).isEqualTo("NEEDS_WORK");
        assertThat(page.finding("BM-NO-VENDOR-RIDER").isDisplayed()).isTrue();

        List<WebElement> improvements = browser.driver().findElements(By.cssSelector("#path-to-ready .improvement"));
        assertThat(improvements).extracting(i -> i.getAttribute("data-lever"))
                .containsExactlyInAnyOrder("ADD-VENDOR-RIDER", "REVIEW-WORDING");
        WebElement rider = browser.driver().findElement(
                By.cssSelector("#path-to-ready .improvement[data-lever='ADD-VENDOR-RIDER']"));
        assertThat(rider.getText()).contains("VENDOR_BREACH").contains("Your broker").contains("BM-NO-VENDOR-RIDER");
        assertThat(browser.driver().findElement(By.cssSelector("#path-to-ready .path-outcome"))
                .getAttribute("data-verdict")).isEqualTo("READY");
        assertThat(browser.driver().findElements(By.cssSelector("#path-to-ready .action-plan tbody tr[data-lever]")))
                .hasSize(2);
        browser.screenshot("path-to-ready", browser.driver().findElement(By.id("path-to-ready")));

        WebElement apply = rider.findElement(By.cssSelector("button.apply-improvement"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", apply);
        apply.click();
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("article.finding[data-finding-id='BM-NO-VENDOR-RIDER']"), 0));
        assertThat(browser.driver().findElements(By.cssSelector("#path-to-ready .improvement")))
                .extracting(i -> i.getAttribute("data-lever")).containsExactly("REVIEW-WORDING");
        assertThat(page.finding("RF-VAGUE-WORDING").isDisplayed()).isTrue();
    }

    @Test
    void stepsWhoseDateHasPassedShowHowLate(@TempDir Path directory) throws Exception {
        // renewal in ten days: the broker's submission date, worked back from it, is already past
        String profile = Files.readString(ShippedRules.EXAMPLES.resolve("apac-custodian.yaml")).replace(
                "insurance:\n", "insurance:\n  requested: {renewalDate: " + LocalDate.now(ZoneOffset.UTC).plusDays(10) + "}\n");
        Path file = Files.writeString(directory.resolve("renewal-soon.yaml"), profile);

        page.loadFile(file).waitForAdvisory();

        List<WebElement> dates = browser.driver().findElements(By.cssSelector("#path-to-ready .action-plan tbody td.late"));
        assertThat(dates).isNotEmpty().allSatisfy(d -> assertThat(d.getText()).matches("\\d{4}-\\d{2}-\\d{2}, \\d+ days? late"));
        assertThat(dates).hasSameSizeAs(browser.driver().findElements(By.cssSelector("#path-to-ready .action-plan tbody tr")));
    }
}
