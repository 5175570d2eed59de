package com.custodyadvisor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodyadvisor.document.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProfileReaderTest {

    private static final String MINIMAL = """
            firm: {name: Example Custody Ltd, type: QUALIFIED_CUSTODIAN, domicile: US}
            holdings: {aumUsd: 1000}
            """;

    private final ProfileReader reader = new ProfileReader();

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("data/examples")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleProfileIsValid(Path example) throws Exception {
        SubmittedProfile read = reader.read(Files.readAllBytes(example));
        assertThat(read.profile().firm().name()).isNotBlank();
        assertThat(read.tree().path("firm").path("type").asString()).isEqualTo(read.profile().firm().type().name());
    }

    @Test
    void readsTheSameProfileFromJsonAndYaml() throws Exception {
        String json = "{\"firm\": {\"name\": \"Example Custody Ltd\", \"type\": \"QUALIFIED_CUSTODIAN\", "
                + "\"domicile\": \"US\"}, \"holdings\": {\"aumUsd\": 1000}}";
        assertThat(reader.read(bytes(json)).profile()).isEqualTo(reader.read(bytes(MINIMAL)).profile());
    }

    @Test
    void leftOutSectionsAndBooleansMeanNotConfirmed() throws Exception {
        Profile profile = reader.read(bytes(MINIMAL)).profile();
        assertThat(profile.controls().mfa()).isNull();
        assertThat(profile.keyManagement().dualControl()).isNull();
        assertThat(profile.insurance().policies()).isEmpty();
        assertThat(profile.wallets()).isEmpty();
        assertThat(profile.firm().clientAssets()).isNull();
    }

    @Test
    void regionsDefaultToTheDomicilesRegion() throws Exception {
        Profile profile = reader.read(bytes(MINIMAL.replace("domicile: US", "domicile: SG"))).profile();
        assertThat(profile.firm().regions()).containsExactly(Region.APAC);
    }

    @Test
    void malformedJsonSaysLineAndColumn() {
        List<Problem> problems = problemsOf("{\"firm\": {\"name\": \"x\",}\n}");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("malformed JSON");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isPositive();
        });
    }

    @Test
    void malformedYamlSaysLineAndColumn() {
        List<Problem> problems = problemsOf("firm:\n  name: [unclosed\nholdings: {aumUsd: 1}\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("malformed YAML");
            assertThat(p.line()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThat(problemsOf("firm:\n  name: a\n  name: b\nholdings: {aumUsd: 1}\n"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("Duplicate").contains("name"));
    }

    @Test
    void anEmptyDocumentIsRejected() {
        assertThat(problemsOf("  \n")).extracting(Problem::message).containsExactly("the document is empty");
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPointer() {
        String yaml = """
                firm:
                  name: X
                  type: BANKK
                  domicile: XX
                  nickname: y
                holdings:
                  aumUsd: -5
                wallets:
                  - tier: LUKEWARM
                    valueUsd: "12"
                    threshold: 3
                    keyShares: 2
                insurance:
                  policies:
                    - line: CRIME
                      limitUsd: 10
                      tierSublimitsUsd: {HOT: 20, TEPID: 3}
                waivers:
                  - {id: CL-CLAIMS, reason: accepted, expires: 2025-13-01}
                """;
        List<Problem> problems = problemsOf(yaml);
        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder(
                "/firm/type", "/firm/domicile", "/firm/nickname", "/holdings/aumUsd", "/wallets/0/tier",
                "/wallets/0/valueUsd", "/wallets/0/threshold", "/insurance/policies/0/tierSublimitsUsd/HOT",
                "/insurance/policies/0/tierSublimitsUsd/TEPID", "/waivers/0/expires");
        assertThat(message(problems, "/firm/type"))
                .isEqualTo("unknown value \"BANKK\"; allowed: QUALIFIED_CUSTODIAN, EXCHANGE, TRUSTEE, PRIME_BROKER, "
                        + "ETF_SERVICE_PROVIDER, BANK, FINTECH, B2B_PLATFORM, MPC_VENDOR, TOKENIZATION_PLATFORM, "
                        + "WEB3_PLATFORM, RETAIL_PLATFORM, SMB, CARRIER");
        assertThat(message(problems, "/wallets/0/tier")).isEqualTo("unknown value \"LUKEWARM\"; allowed: COLD, WARM, HOT");
        assertThat(message(problems, "/holdings/aumUsd")).isEqualTo("must be >= 0 (is -5)");
        assertThat(message(problems, "/wallets/0/valueUsd")).isEqualTo("must be a number, not the string \"12\"");
        assertThat(message(problems, "/wallets/0/threshold")).contains("threshold 3 is above keyShares 2");
        assertThat(message(problems, "/insurance/policies/0/tierSublimitsUsd/HOT"))
                .isEqualTo("HOT sub-limit 20 USD is above the policy limit 10 USD");
        assertThat(message(problems, "/firm/nickname")).startsWith("is not a known field; known here: name, type");
        assertThat(message(problems, "/firm/domicile")).contains("not an ISO 3166-1 alpha-2 country code");
        assertThat(message(problems, "/waivers/0/expires")).contains("not a valid date");
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).as(p.path()).isNotNull());
        assertThat(problems).extracting(Problem::line).isSorted();
    }

    @Test
    void missingRequiredFieldsAreNamedByTheirOwnPointer() {
        List<Problem> problems = problemsOf("firm: {name: X}\nwallets: [{tier: HOT}]\n");
        assertThat(problems).extracting(Problem::path)
                .containsExactlyInAnyOrder("/firm/type", "/firm/domicile", "/holdings", "/wallets/0/valueUsd");
        assertThat(problems).extracting(Problem::message).containsOnly("is required");
    }

    @Test
    void aProfileThatIsNotAMappingIsRejected() {
        assertThat(problemsOf("[1, 2]")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("must be an object (a mapping of fields), not a list"));
    }

    private List<Problem> problemsOf(String text) {
        InvalidProfileException e = (InvalidProfileException) org.assertj.core.api.Assertions
                .catchThrowable(() -> reader.read(bytes(text)));
        assertThat(e).as("expected the profile to be rejected").isNotNull();
        return e.problems();
    }

    private static String message(List<Problem> problems, String path) {
        return problems.stream().filter(p -> p.path().equals(path)).findFirst().map(Problem::message)
                .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rejectsWithTheExceptionTypeTheDoorsCatch() {
        assertThatThrownBy(() -> reader.read(bytes("firm: 1\n"))).isInstanceOf(InvalidProfileException.class);
    }
}
