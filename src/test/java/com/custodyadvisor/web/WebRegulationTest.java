package com.custodyadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.support.ShippedRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The Regulation part of the advisory: each regime that applies with its figures, and the CCSS table. */
class WebRegulationTest extends BrowserTestSupport {

    @Test
    void aJfsaLicenseeBelowTheFloorSeesEachRegimeItsFiguresAndTheCcssTable() {
        page.loadFile(ShippedRules.EXAMPLES.resolve("layered-tower-exchange.yaml")).waitForAdvisory();

        List<WebElement> regimes = browser.driver().findElements(By.cssSelector("#regulation-body article.regime"));
        assertThat(regimes).extracting(r -> r.getAttribute("data-regime-id")).containsExactly("JP", "EU");
        WebElement japan = regimes.get(0);
        assertThat(japan.getAttribute("class")).contains("status-NOT_MET");
        assertThat(japan.getText()).contains("JP (JFSA): Japan, crypto-asset exchange service providers")
                .contains("Applies: licence in JP (JFSA, EXCHANGE); domicile JP");
        WebElement floor = japan.findElement(By.cssSelector("li.regime-check[data-kind='COLD_FLOOR']"));
        assertThat(floor.getAttribute("data-status")).isEqualTo("NOT_MET");
        assertThat(floor.getText()).contains("cold-storage floor: at least 95% of client assets cold, in aggregate")
                .contains("2,800,000,000 USD of 3,000,000,000 USD cold (93.3%, floor 95%): move 50,000,000 USD")
                .contains("primary text").contains("Art. 27(2)");
        assertThat(floor.findElement(By.cssSelector(".check-link a")).getDomAttribute("href"))
                .isEqualTo("#finding-REG-COLD-FLOOR");
        assertThat(page.finding("REG-COLD-FLOOR").isDisplayed()).isTrue();
        assertThat(regimes.get(1).getText()).contains("secondary summary");

        List<WebElement> aspects = browser.driver().findElements(By.cssSelector("#regulation-body .ccss-table tbody tr"));
        assertThat(aspects).extracting(a -> a.getAttribute("data-aspect")).containsExactly("1.01", "1.02", "1.03",
                "1.04", "1.05", "1.06", "2.01", "2.02", "2.03", "2.04");
        assertThat(aspects.get(2).getAttribute("data-level")).isEqualTo("3");
        assertThat(aspects.get(0).getText()).contains("1.01 L3: keys draw on validated entropy").contains("(not in place)");
        assertThat(aspects.get(1).getText()).contains("not assessed");
        // a requirement left out links to the question that answers it
        WebElement ask = aspects.get(1).findElement(By.cssSelector("a.evidence-link"));
        assertThat(ask.getAttribute("data-evidence")).isEqualTo("/keyManagement/deterministicWallets");
        assertThat(browser.driver().findElements(By.cssSelector("[data-pointer='/keyManagement/deterministicWallets']")))
                .isNotEmpty();
        assertThat(browser.driver().findElement(By.id("ccss-title")).getText())
                .isEqualTo("CCSS level: 2 (target 3) (claimed 2)");

        browser.screenshot("regulation", browser.driver().findElement(By.id("regulation")));
        browser.resize(PHONE_WIDTH, 800);
        assertThat(Layout.overflowing(browser)).isEmpty();
        browser.screenshot("regulation-375", browser.driver().findElement(By.id("regulation")));
    }

    @Test
    void aFirmUnderNoListedRegimeIsToldSoAndAskedForItsCcssAnswers() {
        page.loadFile(ShippedRules.EXAMPLES.resolve("qualified-custodian.yaml")).waitForAdvisory();

        WebElement body = browser.driver().findElement(By.id("regulation-body"));
        assertThat(body.findElements(By.cssSelector("article.regime"))).isEmpty();
        assertThat(body.getText()).contains("No listed regime applies").contains("CCSS level: not assessed")
                .contains("answer the CCSS questions");
        assertThat(body.findElements(By.cssSelector(".ccss-table"))).isEmpty();
    }
}
