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
                  firmIsNamedInsured: true
            """;

    /**
     * A declared-cold wallet that is online with one key (an underwriter classes it HOT), a primary and a follow-form
     * excess layer of the firm's own, and a vendor's contingent programme it relies on but does not hold.
     */
    private static final String RECLASSED_WITH_TOWER = """
            firm: {name: Reclass Exchange, type: EXCHANGE, domicile: GB, clientAssets: true}
            holdings: {aumUsd: 500000000}
            wallets:
              - {name: vault, tier: COLD, valueUsd: 420000000, online: false, keyScheme: MULTISIG, threshold: 3,
                 keyShares: 5, keySites: 3}
              - {name: ops cold, tier: COLD, valueUsd: 30000000, online: true, keyScheme: SINGLE_KEY,
                 keyStorage: SECURE_ENCLAVE}
              - {name: hot trading, tier: HOT, valueUsd: 50000000, online: true, keyScheme: MPC, threshold: 2,
                 keyShares: 3}
            insurance:
              policies:
                - {line: CRIME, carrier: Lead syndicate, limitUsd: 50000000, tierSublimitsUsd: {HOT: 25000000,
                   COLD: 50000000}, covers: [EXTERNAL_THEFT, INTERNAL_THEFT, KEY_COMPROMISE], firmIsNamedInsured: true}
                - {line: CRIME, carrier: Excess syndicate, attachmentUsd: 50000000, limitUsd: 100000000,
                   followForm: true, tierSublimitsUsd: {HOT: 50000000, COLD: 100000000}, firmIsNamedInsured: true}
                - {line: CRIME, carrier: Vendor programme, limitUsd: 250000000, basis: CONTINGENT,
                   firmIsNamedInsured: false}
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

    /** The map and bars read the tiers an underwriter would assign, and the layers stacked, from the advisory. */
    @Test
    void theMapUsesAssessedTiersAndStackedLayers(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("reclassed.yaml"), RECLASSED_WITH_TOWER);

        page.loadFile(file).waitForAdvisory();

        // the online single-key "cold" wallet counts as hot: 80M hot, of which the primary pays 25M (its hot
        // sub-limit) and the excess layer the part above 50M (30M): 55M
        WebElement hotRow = browser.driver().findElement(By.cssSelector("#coverage-map tr[data-tier='HOT']"));
        assertThat(hotRow.getText()).contains("$80M held");
        assertThat(page.coverageCell("HOT", "EXTERNAL_THEFT").getAttribute("data-status")).isEqualTo("sublimited");
        assertThat(page.coverageCell("HOT", "EXTERNAL_THEFT").getText()).contains("$55M");
        WebElement hotBar = browser.driver().findElement(By.cssSelector(".bar-row[data-tier='HOT']"));
        assertThat(hotBar.getAttribute("data-uninsured")).isEqualTo("25000000");
        assertThat(hotBar.getText()).contains("80,000,000 USD held; your cover pays 55,000,000 USD")
                .contains("25,000,000 USD uninsured (31% of the tier)");
        assertThat(browser.driver().findElement(By.id("verdict")).getText())
                .contains("Held, on the tiers an underwriter would assign: Hot 80,000,000 USD")
                .contains("As you declared them: Hot 50,000,000 USD");
        // the vendor's programme is not the firm's: the cold tier is what its own layers pay, not 250M more
        assertThat(page.coverageCell("COLD", "CRIME").getText()).contains("$150M");
        assertThat(browser.driver().findElement(By.cssSelector("#programme-body .relied-on")).getText())
                .contains("CRIME policy (Vendor programme), limit 250,000,000 USD: it is CONTINGENT cover");
        WebElement reclassed = browser.driver().findElement(By.cssSelector(".wallet-tier[data-path='/wallets/1']"));
        assertThat(reclassed.getAttribute("data-assessed")).isEqualTo("HOT");
        assertThat(reclassed.getText()).contains("Cold as declared, Hot as assessed")
                .contains("online, one key signing alone, in a secure enclave: HOT");
    }
}
