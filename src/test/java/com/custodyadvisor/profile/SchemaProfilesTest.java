package com.custodyadvisor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodyadvisor.document.Mappers;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The generator stops at a schema construct it does not know, naming where it met it, rather than generate
 * values that leave the construct untried (or break it).
 */
class SchemaProfilesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown keyword | {"type": "array", "minItems": 1, "items": {"type": "string"}} | keyword minItems
            an unknown format  | {"type": "string", "format": "date-time"}                    | format "date-time"
            an unknown pattern | {"type": "string", "pattern": "^[a-z]+@[a-z]+$"}             | pattern ^[a-z]+@[a-z]+$
            a oneOf of strings | {"oneOf": [{"type": "string"}, {"type": "string", "maxLength": 3}]} | a oneOf whose
            a oneOf of numbers | {"oneOf": [{"type": "integer"}, {"type": "number"}]}        | a oneOf whose
            an open object     | {"type": "object", "properties": {"b": {"type": "boolean"}}} | an object neither
            a $ref and more    | {"$ref": "#/$defs/Text", "maxLength": 3}                    | keywords beside $ref
            a list of types    | {"type": ["string", "null"]}                                 | type ["string","null"]
            a required unknown | {"type": "object", "additionalProperties": false, "required": ["b"]} | required fields
            """)
    void aConstructItDoesNotKnowStopsItNamingThePlace(String construct, String rule, String named) {
        JsonNode schema = Mappers.JSON.readTree("""
                {"type": "object", "additionalProperties": false,
                 "properties": {"wallets": {"type": "array", "items": {"type": "object", "additionalProperties": false,
                   "properties": {"x": %s}}}},
                 "$defs": {"Text": {"type": "string"}}}""".formatted(rule));

        assertThatThrownBy(() -> new SchemaProfiles(schema, TODAY, List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no generator for " + named)
                .hasMessageContaining("at /wallets/*/x");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a string or an object | {"oneOf": [{"type": "string", "minLength": 1}, {"$ref": "#/$defs/Named"}]}
            a date                | {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
            an enum with its type | {"type": "string", "enum": ["COLD", "HOT"]}
            a map keyed by enum   | {"type": "object", "propertyNames": {"enum": ["COLD", "HOT"]}, \
                                     "additionalProperties": {"type": "number", "minimum": 0}}
            """)
    void aConstructItKnowsIsGeneratedInFull(String construct, String rule) {
        JsonNode schema = Mappers.JSON.readTree("""
                {"type": "object", "additionalProperties": false, "required": ["x"], "properties": {"x": %s},
                 "$defs": {"Named": {"type": "object", "additionalProperties": false, "required": ["name"],
                   "properties": {"name": {"type": "string", "minLength": 1}}}}}""".formatted(rule));
        SchemaProfiles profiles = new SchemaProfiles(schema, TODAY, List.of());
        SplittableRandom random = new SplittableRandom(1);

        for (int i = 0; i < 200; i++) {
            assertThat(profiles.generate(random).has("x")).isTrue();
        }

        assertThat(profiles.notYetGenerated()).isEmpty();
    }
}
