package com.custodyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a profile leaves out is asked in both reports: before the findings when most answers are missing (the
 * findings rest on what it did not say), after them otherwise; a finding that only restates another's gap is shown
 * under its root, not as a finding of its own.
 */
class QuestionsAndCoversReportTest {

    /** A custodian that gives its holdings, two wallets and one policy, and nothing else. */
    private static final String SPARSE = """
            firm: {name: Lantern Digital Assets, type: QUALIFIED_CUSTODIAN, domicile: US}
            holdings: {aumUsd: 250000000}
            wallets:
              - {tier: COLD, valueUsd: 230000000}
              - {tier: HOT, valueUsd: 20000000}
            insurance:
              policies:
                - {line: CRIME, carrier: Unnamed carrier, limitUsd: 50000000}
            """;

    @Test
    void aProfileWithMostAnswersLeftOutGetsItsOpenQuestionsFirst() throws Exception {
        Assessment sparse = Assessments.of("sparse.yaml", SPARSE);
        assertThat(sparse.advisory().completeness().percent()).isLessThan(50);

        String text = TextReport.render(sparse, Assessments.context(), TextStyle.PLAIN);
        assertThat(text).containsSubsequence("\nAnswered 0 of the ", "\nOpen questions keep it from READY: ",
                "\nOpen questions (", "  /insurance/policies/0/firmIsNamedInsured\n",
                "Is the firm named as an insured on this policy", "\nHIGH (");

        // the broker pack keeps its order whatever the profile answers; the question's field is in the appendix
        String md = MarkdownReport.render(sparse.profile(), sparse.advisory(), Assessments.context().catalog());
        assertThat(md).containsSubsequence("| Completeness | Answered 0 of the ", "\n## Findings by severity\n",
                "\n## Open questions\n", "- Is the firm named as an insured", "\n## Appendix",
                "- `/insurance/policies/0/firmIsNamedInsured`: Is the firm named as an insured");
    }

    @Test
    void aProfileWithMostAnswersGivenGetsItsFindingsFirstAndCoveredFindingsUnderTheirRoot() throws Exception {
        Assessment cyberOnly = Assessments.example("cyber-only.yaml");
        assertThat(cyberOnly.advisory().completeness().percent()).isGreaterThanOrEqualTo(50);

        String text = TextReport.render(cyberOnly, Assessments.context(), TextStyle.PLAIN);
        assertThat(text).containsSubsequence("\nCRITICAL (", "  RF-CYBER-ONLY  ", "    Covers: CL-NO-THEFT-COVER (CRITICAL)",
                "\nOpen questions (", "  /insurance/openIncident\n");
        assertThat(text).doesNotContain("  BM-HOT-LIMIT-MISMATCH  ");

        String md = MarkdownReport.render(cyberOnly.profile(), cyberOnly.advisory(), Assessments.context().catalog());
        assertThat(md).containsSubsequence("\n## Findings by severity\n", "#### RF-CYBER-ONLY: ", "- **Covers:** CL-NO-THEFT-COVER",
                "\n## Open questions\n");
        assertThat(md).doesNotContain("#### BM-HOT-LIMIT-MISMATCH");
    }
}
