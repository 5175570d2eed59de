package com.custodyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.support.ShippedRules;
import org.junit.jupiter.api.Test;

/** The text and Markdown reports show the plan, step by step, before the ranked providers. */
class PlanReportTest {

    private static final SubmittedProfile TOWER = ShippedRules.example("large-exchange.yaml");
    private static final Advisory ADVISORY = ShippedRules.advisor().advise(TOWER);

    @Test
    void theTextReportShowsTheOrderOfApproachBeforeTheRanking() {
        String text = TextReport.render(Assessment.of(TOWER.profile(), ADVISORY),
                new ReportContext(ShippedRules.ruleSet(), ShippedRules.catalog(), null), TextStyle.PLAIN);
        assertThat(text).containsSubsequence("Plan: the order of approach",
                "1. Broker: structures the programme", "Aon (#1): ", "Marsh (DART) (#2): ",
                "2. Lead insurer or market", "Lloyd's Market (#3): ",
                "up to 500,000,000 USD",
                "3. Excess or reinsurance-backed capacity", "Munich Re (#5): ", "line size", "not published",
                "Providers that fit, best first", "#1 Aon (broker), fit 85, the guide's pick for a need you stated",
                "#7 Breach Insurance (insurer), fit 35, helps with a need");
    }

    @Test
    void theMarkdownReportShowsTheOrderOfApproachBeforeTheRanking() {
        String md = MarkdownReport.render(TOWER.profile(), ADVISORY, ShippedRules.catalog());
        assertThat(md).containsSubsequence("## Provider plan", "### The order of approach", "#### 1. Broker",
                "_structures the programme and takes it to the market_", "- **Aon** (#1): ",
                "#### 2. Lead insurer or market", "- **Lloyd's Market** (#3): ",
                "  - crime and specie · tiers COLD, WARM and HOT · Global · line size up to 500,000,000 USD",
                "  - _Note:_ Cover attaches to private keys", "#### 3. Excess or reinsurance-backed capacity",
                "- **Munich Re** (#5)", "### Providers that fit", "**#1 Aon** (broker), fit 85/100");
        assertThat(md).doesNotContain("#### 4.");
    }
}
