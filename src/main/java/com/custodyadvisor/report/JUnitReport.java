package com.custodyadvisor.report;

import com.custodyadvisor.advisory.Evidence;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.engine.RuleInfo;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Advisories as JUnit XML, which every CI shows as a test report: a test suite per profile and a test case
 * per finding rule (each a check the profile passes or fails). An open finding fails its rule's case; a
 * waived one marks it skipped with the waiver's reason.
 */
public final class JUnitReport {

    private JUnitReport() {
    }

    public static String render(List<Assessment> assessments, ReportContext context) {
        List<RuleInfo> rules = context.findingRules();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "custody-advisor");
            xml.writeAttribute("tests", String.valueOf(rules.size() * assessments.size()));
            xml.writeAttribute("failures", String.valueOf(assessments.stream()
                    .mapToLong(a -> rules.stream().filter(r -> !open(a, r).isEmpty()).count()).sum()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", String.valueOf(assessments.stream()
                    .mapToLong(a -> rules.stream().filter(r -> open(a, r).isEmpty() && !waived(a, r).isEmpty())
                            .count()).sum()));
            for (Assessment assessment : assessments) {
                suite(xml, assessment, rules, context);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return text + "\n";
    }

    private static void suite(XMLStreamWriter xml, Assessment assessment, List<RuleInfo> rules,
                              ReportContext context) throws XMLStreamException {
        long failures = rules.stream().filter(r -> !open(assessment, r).isEmpty()).count();
        long skipped = rules.stream().filter(r -> open(assessment, r).isEmpty() && !waived(assessment, r).isEmpty())
                .count();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", assessment.displayName());
        xml.writeAttribute("tests", String.valueOf(rules.size()));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(skipped));
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "verdict", assessment.advisory().summary().verdict().name());
        property(xml, "rulesetVersion", assessment.advisory().rulesetVersion());
        property(xml, "catalogVersion", assessment.advisory().catalogVersion());
        if (context.sources() != null) {
            property(xml, "rules", context.rulesOrigin());
            property(xml, "data", context.dataOrigin());
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        for (RuleInfo rule : rules) {
            testCase(xml, assessment, rule);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void testCase(XMLStreamWriter xml, Assessment assessment, RuleInfo rule)
            throws XMLStreamException {
        List<Finding> open = open(assessment, rule);
        List<Finding> waived = waived(assessment, rule);
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", assessment.displayName());
        xml.writeAttribute("name", rule.id() + ": " + rule.title());
        if (assessment.file() != null) {
            xml.writeAttribute("file", assessment.file());
        }
        xml.writeAttribute("time", "0");
        if (!open.isEmpty()) {
            Finding first = open.get(0);
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", first.severity().name());
            xml.writeAttribute("message", first.severity() + ": " + first.detail());
            xml.writeCharacters(open.stream().map(f -> describe(assessment, f)).collect(Collectors.joining("\n\n")));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
        } else if (!waived.isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("skipped");
            xml.writeAttribute("message", "waived: " + waived.get(0).waiverReason());
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    private static String describe(Assessment assessment, Finding f) {
        StringBuilder s = new StringBuilder();
        s.append(f.severity()).append(' ').append(f.id()).append(": ").append(f.title()).append('\n');
        s.append(f.detail()).append('\n');
        if (f.remediation() != null) {
            s.append("What to do: ").append(f.remediation()).append('\n');
        }
        s.append("Source: ").append(f.source());
        for (Evidence e : f.evidence()) {
            int[] at = assessment.positionOf(e.path());
            s.append('\n').append("Where: ").append(assessment.displayName());
            if (at != null) {
                s.append(':').append(at[0]).append(':').append(at[1]);
            }
            s.append(' ').append(e.path());
        }
        return s.toString();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static List<Finding> open(Assessment assessment, RuleInfo rule) {
        return assessment.advisory().findings().stream().filter(f -> f.id().equals(rule.id()) && f.isOpen()).toList();
    }

    private static List<Finding> waived(Assessment assessment, RuleInfo rule) {
        return assessment.advisory().findings().stream().filter(f -> f.id().equals(rule.id()) && !f.isOpen())
                .toList();
    }
}
