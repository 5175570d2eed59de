package com.custodyadvisor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.custodyadvisor.document.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A profile that contradicts itself is refused, each problem at its pointer, worded with its figures. */
class ContradictionsTest {

    /** Noon UTC on 30 June 2026: already 1 July in the earliest time zone (UTC+14). */
    private static final Clock NOON_30_JUNE = Clock.fixed(Instant.parse("2026-06-30T12:00:00Z"), ZoneOffset.UTC);

    private final ProfileReader reader = new ProfileReader().withClock(NOON_30_JUNE);

    /** A consistent profile: 1bn held, all of it in wallets, one crime policy; {@code %s} adds sections. */
    private static String profile(String holdings, String wallets, String more) {
        return """
                firm: {name: Example Custody Ltd, type: QUALIFIED_CUSTODIAN, domicile: US, clientAssets: true}
                holdings: %s
                wallets: %s
                insurance:
                  policies:
                    - {line: CRIME, carrier: Example Syndicate, limitUsd: 100000000, deductibleUsd: 1000000}
                %s
                """.formatted(holdings, wallets, more);
    }

    private static final String BILLION = "{aumUsd: 1000000000}";
    private static final String WALLETS = "[{name: cold vault, tier: COLD, valueUsd: 900000000},"
            + " {name: hot, tier: HOT, valueUsd: 100000000}]";

    @Test
    void theConsistentProfileIsValid() throws Exception {
        assertThat(reader.read(bytes(profile(BILLION, WALLETS, ""))).profile().walletValueUsd()).isEqualTo(1_000_000_000L);
    }

    @Test
    void walletsAboveAumByOverTenPercentAreRefusedAtAumWithBothSums() {
        String wallets = "[{tier: COLD, valueUsd: 1200000000}, {tier: HOT, valueUsd: 120000000}]";

        assertThat(problems(profile(BILLION, wallets, ""))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/holdings/aumUsd");
            assertThat(p.message()).isEqualTo("wallets hold 1,320,000,000 USD in all, more than aumUsd 1,000,000,000 USD"
                    + " by 32%: aumUsd is everything held, every wallet included");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void walletsAboveAumByExactlyTenPercentAreValidAndOneDollarMoreIsNot() throws Exception {
        reader.read(bytes(profile(BILLION, "[{tier: COLD, valueUsd: 1100000000}]", "")));

        assertThat(problems(profile(BILLION, "[{tier: COLD, valueUsd: 1100000001}]", "")))
                .extracting(Problem::path).containsExactly("/holdings/aumUsd");
    }

    @Test
    void walletsDescribingLessThanAumAreValid() throws Exception {
        reader.read(bytes(profile(BILLION, "[{tier: COLD, valueUsd: 10}]", "")));
    }

    @Test
    void walletsHoldingValueWhileAumIsZeroAreRefusedWithoutAPercentage() {
        assertThat(problems(profile("{aumUsd: 0}", "[{tier: HOT, valueUsd: 5}]", ""))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("wallets hold 5 USD in all, more than aumUsd 0 USD:"
                        + " aumUsd is everything held, every wallet included"));
    }

    @Test
    void clientAssetsAboveAumAreRefusedAndEqualToItAreValid() throws Exception {
        reader.read(bytes(profile("{aumUsd: 1000000000, clientAssetsUsd: 1000000000}", WALLETS, "")));

        assertThat(problems(profile("{aumUsd: 1000000000, clientAssetsUsd: 1000000001}", WALLETS, "")))
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/holdings/clientAssetsUsd");
                    assertThat(p.message()).isEqualTo("clientAssetsUsd 1,000,000,001 USD is above aumUsd 1,000,000,000"
                            + " USD: client assets are part of everything held");
                });
    }

