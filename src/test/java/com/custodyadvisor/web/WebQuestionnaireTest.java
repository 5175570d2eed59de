package com.custodyadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A new user answers the questionnaire by hand and gets the advisory. */
class WebQuestionnaireTest extends BrowserTestSupport {

    /** The cyber-only custodian of data/examples/cyber-only.yaml, shortened, typed in as a user would. */
    @Test
    void answeringTheQuestionsForACyberOnlyCustodianShowsItIsNotReady() {
        page.type("/firm/name", "Quickvault Custody LLC")
                .choose("/firm/type", "QUALIFIED_CUSTODIAN")
                .type("/firm/domicile", "us")
                .answer("/firm/clientAssets", "yes")
                .type("/holdings/aumUsd", "300m")
                .choose("/wallets/0/tier", "COLD")
                .type("/wallets/0/valueUsd", "270,000,000")
                .choose("/wallets/0/keyScheme", "MULTISIG")
                .type("/wallets/0/threshold", "2")
                .type("/wallets/0/keyShares", "3")
                .answer("/wallets/0/online", "no")
                .addRow("/wallets")
                .choose("/wallets/1/tier", "HOT")
                .type("/wallets/1/valueUsd", "30000000")
                .choose("/wallets/1/keyScheme", "SINGLE_KEY")
                .answer("/wallets/1/online", "yes")
                .answer("/keyManagement/dualControl", "yes")
                .answer("/controls/mfa", "yes")
                .addRow("/insurance/policies")
                .choose("/insurance/policies/0/line", "CYBER")
                .type("/insurance/policies/0/carrier", "Generalist cyber carrier")
                .type("/insurance/policies/0/limitUsd", "20m")
                .tick("/insurance/policies/0/covers", "EXTERNAL_THEFT")
                .tick("/insurance/policies/0/covers", "EXTORTION")
                .answer("/insurance/policies/0/wordingReviewed", "yes");
        assertThat(page.value("/firm/domicile")).isEqualTo("US");

        page.submitAndWaitForAdvisory();

        assertThat(page.verdict()).isEqualTo("NOT_READY");
        WebElement cyberOnly = page.finding("RF-CYBER-ONLY");
        assertThat(cyberOnly.findElement(By.cssSelector(".sev-badge")).getText()).isEqualToIgnoringCase("critical");
        assertThat(cyberOnly.findElement(By.cssSelector(".finding-detail")).getText())
                .contains("300,000,000 USD")
                .contains("CYBER policy (Generalist cyber carrier)");
        assertThat(cyberOnly.findElement(By.cssSelector(".finding-remediation")).getText()).contains("crime/specie");
        assertThat(cyberOnly.findElement(By.cssSelector(".finding-source")).getText()).contains("Red flags");
        assertThat(cyberOnly.findElements(By.cssSelector("a.evidence-link")))
                .extracting(a -> a.getAttribute("data-evidence"))
                .contains("/firm/clientAssets", "/insurance/policies/0/line");
        // one fact, one finding: what only restates the missing theft cover is listed under the red flag
        assertThat(page.findings()).extracting(f -> f.getAttribute("data-finding-id"))
                .doesNotContain("BM-HOT-LIMIT-MISMATCH", "CL-NO-THEFT-COVER");
        assertThat(cyberOnly.findElement(By.cssSelector(".covered[data-covered-id='BM-HOT-LIMIT-MISMATCH']")).getText())
                .contains("30,000,000 USD");
        assertThat(cyberOnly.findElement(By.cssSelector(".covered[data-covered-id='CL-NO-THEFT-COVER']")).getText())
                .contains("300,000,000 USD");

        // what the answers leave out is asked: in the results, and beside the question it points to
        WebElement questions = browser.driver().findElement(By.id("open-questions"));
        assertThat(questions.findElement(By.cssSelector(".completeness")).getText()).startsWith("You answered ");
        WebElement broker = questions.findElement(By.cssSelector(".open-question[data-pointer-asked='/insurance/brokerEngaged']"));
        assertThat(broker.getText()).contains("Is a broker engaged for your custody insurance?").contains("CL-CLAIMS");
        WebElement note = browser.driver().findElement(
                By.cssSelector("#questions .open-question-note[data-pointer-asked='/insurance/brokerEngaged']"));
        assertThat(note.findElement(By.xpath("ancestor::*[@data-pointer][1]")).getAttribute("data-pointer"))
                .isEqualTo("/insurance/brokerEngaged");
        assertThat(note.getText()).startsWith("Open question: Is a broker engaged");

        // two insiders can take the 270m vault, more than one carrier writes: Aon, named for the tower and the first
        // placement, comes before the crypto-first insurer, who still leads the cover in the plan
        WebElement evertas = page.provider("evertas");
        assertThat(evertas.findElement(By.cssSelector(".provider-name")).getText()).isEqualTo("#2 Evertas");
        assertThat(evertas.findElement(By.cssSelector(".provider-standing")).getText())
                .startsWith("Named by the guide for your firm");
        assertThat(evertas.findElements(By.cssSelector(".reasons li"))).isNotEmpty();
        assertThat(evertas.getText()).contains("Consider if:").contains("Alternatives:");
        // in the plan, the crypto-first insurer leads the cover and links to its card
        WebElement lead = browser.driver().findElement(By.cssSelector("#plan .plan-step[data-step='LEAD']"));
        assertThat(lead.findElement(By.tagName("h4")).getText()).startsWith("Lead insurer or market");
        WebElement planned = lead.findElement(By.cssSelector(".planned"));
        assertThat(planned.getAttribute("data-provider-id")).isEqualTo("evertas");
        assertThat(planned.findElement(By.cssSelector(".planned-why")).getText())
                .contains("matches need CRYPTO_FIRST_INSURER (derived: client assets held without");
        assertThat(planned.findElement(By.cssSelector("a.planned-name")).getAttribute("href")).endsWith("#provider-evertas");

        browser.screenshot("questionnaire-cyber-only-desktop");
        browser.screenshot("results-findings-desktop", browser.driver().findElement(By.id("findings")));
        browser.screenshot("results-open-questions-desktop", questions);
        browser.screenshot("results-plan-desktop", browser.driver().findElement(By.id("plan")));
        browser.screenshot("results-providers-desktop", browser.driver().findElement(By.id("providers")));
        browser.screenshot("results-coverage-desktop", browser.driver().findElement(By.id("coverage")));

        // the same page on a phone: it reflows, nothing makes the page itself scroll sideways
        browser.resize(PHONE_WIDTH, 800);
        browser.waiting().until(d -> ((Number) browser.script("return document.documentElement.clientWidth"))
                .intValue() <= PHONE_WIDTH);
        assertThat(Layout.overflowing(browser)).as("elements wider than the page at %d px", PHONE_WIDTH).isEmpty();
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .as("page width at %d px", PHONE_WIDTH)
                .isLessThanOrEqualTo(((Number) browser.script("return document.documentElement.clientWidth")).intValue());
        browser.screenshot("questionnaire-cyber-only-375");
        browser.screenshot("results-verdict-375", browser.driver().findElement(By.id("results")));
        browser.screenshot("results-plan-375", browser.driver().findElement(By.id("plan")));
        browser.screenshot("results-findings-375", browser.driver().findElement(By.id("findings")));
        browser.screenshot("results-open-questions-375", browser.driver().findElement(By.id("open-questions")));
    }
}
