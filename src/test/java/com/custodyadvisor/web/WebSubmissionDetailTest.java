package com.custodyadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.support.ShippedRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The questions a broker's submission adds: licences, losses, the layers of a tower asked beside the
 * everyday questions; key holders, CCSS aspects, operations and the cover sought kept in collapsed groups.
 */
class WebSubmissionDetailTest extends BrowserTestSupport {

    private static final Path TOWER = ShippedRules.EXAMPLES.resolve("layered-tower-exchange.yaml");

    @Test
    void aLicenceALossAndATowerOfTwoLayersAreAnsweredAndSent() {
        page.type("/firm/name", "Kaiun Test Exchange")
                .choose("/firm/type", "EXCHANGE")
                .type("/firm/domicile", "JP")
                .answer("/firm/clientAssets", "yes")
                .answer("/firm/hasCustomers", "yes")
                .addRow("/firm/licences")
                .type("/firm/licences/0/jurisdiction", "us-ny")
                .type("/firm/licences/0/regulator", "NYDFS")
                .choose("/firm/licences/0/kind", "TRUST_COMPANY")
                .type("/holdings/aumUsd", "500m")
                .choose("/wallets/0/tier", "COLD")
                .type("/wallets/0/valueUsd", "460m")
                .type("/wallets/0/asset", "btc")
                .addRow("/wallets")
                .choose("/wallets/1/tier", "HOT")
                .type("/wallets/1/valueUsd", "40m")
                .choose("/wallets/1/keyStorage", "SECURE_ENCLAVE")
                .addRow("/insurance/lossHistory")
                .type("/insurance/lossHistory/0/date", "03052024")
                .type("/insurance/lossHistory/0/amountUsd", "1.8m")
                .choose("/insurance/lossHistory/0/cause", "EXTERNAL_THEFT")
                .choose("/insurance/lossHistory/0/status", "CLOSED")
                .addRow("/insurance/policies")
                .choose("/insurance/policies/0/line", "CRIME")
                .type("/insurance/policies/0/carrier", "Lead syndicate")
                .type("/insurance/policies/0/limitUsd", "25m")
                .tick("/insurance/policies/0/covers", "EXTERNAL_THEFT")
                .addRow("/insurance/policies")
                .choose("/insurance/policies/1/line", "CRIME")
                .type("/insurance/policies/1/carrier", "Excess syndicate")
                .type("/insurance/policies/1/limitUsd", "25m")
                .type("/insurance/policies/1/attachmentUsd", "25m")
                .answer("/insurance/policies/1/followForm", "yes")
                .tick("/insurance/policies/1/covers", "EXTERNAL_THEFT");
        assertThat(page.value("/firm/licences/0/jurisdiction")).isEqualTo("US-NY");
        assertThat(page.isCollapsed("/insurance/policies/1/termMonths")).isTrue();

        page.submitAndWaitForAdvisory();

        assertThat(page.verdict()).isNotBlank();
        JsonNode sent = Mappers.YAML.readTree(page.downloadedProfile("yaml", "kaiun-test-exchange.profile.yaml"));
        assertThat(sent.at("/firm/hasCustomers").asBoolean()).isTrue();
        assertThat(sent.at("/firm/licences/0")).isEqualTo(Mappers.JSON.readTree(
                "{\"jurisdiction\": \"US-NY\", \"regulator\": \"NYDFS\", \"kind\": \"TRUST_COMPANY\"}"));
        assertThat(sent.at("/wallets/0/asset").asString()).isEqualTo("BTC");
        assertThat(sent.at("/wallets/1/keyStorage").asString()).isEqualTo("SECURE_ENCLAVE");
        assertThat(sent.at("/insurance/lossHistory/0")).isEqualTo(Mappers.JSON.readTree("{\"date\": \"2024-03-05\","
                + " \"amountUsd\": 1800000, \"cause\": \"EXTERNAL_THEFT\", \"status\": \"CLOSED\"}"));
        assertThat(sent.at("/insurance/policies/0").has("attachmentUsd")).isFalse();
        assertThat(sent.at("/insurance/policies/1/attachmentUsd").asLong()).isEqualTo(25_000_000L);
        assertThat(sent.at("/insurance/policies/1/followForm").asBoolean()).isTrue();
        assertThat(sent.has("operations")).as("no detail answered, none sent").isFalse();
        browser.screenshot("submission-licence-loss-tower-desktop", browser.driver().findElement(By.id("section-insurance")));
    }