    @Test
    void clientAssetsGivenByAFirmHoldingNoneAreRefused() throws Exception {
        String none = profile("{aumUsd: 1000000000, clientAssetsUsd: %s}", WALLETS, "")
                .replace("clientAssets: true", "clientAssets: false");
        reader.read(bytes(none.formatted(0)));

        assertThat(problems(none.formatted(250000000))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/holdings/clientAssetsUsd");
            assertThat(p.message()).isEqualTo("clientAssetsUsd is 250,000,000 USD while firm.clientAssets is false:"
                    + " a firm that holds nothing for clients has no client assets");
        });
    }

    @Test
    void aDeductibleAtTheLimitIsRefusedAtTheDeductibleAndOneBelowIsValid() throws Exception {
        String policy = profile(BILLION, WALLETS, "").replace("deductibleUsd: 1000000", "deductibleUsd: %s");
        reader.read(bytes(policy.formatted(99999999)));

        assertThat(problems(policy.formatted(100000000))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/insurance/policies/0/deductibleUsd");
            assertThat(p.message()).isEqualTo("deductible 100,000,000 USD is not below the policy limit"
                    + " 100,000,000 USD: the policy could never pay");
        });
    }

    @Test
    void aDeductibleAboveTheLimitIsRefusedAtTheDeductible() {
        String policy = profile(BILLION, WALLETS, "").replace("deductibleUsd: 1000000", "deductibleUsd: 150000000");

        assertThat(problems(policy)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/insurance/policies/0/deductibleUsd");
            assertThat(p.message()).startsWith("deductible 150,000,000 USD is not below the policy limit 100,000,000 USD");
        });
    }

    @Test
    void everyContradictionIsReportedAtOnceEachAtItsPointer() {
        String all = profile("{aumUsd: 100000000}", WALLETS, "activities: {staking: false, stakedUsd: 5000000}")
                .replace("deductibleUsd: 1000000", "deductibleUsd: 100000000");

        assertThat(problems(all)).extracting(Problem::path).containsExactlyInAnyOrder("/holdings/aumUsd",
                "/insurance/policies/0/deductibleUsd", "/activities/stakedUsd");
    }

    @Test
    void noDeductibleOnAPolicyWithNoLimitIsNoContradiction() throws Exception {
        reader.read(bytes(profile(BILLION, WALLETS, "").replace("limitUsd: 100000000, deductibleUsd: 1000000",
                "limitUsd: 0, deductibleUsd: 0")));
    }

    @Test
    void valueStakedWhileStakingIsFalseIsRefusedAtStakedUsd() throws Exception {
        reader.read(bytes(profile(BILLION, WALLETS, "activities: {staking: false, stakedUsd: 0}")));
        reader.read(bytes(profile(BILLION, WALLETS, "activities: {stakedUsd: 5000000}")));

        assertThat(problems(profile(BILLION, WALLETS, "activities: {staking: false, stakedUsd: 5000000}")))
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/activities/stakedUsd");
                    assertThat(p.message()).isEqualTo("stakedUsd is 5,000,000 USD while staking is false: either the"
                            + " firm stakes or nothing is staked");
                });
    }

    @Test
    void aLossIsRefusedOnlyOnceItsDateIsTomorrowEverywhere() throws Exception {
        String loss = profile(BILLION, WALLETS, "").replace("insurance:\n", "insurance:\n  lossHistory: [{date: %s}]\n");
        reader.read(bytes(loss.formatted("2026-06-30")));
        reader.read(bytes(loss.formatted("2026-07-01"))); // already today in Kiribati

        assertThat(problems(loss.formatted("2026-07-02"))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/insurance/lossHistory/0/date");
            assertThat(p.message()).isEqualTo("2026-07-02 is after today (2026-07-01): date is the day the loss was"
                    + " discovered");
        });
    }

    @Test
    void aKeyHolderNamingNoWalletOfTheProfileIsRefusedAtThatName() throws Exception {
        String holders = profile(BILLION, WALLETS, "keyManagement: {keyHolders: [{role: CISO, wallets: [%s]}]}");
        reader.read(bytes(holders.formatted("cold vault, hot")));

        assertThat(problems(holders.formatted("cold vault, hot wallet"))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/keyManagement/keyHolders/0/wallets/1");
            assertThat(p.message()).isEqualTo("\"hot wallet\" is the name of no wallet in this profile; wallets:"
                    + " cold vault, hot");
        });
    }

    @Test
    void licencesAreInKnownCountriesOrTheEu() throws Exception {
        reader.read(bytes(profile(BILLION, WALLETS, "").replace("clientAssets: true}", "clientAssets: true,"
                + " licences: [{jurisdiction: EU}, {jurisdiction: US-NY}, {jurisdiction: AE-DU}, {jurisdiction: JP}]}")));

        List<Problem> problems = problems(profile(BILLION, WALLETS, "").replace("clientAssets: true}",
                "clientAssets: true, licences: [{jurisdiction: XX}, {jurisdiction: XX-NY}, {jurisdiction: eu}]}"));

        assertThat(problems).extracting(Problem::path).containsExactly("/firm/licences/0/jurisdiction",
                "/firm/licences/1/jurisdiction", "/firm/licences/2/jurisdiction");
        assertThat(problems.get(1).message()).isEqualTo("\"XX-NY\": XX is not an ISO 3166-1 alpha-2 country code; give"
                + " a country (JP), a subdivision of one (US-NY, AE-DU) or EU");
        assertThat(problems.get(2).message()).startsWith("\"eu\" is not in the expected form: Where the licence was granted");
    }

    @Test
    void keyHoldersAreInKnownCountries() {
        assertThat(problems(profile(BILLION, WALLETS, "keyManagement: {keyHolders: [{jurisdiction: FR},"
                + " {jurisdiction: QQ}]}"))).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/keyManagement/keyHolders/1/jurisdiction");
                    assertThat(p.message()).contains("\"QQ\" is not an ISO 3166-1 alpha-2 country code");
                });
    }

    /** Values of the wrong type are the schema's to report; no check trips over them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "holdings: {aumUsd: \"1bn\"}\nwallets: [{tier: HOT, valueUsd: 5}]",
        "holdings: {aumUsd: 1e400, clientAssetsUsd: [1]}\nwallets: [7, [], {valueUsd: true}]",
        "holdings: {aumUsd: 10}\ninsurance: {lossHistory: \"yesterday\"}",
        "holdings: {aumUsd: 10}\ninsurance: {policies: [3, {limitUsd: \"1\", deductibleUsd: 2}], lossHistory: [{date: 5}]}",
        "holdings: {aumUsd: 10}\nactivities: {staking: \"no\", stakedUsd: 5}\nkeyManagement: {keyHolders: [\"x\", {wallets: {}}]}",
        "holdings: {aumUsd: 10, clientAssetsUsd: -3}\nkeyManagement: {keyHolders: {jurisdiction: QQ}}",
        "holdings: {aumUsd: 10}\nkeyManagement: {keyHolders: [{jurisdiction: 12, wallets: [[x]]}]}",
        "holdings: []\nwallets: \"none\"\nkeyManagement: []\ninsurance: 1\nactivities: \"x\"",
    })
    void valuesOfTheWrongTypeAreReportedByTheSchemaAlone(String yaml) {
        String text = "firm: {name: X, type: BANK, domicile: US, clientAssets: \"no\", licences: {a: XX}}\n" + yaml;
        assertThat(problems(text)).isNotEmpty().noneSatisfy(p -> assertThat(p.message())
                .containsAnyOf("in all, more than", "is above aumUsd", "while firm.clientAssets", "is not below",
                        "while staking", "is after today", "no wallet", "country code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"licences: {jurisdiction: XX}", "licences: [{jurisdiction: [XX]}]", "licences: [7]",
        "licences: \"JP\""})
    void licencesOfTheWrongTypeAreReportedByTheSchemaAlone(String licences) {
        String text = "firm: {name: X, type: BANK, domicile: US, " + licences + "}\nholdings: {aumUsd: 10}\n";
        assertThat(problems(text)).isNotEmpty()
                .noneSatisfy(p -> assertThat(p.message()).contains("is not an ISO 3166-1 alpha-2 country code;"));
    }

    private List<Problem> problems(String yaml) {
        InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
                () -> reader.read(bytes(yaml)));
        assertThat(e).as("expected the profile to be rejected").isNotNull();
        return e.problems();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
