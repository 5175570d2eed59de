package com.custodyadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.support.ShippedRules;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/** A saved profile loaded into the page, and the profile and report downloaded from it. */
class WebProfileFileTest extends BrowserTestSupport {

    private static final Path EXAMPLE = ShippedRules.EXAMPLES.resolve("large-exchange.yaml");

    @Test
    void loadingAnExampleFileFillsTheQuestionnaireAndShowsItsAdvisory() throws IOException {
        page.loadFile(EXAMPLE).waitForAdvisory();

        assertThat(page.value("/firm/name")).isEqualTo("Atlas Global Exchange");
        assertThat(page.value("/firm/type")).isEqualTo("EXCHANGE");
        assertThat(page.value("/firm/domicile")).isEqualTo("GB");
        for (String region : List.of("UK", "US", "EU", "APAC")) {
            assertThat(checkbox("/firm/regions", region).isSelected()).as(region).isTrue();
        }
        assertThat(checkbox("/firm/regions", "MENA").isSelected()).isFalse();
        assertThat(rows("/wallets")).isEqualTo(3);
        assertThat(page.value("/wallets/2/name")).isEqualTo("hot trading");
        assertThat(page.value("/wallets/2/tier")).isEqualTo("HOT");
        assertThat(page.value("/wallets/2/valueUsd")).isEqualTo("400,000,000");
        assertThat(page.value("/wallets/0/threshold")).isEqualTo("4");
        assertThat(radio("/keyManagement/dualControl", "yes").isSelected()).isTrue();
        assertThat(rows("/insurance/policies")).isEqualTo(2);
        assertThat(page.value("/insurance/policies/1/line")).isEqualTo("SPECIE");
        assertThat(page.value("/insurance/policies/0/tierSublimitsUsd/HOT")).isEqualTo("250,000,000");
        assertThat(page.value("/insurance/policies/1/tierSublimitsUsd/HOT")).isEmpty();
        assertThat(checkbox("/insurance/policies/1/covers", "PHYSICAL_LOSS").isSelected()).isTrue();
        assertThat(checkbox("/needs", "TOWER").isSelected()).isTrue();

        // the page shows what the API answers for the file itself
        JsonNode advisory = Mappers.JSON.readTree(server.post("/v1/advisories", "application/yaml",
                Files.readString(EXAMPLE), "Accept", "application/json").body());
        assertThat(page.verdict()).isEqualTo(advisory.path("summary").path("verdict").asString());
        assertThat(page.findings()).extracting(f -> f.getAttribute("data-finding-id"))
                .containsExactlyElementsOf(advisory.path("findings").valueStream().map(f -> f.path("id").asString())
                        .toList());
        assertThat(browser.driver().findElements(By.cssSelector("article.provider")))
                .extracting(p -> p.getAttribute("data-provider-id"))
                .containsExactlyElementsOf(advisory.path("providers").valueStream()
                        .map(p -> p.path("id").asString()).toList());
        assertThat(browser.driver().findElement(By.id("load-note")).getText()).contains("large-exchange.yaml");

        // the plan comes before the ranked list: a global tower's broker, then the market, then the reinsurer
        List<WebElement> steps = browser.driver().findElements(By.cssSelector("#plan .plan-step"));
        assertThat(steps).extracting(s -> s.getAttribute("data-step"))
                .containsExactlyElementsOf(advisory.path("plan").path("steps").valueStream()
                        .map(s -> s.path("step").asString()).toList())
                .containsExactly("BROKER", "LEAD", "CAPACITY");
        assertThat(steps.get(0).findElements(By.cssSelector(".planned"))).extracting(p -> p.getAttribute("data-provider-id"))
                .containsExactly("aon", "marsh");
        WebElement lloyds = steps.get(1).findElements(By.cssSelector(".planned")).get(0);
        assertThat(lloyds.getAttribute("data-provider-id")).isEqualTo("lloyds");
        assertThat(lloyds.findElement(By.cssSelector(".planned-position")).getText()).isEqualTo("#3 in the ranking");
        assertThat(lloyds.findElement(By.cssSelector(".planned-line-size")).getText())
                .startsWith("up to 500,000,000 USD (references.md");
        assertThat(steps.get(2).getText()).contains("Munich Re").contains("Line size").contains("not published");
        assertThat((Boolean) browser.script("return document.getElementById('plan').compareDocumentPosition("
                + "document.getElementById('providers')) === Node.DOCUMENT_POSITION_FOLLOWING")).isTrue();
        WebElement lloydsCard = page.provider("lloyds");
        assertThat(lloydsCard.getAttribute("data-position")).isEqualTo("3");
        assertThat(lloydsCard.findElement(By.cssSelector(".provider-standing")).getText())
                .isEqualTo("The guide's pick for a need you stated");

        browser.screenshot("load-example-large-exchange");
        browser.screenshot("results-plan-tower", browser.driver().findElement(By.id("plan")));
        browser.screenshot("load-example-verdict", browser.driver().findElement(By.id("verdict")));
    }

