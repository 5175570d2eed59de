package com.custodyadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Evidence;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.ProviderMatch;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.advisory.Verdict;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.support.RunawayRules;
import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdvisorTest {

    private static final String TWO_HOT_WALLETS = """
            firm: {name: Two Hot, type: EXCHANGE, domicile: US, clientAssets: false}
            holdings: {aumUsd: 50000000}
            wallets:
              - {name: hot a, tier: HOT, valueUsd: 30000000, keyScheme: MPC, threshold: 2, keyShares: 3}
              - {name: hot b, tier: HOT, valueUsd: 20000000, keyScheme: MPC, threshold: 2, keyShares: 3}
            insurance:
              policies:
                - line: CRIME
                  carrier: Example Syndicate
                  limitUsd: 100000000
                  tierSublimitsUsd: {HOT: 10000000, WARM: 40000000, COLD: 100000000}
                  covers: [EXTERNAL_THEFT]
                  firmIsNamedInsured: true
            """;

    @Test
    void detailsQuoteTheProfilesFiguresAndEvidencePointsIntoIt() {
        Advisory advisory = ShippedRules.advisor().advise(ShippedRules.profile(TWO_HOT_WALLETS));
        Finding limits = finding(advisory, "CL-LIMITS");
        assertThat(limits.detail()).startsWith("The largest loss scenario to size limits against, \"Compromise of the "
                + "hot tier\" (every wallet an underwriter classes HOT: \"hot a\" and \"hot b\": 50,000,000 USD)");
        assertThat(limits.evidence()).extracting(Evidence::path).contains("/wallets/0/valueUsd", "/wallets/1/valueUsd",
                "/insurance/policies/0/tierSublimitsUsd");
        assertThat(limits.evidence().get(0).value().asLong()).isEqualTo(30000000L);
        assertThat(limits.category()).isEqualTo("CHECKLIST");
        // the hot mismatch points at the same gap (the hot tier's loss): it is listed under CL-LIMITS, not beside it
        assertThat(advisory.findings()).extracting(Finding::id).doesNotContain("BM-HOT-LIMIT-MISMATCH");
        assertThat(limits.covers()).singleElement().satisfies(hot -> {
            assertThat(hot.id()).isEqualTo("BM-HOT-LIMIT-MISMATCH");
            assertThat(hot.title()).isEqualTo("Hot-wallet exposure exceeds the hot sub-limit");
            assertThat(hot.detail()).startsWith("HOT wallets hold 50,000,000 USD; for their loss your own programme "
                    + "pays 10,000,000 USD (CRIME policy (Example Syndicate) pays 10,000,000 USD), leaving 40,000,000 USD");
        });
    }

    @Test
    void summaryCountsOpenFindingsAndSumsExposureByTier() {
        Advisory advisory = ShippedRules.advisor().advise(ShippedRules.profile(TWO_HOT_WALLETS));
        assertThat(advisory.summary().exposureUsd()).containsEntry(Tier.HOT, 50000000L).containsEntry(Tier.WARM, 0L)
                .containsEntry(Tier.COLD, 0L);
        assertThat(advisory.summary().exposureUsd().keySet()).containsExactly(Tier.HOT, Tier.WARM, Tier.COLD);
        for (Severity s : Severity.values()) {
            assertThat(advisory.summary().counts().get(s)).as(s.name())
                    .isEqualTo((int) advisory.findings().stream().filter(f -> f.severity() == s).count());
        }
        assertThat(advisory.summary().verdict()).isEqualTo(Verdict.NEEDS_WORK);
        assertThat(advisory.summary().declaredExposureUsd()).isEqualTo(advisory.summary().exposureUsd());
    }

    @Test
    void theAdvisoryGivesTheScenariosProgrammeAndWalletTiersWithPointersIntoTheProfile() {
        Advisory advisory = ShippedRules.advisor().advise(ShippedRules.profile(TWO_HOT_WALLETS));

        assertThat(advisory.scenarios()).first().satisfies(s -> {
            assertThat(s.id()).isEqualTo("HOT_TIER_COMPROMISE");
            assertThat(s.name()).isEqualTo("Compromise of the hot tier");
            assertThat(s.lossUsd()).isEqualTo(50_000_000L);
            assertThat(s.lossByTier()).containsExactly(java.util.Map.entry(Tier.HOT, 50_000_000L));
            assertThat(s.wallets()).containsExactly("/wallets/0", "/wallets/1");
            assertThat(s.payments()).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("/insurance/policies/0");
                assertThat(p.paysUsd()).isEqualTo(10_000_000L);
            });
            assertThat(s.uninsuredUsd()).isEqualTo(40_000_000L);
        });
        assertThat(advisory.scenarios()).isSortedAccordingTo(
                Comparator.comparingLong(com.custodyadvisor.advisory.ScenarioLoss::lossUsd).reversed());
        assertThat(advisory.programme().layers()).singleElement().satisfies(l -> {
            assertThat(l.path()).isEqualTo("/insurance/policies/0");
            assertThat(l.topUsd()).isEqualTo(100_000_000L);
            assertThat(l.tierLimitsUsd().keySet()).containsExactly(Tier.HOT, Tier.WARM, Tier.COLD);
        });
        assertThat(advisory.programme().reliedOn()).isEmpty();
        assertThat(advisory.wallets()).extracting(w -> w.path() + " " + w.assessedTier())
                .containsExactly("/wallets/0 HOT", "/wallets/1 HOT");
        assertThat(advisory.coverage().tiers().get(Tier.HOT).coveredUsd()).isEqualTo(10_000_000L);
    }

    @Test
    void findingsAreSortedBySeverityThenIdAndProvidersByFitThenRank() {
        Advisory advisory = ShippedRules.advisor().advise(ShippedRules.example("cyber-only.yaml"));
        assertThat(advisory.findings()).isSortedAccordingTo(
                Comparator.comparing(Finding::severity).thenComparing(Finding::id));
        assertThat(advisory.providers()).isSortedAccordingTo(Comparator.comparingInt(ProviderMatch::fit).reversed()
                .thenComparingInt(ProviderMatch::rank));
        assertThat(advisory.providers()).allSatisfy(p -> {
            assertThat(p.fit()).isBetween(1, 100);
            assertThat(p.reasons()).isNotEmpty();
        });
    }

    @Test
    void aRuleFiringForEachOfSeveralPoliciesMakesOneFindingCoveringThemAll() {
        String profile = TWO_HOT_WALLETS + """
                    - line: CYBER
                      carrier: Cyber Co
                      limitUsd: 5000000
                """;
        Finding reinsurance = finding(ShippedRules.advisor().advise(ShippedRules.profile(profile)), "CL-REINSURANCE");
        assertThat(reinsurance.detail()).contains("CRIME policy (Example Syndicate)").contains("CYBER policy (Cyber Co)");
        assertThat(reinsurance.evidence()).extracting(Evidence::path).containsExactly(
                "/insurance/policies/0/reinsuranceDisclosed", "/insurance/policies/1/reinsuranceDisclosed");
    }

    @Test
    void detailsListWalletsAndPoliciesInProfileOrder() {
        String profile = TWO_HOT_WALLETS.replace("threshold: 2, keyShares: 3}", "threshold: 2, keyShares: 3, provider: Alpha Vault}")
                .replaceFirst("provider: Alpha Vault", "provider: Zeta Vault");
        Finding vendors = finding(ShippedRules.advisor().advise(ShippedRules.profile(profile)), "BM-NO-VENDOR-RIDER");
        assertThat(vendors.detail()).startsWith("You rely on Zeta Vault and Alpha Vault for custody");
        assertThat(vendors.evidence()).extracting(Evidence::path).containsExactly("/wallets/0/provider",
                "/wallets/1/provider");
    }

    @Test
    void explanationsNameTheRuleAndTheFactsItMatched() {
        AdvisoryRun run = ShippedRules.advisor().run(ShippedRules.profile(TWO_HOT_WALLETS));
        Finding vague = finding(run.advisory(), "RF-VAGUE-WORDING");
        assertThat(vague.explanations()).singleElement().satisfies(e -> {
            assertThat(e.rule()).isEqualTo("Policy wording is vague or unreviewed");
            assertThat(e.file()).isEqualTo("red-flags.drl");
            assertThat(e.line()).isPositive();
            assertThat(e.matched()).anySatisfy(m -> {
                assertThat(m.fact()).isEqualTo("Policy");
                assertThat(m.path()).isEqualTo("/insurance/policies/0");
            });
        });
        assertThat(run.advisory().withoutExplanations().findings()).allSatisfy(f -> assertThat(f.explanations()).isNull());
        assertThat(run.firedRuleIds()).contains("RF-VAGUE-WORDING");
        assertThat(run.firedRules()).extracting(RuleInfo::title).contains("Policy wording is vague or unreviewed");
    }

    @Test
    void aLoopingRuleIsStoppedByTheFiringLimitWithAClearMessage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("loop.drl"), RuleSetCompilerTest.HEADER + RunawayRules.INSERTS_FOR_EVER);
        Advisor advisor = new Advisor(RuleSetCompiler.compile(dir, ShippedRules.DATA), ShippedRules.catalog(), 500,
                java.time.Clock.systemUTC());
        RuleExecutionException e = catchThrowableOfType(RuleExecutionException.class,
                () -> advisor.run(ShippedRules.profile(TWO_HOT_WALLETS)));
        assertThat(e.getMessage()).contains("more than 500 times").contains("\"Inserts what it matches\"")
                .contains("loop.drl:4");
    }

    @Test
    void aRuleThatThrowsIsNamedInTheError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("throws.drl"), RuleSetCompilerTest.HEADER + """
                rule "Divides by zero"
                    @id("T-THROW") @severity("LOW") @category("TEST") @source("test")
                when
                    $h : Holdings()
                then
                    long x = $h.aumUsd() / ($h.tvlUsd() - $h.tvlUsd());
                end
                """);
        Advisor advisor = new Advisor(RuleSetCompiler.compile(dir, ShippedRules.DATA), ShippedRules.catalog());
        RuleExecutionException e = catchThrowableOfType(RuleExecutionException.class,
                () -> advisor.run(ShippedRules.profile(TWO_HOT_WALLETS)));
        assertThat(e.getMessage()).contains("in rule \"Divides by zero\" (throws.drl:4)").contains("ArithmeticException");
    }

    @Test
    void eachAdvisoryRunsInASessionOfItsOwn() {
        Advisor advisor = ShippedRules.advisor();
        SubmittedProfile cyber = ShippedRules.example("cyber-only.yaml");
        SubmittedProfile wellRun = ShippedRules.example("qualified-custodian.yaml");
        Advisory first = advisor.advise(cyber);
        advisor.advise(wellRun);
        assertThat(advisor.advise(cyber)).isEqualTo(first);
        assertThat(advisor.advise(wellRun).findings()).isEmpty();
    }

    @Test
    void theAdvisoryCarriesTheVersionsOfWhatWasLoaded() {
        Advisory advisory = ShippedRules.advisor().advise(ShippedRules.profile(TWO_HOT_WALLETS));
        assertThat(advisory.rulesetVersion()).isEqualTo(ShippedRules.ruleSet().version()).hasSize(64);
        assertThat(advisory.catalogVersion()).isEqualTo(ShippedRules.catalog().version()).hasSize(64);
    }

    @Test
    void rulesThatShareAnIdMakeOneFindingReadInRuleOrderAndListItemsInProfileOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("parts.drl"), RuleSetCompilerTest.HEADER + """
                rule "Gaps"
                    @id("T-GAPS") @severity("LOW") @category("TEST") @source("test") @detail("{clauses}.")
                    @remediation("Close them.")
                when
                    $h : Holdings()
                then
                    advice.finding().evidence($h, "aumUsd").clause("the holdings come first").emit();
                end

                rule "Gaps: wallets"
                    @id("T-GAPS")
                when
                    $w : Wallet()
                then
                    advice.finding().evidence($w, "name").clause("%s is listed", $w.label()).emit();
                end

                rule "Gaps: the firm"
                    @id("T-GAPS")
                when
                    $f : Firm()
                then
                    advice.finding().severity(com.custodyadvisor.advisory.Severity.HIGH).evidence($f, "name")
                        .clause("the firm comes last").emit();
                end
                """);
        Advisor advisor = new Advisor(RuleSetCompiler.compile(dir, ShippedRules.DATA), ShippedRules.catalog());
        Finding f = finding(advisor.advise(ShippedRules.profile(TWO_HOT_WALLETS)), "T-GAPS");
        assertThat(f.title()).isEqualTo("Gaps");
        assertThat(f.severity().name()).as("the highest any part gave").isEqualTo("HIGH");
        assertThat(f.detail()).isEqualTo("The holdings come first; \"hot a\" is listed; \"hot b\" is listed; "
                + "the firm comes last.");
        assertThat(f.remediation()).isEqualTo("Close them.");
        assertThat(f.evidence()).extracting(e -> e.path())
                .containsExactly("/holdings/aumUsd", "/wallets/0/name", "/wallets/1/name", "/firm/name");
    }

    private static Finding finding(Advisory advisory, String id) {
        return advisory.findings().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + advisory.findings().stream()
                        .map(Finding::id).toList()));
    }
}
