package com.custodyadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.RegimeCheckResult;
import com.custodyadvisor.advisory.RegimeResult;
import com.custodyadvisor.regulation.CheckStatus;
import com.custodyadvisor.regulation.FigureKind;
import com.custodyadvisor.support.ShippedRules;
import org.junit.jupiter.api.Test;

/** The advisory's regimes: which apply and why, and each figure met, not met, or not assessable for want of data. */
class RegimesInAdvisoryTest {

    private static final String FIRM = """
            firm: {name: X, type: EXCHANGE, domicile: %s, clientAssets: true, licences: %s}
            holdings: {aumUsd: 100000000, tvlUsd: 0}
            wallets:
              - {name: vault, tier: COLD, valueUsd: 95000000, keyScheme: MULTISIG, threshold: 2, keyShares: 3, online: false}
              - {name: hot, tier: HOT, valueUsd: 5000000, keyScheme: MPC, threshold: 2, keyShares: 3, online: true}
            """;

    private static Advisory advise(String domicile, String licences) {
        return ShippedRules.advisor().advise(ShippedRules.profile(FIRM.formatted(domicile, licences)));
    }

    private static RegimeResult regime(Advisory advisory, String id) {
        return advisory.regimes().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aDomicileInAMemberStateBringsTheEuRegimeAndTheMemberStatesOwn() {
        Advisory advisory = advise("FR", "[]");

        assertThat(advisory.regimes()).extracting(RegimeResult::id).containsExactly("EU", "FR");
        assertThat(regime(advisory, "EU").appliedBecause()).singleElement()
                .satisfies(r -> assertThat(r.why()).isEqualTo("domicile FR (within EU)"));
    }

    @Test
    void aLicenceWithinACountryBringsTheSubdivisionsRegimeAndOnlyTheKindsARegimeNames() {
        Advisory trust = advise("US", "[{jurisdiction: US-NY, regulator: NYDFS, kind: TRUST_COMPANY}]");
        Advisory exchange = advise("US", "[{jurisdiction: US-NY, regulator: NYDFS, kind: EXCHANGE}]");

        assertThat(trust.regimes()).extracting(RegimeResult::id).containsExactly("US-NY", "US-SEC-TRUST");
        assertThat(exchange.regimes()).extracting(RegimeResult::id).containsExactly("US-NY");
        assertThat(advise("US", "[]").regimes()).isEmpty();
    }

    @Test
    void aCheckWhoseFieldIsLeftOutIsNotAssessableAndNamesTheFieldToGive() {
        Advisory advisory = advise("HK", "[{jurisdiction: HK, regulator: SFC, kind: EXCHANGE}]");

        RegimeResult hk = regime(advisory, "HK");
        RegimeCheckResult cover = hk.checks().stream().filter(c -> c.kind() == FigureKind.INSURANCE_COVER)
                .findFirst().orElseThrow();
        assertThat(cover.status()).isEqualTo(CheckStatus.NOT_ASSESSABLE);
        assertThat(cover.missing().path()).isEqualTo("/insurance/compensationArrangement");
        assertThat(cover.findingId()).isNull();
        assertThat(advisory.findings()).extracting(f -> f.id()).doesNotContain("REG-INSURANCE-COVER");
        RegimeCheckResult floor = hk.checks().get(0);
        assertThat(floor.status()).as("95%% cold, floor 98%%").isEqualTo(CheckStatus.NOT_MET);
        assertThat(floor.findingId()).isEqualTo("REG-COLD-FLOOR");
        assertThat(hk.status()).isEqualTo(CheckStatus.NOT_MET);
    }

    @Test
    void aPerAssetFloorWithWalletsNamingNoAssetIsNotAssessableWhenTheAggregateMeetsIt() {
        Advisory advisory = advise("BH", "[]");

        RegimeCheckResult floor = regime(advisory, "BH").checks().get(0);
        assertThat(floor.status()).isEqualTo(CheckStatus.NOT_ASSESSABLE);
        assertThat(floor.missing().path()).isEqualTo("/wallets/0/asset");
        assertThat(advisory.findings()).extracting(f -> f.id()).doesNotContain("REG-COLD-FLOOR");
    }
}
