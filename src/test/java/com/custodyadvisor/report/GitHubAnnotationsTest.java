package com.custodyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GitHub workflow commands: a line per open finding, at its file, line and column, escaped as the runner reads. */
class GitHubAnnotationsTest {

    @Test
    void eachOpenFindingIsAnAnnotationAtItsLine() throws Exception {
        Assessment assessment = Assessments.example("large-exchange.yaml");
        List<String> lines = GitHubAnnotations.render(List.of(assessment), Assessments.context()).lines().toList();

        assertThat(lines).hasSize((int) assessment.advisory().findings().stream().filter(Finding::isOpen).count());
        int line = Assessments.lineOf("large-exchange.yaml", "valueUsd: 400000000");
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .startsWith("::error file=data/examples/large-exchange.yaml,line=" + line + ",col=5,"
                        + "title=HIGH BM-HOT-LIMIT-MISMATCH%3A Hot-wallet exposure exceeds the hot sub-limit::"
                        + "HOT wallets hold 400%2C000%2C000 USD".replace("%2C", ","))
                .contains("%0AWhat to do: ").endsWith("%0AWhere: /wallets/2/valueUsd"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("::notice file=").contains("FAQ-PREMIUM-LEVERS"));
        // its missing vendor-breach peril is the vendor rider's gap: listed under BM-NO-VENDOR-RIDER, no annotation
        assertThat(lines).noneMatch(l -> l.contains("CL-EXCLUSIONS"));
        List<String> apac = GitHubAnnotations.render(List.of(Assessments.example("apac-custodian.yaml")),
                Assessments.context()).lines().toList();
        assertThat(apac).anySatisfy(l -> assertThat(l).startsWith("::warning file=").contains("CL-EXCLUSIONS"));
    }

    @Test
    void waivedFindingsAreLeftOut() throws Exception {
        Assessment assessment = Assessments.withWaiver("cyber-only.yaml", "SEC-KEY-ISOLATION", "HSM rollout");

        String annotations = GitHubAnnotations.render(List.of(assessment), Assessments.context());

        assertThat(annotations).contains("RF-CYBER-ONLY").doesNotContain("SEC-KEY-ISOLATION");
    }

    @Test
    void messagesAndPropertiesAreEscaped() {
        assertThat(GitHubAnnotations.data("50% of it\r\nsaid")).isEqualTo("50%25 of it%0D%0Asaid");
        assertThat(GitHubAnnotations.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
    }
}
