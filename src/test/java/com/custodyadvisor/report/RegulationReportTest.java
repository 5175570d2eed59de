package com.custodyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.support.ShippedRules;
import org.junit.jupiter.api.Test;

/**
 * The text and Markdown reports show each regime that applies, why, and each figure met, not met or not
 * assessable, then the CCSS level aspect by aspect.
 */
class RegulationReportTest {

    /** A JFSA licensee below the 95% floor, also licensed in the EU; CCSS target 3. */
    private static final SubmittedProfile JAPAN = ShippedRules.example("layered-tower-exchange.yaml");
    private static final Advisory JAPAN_ADVICE = ShippedRules.advisor().advise(JAPAN);
    /** A US firm with no licence listed and no CCSS input. */
    private static final SubmittedProfile US = ShippedRules.example("qualified-custodian.yaml");
    private static final Advisory US_ADVICE = ShippedRules.advisor().advise(US);

    private static String text(SubmittedProfile profile, Advisory advisory) {
        return TextReport.render(Assessment.of(profile.profile(), advisory),
                new ReportContext(ShippedRules.ruleSet(), ShippedRules.catalog(), null), TextStyle.PLAIN);
    }

    @Test
    void theTextReportGivesEachRegimeWhyItAppliesAndEachFigureWithItsFinding() {
        assertThat(text(JAPAN, JAPAN_ADVICE)).containsSubsequence("Regulation: the regimes that apply",
                "JP (JFSA), Japan, crypto-asset exchange service providers: NOT MET",
                "Applies:        licence in JP (JFSA, EXCHANGE); domicile JP",
                "not met:        cold-storage floor: at least 95% of client assets cold, in aggregate [primary",
                "2,800,000,000 USD of 3,000,000,000 USD cold (93.3%, floor 95%): move 50,000,000",
                "(REG-COLD-FLOOR)", "EU (national competent authorities under MiCA and DORA)", ": MET",
                "met:            incident notice to the regulator", "[secondary summary;",
                "Not checked:    MiCA Art. 67 and Annex IV [P]",
                "CCSS: level 2 (the lowest aspect assessed; 2 not assessed); target 3; claimed 2",
                "1.01 Key generation: level 2; next 1.01 L3: keys draw on validated entropy",
                "1.02 Wallet creation: not assessed; next 1.02 L1",
                "(not confirmed: /keyManagement/deterministicWallets)", "1.03 Key storage: level 3\n");
    }

    @Test
    void theMarkdownReportGivesARegimeTableAndACcssTable() {
        String md = MarkdownReport.render(JAPAN.profile(), JAPAN_ADVICE, ShippedRules.catalog());
        assertThat(md).containsSubsequence("\n## Regulation and CCSS\n",
                "### JP (JFSA), Japan, crypto-asset exchange service providers: not met",
                "Applies: licence in JP (JFSA, EXCHANGE); domicile JP",
                "| Figure | Status | Measured |",
                "| cold-storage floor: at least 95% of client assets cold, in aggregate \\[primary text; Cabinet Office "
                        + "Order on Crypto-Asset Exchange Service Providers, Art. 27(2)\\] | **not met** | "
                        + "2,800,000,000 USD of 3,000,000,000 USD cold (93.3%, floor 95%): move 50,000,000 USD to cold "
                        + "storage (REG-COLD-FLOOR) |",
                "- _Not checked:_ MiCA Art. 67",
                "\n### CCSS level\n", "| Aspect | Level | Next level needs |",
                "| 1\\.01 Key generation | level 2 | 1\\.01 L3: keys draw on validated entropy",
                "| 1\\.03 Key storage | level 3 |  |");
    }

    @Test
    void aFirmUnderNoListedRegimeAndWithNoCcssInputIsToldSoInOneLineEach() {
        assertThat(text(US, US_ADVICE)).containsSubsequence("Regulation: the regimes that apply",
                "No listed regime applies", "CCSS: not assessed", "Not assessed: the profile describes none of the "
                        + "CCSS aspects");
        String md = MarkdownReport.render(US.profile(), US_ADVICE, ShippedRules.catalog());
        assertThat(md).contains("No listed regime applies").doesNotContain("| Aspect | Level |");
    }
}
