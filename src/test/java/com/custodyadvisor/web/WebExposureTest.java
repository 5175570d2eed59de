package com.custodyadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.support.ShippedRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The programme schedule and the loss scenarios, as the advisory gives them, on the page at desktop and phone width. */
class WebExposureTest extends BrowserTestSupport {

    @Test
    void theLayeredTowerShowsItsLayersLowestFirstAndItsScenariosLargestFirst() {
        page.loadFile(ShippedRules.EXAMPLES.resolve("layered-tower-exchange.yaml")).waitForAdvisory();

        // the findings and what the answers leave open, then the loss scenarios, the schedule and regulation, then the
        // plan and the path to READY before the ranked providers
        List<String> parts = List.of("findings", "open-questions", "scenarios", "programme", "regulation", "plan",
                "path-to-ready", "providers", "coverage");
        assertThat(browser.driver().findElements(By.cssSelector("#results > section.result-part")))
                .extracting(part -> part.getAttribute("id")).containsExactlyElementsOf(parts);
        assertThat(browser.driver().findElements(By.cssSelector("#results .results-nav a")))
                .extracting(link -> link.getDomAttribute("href"))
                .containsExactlyElementsOf(parts.stream().map(part -> "#" + part).toList());

        List<WebElement> layers = browser.driver().findElements(By.cssSelector("#programme-body li.layer"));
        assertThat(layers).extracting(l -> l.getAttribute("data-path"))
                .containsExactly("/insurance/policies/0", "/insurance/policies/1", "/insurance/policies/2");
        assertThat(layers.get(0).getText()).contains("PRIMARY pays from $0 to $100M")
                .contains("CRIME policy (Lead syndicate (primary))").contains("deductible 2,500,000 USD")
                .contains("Hot $50M Warm $100M Cold $100M");
        assertThat(layers.get(1).getText()).contains("EXCESS pays from $100M to $250M")
                .contains("follows the form of CRIME policy (Lead syndicate (primary))");
        assertThat(layers.get(2).getText()).doesNotContain("Hot $");
        assertThat(browser.driver().findElements(By.cssSelector("#programme-body .layer-gap"))).isEmpty();

        List<WebElement> scenarios = browser.driver().findElements(By.cssSelector("#scenarios-body li.scenario"));
        assertThat(scenarios).extracting(s -> s.getAttribute("data-scenario-id")).startsWith("INSIDER_COLLUSION")
                .contains("HOT_TIER_COMPROMISE", "VENDOR_BREACH", "SOCIAL_ENGINEERING");
        assertThat(scenarios.get(0).getText()).contains("LARGEST").contains("Loss 110,000,000 USD (Warm $110M)");
        WebElement hot = browser.driver().findElement(By.id("scenario-HOT_TIER_COMPROMISE"));
        assertThat(hot.getAttribute("data-uninsured")).isEqualTo("40000000");
        assertThat(hot.getText()).contains("Compromise of the hot tier").contains("Insured: 47,500,000 USD")
                .contains("Retained (deductible): 2,500,000 USD").contains("Uninsured: 40,000,000 USD")
                .contains("Paid by CRIME policy (Lead syndicate (primary)) 47,500,000 USD")
                .contains("To make it smaller: move value from hot wallets to warm or cold storage");

        browser.screenshot("programme-and-scenarios", browser.driver().findElement(By.id("scenarios")));
        browser.screenshot("programme-schedule", browser.driver().findElement(By.id("programme")));

        browser.resize(PHONE_WIDTH, 800);
        assertThat(Layout.overflowing(browser)).isEmpty();
        browser.screenshot("programme-and-scenarios-375", browser.driver().findElement(By.id("scenarios")));
        browser.screenshot("programme-schedule-375", browser.driver().findElement(By.id("programme")));
    }

    @Test
    void aGapOpenedInTheTowerIsShownInTheSchedule() {
        page.loadFile(ShippedRules.EXAMPLES.resolve("follow-form-tower-exchange.yaml")).waitForAdvisory();
        assertThat(browser.driver().findElements(By.cssSelector("#programme-body .layer-gap"))).isEmpty();

        // the second excess layer moved up to 100M leaves a gap above the first (75M)
        page.type("/insurance/policies/2/attachmentUsd", "100000000").submit();

        WebElement gap = browser.waiting().until(d -> d.findElements(By.cssSelector("#programme-body .layer-gap"))
                .stream().findFirst().orElse(null));
        assertThat(gap.getText()).contains("no layer of yours pays from 75,000,000 USD to 100,000,000 USD on Hot, Warm")
                .contains("CRIME policy (Second excess panel) attaches above the top of CRIME policy (First excess "
                        + "panel)");
        assertThat(page.finding("CL-TOWER-GAP").isDisplayed()).isTrue();
    }
}
