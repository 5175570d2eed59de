package com.custodyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.ActionOwner;
import com.custodyadvisor.advisory.ActionStep;
import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Effort;
import com.custodyadvisor.advisory.Improvement;
import com.custodyadvisor.advisory.NotClearable;
import com.custodyadvisor.advisory.PathToReady;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.advisory.Verdict;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.support.ShippedRules;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The broker pack in Markdown: its sections in order, the profile's strengths as given ("not given" where it is
 * silent), the action plan from the advisory's records, and JSON Pointers only in the appendix.
 */
class BrokerPackTest {

    /** A pointer into a profile: one of its top-level sections, then a path. */
    private static final Pattern POINTER = Pattern.compile(
            "(?<![\\w.:/])/(firm|holdings|wallets|keyManagement|controls|activities|insurance|operations|needs"
                    + "|waivers)(/|\\b)");

    static Stream<String> examples() throws IOException {
        return ShippedRules.exampleNames();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everySectionComesOnceInOrderAndPointersOnlyInTheAppendix(String example) {
        SubmittedProfile submitted = ShippedRules.example(example);
        Advisory advisory = ShippedRules.advisor().advise(submitted);

        String md = MarkdownReport.render(submitted.profile(), advisory, ShippedRules.catalog());

        assertThat(md.lines().filter(l -> l.startsWith("## ")))
                .containsExactlyElementsOf(MarkdownReport.SECTIONS.stream().map(t -> "## " + t).toList());
        int appendix = md.indexOf("\n## " + PointerAppendix.TITLE + "\n");
        String reading = md.substring(0, appendix);
        assertThat(POINTER.matcher(reading).results().map(r -> r.group())).as("pointers in the reading text")
                .isEmpty();
        boolean anyField = !advisory.openQuestions().isEmpty()
                || advisory.findings().stream().anyMatch(f -> !f.evidence().isEmpty());
        assertThat(POINTER.matcher(md.substring(appendix)).find()).isEqualTo(anyField);
    }

    @Test
    void eachFindingsEvidenceAndEachQuestionsFieldIsInTheAppendix() {
        SubmittedProfile submitted = ShippedRules.example("apac-custodian.yaml");
        Advisory advisory = ShippedRules.advisor().advise(submitted);

        String appendix = appendix(MarkdownReport.render(submitted.profile(), advisory, ShippedRules.catalog()));

        advisory.findings().forEach(f -> f.evidence().forEach(e -> assertThat(appendix)
                .contains("- " + f.id() + ": ").contains("`" + e.path() + "`")));
        advisory.openQuestions().forEach(q -> assertThat(appendix).contains("- `" + q.pointer() + "`: "));
        assertThat(appendix).contains("- hot: `/wallets/1`");
    }

    @Test
    void whatIsInPlaceReadsTheSubmissionAndSaysNotGivenForWhatItLeavesOut() {
        SubmittedProfile submitted = ShippedRules.profile("""
                firm: {name: Kestrel Custody, type: QUALIFIED_CUSTODIAN, domicile: CH, clientAssets: true}
                holdings: {aumUsd: 300000000}
                wallets:
                  - {name: vault, tier: COLD, valueUsd: 290000000, keyScheme: MULTISIG, threshold: 3, keyShares: 5,
                     hsmFipsLevel: 3, keySites: 2}
                  - {name: float, tier: HOT, valueUsd: 10000000, keyScheme: MPC, threshold: 2, keyShares: 3,
                     provider: Fireblocks}
                keyManagement:
                  dualControl: true
                  keyHolders:
                    - {role: CISO, jurisdiction: CH, site: Zug, vetted: true, backgroundCheckDate: 2025-03-01,
                       wallets: [vault]}
                    - {role: CFO, jurisdiction: DE, site: Berlin, vetted: false}
                controls:
                  mfa: true
                  lastPenetrationTest: 2025-09-15
                  proofOfReserve: {kind: ON_CHAIN, lastDate: 2025-10-01}
                  assuranceReports: [{kind: SOC2_TYPE_II, periodEnd: 2025-06-30}]
                activities:
                  subCustodians:
                    - {name: Fireblocks, insuranceLimitUsd: 30000000, namesFirm: false}
                    - Copper
                operations: {peakDailyOutflowUsd: 4000000, coldSweep: DAILY,
                             withdrawalApprovalBands: [{aboveUsd: 0, approvers: 1}, {aboveUsd: 250000, approvers: 2}]}
                insurance:
                  requested: {limitUsd: 100000000, retentionUsd: 1000000, renewalDate: 2026-07-01,
                              incumbentCarriers: [Lead Syndicate, Excess Co]}
                """);
        Advisory advisory = ShippedRules.advisor().advise(submitted);

        String md = MarkdownReport.render(submitted.profile(), advisory, ShippedRules.catalog());

        assertThat(md).contains("| Limit sought | 100,000,000 USD |", "| Retention | 1,000,000 USD |",
                "| Renewal date | 2026-07-01 |", "| Incumbent carriers | Lead Syndicate, Excess Co |");
        assertThat(md).contains("| Multi-factor authentication | yes |", "| Withdrawal whitelists | not given |",
                "| Last penetration test | 2025-09-15 |", "| Last vulnerability scan | not given |",
                "| Proof of reserve | ON_CHAIN, last 2025-10-01 |",
                "| Assurance reports | SOC2_TYPE_II, period ending 2025-06-30 |",
                "| Dual control | yes |", "| Keys hardware-isolated | not given |",
                "| CISO | CH | Zug | yes | 2025-03-01 | vault |", "| CFO | DE | Berlin | no | not given | all wallets |",
                "| Peak daily outflow | 4,000,000 USD |", "| Average daily outflow | not given |",
                "| Sweep of hot balances to cold | DAILY |",
                "| Withdrawal approval bands | above 0 USD: 1 approver; above 250,000 USD: 2 approvers |",
                "| Fireblocks | 30,000,000 USD | no | not given | not given |",
                "| Copper | not given | not given | not given | not given |",
                "| vault | 290,000,000 USD | COLD | COLD | MULTISIG | 3 of 5 | level 3 | 2 (Zug, Berlin) | not given |",
                "| float | 10,000,000 USD | HOT | HOT | MPC | 2 of 3 | not given | Berlin | Fireblocks |");
        assertThat(md).contains("No policy that names the firm as an insured is given.");
    }

    @Test
    void aProfileThatSaysNothingOfItsSubmissionReadsNotGivenNeverAFact() {
        SubmittedProfile submitted = ShippedRules.example("cyber-only.yaml");
        String md = MarkdownReport.render(submitted.profile(), ShippedRules.advisor().advise(submitted),
                ShippedRules.catalog());

        assertThat(md).contains("| Limit sought | not given |", "| Renewal date | not given |",
                "| Incumbent carriers | not given |", "Not given: the profile names no key holders.",
                "| Largest single withdrawal | not given |");
    }

    @Test
    void theActionPlanIsTheAdvisorysStepsDatedWhenTheyAreDue() {
        SubmittedProfile submitted = ShippedRules.example("large-exchange.yaml");
        Advisory advisory = ShippedRules.advisor().advise(submitted);
        Improvement move = new Improvement("MOVE-HOT-TO-COLD", "Move value from hot to cold storage",
                "Move 150,000,000 USD from \"hot trading\" to cold storage.", ActionOwner.FIRM, Effort.MEDIUM,
                List.of("BM-HOT-LIMIT-MISMATCH"), Mappers.JSON.readTree(
                        "[{\"op\":\"replace\",\"path\":\"/wallets/2/valueUsd\",\"value\":250000000}]"));
        List<ActionStep> steps = List.of(
                new ActionStep(1, "Engage a broker for the vendor-risk rider", ActionOwner.BROKER,
                        List.of("BM-NO-VENDOR-RIDER"), "ADD-VENDOR-RIDER", null, LocalDate.of(2026, 3, 1), null),
                new ActionStep(2, "Move 150,000,000 USD from \"hot trading\" to cold storage", ActionOwner.FIRM,
                        List.of("BM-HOT-LIMIT-MISMATCH"), "MOVE-HOT-TO-COLD", null, LocalDate.of(2026, 4, 1), 88));
        PathToReady path = new PathToReady(false, Verdict.NEEDS_WORK,
                Map.of(Severity.CRITICAL, 0, Severity.HIGH, 1, Severity.MEDIUM, 2, Severity.LOW, 0, Severity.INFO, 1),
                List.of(new NotClearable("CL-LIMITS", Severity.HIGH, "No market writes that much for one risk.")));
        Advisory planned = with(advisory, List.of(move), path, steps);

        String md = MarkdownReport.render(submitted.profile(), planned, ShippedRules.catalog());

        String section = md.substring(md.indexOf("\n## Action plan\n"), md.indexOf("\n## Provider plan\n"));
        assertThat(section).containsSubsequence("| # | What to do | Who | Clears | Due |",
                "| 1 | Engage a broker for the vendor-risk rider | its broker | BM-NO-VENDOR-RIDER | 2026-03-01 |",
                "| 2 | Move 150,000,000 USD from \"hot trading\" to cold storage | the firm | BM-HOT-LIMIT-MISMATCH "
                        + "| 2026-04-01, 88 days late |",
                "- **Move value from hot to cold storage** (medium effort, the firm): Move 150,000,000 USD",
                "still has open CRITICAL or HIGH findings: verdict NEEDS_WORK, open findings CRITICAL 0, HIGH 1,",
                "- CL-LIMITS (HIGH): No market writes that much for one risk.");
        assertThat(section).doesNotContain("/wallets/2").contains("Steps marked late needed to start before today")
                .doesNotContain("2026-03-01, ");
        String text = TextReport.render(Assessment.of(submitted.profile(), planned),
                new ReportContext(ShippedRules.ruleSet(), ShippedRules.catalog(), null), TextStyle.PLAIN);
        // the text report wraps lines: compared with its white space made single spaces
        assertThat(text.replaceAll("\\s+", " ")).contains("[broker, by 2026-03-01]")
                .contains("[firm, by 2026-04-01, 88 days late]");

        Advisory undated = with(advisory, List.of(), path, List.of(new ActionStep(1, "Answer the question",
                ActionOwner.FIRM, List.of(), null, "Q-1", null, null)));
        String plain = MarkdownReport.render(submitted.profile(), undated, ShippedRules.catalog());
        assertThat(plain).contains("| # | What to do | Who | Clears |\n|---:|---|---|---|\n| 1 | Answer the question |"
                + " the firm |  |\n").contains("undated, as the profile gives no renewal date")
                .doesNotContain("Steps marked late");
    }

    private static Advisory with(Advisory a, List<Improvement> improvements, PathToReady path, List<ActionStep> steps) {
        return new Advisory(a.rulesetVersion(), a.catalogVersion(), a.summary(), a.findings(), a.plan(), a.providers(),
                a.needs(), a.scenarios(), a.programme(), a.wallets(), a.coverage(), a.regimes(), a.ccss(),
                a.completeness(), a.openQuestions(), a.disclosures(), improvements, path, steps);
    }

    private static String appendix(String md) {
        return md.substring(md.indexOf("\n## " + PointerAppendix.TITLE + "\n"));
    }
}
