package com.custodyadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Problems with the answers, found in the page or by the service, shown beside the question they concern. */
class WebValidationTest extends BrowserTestSupport {

    @Test
    void missingAndInconsistentAnswersAreShownBeforeAnythingIsSent() {
        page.type("/wallets/0/threshold", "3").type("/wallets/0/keyShares", "2").type("/holdings/aumUsd", "lots");

        page.submit();

        WebElement summary = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(page.errorBeside("/firm/name")).contains("Required");
        assertThat(page.errorBeside("/firm/type")).contains("Required");
        assertThat(page.errorBeside("/holdings/aumUsd")).contains("amount in US dollars");
        assertThat(page.errorBeside("/wallets/0/tier")).contains("Required");
        assertThat(page.errorBeside("/wallets/0/threshold")).contains("cannot need more signatures");
        assertThat(page.field("/wallets/0/threshold").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(summary.findElements(By.cssSelector("a")))
                .extracting(a -> a.getAttribute("hash"))
                .contains("#f-firm-name", "#f-wallets-0-threshold");
        assertThat(browser.driver().findElement(By.id("results")).isDisplayed()).isFalse();
        browser.screenshot("validation-in-page", summary);
        browser.screenshot("validation-in-page-wallet", page.field("/wallets/0"));
    }

    @Test
    void aProblemOnlyTheServiceFindsIsShownBesideItsQuestion() {
        // "ZZ" has the shape of a country code, which is all the page checks; the service knows it is none
        page.type("/firm/name", "Nowhere Custody")
                .choose("/firm/type", "QUALIFIED_CUSTODIAN")
                .type("/firm/domicile", "ZZ")
                .type("/holdings/aumUsd", "1000000")
                .choose("/wallets/0/tier", "COLD")
                .type("/wallets/0/valueUsd", "1000000");

        page.submit();

        browser.waiting().until(d -> !page.errorBeside("/firm/domicile").isEmpty());
        assertThat(page.errorBeside("/firm/domicile")).contains("\"ZZ\" is not an ISO 3166-1 alpha-2 country code");
        assertThat(page.field("/firm/domicile").getAttribute("aria-invalid")).isEqualTo("true");
        WebElement summary = browser.driver().findElement(By.id("error-summary"));
        assertThat(summary.getText()).contains("Invalid profile");
        assertThat(summary.findElement(By.cssSelector("li[data-pointer-error='/firm/domicile'] a")).getAttribute("hash"))
                .isEqualTo("#f-firm-domicile");
        browser.screenshot("validation-from-server", browser.driver().findElement(By.id("section-firm")));

        // fixing it and assessing again clears the error
        page.type("/firm/domicile", "GB").submitAndWaitForAdvisory();
        assertThat(page.errorBeside("/firm/domicile")).isEmpty();
        assertThat(summary.isDisplayed()).isFalse();
    }

    @Test
    void evidenceLinksBackToTheAnswerAFindingIsAbout() {
        page.type("/firm/name", "Hot Heavy Ltd")
                .choose("/firm/type", "EXCHANGE")
                .type("/firm/domicile", "US")
                .type("/holdings/aumUsd", "100m")
                .choose("/wallets/0/tier", "COLD")
                .type("/wallets/0/valueUsd", "60m")
                .addRow("/wallets")
                .choose("/wallets/1/tier", "HOT")
                .type("/wallets/1/valueUsd", "40m")
                .submitAndWaitForAdvisory();

        WebElement link = page.finding("CL-NO-THEFT-COVER")
                .findElement(By.cssSelector("a.evidence-link[data-evidence='/wallets/1/valueUsd']"));
        assertThat(link.getText()).contains("Wallet 2").contains("Value held");
        link.click();

        browser.waiting().until(d -> "/wallets/1/valueUsd".equals(
                browser.script("return document.activeElement.dataset.pointer")));
        assertThat(page.field("/wallets/1/valueUsd").getAttribute("value")).isEqualTo("40m");
    }
}
