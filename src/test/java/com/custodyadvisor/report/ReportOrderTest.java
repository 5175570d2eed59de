package com.custodyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.support.ShippedRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both reports read as a broker works through them: the verdict, the findings, the programme and the loss
 * scenarios, the regulators' regimes and the CCSS level, then the plan and the ranked providers; each part once.
 */
class ReportOrderTest {

    private static final SubmittedProfile TOWER = ShippedRules.example("layered-tower-exchange.yaml");
    private static final Advisory ADVISORY = ShippedRules.advisor().advise(TOWER);

    @Test
    void theTextReportGoesFromFindingsThroughTheProgrammeAndScenariosToThePlanAndProviders() {
        String text = TextReport.render(Assessment.of(TOWER.profile(), ADVISORY),
                new ReportContext(ShippedRules.ruleSet(), ShippedRules.catalog(), null), TextStyle.PLAIN);
        List<String> parts = List.of("\nVerdict: ", "\nHIGH (", "\nProgramme: your own theft cover",
                "\nLoss scenarios, largest first\n", "\nRegulation: the regimes that apply\n", "\nCCSS: ",
                "\nNeeds matched on\n", "\nPlan: the order of approach\n",
                "\nProviders that fit, best first\n");
        assertThat(text).containsSubsequence(parts);
        parts.forEach(part -> assertThat(text.indexOf(part)).as(part).isEqualTo(text.lastIndexOf(part)));
    }

    @Test
    void theBrokerPackGoesFromTheVerdictThroughWhatIsInPlaceToThePlansAndEndsWithThePointers() {
        String md = MarkdownReport.render(TOWER.profile(), ADVISORY, ShippedRules.catalog());
        List<String> parts = MarkdownReport.SECTIONS.stream().map(title -> "\n## " + title + "\n").toList();
        assertThat(md).containsSubsequence(parts);
        parts.forEach(part -> assertThat(md.indexOf(part)).as(part).isEqualTo(md.lastIndexOf(part)));
        assertThat(md.lines().filter(l -> l.startsWith("## "))).as("no other section")
                .containsExactlyElementsOf(MarkdownReport.SECTIONS.stream().map(t -> "## " + t).toList());
        assertThat(md).containsSubsequence("## Summary and verdict", "| **Verdict** |", "## Findings by severity",
                "### HIGH", "## Provider plan", "### The order of approach", "### Providers that fit");
    }
}
