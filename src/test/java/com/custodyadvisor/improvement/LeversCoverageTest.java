package com.custodyadvisor.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.engine.RuleInfo;
import com.custodyadvisor.engine.RuleSet;
import com.custodyadvisor.support.ShippedRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every CRITICAL and HIGH finding the shipped rules can make (by their header, or raised in a rule's consequence)
 * has a lever in data/levers.yaml or a reason no lever clears it: a new rule of that severity must add one.
 */
class LeversCoverageTest {

    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"[^\"]*\".*?^end\\b");
    private static final Pattern ID = Pattern.compile("@id\\(\"([A-Z0-9-]+)\"\\)");
    private static final Pattern RAISED = Pattern.compile("severity\\(Severity\\.(CRITICAL|HIGH)\\)");

    @Test
    void everyCriticalAndHighFindingHasALeverOrAReason() throws IOException {
        Set<String> severe = severeIds();
        assertThat(severe).as("the rules' CRITICAL and HIGH ids").contains("RF-CYBER-ONLY", "REG-RESERVE",
                "RISK-HOT-CONCENTRATION", "FAQ-SMART-CONTRACT");
        Levers levers = ShippedRules.ruleSet().levers();
        assertThat(severe.stream().filter(id -> !levers.accountsFor(id)))
                .as("CRITICAL/HIGH findings with neither a lever nor a notClearable reason in data/levers.yaml")
                .isEmpty();
    }

    @Test
    void leversNameOnlyFindingsTheRulesMake() {
        RuleSet ruleSet = ShippedRules.ruleSet();
        Set<String> made = ruleSet.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        Set<String> named = new TreeSet<>(ruleSet.levers().notClearable().keySet());
        ruleSet.levers().all().forEach(l -> named.addAll(l.addresses()));
        assertThat(named.stream().filter(id -> !made.contains(id))).as("ids no rule makes").isEmpty();
    }

    /** Ids whose header says CRITICAL or HIGH, and ids a rule raises to either in its consequence. */
    private static Set<String> severeIds() throws IOException {
        Set<String> ids = ShippedRules.ruleSet().rules().stream()
                .filter(r -> r.severity() == Severity.CRITICAL || r.severity() == Severity.HIGH).map(RuleInfo::id)
                .collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> files = Files.list(ShippedRules.RULES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Matcher rule = RULE.matcher(Files.readString(file));
                while (rule.find()) {
                    Matcher id = ID.matcher(rule.group());
                    if (id.find() && RAISED.matcher(rule.group()).find()) {
                        ids.add(id.group(1));
                    }
                }
            }
        }
        return ids;
    }
}
