package com.custodyadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.RuleInfo;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** GET /v1/providers, /v1/providers/{id}, /v1/rules, /v1/regimes and /health report what the advisor loaded. */
class CatalogEndpointsTest {

    private static final Advisor advisor = TestAdvisors.shipped();

    @RegisterExtension
    static final TestServer server = TestServer.shipped();

    @Test
    void providersAreTheCatalogueInRankOrder() {
        JsonNode body = json(server.get("/v1/providers"));

        assertThat(body.path("catalogVersion").asString()).isEqualTo(advisor.catalog().version());
        assertThat(body.path("providers")).extracting(p -> p.path("id").asString())
                .containsExactly("evertas", "coincover", "marsh", "aon", "munich-re", "lloyds", "canopius", "relm",
                        "breach", "chainproof");
        assertThat(body.path("providers")).extracting(p -> p.path("rank").asInt()).isSorted();
    }

    @Test
    void oneProviderByItsId() {
        JsonNode evertas = json(server.get("/v1/providers/evertas"));

        assertThat(evertas.path("id").asString()).isEqualTo("evertas");
        assertThat(evertas.path("name").asString()).isEqualTo("Evertas");
        assertThat(evertas.path("role").asString()).isEqualTo("INSURER");
        assertThat(evertas.path("regions")).isNotEmpty();
        assertThat(evertas.path("bestFor").get(0).propertyNames())
                .containsExactly("type", "regions", "needs", "custodyModels");
        assertThat(evertas.path("lineSize").path("text").asString()).isEqualTo("not published");
        JsonNode breach = json(server.get("/v1/providers/breach"));
        assertThat(breach.path("bestFor").get(1).path("customers").asBoolean()).isTrue();
        assertThat(breach.path("bestFor").get(1).path("basis").asString()).contains("SMB crypto companies");
        JsonNode lloyds = json(server.get("/v1/providers/lloyds"));
        assertThat(lloyds.path("lineSize").path("maxUsd").asLong()).isEqualTo(500_000_000L);
        assertThat(lloyds.path("notes").get(0).path("basis").asString()).startsWith("references.md");
    }

    @Test
    void rulesAreEveryLoadedRuleWithItsHeader() {
        JsonNode body = json(server.get("/v1/rules"));

        assertThat(body.path("rulesetVersion").asString()).isEqualTo(advisor.ruleSet().version());
        assertThat(body.path("rules")).hasSize(advisor.ruleSet().rules().size());
        RuleInfo first = advisor.ruleSet().rules().get(0);
        JsonNode served = body.path("rules").get(0);
        assertThat(served.propertyNames()).containsExactly("id", "title", "severity", "category", "source", "file",
                "line", "parameters", "covers", "asks");
        assertThat(served.path("id").asString()).isEqualTo(first.id());
        assertThat(served.path("file").asString()).isEqualTo(first.file());
        assertThat(served.path("line").asInt()).isEqualTo(first.line());
        assertThat(body.path("rules")).extracting(r -> r.path("id").asString())
                .contains("RF-CYBER-ONLY", "BM-HOT-LIMIT-MISMATCH", "CL-REGION", "SEC-KEY-ISOLATION", "FAQ-STAKING");
        JsonNode tower = body.path("rules").valueStream().filter(r -> r.path("id").asString().equals("NEED-TOWER"))
                .findFirst().orElseThrow().path("parameters").get(0);
        assertThat(tower.path("name").asString()).isEqualTo("carrier-line-usd");
        assertThat(tower.path("value").asLong()).isEqualTo(advisor.ruleSet().parameters().usd("carrier-line-usd"));
        assertThat(tower.path("unit").asString()).isEqualTo("USD");
    }

    @Test
    void regimesAreTheLoadedTableWithEachFigureItsSourceAndCertainty() {
        JsonNode body = json(server.get("/v1/regimes"));

        assertThat(body.path("version").asString()).isEqualTo(advisor.ruleSet().regimes().version());
        assertThat(body.path("regimes")).hasSize(advisor.ruleSet().regimes().regimes().size());
        JsonNode japan = body.path("regimes").valueStream().filter(r -> r.path("id").asString().equals("JP"))
                .findFirst().orElseThrow();
        assertThat(japan.path("regulator").asString()).isEqualTo("JFSA");
        JsonNode floor = japan.path("figures").get(0);
        assertThat(floor.path("kind").asString()).isEqualTo("COLD_FLOOR");
        assertThat(floor.path("value").decimalValue()).isEqualByComparingTo("0.95");
        assertThat(floor.path("basis").asString()).isEqualTo("AGGREGATE");
        assertThat(floor.path("certainty").asString()).isEqualTo("PRIMARY");
        assertThat(floor.path("source").asString()).contains("Art. 27(2)");
        assertThat(body.at("/certainty/UNCONFIRMED/atMost").asString()).isEqualTo("MEDIUM");
    }

    @Test
    void healthSaysUpAndWhatServesAndNothingMore() {
        JsonNode health = json(server.get("/health"));

        assertThat(health.propertyNames()).containsExactly("status", "rulesetVersion", "catalogVersion");
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("rulesetVersion").asString()).isEqualTo(advisor.ruleSet().version());
        assertThat(health.path("catalogVersion").asString()).isEqualTo(advisor.catalog().version());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return Mappers.JSON.readTree(response.body());
    }
}
