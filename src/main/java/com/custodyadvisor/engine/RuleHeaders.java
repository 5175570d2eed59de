package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.parameters.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Reads and checks what each compiled rule declares in its header: a unique {@code @id} with
 * {@code @severity}, {@code @category}, {@code @source}, or only the {@code @id} of a finding another rule
 * defines. The parameters each rule names come from {@link RuleParameters}.
 */
final class RuleHeaders {

    /**
     * Finding ids: upper-case words joined by single hyphens, e.g. BM-HOT-LIMIT-MISMATCH. Written without a
     * repeated group, which the regex engine matches by recursion and overflows the stack on a long id.
     */
    static final Pattern ID = Pattern.compile("(?!.*--)[A-Z][A-Z0-9-]*(?<!-)");
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z_]*");

    private final List<RuleInfo> rules = new ArrayList<>();
    private final List<String> droolsNames = new ArrayList<>();
    private final Map<String, FindingDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, Written> definedAt = new HashMap<>();
    private final List<RuleProblem> problems = new ArrayList<>();

    /** Where a rule is written: its file, line and column. */
    private record Written(String file, int line, int column) {
    }

    private RuleHeaders() {
    }

    /** The headers of every rule of the base, placed where the index says each is written. */
    static RuleHeaders read(KieBase kieBase, RuleIndex index, String shown, RuleParameters parameters) {
        Map<String, Written> written = new HashMap<>();
        for (RuleIndex.Entry rule : index.rules()) {
            written.put(rule.droolsName(), new Written(rule.file(), rule.line(), rule.column()));
        }
        List<Rule> all = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            all.addAll(pkg.getRules());
        }
        Comparator<Rule> byPlace = Comparator.comparing((Rule r) -> where(written, r).file())
                .thenComparingInt(r -> where(written, r).line());
        all.sort(byPlace);
        RuleHeaders headers = new RuleHeaders();
        // rules with a full header define their finding first, so rules sharing an id find it wherever they are
        all.stream().filter(RuleHeaders::definesFinding).forEach(r -> headers.define(r, where(written, r), shown));
        for (Rule r : all) {
            headers.describe(r, where(written, r), shown, parameters);
        }
        headers.checkCovers(shown);
        return headers;
    }

    List<RuleInfo> rules() {
        return rules;
    }

    List<String> droolsNames() {
        return droolsNames;
    }

    Map<String, FindingDefinition> definitions() {
        return definitions;
    }

    List<RuleProblem> problems() {
        return problems;
    }

    private static Written where(Map<String, Written> written, Rule r) {
        return written.getOrDefault(RuleSet.droolsName(r.getPackageName(), r.getName()), new Written("?", 0, 0));
    }

    /** A rule with any of severity, category or source defines a finding (and must give all three). */
    private static boolean definesFinding(Rule r) {
        Map<String, Object> meta = r.getMetaData();
        return !text(meta.get("severity")).isEmpty() || !text(meta.get("category")).isEmpty()
                || !text(meta.get("source")).isEmpty();
    }

    private void define(Rule rule, Written at, String shown) {
        String name = rule.getName();
        Map<String, Object> meta = rule.getMetaData();
        String id = text(meta.get("id"));
        String severityText = text(meta.get("severity"));
        String category = text(meta.get("category"));
        String source = text(meta.get("source"));
        Severity severity = null;
        checkId(name, id, at, shown);
        try {
            severity = Severity.valueOf(severityText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(at, shown, "rule \"" + name + "\": @severity \"" + severityText
                    + "\" is not one of CRITICAL, HIGH, MEDIUM, LOW, INFO");
        }
        if (!CATEGORY.matcher(category).matches()) {
            problem(at, shown, "rule \"" + name + "\" needs a @category(\"…\") in upper case, e.g. CHECKLIST");
        }
        if (source.isEmpty()) {
            problem(at, shown, "rule \"" + name + "\" needs a @source(\"…\") naming the seed section or standard it encodes");
        }
        if (id.isEmpty()) {
            return;
        }
        FindingDefinition definition = new FindingDefinition(id, name, severity, category, source,
                blankToNull(text(meta.get("remediation"))), blankToNull(text(meta.get("detail"))), ids(meta.get("covers")));
        FindingDefinition clash = definitions.putIfAbsent(id, definition);
        if (clash != null) {
            Written first = definedAt.get(id);
            problem(at, shown, "rule \"" + name + "\": @id \"" + id + "\" is already used by rule \"" + clash.title()
                    + "\" (" + first.file() + ":" + first.line() + "); a rule that adds to another rule's finding "
                    + "carries only its @id");
        } else {
            definedAt.put(id, at);
        }
    }

    private void describe(Rule rule, Written at, String shown, RuleParameters parameters) {
        String name = rule.getName();
        String id = text(rule.getMetaData().get("id"));
        FindingDefinition definition = definitions.get(id);
        if (!definesFinding(rule)) {
            checkId(name, id, at, shown);
            if (!id.isEmpty() && definition == null) {
                problem(at, shown, "rule \"" + name + "\" carries only @id(\"" + id + "\"), and no rule defines that "
                        + "finding: give it @severity, @category and @source");
            }
        }
        List<Parameter> used = parameters.of(RuleSet.droolsName(rule.getPackageName(), name));
        Map<String, Object> meta = rule.getMetaData();
        List<String> covers = meta.containsKey("covers") ? ids(meta.get("covers"))
                : definition == null ? List.of() : definition.covers();
        List<String> asks = ids(meta.get("asks"));
        RuleInfo info = definition == null
                ? new RuleInfo(id, name, null, "", "", at.file(), at.line(), used, covers, asks)
                : new RuleInfo(id, name, definition.severity(), definition.category(), definition.source(), at.file(),
                        at.line(), used, covers, asks);
        for (String covered : covers) {
            if (covered.equals(id)) {
                problem(at, shown, "rule \"" + name + "\": @covers names its own id \"" + id + "\"");
            } else if (!ID.matcher(covered).matches()) {
                problem(at, shown, "rule \"" + name + "\": @covers \"" + covered + "\" is not a finding id (upper-case "
                        + "words joined by hyphens, comma-separated)");
            }
        }
        rules.add(info);
        droolsNames.add(RuleSet.droolsName(rule.getPackageName(), name));
    }

    private void checkId(String name, String id, Written at, String shown) {
        if (id.isEmpty()) {
            problem(at, shown, "rule \"" + name + "\" has no @id(\"…\"): every rule names the finding it makes");
        } else if (!ID.matcher(id).matches()) {
            problem(at, shown, "rule \"" + name + "\": @id \"" + id
                    + "\" must be upper-case words joined by hyphens, e.g. CL-CLAIMS");
        }
    }

    private void problem(Written at, String shown, String message) {
        problems.add(new RuleProblem(RuleSetCompiler.display(shown, at.file()), at.line(), at.column(), message));
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.strip();
    }

    /** A comma-separated list of names in a header, e.g. {@code @covers("CL-TIER-MAP, CL-LIMITS")}; empty if none. */
    private static List<String> ids(Object value) {
        return Arrays.stream(text(value).split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /**
     * Covers name findings that exist and never lead back to the finding that covers: a finding cannot end up
     * under itself. Checked once every rule is read.
     */
    private void checkCovers(String shown) {
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        Map<String, RuleInfo> first = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            for (String covered : r.covers()) {
                if (!definitions.containsKey(covered)) {
                    problem(new Written(r.file(), r.line(), 1), shown, "rule \"" + r.title() + "\": @covers names \""
                            + covered + "\", which no rule defines");
                }
                graph.computeIfAbsent(r.id(), k -> new LinkedHashSet<>()).add(covered);
                first.putIfAbsent(r.id(), r);
            }
        }
        for (String id : graph.keySet()) {
            if (reaches(graph, id, id, new HashSet<>())) {
                RuleInfo r = first.get(id);
                problem(new Written(r.file(), r.line(), 1), shown, "rule \"" + r.title() + "\": @covers leads back to \""
                        + id + "\" (a finding cannot cover one that covers it)");
            }
        }
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target,
            Set<String> seen) {
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (next.equals(target) || seen.add(next) && reaches(graph, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
