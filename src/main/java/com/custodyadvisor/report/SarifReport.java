package com.custodyadvisor.report;

import com.custodyadvisor.advisory.Evidence;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.distribution.BuildInfo;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.engine.RuleInfo;
import com.custodyadvisor.support.Hashes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Advisories as SARIF 2.1.0, the format code-scanning tools read: one run, the finding rules as the tool's
 * rules, and one result per finding at the line and column of the profile field its first JSON Pointer
 * names (the nearest field given, when the finding is about one left out). Waived findings are results
 * with a suppression, so they show as dismissed rather than disappear.
 */
public final class SarifReport {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
            + "sarif-schema-2.1.0.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SarifReport() {
    }

    public static String render(List<Assessment> assessments, ReportContext context) {
        ObjectNode sarif = NODES.objectNode();
        sarif.put("$schema", SCHEMA);
        sarif.put("version", "2.1.0");
        ObjectNode run = sarif.putArray("runs").addObject();

        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver(run, context);
        for (RuleInfo rule : context.findingRules()) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            rules.add(rule(rule.id(), rule.title(), rule.severity(), rule.category(), rule.source(),
                    rule.location()));
        }
        ArrayNode artifacts = NODES.arrayNode();
        ArrayNode results = NODES.arrayNode();
        ArrayNode profiles = NODES.arrayNode();
        for (Assessment assessment : assessments) {
            Integer artifact = null;
            if (assessment.uri() != null) {
                artifact = artifacts.size();
                artifacts.addObject().putObject("location").put("uri", assessment.uri());
            }
            for (Finding finding : assessment.advisory().findings()) {
                // a finding whose rule is not a finding rule (a rule set's own oddity) still gets a rule entry
                Integer index = ruleIndex.computeIfAbsent(finding.id(), id -> {
                    rules.add(rule(id, finding.title(), finding.severity(), finding.category(), finding.source(),
                            null));
                    return ruleIndex.size();
                });
                results.add(result(assessment, artifact, finding, index));
            }
            ObjectNode profile = profiles.addObject();
            profile.put("file", assessment.displayName());
            profile.put("verdict", assessment.advisory().summary().verdict().name());
            profile.set("counts", Mappers.JSON.valueToTree(assessment.advisory().summary().counts()));
        }
        if (!artifacts.isEmpty()) {
            run.set("artifacts", artifacts);
        }
        run.set("results", results);
        ObjectNode properties = run.putObject("properties");
        properties.put("rulesetVersion", context.ruleSet().version());
        properties.put("catalogVersion", context.catalog().version());
        if (context.sources() != null) {
            properties.put("rules", context.rulesOrigin());
            properties.put("data", context.dataOrigin());
        }
        properties.set("profiles", profiles);
        return Mappers.JSON_PRETTY.writeValueAsString(sarif) + "\n";
    }

    private static ArrayNode driver(ObjectNode run, ReportContext context) {
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "custody-advisor");
        driver.put("fullName", "Custody Advisor");
        driver.put("version", BuildInfo.version());
        driver.put("semanticVersion", BuildInfo.version());
        driver.putObject("properties").put("rulesetVersion", context.ruleSet().version());
        return driver.putArray("rules");
    }

    /** @param location where the rule is written ("checklist.drl:24"), or null when not known */
    private static ObjectNode rule(String id, String title, Severity severity, String category, String source,
                                   String location) {
        ObjectNode rule = NODES.objectNode();
        rule.put("id", id);
        rule.putObject("shortDescription").put("text", title);
        rule.putObject("fullDescription").put("text", title + ". Source: " + source + ".");
        rule.putObject("help").put("text", "Source: " + source);
        rule.putObject("defaultConfiguration").put("level", CiLevel.of(severity).sarif());
        ObjectNode properties = rule.putObject("properties");
        properties.put("severity", severity.name());
        properties.put("category", category);
        ArrayNode tags = properties.putArray("tags");
        // "security" makes code scanning show the security severity; the category says what kind of advice
        new LinkedHashSet<>(List.of("security", "custody-insurance", category.toLowerCase(Locale.ROOT)))
                .forEach(tags::add);
        String securitySeverity = CiLevel.securitySeverity(severity);
        if (securitySeverity != null) {
            properties.put("security-severity", securitySeverity);
        }
        if (location != null) {
            properties.put("ruleFile", location);
        }
        return rule;
    }

    private static ObjectNode result(Assessment assessment, Integer artifact, Finding finding, int ruleIndex) {
        ObjectNode result = NODES.objectNode();
        result.put("ruleId", finding.id());
        result.put("ruleIndex", ruleIndex);
        result.put("level", CiLevel.of(finding.severity()).sarif());
        String text = finding.detail() + (finding.remediation() == null ? "" : " What to do: " + finding.remediation());
        result.putObject("message").put("text", text);

        List<Evidence> evidence = finding.evidence() == null ? List.of() : finding.evidence();
        ArrayNode locations = result.putArray("locations");
        locations.add(location(assessment, artifact, evidence.isEmpty() ? "" : evidence.get(0).path()));
        if (evidence.size() > 1) {
            ArrayNode related = result.putArray("relatedLocations");
            for (int i = 1; i < evidence.size(); i++) {
                ObjectNode location = location(assessment, artifact, evidence.get(i).path());
                location.put("id", i);
                location.putObject("message").put("text", evidence.get(i).path());
                related.add(location);
            }
        }
        // stable across edits that move lines: the rule and the fields it is about
        List<String> pointers = new ArrayList<>();
        evidence.forEach(e -> pointers.add(e.path()));
        result.putObject("partialFingerprints").put("custodyAdvisorFinding/v1",
                Hashes.sha256((finding.id() + "\n" + String.join("\n", pointers)).getBytes(StandardCharsets.UTF_8)));
        if (!finding.isOpen()) {
            ObjectNode suppression = result.putArray("suppressions").addObject();
            suppression.put("kind", "inSource");
            suppression.put("status", "accepted");
            if (finding.waiverReason() != null) {
                suppression.put("justification", finding.waiverReason());
            }
        }
        ObjectNode properties = result.putObject("properties");
        properties.put("severity", finding.severity().name());
        properties.put("category", finding.category());
        properties.put("title", finding.title());
        properties.put("source", finding.source());
        if (finding.remediation() != null) {
            properties.put("remediation", finding.remediation());
        }
        properties.set("evidence", Mappers.JSON.valueToTree(evidence));
        return result;
    }

    private static ObjectNode location(Assessment assessment, Integer artifact, String pointer) {
        ObjectNode location = NODES.objectNode();
        if (artifact != null) {
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", assessment.uri()).put("index", artifact);
            int[] at = assessment.positionOf(pointer);
            ObjectNode region = physical.putObject("region");
            region.put("startLine", at == null ? 1 : at[0]);
            if (at != null) {
                region.put("startColumn", at[1]);
            }
        }
        if (!pointer.isEmpty()) {
            // the JSON Pointer itself, for tools that show where in the document rather than on which line
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("fullyQualifiedName", pointer);
            logical.put("kind", "member");
        }
        return location;
    }
}
