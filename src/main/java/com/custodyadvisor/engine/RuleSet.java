package com.custodyadvisor.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;

/**
 * A compiled rule set: one {@link KieBase}, shared by every advisory and safe across threads, and the
 * metadata of its rules.
 *
 * @param version SHA-256 (hex) over the rule files' names and contents
 * @param rules every rule, in file and line order
 */
public record RuleSet(KieBase kieBase, List<RuleInfo> rules, String version, Path directory) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    public Optional<RuleInfo> byTitle(String title) {
        return rules.stream().filter(r -> r.title().equals(title)).findFirst();
    }

    public Map<String, RuleInfo> byTitle() {
        return rules.stream().collect(Collectors.toUnmodifiableMap(RuleInfo::title, Function.identity()));
    }

    public Optional<RuleInfo> byId(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
