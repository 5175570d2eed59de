package com.custodyadvisor.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional sections read into the model as the rules will use them, and the readings the model offers. */
class ProfileModelTest {

    private final ProfileReader reader = new ProfileReader();

    private Profile example(String name) throws Exception {
        return reader.read(Files.readAllBytes(Path.of("data/examples", name))).profile();
    }

    private Profile yaml(String text) throws Exception {
        return reader.read(("firm: {name: X, type: EXCHANGE, domicile: JP, clientAssets: true}\n" + text)
                .getBytes(StandardCharsets.UTF_8)).profile();
    }

    @Test
    void theLayeredTowerExampleReadsEverySection() throws Exception {
        Profile p = example("layered-tower-exchange.yaml");

        assertThat(p.firm().hasCustomers()).isTrue();
        assertThat(p.firm().licences()).containsExactly(new Licence("JP", "JFSA", LicenceKind.EXCHANGE),
                new Licence("EU", "AMF", LicenceKind.CASP));
        assertThat(p.holdings().ownReserveUsd("BTC")).isEqualTo(55_000_000L);
        assertThat(p.holdings().owedToClientsUsd("BTC")).isZero();
        assertThat(p.wallets().get(3)).satisfies(w -> {
            assertThat(w.asset()).isEqualTo("BTC");
            assertThat(w.keyStorage()).isEqualTo(KeyStorage.SECURE_ENCLAVE);
            assertThat(w.keySites()).isEqualTo(2);
        });
        assertThat(p.keyManagement().backups()).isEqualTo(new KeyBackups(null, true, true, true, true, null));
        assertThat(p.keyManagement().keyHolderChecks()).isEqualTo(KeyHolderChecks.BACKGROUND_CHECKS);
        assertThat(p.keyManagement().keyHolders().get(2).backgroundCheckDate()).isEqualTo(LocalDate.of(2025, 11, 15));
        assertThat(p.controls().assuranceReports()).extracting(AssuranceReport::kind)
                .containsExactly(AssuranceReportKind.SOC2_TYPE_II, AssuranceReportKind.ISAE3402_TYPE_II);
        assertThat(p.controls().proofOfReserve()).isEqualTo(new ProofOfReserve(ProofOfReserveKind.REGULAR,
                LocalDate.of(2026, 9, 30)));
        assertThat(p.controls().incidentReporting()).isEqualTo(new IncidentReporting(4, 24));
        assertThat(p.controls().ccssTarget()).isEqualTo(3);
        assertThat(p.activities().custodyModel()).isEqualTo(CustodyModel.SHARED);
        assertThat(p.activities().subCustodianEntries()).singleElement().isEqualTo(new SubCustodian("Fireblocks",
                30_000_000L, false, new AssuranceReport(AssuranceReportKind.SOC2_TYPE_II, LocalDate.of(2026, 6, 30)),
                true));
        assertThat(p.insurance().lossHistory()).containsExactly(new LossEvent(LocalDate.of(2024, 5, 9), 1_800_000L,
                LossCause.EXTERNAL_THEFT, LossStatus.CLOSED, "Lead syndicate (primary)"));
        assertThat(p.insurance().requested().renewalDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(p.operations().coldSweep()).isEqualTo(SweepFrequency.HOURLY);
        assertThat(p.operations().withdrawalApprovalBands()).hasSize(3);
    }

    @Test
    void aPlainSubCustodianNameIsAnEntryWithOnlyItsName() throws Exception {
        Activities a = yaml("holdings: {aumUsd: 1}\nactivities: {subCustodians: [Anchorage, {name: Copper,"
                + " insuranceLimitUsd: 5000000}]}\n").activities();

        assertThat(a.subCustodians()).containsExactly("Anchorage", "Copper");
        assertThat(a.subCustodianEntries().get(0)).isEqualTo(SubCustodian.named("Anchorage"))
                .satisfies(s -> assertThat(s.isNameOnly()).isTrue());
        assertThat(a.subCustodianEntries().get(1).isNameOnly()).isFalse();
        assertThat(a.subCustodianNamed(" copper ")).isSameAs(a.subCustodianEntries().get(1));
        assertThat(a.subCustodianNamed("BitGo")).isNull();
    }

    @Test
    void layersAreReadFromTheirAttachment() throws Exception {
        List<Policy> policies = example("layered-tower-exchange.yaml").policies();

        assertThat(policies).extracting(Policy::isPrimary).containsExactly(true, false, false);
        assertThat(policies).extracting(Policy::exhaustionUsd)
                .containsExactly(100_000_000L, 250_000_000L, 500_000_000L);
        assertThat(policies.get(1).followForm()).isTrue();
        assertThat(policies.get(0).followForm()).isNull();
        assertThat(example("large-exchange.yaml").policies()).allSatisfy(p -> assertThat(p.isPrimary()).isTrue());
    }

    @Test
    void theOlderSoc2FieldIsOneOfTheAssuranceReports() throws Exception {
        assertThat(example("qualified-custodian.yaml").controls().allAssuranceReports())
                .containsExactly(new AssuranceReport(AssuranceReportKind.SOC2_TYPE_II, null));
        Controls both = yaml("holdings: {aumUsd: 1}\ncontrols: {soc2: TYPE_II, assuranceReports: [{kind: SOC2_TYPE_II,"
                + " periodEnd: 2026-03-31}, {kind: SOC1_TYPE_I}]}\n").controls();
        assertThat(both.allAssuranceReports()).extracting(AssuranceReport::kind)
                .containsExactly(AssuranceReportKind.SOC2_TYPE_II, AssuranceReportKind.SOC1_TYPE_I);
        assertThat(both.soc2TypeII()).isTrue();
        Controls noneHeld = yaml("holdings: {aumUsd: 1}\ncontrols: {soc2: NONE, assuranceReports: [{kind:"
                + " ISAE3402_TYPE_II}]}\n").controls();
        assertThat(noneHeld.allAssuranceReports()).extracting(AssuranceReport::kind)
                .containsExactly(AssuranceReportKind.ISAE3402_TYPE_II, AssuranceReportKind.NONE);
        assertThat(noneHeld.allAssuranceReports()).extracting(AssuranceReport::isTypeII).containsExactly(true, false);
        assertThat(yaml("holdings: {aumUsd: 1}\n").controls().allAssuranceReports()).isEmpty();
    }

    @Test
    void clientAssetsAreTheGivenFigureOrAllOfAumWhenTheFirmHoldsThem() throws Exception {
        assertThat(yaml("holdings: {aumUsd: 900, clientAssetsUsd: 600}\n").clientAssetsUsd()).isEqualTo(600);
        assertThat(yaml("holdings: {aumUsd: 900}\n").clientAssetsUsd()).isEqualTo(900);
        Profile own = reader.read("firm: {name: X, type: EXCHANGE, domicile: JP}\nholdings: {aumUsd: 900}\n"
                .getBytes(StandardCharsets.UTF_8)).profile();
        assertThat(own.clientAssetsUsd()).isZero();
    }

    @Test
    void keySitesAreTheWalletsOwnOrTheFirmsAndKeyStorageFollowsAFipsLevel() throws Exception {
        Profile p = yaml("""
                holdings: {aumUsd: 30}
                wallets:
                  - {name: a, tier: COLD, valueUsd: 10, keySites: 1, hsmFipsLevel: 3, asset: BTC}
                  - {name: b, tier: WARM, valueUsd: 10, hsmFipsLevel: 0, keyStorage: GENERAL_PURPOSE_COMPUTER}
                  - {name: c, tier: COLD, valueUsd: 10, keyScheme: SMART_CONTRACT, asset: ETH}
                keyManagement: {keyLocations: 4}
                """);

        assertThat(p.wallets()).extracting(p::keySitesOf).containsExactly(1, 4, 4);
        assertThat(p.wallets()).extracting(Wallet::keyStorageOrImplied)
                .containsExactly(KeyStorage.HSM, KeyStorage.GENERAL_PURPOSE_COMPUTER, null);
        assertThat(p.wallets()).extracting(Wallet::isSmartContract).containsExactly(false, false, true);
        assertThat(p.assets()).containsExactly("BTC", "ETH");
        assertThat(p.exposure(Tier.COLD, "ETH")).isEqualTo(10);
        assertThat(p.keySitesOf(new Wallet("d", Tier.HOT, 1, null, null, null, null, null, null, null, null, null)))
                .isEqualTo(4);
    }

    @Test
    void keyHoldersBelongToTheWalletsTheyNameOrToAll() throws Exception {
        Profile p = example("layered-tower-exchange.yaml");
        Wallet hotBtc = p.wallets().get(3);

        assertThat(p.keyManagement().keyHoldersOf(hotBtc)).extracting(KeyHolder::role)
                .containsExactly("CISO", "ops signer");
    }

    @Test
    void approvalBandsApplyAboveTheirThreshold() throws Exception {
        Operations o = example("layered-tower-exchange.yaml").operations();

        assertThat(o.approversFor(12_000_000)).isEqualTo(3);
        assertThat(o.approversFor(10_000_000)).isEqualTo(2);
        assertThat(o.approversFor(1)).isEqualTo(1);
        assertThat(o.approversFor(0)).isNull();
    }

    @Test
    void lossesAndLicencesAreReadAsGiven() throws Exception {
        Profile p = yaml("""
                holdings: {aumUsd: 1}
                insurance:
                  policies: [{line: CRIME, carrier: Relm, limitUsd: 100}]
                  lossHistory:
                    - {date: 2025-01-10, amountUsd: 5, status: OPEN, notifiedUnder: " relm"}
                    - {date: 2019-03-01, status: PAID}
                """.replace("clientAssets: true", "clientAssets: true, licences: [{jurisdiction: US-NY}]"));

        assertThat(p.insurance().openLosses()).extracting(LossEvent::date).containsExactly(LocalDate.of(2025, 1, 10));
        assertThat(p.insurance().lossesSince(LocalDate.of(2021, 11, 28))).hasSize(1);
        assertThat(p.insurance().lossHistory().get(0).notifiedUnder(p.policies().get(0))).isTrue();
        assertThat(p.insurance().lossHistory().get(1).amountUsd()).isNull();
        Licence ny = new Licence("US-NY", null, null);
        assertThat(ny.country()).isEqualTo("US");
        assertThat(ny.isSubnational()).isTrue();
        assertThat(ny.isIn("US")).isTrue();
        assertThat(ny.isIn("US-NY")).isTrue();
        assertThat(new Licence("EU", null, null).isIn("FR")).isFalse();
    }

    @Test
    void leftOutSectionsAreEmptyNeverNull() throws Exception {
        Profile p = yaml("holdings: {aumUsd: 1}\n");

        assertThat(p.operations()).isEqualTo(Operations.NONE);
        assertThat(p.insurance().requested()).isEqualTo(RequestedCover.NONE);
        assertThat(p.insurance().compensationArrangement()).isEqualTo(CompensationArrangement.NONE);
        assertThat(p.controls().proofOfReserve()).isEqualTo(ProofOfReserve.NONE);
        assertThat(p.controls().incidentReporting()).isEqualTo(IncidentReporting.NONE);
        assertThat(p.keyManagement().backups()).isEqualTo(KeyBackups.NONE);
        assertThat(p.firm().licences()).isEmpty();
        assertThat(p.firm().hasCustomers()).isNull();
        assertThat(p.holdings().clientAssetsUsd()).isNull();
        assertThat(p.policies()).isEmpty();
        // the firm as described before customers and licences were asked: neither is asserted
        assertThat(new Firm("X", FirmType.BANK, "GB", null, true))
                .isEqualTo(new Firm("X", FirmType.BANK, "GB", List.of(), true, null, null));
    }
}
