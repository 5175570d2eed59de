package com.custodyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.document.Mappers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code openapi} prints the document the service serves, for client generators and linters. */
class OpenApiCommandTest {

    @Test
    void printsTheServedDocumentWithTheProfileSchemaEmbedded() {
        CliRunner.Result r = CliRunner.run("openapi");

        assertThat(r.exitCode()).isZero();
        JsonNode document = Mappers.JSON.readTree(r.out());
        assertThat(document.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.at("/components/schemas/Profile/properties/firm").isObject()).isTrue();
        assertThat(r.out()).doesNotContain("https://custody-advisor.example/schema/profile.schema.json");
    }
}
