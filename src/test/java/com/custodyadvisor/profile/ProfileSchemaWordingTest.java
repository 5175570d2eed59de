package com.custodyadvisor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.custodyadvisor.document.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schema problems in the profile's optional sections are said once, in the writer's terms: a sub-custodian
 * (a name or an object) is told what is wrong with it as what it is, and a value of the wrong type is not
 * also told it is not among the allowed values.
 */
class ProfileSchemaWordingTest {

    private static final String FIRM = "firm: {name: X, type: EXCHANGE, domicile: JP}\nholdings: {aumUsd: 1000}\n";

    private final ProfileReader reader = new ProfileReader();

    @Test
    void aSubCustodianIsANameOrAnObjectAndIsToldWhatIsWrongAsWhatItIs() {
        List<Problem> problems = problems(FIRM + """
                activities:
                  subCustodians:
                    - 5
                    - ""
                    - {insuranceLimitUsd: -1}
                    - Fireblocks
                    - {name: Anchorage, namesFirm: "yes", assuranceReport: {kind: SOC3}}
                    - [Copper]
                """);

        assertThat(problems).extracting(Problem::path, Problem::message).containsExactly(
                tuple("/activities/subCustodians/0", "must be a string or an object (a mapping of fields), not the"
                        + " whole number 5"),
                tuple("/activities/subCustodians/1", "must not be empty"),
                tuple("/activities/subCustodians/2/name", "is required"),
                tuple("/activities/subCustodians/2/insuranceLimitUsd", "must be >= 0 (is -1)"),
                tuple("/activities/subCustodians/4/namesFirm", "must be true or false, not the string \"yes\""),
                tuple("/activities/subCustodians/4/assuranceReport/kind", "unknown value \"SOC3\"; allowed:"
                        + " SOC1_TYPE_I, SOC1_TYPE_II, SOC2_TYPE_I, SOC2_TYPE_II, ISAE3402_TYPE_I, ISAE3402_TYPE_II,"
                        + " ISAE3000, NONE"),
                tuple("/activities/subCustodians/5", "must be a string or an object (a mapping of fields), not a list"));
    }

    @Test
    void anEnumGivenAsANumberIsToldItsTypeOnce() {
        assertThat(problems(FIRM + "activities: {custodyModel: 3}\n")).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/activities/custodyModel");
            assertThat(p.message()).isEqualTo("must be a string, not the whole number 3");
        });
    }

    @Test
    void aDateThatIsNoDateIsToldOnce() {
        assertThat(problems(FIRM + "controls: {lastPenetrationTest: last spring}\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("\"last spring\" is not a valid date (YYYY-MM-DD)"));
        assertThat(problems(FIRM + "controls: {lastPenetrationTest: 2026-02-30}\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("\"2026-02-30\" is not a valid date (YYYY-MM-DD)"));
    }

    @Test
    void boundsOfTheNewFieldsAreChecked() {
        List<Problem> problems = problems(FIRM + """
                wallets: [{tier: HOT, valueUsd: 1, asset: btc, keySites: 0, keyStorage: LAPTOP}]
                keyManagement: {authenticationFactors: 6, keyHolders: [{jurisdiction: FRA}]}
                controls: {ccssTarget: 4, ccssClaimed: 0, incidentReporting: {initialHours: -1}}
                operations: {withdrawalApprovalBands: [{aboveUsd: 0}], coldSweep: YEARLY}
                insurance: {policies: [{line: CRIME, limitUsd: 10, attachmentUsd: -5, termMonths: 0}],
                            lossHistory: [{amountUsd: 5}]}
                """);

        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder("/wallets/0/asset",
                "/wallets/0/keySites", "/wallets/0/keyStorage", "/keyManagement/authenticationFactors",
                "/keyManagement/keyHolders/0/jurisdiction", "/controls/ccssTarget", "/controls/ccssClaimed",
                "/controls/incidentReporting/initialHours", "/operations/withdrawalApprovalBands/0/approvers",
                "/operations/coldSweep", "/insurance/policies/0/attachmentUsd", "/insurance/policies/0/termMonths",
                "/insurance/lossHistory/0/date");
    }

    private List<Problem> problems(String yaml) {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> reader.read(yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("expected the profile to be rejected").isNotNull();
        return e.problems();
    }
}
