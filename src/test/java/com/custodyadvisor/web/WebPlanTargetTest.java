package com.custodyadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.support.ShippedRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/** The plan's target limit and its layers, as the advisory sizes them, before the order of approach. */
class WebPlanTargetTest extends BrowserTestSupport {

    @Test
    void aFirmWithNoCoverSeesThePrimaryAndExcessToPlaceAndWhoWritesThem() throws IOException {
        Path example = ShippedRules.EXAMPLES.resolve("cyber-only.yaml");
        JsonNode target = advisoryOf(example).path("plan").path("target");

        page.loadFile(example).waitForAdvisory();

        WebElement block = browser.driver().findElement(By.cssSelector("#plan .plan-target"));
        assertThat(block.getAttribute("data-scenario")).isEqualTo(target.path("scenario").asString());
        assertThat(block.getAttribute("data-answered")).isEqualTo("false");
        assertThat(block.findElement(By.cssSelector(".target-usd")).getText()).isEqualTo("270,000,000 USD");
        assertThat(block.findElement(By.cssSelector(".target-advice")).getText())
                .isEqualTo(target.path("advice").asString());
        List<WebElement> rows = block.findElements(By.cssSelector(".target-layers tbody tr"));
        assertThat(rows).extracting(r -> r.getAttribute("data-kind")).containsExactly("PRIMARY", "EXCESS");
        assertThat(rows.get(0).getText()).contains("Primary to place").contains("0 USD").contains("200,000,000 USD")
                .contains("Lead insurer or market").contains("Evertas (line not published)")
                .contains("Lloyd's Market (line up to 500,000,000 USD)");
        assertThat(rows.get(1).getText()).contains("Excess to place").contains("70,000,000 USD")
                .contains("270,000,000 USD").contains("Munich Re (line not published)");
        assertThat(block.findElements(By.cssSelector(".layer-uninsured"))).isEmpty();
        assertThat((Boolean) browser.script("return document.querySelector('#plan .plan-target')"
                + ".compareDocumentPosition(document.querySelector('#plan .plan-steps'))"
                + " === Node.DOCUMENT_POSITION_FOLLOWING")).isTrue();
        browser.screenshot("plan-target-no-cover", block);

        browser.resize(PHONE_WIDTH, 800);
        assertThat(Layout.overflowing(browser)).isEmpty();
        browser.screenshot("plan-target-no-cover-375", block);
    }

    @Test
    void aLossBeyondWhatCanBeBoughtShowsTheProgrammeInForceAndTheUninsuredRest() throws IOException {
        Path example = ShippedRules.EXAMPLES.resolve("large-exchange.yaml");

        page.loadFile(example).waitForAdvisory();

        WebElement block = browser.driver().findElement(By.cssSelector("#plan .plan-target"));
        assertThat(block.getAttribute("data-answered")).isEqualTo("true");
        assertThat(block.findElement(By.cssSelector(".target-for")).getText())
                .contains("a loss of 1,600,000,000 USD").contains("What can be bought for it: 500,000,000 USD (no market writes");
        assertThat(block.findElement(By.cssSelector(".layer-in-force")).getText()).contains("in force")
                .contains("your programme");
        assertThat(block.findElement(By.cssSelector(".layer-uninsured")).getText()).contains("Uninsured")
                .contains("1,100,000,000 USD").contains("until the loss is made smaller");
        assertThat(block.findElement(By.cssSelector(".target-advice")).getText())
                .startsWith("First make the loss smaller by 1,100,000,000 USD");
        browser.screenshot("plan-target-beyond-market", block);
    }

    private static JsonNode advisoryOf(Path profile) throws IOException {
        return Mappers.JSON.readTree(server.post("/v1/advisories", "application/yaml", Files.readString(profile),
                "Accept", "application/json").body());
    }
}