    @Test
    void theReportDownloadIsTheApisMarkdown() throws IOException {
        page.loadFile(EXAMPLE).waitForAdvisory();

        browser.driver().findElement(By.id("download-report")).click();
        WebElement link = browser.waiting().until(d -> d.findElements(By.cssSelector("#download-links a.download-link"))
                .stream().findFirst().orElse(null));

        assertThat(link.getAttribute("download")).isEqualTo("atlas-global-exchange.custody-report.md");
        assertThat(link.getAttribute("href")).startsWith("blob:");
        HttpResponse<String> api = server.post("/v1/advisories", "application/yaml", Files.readString(EXAMPLE),
                "Accept", "text/markdown");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(page.blobText(link)).isEqualTo(api.body()).startsWith("# Custody insurance readiness: Atlas Global Exchange");
    }

    @Test
    void theBrokerPackDownloadsAsAPdfTheServerLaidOut() throws IOException {
        page.loadFile(EXAMPLE).waitForAdvisory();

        browser.driver().findElement(By.id("download-pdf")).click();
        WebElement link = browser.waiting().until(d -> d.findElements(
                By.cssSelector("#download-links a.download-link[data-file$='.pdf']")).stream().findFirst().orElse(null));

        assertThat(link.getAttribute("download")).isEqualTo("atlas-global-exchange.custody-report.pdf");
        assertThat(link.getText()).isEqualTo("Broker pack (PDF) (atlas-global-exchange.custody-report.pdf)");
        assertThat(page.blobText(link)).startsWith("%PDF-");
        assertThat(browser.driver().findElement(By.id("download-pdf")).isEnabled()).isTrue();
    }

    @Test
    void theDownloadedProfileIsTheLoadedOne() throws IOException {
        page.loadFile(EXAMPLE).waitForAdvisory();
        JsonNode original = Mappers.YAML.readTree(Files.readString(EXAMPLE));

        String yaml = page.downloadedProfile("yaml", "atlas-global-exchange.profile.yaml");
        String json = page.downloadedProfile("json", "atlas-global-exchange.profile.json");

        assertThat(Mappers.YAML.readTree(yaml)).isEqualTo(original);
        assertThat(Mappers.JSON.readTree(json)).isEqualTo(original);
    }

    private WebElement checkbox(String pointer, String value) {
        return browser.driver().findElement(By.id(AssessmentPage.idFor(pointer) + "-" + value));
    }

    private WebElement radio(String pointer, String choice) {
        return browser.driver().findElement(By.id(AssessmentPage.idFor(pointer) + "-" + choice));
    }

    private int rows(String listPointer) {
        return browser.driver().findElements(By.cssSelector("#" + AssessmentPage.idFor(listPointer) + "-rows > .row")).size();
    }
}
