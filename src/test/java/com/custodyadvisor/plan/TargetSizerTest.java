package com.custodyadvisor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.ProgrammeTarget;
import com.custodyadvisor.advisory.SketchLayer;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.engine.AdvisorFactory;
import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target limit and its layers: the loss held to what can be bought, with every figure from the parameters. */
class TargetSizerTest {

    /** An exchange with 300M in one hot wallet and no cover: its largest loss is all hot. */
    private static final String HOT_HEAVY = """
            firm: {name: Han River Exchange, type: EXCHANGE, domicile: KR, clientAssets: true}
            holdings: {aumUsd: 1000000000}
            wallets:
              - {name: vault, tier: COLD, valueUsd: 700000000, online: false, keyScheme: MULTISIG, threshold: 3,
                 keyShares: 5, keySites: 3}
              - {name: hot, tier: HOT, valueUsd: 300000000, online: true, keyScheme: MPC, threshold: 3,
                 keyShares: 5}
            """;

    @Test
    void hotLossIsCountedOnlyUpToTheHotSubLimitsToBeHad() {
        ProgrammeTarget t = ShippedRules.advisor().advise(ShippedRules.profile(HOT_HEAVY)).plan().target();

        assertThat(t.lossUsd()).isEqualTo(300_000_000L);
        assertThat(t.buyableUsd()).isEqualTo(50_000_000L);
        assertThat(t.buyableWhy()).isEqualTo("hot sub-limits above about 50,000,000 USD are scarce");
        assertThat(t.targetUsd()).isEqualTo(50_000_000L);
        assertThat(t.reduceFirstUsd()).isEqualTo(250_000_000L);
        assertThat(t.uninsuredUsd()).isEqualTo(250_000_000L);
        assertThat(t.answered()).isFalse();
        assertThat(t.advice()).startsWith("First make the loss smaller by 250,000,000 USD: ")
                .contains("Place 50,000,000 USD of cover, to reach 50,000,000 USD.")
                .endsWith("Until the loss is smaller, 250,000,000 USD of it stays uninsured: hot sub-limits above "
                        + "about 50,000,000 USD are scarce.");
        assertThat(t.layers()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(SketchLayer.PRIMARY);
            assertThat(l.inForce()).isFalse();
            assertThat(l.limitUsd()).isEqualTo(50_000_000L);
            assertThat(l.step()).isEqualTo("LEAD");
            assertThat(l.writers()).isNotEmpty().allSatisfy(w -> assertThat(w.lineSize()).isNotBlank());
        });
    }

    @Test
    void aProgrammeThatReachesTheTargetKeepsToRenewal() {
        ProgrammeTarget t = ShippedRules.advisor().advise(ShippedRules.example("layered-tower-exchange.yaml")).plan()
                .target();

        assertThat(t.answered()).isTrue();
        assertThat(t.toPlaceUsd()).isZero();
        assertThat(t.layers()).allSatisfy(l -> assertThat(l.inForce()).isTrue());
        assertThat(t.layers()).extracting(SketchLayer::path).allSatisfy(p -> assertThat(p).startsWith("/insurance/policies/"));
        assertThat(t.advice()).contains("keep it at renewal").endsWith("The limit you seek, 750,000,000 USD, is more "
                + "than the about 500,000,000 USD the market writes for one digital-asset risk, and more than this "
                + "scenario could lose.");
    }

    @Test
    void theLimitSoughtIsSetAgainstTheTarget() {
        String seeking = HOT_HEAVY + "insurance: {requested: {limitUsd: %d}}\n";

        assertThat(ShippedRules.advisor().advise(ShippedRules.profile(seeking.formatted(20_000_000L))).plan().target()
                .advice()).endsWith("The limit you seek, 20,000,000 USD, is 30,000,000 USD short of this target.");
        assertThat(ShippedRules.advisor().advise(ShippedRules.profile(seeking.formatted(200_000_000L))).plan().target()
                .advice()).endsWith("The limit you seek, 200,000,000 USD, is more than can be bought for it: hot "
                + "sub-limits above about 50,000,000 USD are scarce.");
        assertThat(ShippedRules.advisor().advise(ShippedRules.profile(seeking.formatted(50_000_000L))).plan().target()
                .advice()).doesNotContain("The limit you seek");
    }

    @Test
    void theFiguresComeFromTheParametersFile(@TempDir Path dir) throws Exception {
        Path data = ShippedRules.copyData(dir.resolve("data"));
        Path parameters = data.resolve("parameters.yaml");
        Files.writeString(parameters, Files.readString(parameters)
                .replace("value: 50000000\n", "value: 80000000\n"));
        Advisor advisor = AdvisorFactory.load(ShippedRules.RULES, data);

        ProgrammeTarget t = advisor.advise(ShippedRules.profile(HOT_HEAVY)).plan().target();

        assertThat(t.targetUsd()).as("the hot sub-limits to be had, raised to 80M").isEqualTo(80_000_000L);
        assertThat(t.uninsuredUsd()).isEqualTo(220_000_000L);
    }
}
