package com.custodyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.document.Mappers;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** SARIF 2.1.0: valid against the OASIS schema, a result per finding at the line its first pointer names. */
class SarifReportTest {

    private static final Schema SARIF_SCHEMA = loadSchema();

    @ParameterizedTest
    @ValueSource(strings = {"large-exchange.yaml", "cyber-only.yaml", "qualified-custodian.yaml",
        "staking-exchange.yaml", "apac-custodian.yaml"})
    void isValidSarif210(String example) throws Exception {
        JsonNode sarif = render(Assessments.example(example));

        List<Error> errors = SARIF_SCHEMA.validate(sarif);
        assertThat(errors).as(errors.toString()).isEmpty();
        assertThat(sarif.path("version").asString()).isEqualTo("2.1.0");
    }

    @Test
    void severalProfilesMakeOneValidRunWithAnArtifactEach() throws Exception {
        JsonNode sarif = Mappers.JSON.readTree(SarifReport.render(List.of(Assessments.example("cyber-only.yaml"),
                Assessments.example("large-exchange.yaml")), Assessments.context()));

        assertThat(SARIF_SCHEMA.validate(sarif)).isEmpty();
        JsonNode run = sarif.path("runs").get(0);
        assertThat(run.path("artifacts").findValuesAsString("uri"))
                .containsExactly("data/examples/cyber-only.yaml", "data/examples/large-exchange.yaml");
        assertThat(run.path("results").findValues("artifactLocation").stream().map(a -> a.path("index").asInt())
                .distinct()).containsExactly(0, 1);
    }

    @Test
    void eachFindingIsAResultWithItsRuleLevelAndTheLineOfItsFirstPointer() throws Exception {
        Assessment assessment = Assessments.example("large-exchange.yaml");
        JsonNode run = render(assessment).path("runs").get(0);
        JsonNode results = run.path("results");
        List<Finding> findings = assessment.advisory().findings();

        assertThat(results.size()).isEqualTo(findings.size()).isPositive();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            JsonNode result = results.get(i);
            assertThat(result.path("ruleId").asString()).isEqualTo(finding.id());
            JsonNode rule = run.path("tool").path("driver").path("rules").get(result.path("ruleIndex").asInt());
            assertThat(rule.path("id").asString()).isEqualTo(finding.id());
            assertThat(result.path("message").path("text").asString()).startsWith(finding.detail());
            int[] at = assessment.positionOf(finding.evidence().get(0).path());
            JsonNode region = result.at("/locations/0/physicalLocation/region");
            assertThat(region.path("startLine").asInt()).isEqualTo(at[0]);
            assertThat(region.path("startColumn").asInt()).isEqualTo(at[1]);
        }
        assertThat(levelOf(results, "BM-HOT-LIMIT-MISMATCH")).isEqualTo("error");
        assertThat(levelOf(results, "FAQ-PREMIUM-LEVERS")).isEqualTo("note");
        JsonNode apac = render(Assessments.example("apac-custodian.yaml")).path("runs").get(0).path("results");
        assertThat(levelOf(apac, "CL-EXCLUSIONS")).isEqualTo("warning");
    }

    @Test
    void linesPointAtTheFieldsInTheFile() throws Exception {
        JsonNode results = render(Assessments.example("large-exchange.yaml")).path("runs").get(0).path("results");

        // the hot wallet's value (the large exchange), and the list of perils of the APAC custodian's crime policy
        JsonNode hot = resultFor(results, "BM-HOT-LIMIT-MISMATCH");
        assertThat(hot.at("/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("data/examples/large-exchange.yaml");
        assertThat(hot.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(Assessments.lineOf("large-exchange.yaml", "valueUsd: 400000000"));
        assertThat(hot.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString())
                .isEqualTo("/wallets/2/valueUsd");
        JsonNode exclusions = resultFor(render(Assessments.example("apac-custodian.yaml")).path("runs").get(0)
                .path("results"), "CL-EXCLUSIONS");
        assertThat(exclusions.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(Assessments.lineOf("apac-custodian.yaml", "covers: [EXTERNAL_THEFT, INTERNAL_THEFT, COLLUSION,"));
        assertThat(exclusions.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(7);
    }

    @Test
    void aFieldLeftOutPointsAtTheNearestFieldGiven() throws Exception {
        // the APAC custodian's policy does not say whether its reinsurance is disclosed: the finding points at
        // the policy's first line
        Assessment assessment = Assessments.example("apac-custodian.yaml");
        JsonNode reinsurance = resultFor(render(assessment).path("runs").get(0).path("results"), "CL-REINSURANCE");

        assertThat(reinsurance.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString())
                .isEqualTo("/insurance/policies/0/reinsuranceDisclosed");
        assertThat(reinsurance.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(assessment.positionOf("/insurance/policies/0")[0])
                .isEqualTo(Assessments.lineOf("apac-custodian.yaml", "- line: CRIME"));
    }

    @Test
    void aWaivedFindingIsASuppressedResult() throws Exception {
        Assessment assessment = Assessments.withWaiver("cyber-only.yaml", "SEC-KEY-ISOLATION", "HSM rollout in Q1");
        JsonNode sarif = render(assessment);

        assertThat(SARIF_SCHEMA.validate(sarif)).isEmpty();
        JsonNode suppression = resultFor(sarif.path("runs").get(0).path("results"), "SEC-KEY-ISOLATION")
                .path("suppressions").get(0);
        assertThat(suppression.path("kind").asString()).isEqualTo("inSource");
        assertThat(suppression.path("justification").asString()).isEqualTo("HSM rollout in Q1");
        assertThat(resultFor(sarif.path("runs").get(0).path("results"), "RF-CYBER-ONLY").has("suppressions"))
                .isFalse();
    }

    @Test
    void theRunSaysWhichRulesAndDataMadeIt() throws Exception {
        JsonNode properties = render(Assessments.example("cyber-only.yaml")).path("runs").get(0).path("properties");

        assertThat(properties.path("rules").asString()).isEqualTo("rules");
        assertThat(properties.path("rulesetVersion").asString()).hasSize(64);
        assertThat(properties.at("/profiles/0/verdict").asString()).isEqualTo("NOT_READY");
    }

    @Test
    void standardInputHasNoFileLocation() throws Exception {
        Assessment fromStdin = Assessments.example("cyber-only.yaml");
        fromStdin = new Assessment(null, fromStdin.document(), fromStdin.profile(), fromStdin.advisory());
        JsonNode sarif = render(fromStdin);

        assertThat(SARIF_SCHEMA.validate(sarif)).isEmpty();
        assertThat(sarif.path("runs").get(0).has("artifacts")).isFalse();
        assertThat(sarif.findValues("physicalLocation")).isEmpty();
    }

    private static JsonNode render(Assessment assessment) {
        return Mappers.JSON.readTree(SarifReport.render(List.of(assessment), Assessments.context()));
    }

    private static JsonNode resultFor(JsonNode results, String ruleId) {
        List<JsonNode> found = new ArrayList<>();
        results.forEach(r -> {
            if (r.path("ruleId").asString().equals(ruleId)) {
                found.add(r);
            }
        });
        assertThat(found).as("a result for " + ruleId).isNotEmpty();
        return found.get(0);
    }

    private static String levelOf(JsonNode results, String ruleId) {
        return resultFor(results, ruleId).path("level").asString();
    }

    private static Schema loadSchema() {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            JsonNode node = Mappers.JSON.readTree(in);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(node);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
