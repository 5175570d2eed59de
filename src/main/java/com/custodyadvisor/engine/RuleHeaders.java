package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.parameters.Parameter;
import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.parameters.Unit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Reads and checks what each compiled rule declares: its header (a unique {@code @id} with
 * {@code @severity}, {@code @category}, {@code @source}, or only the {@code @id} of a finding another rule
 * defines) and the parameters it names ({@code usd("tower-aum")}), against {@code parameters.yaml}.
 */
final class RuleHeaders {

    /** Finding ids: upper-case words joined by hyphens, e.g. BM-HOT-LIMIT-MISMATCH. */
    static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z_]*");
    /** A parameter accessor called with a name: {@code usd("tower-aum")}. */
    private static final Pattern PARAMETER = Pattern.compile("\\b(" + String.join("|",
            java.util.Arrays.stream(Unit.values()).map(Unit::accessor).toList()) + ")\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    private final List<RuleInfo> rules = new ArrayList<>();
    private final List<String> droolsNames = new ArrayList<>();
    private final Map<String, FindingDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, Written> definedAt = new HashMap<>();
    private final List<RuleProblem> problems = new ArrayList<>();

    /** Where a rule is written: its file, line and column, and its text with comments blanked out. */
    private record Written(String file, int line, int column, String code, int codeLine) {
    }

    private RuleHeaders() {
    }

    /** The headers of every rule of the base; {@code parameters} is null when the parameters file is invalid. */
    static RuleHeaders read(KieBase kieBase, Map<String, byte[]> files, String shown, Parameters parameters) {
        Map<String, Written> written = new HashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            PackageDescr pkg = parse(text);
            if (pkg == null) {
                continue;
            }
            for (RuleDescr rule : pkg.getRules()) {
                int start = Math.max(0, rule.getStartCharacter());
                int end = rule.getEndCharacter() > start ? Math.min(text.length(), rule.getEndCharacter() + 1) : text.length();
                String code = withoutComments(text.substring(start, end));
                int codeLine = 1 + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
                written.put(RuleSet.droolsName(pkg.getName(), rule.getName()),
                        new Written(file.getKey(), rule.getLine(), rule.getColumn(), code, codeLine));
            }
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
        return written.getOrDefault(RuleSet.droolsName(r.getPackageName(), r.getName()), new Written("?", 0, 0, "", 0));
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
                blankToNull(text(meta.get("remediation"))), blankToNull(text(meta.get("detail"))));
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

    private void describe(Rule rule, Written at, String shown, Parameters parameters) {
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
        List<Parameter> used = parameters == null ? List.of() : parametersOf(name, at, shown, parameters);
        RuleInfo info = definition == null
                ? new RuleInfo(id, name, null, "", "", at.file(), at.line(), used)
                : new RuleInfo(id, name, definition.severity(), definition.category(), definition.source(), at.file(),
                        at.line(), used);
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

    /** The parameters the rule names, each once, in order; a name the file lacks, or another unit, is a problem. */
    private List<Parameter> parametersOf(String name, Written at, String shown, Parameters parameters) {
        Map<String, Parameter> used = new LinkedHashMap<>();
        Matcher m = PARAMETER.matcher(at.code());
        while (m.find()) {
            Unit unit = Unit.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            String parameter = m.group(2);
            int line = at.codeLine() + (int) at.code().substring(0, m.start()).chars().filter(c -> c == '\n').count();
            int column = m.start() - at.code().lastIndexOf('\n', m.start() - 1);
            Written call = new Written(at.file(), line, column, at.code(), at.codeLine());
            Parameter p = parameters.find(parameter).orElse(null);
            if (p == null) {
                problem(call, shown, "rule \"" + name + "\" names parameter \"" + parameter + "\", which "
                        + "parameters.yaml does not define (known: " + String.join(", ",
                        parameters.all().stream().map(Parameter::name).sorted().toList()) + ")");
            } else if (p.unit() != unit) {
                problem(call, shown, "rule \"" + name + "\" reads parameter \"" + parameter + "\" with "
                        + unit.accessor() + "(…), but its unit is " + p.unit() + ": use " + p.unit().accessor() + "(…)");
            } else {
                used.putIfAbsent(parameter, p);
            }
        }
        return List.copyOf(used.values());
    }

    private void problem(Written at, String shown, String message) {
        problems.add(new RuleProblem(RuleSetCompiler.display(shown, at.file()), at.line(), at.column(), message));
    }

    private static PackageDescr parse(String drl) {
        try {
            return new DrlParser().parse(false, drl);
        } catch (DroolsParserException e) {
            return null; // the build reported it already
        }
    }

    /** The text with line and block comments blanked out (newlines kept), so a commented example names nothing. */
    static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code);
        boolean string = false;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '/' && i + 1 < out.length() && (out.charAt(i + 1) == '/' || out.charAt(i + 1) == '*')) {
                boolean line = out.charAt(i + 1) == '/';
                int end = line ? out.indexOf("\n", i) : out.indexOf("*/", i + 2) + 2;
                end = end < (line ? 0 : 2) ? out.length() : end;
                for (int j = i; j < end; j++) {
                    if (out.charAt(j) != '\n') {
                        out.setCharAt(j, ' ');
                    }
                }
                i = end - 1;
            }
        }
        return out.toString();
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

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