    @Test
    void theLayeredTowerExampleRoundTripsAndOpensTheGroupsItAnswers() throws IOException {
        page.loadFile(TOWER).waitForAdvisory();
        JsonNode original = Mappers.YAML.readTree(Files.readString(TOWER));

        assertThat(browser.driver().findElement(By.id("load-note")).getText()).doesNotContain("left out");
        assertThat(page.value("/insurance/policies/2/attachmentUsd")).isEqualTo("250,000,000");
        assertThat(page.value("/activities/subCustodians/0/name")).isEqualTo("Fireblocks");
        assertThat(page.value("/activities/subCustodians/0/insuranceLimitUsd")).isEqualTo("30,000,000");
        assertThat(page.value("/keyManagement/keyHolders/1/wallets"))
                .isEqualTo("cold BTC vault\ncold ETH vault\nwarm settlement");
        assertThat(page.value("/controls/ccssTarget")).isEqualTo("3");
        for (String answered : List.of("/keyManagement/keyHolders", "/controls/assuranceReports",
                "/operations/coldSweep", "/insurance/requested/renewalDate", "/holdings/ownReserves",
                "/activities/subCustodians/0/insuranceLimitUsd", "/insurance/policies/0/termMonths")) {
            assertThat(page.isCollapsed(answered)).as(answered + " is shown").isFalse();
        }
        assertThat(page.isCollapsed("/insurance/compensationArrangement/approved")).isFalse(); // same group as requested

        String fileName = "kaiun-digital-exchange.profile.";
        assertThat(Mappers.YAML.readTree(page.downloadedProfile("yaml", fileName + "yaml"))).isEqualTo(original);
        assertThat(Mappers.JSON.readTree(page.downloadedProfile("json", fileName + "json"))).isEqualTo(original);
        browser.screenshot("submission-tower-example-desktop");
        browser.screenshot("submission-key-holders-desktop", page.field("/keyManagement/keyHolders"));

        browser.resize(PHONE_WIDTH, 800);
        browser.waiting().until(d -> ((Number) browser.script("return document.documentElement.clientWidth"))
                .intValue() <= PHONE_WIDTH);
        assertThat(Layout.overflowing(browser)).as("elements wider than the page at %d px", PHONE_WIDTH).isEmpty();
        browser.screenshot("submission-tower-example-375");
        browser.screenshot("submission-sub-custodian-375", page.field("/activities/subCustodians"));
    }

    @Test
    void theDetailGroupsStartClosedAndOpenOnRequest() {
        for (String detail : List.of("/keyManagement/keyHolders", "/keyManagement/compromiseProtocol",
                "/controls/assuranceReports", "/controls/reconciliation", "/operations/peakDailyOutflowUsd",
                "/insurance/requested/limitUsd", "/holdings/owedToClients")) {
            assertThat(page.isCollapsed(detail)).as(detail).isTrue();
        }
        for (String everyday : List.of("/firm/hasCustomers", "/firm/licences", "/holdings/clientAssetsUsd",
                "/wallets/0/keyStorage", "/activities/custodyModel", "/activities/tradingDesk",
                "/insurance/lossHistory")) {
            assertThat(page.isCollapsed(everyday)).as(everyday).isFalse();
        }

        page.expand("/operations/peakDailyOutflowUsd").type("/operations/peakDailyOutflowUsd", "70m");

        assertThat(page.isCollapsed("/operations/peakDailyOutflowUsd")).isFalse();
        assertThat(page.field("/operations/peakDailyOutflowUsd").isDisplayed()).isTrue();
        browser.screenshot("submission-operations-open-desktop", browser.driver().findElement(By.id("section-operations")));
    }

    @Test
    void answersTheSchemaRefusesAreShownBesideTheirQuestionsBeforeSending() {
        page.type("/firm/name", "Checks Ltd").choose("/firm/type", "EXCHANGE").type("/firm/domicile", "JP")
                .type("/holdings/aumUsd", "100m").type("/holdings/clientAssetsUsd", "120m")
                .choose("/wallets/0/tier", "COLD").type("/wallets/0/valueUsd", "100m").type("/wallets/0/asset", "bit coin")
                .addRow("/firm/licences").type("/firm/licences/0/jurisdiction", "Japan")
                .addRow("/insurance/lossHistory").type("/insurance/lossHistory/0/amountUsd", "1m")
                .addRow("/insurance/policies").choose("/insurance/policies/0/line", "CRIME")
                .type("/insurance/policies/0/limitUsd", "10m").type("/insurance/policies/0/deductibleUsd", "10m")
                .expand("/keyManagement/authenticationFactors").type("/keyManagement/authenticationFactors", "7");

        page.submit();

        browser.waiting().until(d -> !page.errorBeside("/firm/licences/0/jurisdiction").isEmpty());
        assertThat(page.errorBeside("/firm/licences/0/jurisdiction")).contains("A country code (JP)");
        assertThat(page.errorBeside("/wallets/0/asset")).contains("A ticker in capitals");
        assertThat(page.errorBeside("/holdings/clientAssetsUsd")).contains("Above the assets under custody");
        assertThat(page.errorBeside("/insurance/lossHistory/0/date")).contains("Required");
        assertThat(page.errorBeside("/insurance/policies/0/deductibleUsd")).contains("could never pay");
        assertThat(page.errorBeside("/keyManagement/authenticationFactors")).contains("At most 5");
        assertThat(browser.driver().findElement(By.id("results")).isDisplayed()).isFalse();
        browser.screenshot("submission-validation-in-page", browser.driver().findElement(By.id("error-summary")));
    }

    @Test
    void aProblemTheServiceFindsInACollapsedGroupOpensIt(@TempDir Path directory) throws IOException {
        String profile = Files.readString(TOWER).replace("wallets: [warm settlement, hot BTC, hot ETH]",
                "wallets: [warm settlement, hot bitcoin]");
        Path file = Files.writeString(directory.resolve("misnamed.yaml"), profile);

        page.loadFile(file);

        browser.waiting().until(d -> !page.errorBeside("/keyManagement/keyHolders/3/wallets").isEmpty());
        assertThat(page.errorBeside("/keyManagement/keyHolders/3/wallets"))
                .contains("Line 2: \"hot bitcoin\" is the name of no wallet in this profile");
        assertThat(page.isCollapsed("/keyManagement/keyHolders/3/wallets")).isFalse();
        WebElement summaryLink = browser.driver().findElement(
                By.cssSelector("li[data-pointer-error='/keyManagement/keyHolders/3/wallets/1'] a"));
        assertThat(summaryLink.getText()).contains("Key holder 4");
        browser.screenshot("submission-error-in-detail", page.field("/keyManagement/keyHolders/3"));
    }
}
