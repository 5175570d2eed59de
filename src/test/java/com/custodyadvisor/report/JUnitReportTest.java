package com.custodyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.engine.RuleInfo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML: a suite per profile, a case per finding rule, failed by an open finding, skipped when waived. */
class JUnitReportTest {

    @Test
    void everyFindingRuleIsATestCaseFailedByItsOpenFindings() throws Exception {
        Assessment assessment = Assessments.example("large-exchange.yaml");
        Document xml = parse(JUnitReport.render(List.of(assessment), Assessments.context()));

        List<RuleInfo> rules = Assessments.context().findingRules();
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(rules.size());
        assertThat(rules).extracting(RuleInfo::category).doesNotContain("NEED", "MATCH");
        Set<String> failing = assessment.advisory().findings().stream().filter(Finding::isOpen).map(Finding::id)
                .collect(Collectors.toSet());
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            String id = testCase.getAttribute("name").split(":")[0];
            assertThat(testCase.getElementsByTagName("failure").getLength()).as(id)
                    .isEqualTo(failing.contains(id) ? 1 : 0);
            assertThat(testCase.getAttribute("file")).isEqualTo("data/examples/large-exchange.yaml");
        }
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("data/examples/large-exchange.yaml");
        assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(failing.size()));
        assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(rules.size()));
    }

    @Test
    void aFailureSaysWhatWhereAndWhatToDo() throws Exception {
        Document xml = parse(JUnitReport.render(List.of(Assessments.example("large-exchange.yaml")),
                Assessments.context()));

        Element failure = failureOf(xml, "BM-HOT-LIMIT-MISMATCH");
        assertThat(failure.getAttribute("type")).isEqualTo("HIGH");
        assertThat(failure.getAttribute("message")).startsWith("HIGH: HOT wallets hold 400,000,000 USD");
        int line = Assessments.lineOf("large-exchange.yaml", "valueUsd: 400000000");
        assertThat(failure.getTextContent()).contains("What to do: ")
                .contains("Where: data/examples/large-exchange.yaml:" + line + ":5 /wallets/2/valueUsd");
    }

    @Test
    void aWaivedFindingSkipsItsCaseAndSeveralProfilesMakeSeveralSuites() throws Exception {
        Assessment waived = Assessments.withWaiver("cyber-only.yaml", "SEC-KEY-ISOLATION", "HSM rollout in Q1");
        Document xml = parse(JUnitReport.render(List.of(waived, Assessments.example("qualified-custodian.yaml")),
                Assessments.context()));

        assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
        Element skipped = (Element) caseOf(xml, "SEC-KEY-ISOLATION").getElementsByTagName("skipped").item(0);
        assertThat(skipped.getAttribute("message")).isEqualTo("waived: HSM rollout in Q1");
        Element root = xml.getDocumentElement();
        assertThat(root.getAttribute("tests"))
                .isEqualTo(String.valueOf(2 * Assessments.context().findingRules().size()));
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
    }

    private static Element failureOf(Document xml, String ruleId) {
        return (Element) caseOf(xml, ruleId).getElementsByTagName("failure").item(0);
    }

    private static Element caseOf(Document xml, String ruleId) {
        NodeList cases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            if (testCase.getAttribute("name").startsWith(ruleId + ": ")) {
                return testCase;
            }
        }
        throw new AssertionError("no test case for " + ruleId);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
