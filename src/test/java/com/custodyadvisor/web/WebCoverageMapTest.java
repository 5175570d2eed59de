package com.custodyadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The coverage map makes a gap obvious: hot wallets that no policy's sub-limits reach. */
class WebCoverageMapTest extends BrowserTestSupport {

    /** Hot wallets, and a crime policy whose sub-limits name only the cold tier: hot is not covered. */
    private static final String HOT_LEFT_OUT = """
            firm: {name: Hotwire Exchange, type: EXCHANGE, domicile: GB, clientAssets: true}
            holdings: {aumUsd: 500000000}
            wallets:
              - {name: vault, tier: COLD, valueUsd: 450000000}
              - {name: hot trading, tier: HOT, valueUsd: 50000000}
            insurance:
              policies:
                - line: CRIME
                  carrier: Cold-only syndicate
                  limitUsd: 400000000
                  tierSublimitsUsd: {COLD: 400000000}
                  covers: [EXTERNAL_THEFT, INTERNAL_THEFT, KEY_COMPROMISE]
            """;

    @Test
    void anUncoveredHotTierIsMarkedNotCovered(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("hot-left-out.yaml"), HOT_LEFT_OUT);

        page.loadFile(file).waitForAdvisory();

        WebElement hotTheft = page.coverageCell("HOT", "EXTERNAL_THEFT");
        assertThat(hotTheft.getAttribute("data-status")).isEqualTo("none");
        assertThat(hotTheft.getText()).contains("Not covered");
        assertThat(page.coverageCell("HOT", "CRIME").getAttribute("data-status")).isEqualTo("none");
        // cold is covered, but for less than it holds
        WebElement coldTheft = page.coverageCell("COLD", "EXTERNAL_THEFT");
        assertThat(coldTheft.getAttribute("data-status")).isEqualTo("sublimited");
        assertThat(coldTheft.getText()).contains("Sub-limited").contains("$400M");
        // a peril no policy names is a gap in every tier
        assertThat(page.coverageCell("COLD", "SOCIAL_ENGINEERING").getAttribute("data-status")).isEqualTo("none");

        WebElement hotBar = browser.driver().findElement(By.cssSelector(".bar-row[data-tier='HOT']"));
        assertThat(hotBar.getAttribute("data-uninsured")).isEqualTo("50000000");
        assertThat(hotBar.getText()).contains("50,000,000 USD uninsured (100% of the tier)");
        assertThat(page.finding("BM-HOT-LIMIT-MISMATCH").isDisplayed()).isTrue();

        WebElement coverage = browser.driver().findElement(By.id("coverage"));
        browser.screenshot("coverage-map-hot-not-covered", coverage);

        // on a phone the map is turned on its side and still marks the gap
        browser.resize(PHONE_WIDTH, 800);
        WebElement narrow = browser.waiting().until(d -> {
            WebElement table = d.findElement(By.id("coverage-map-narrow"));
            return table.isDisplayed() ? table : null;
        });
        assertThat(narrow.findElement(By.cssSelector("td[data-tier='HOT'][data-column='EXTERNAL_THEFT']"))
                .getAttribute("data-status")).isEqualTo("none");
        assertThat(Layout.overflowing(browser)).isEmpty();
        browser.screenshot("coverage-map-hot-not-covered-375", coverage);
    }
}
