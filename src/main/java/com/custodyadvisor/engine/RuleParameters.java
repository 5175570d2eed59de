package com.custodyadvisor.engine;

import com.custodyadvisor.parameters.Parameter;
import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.parameters.Unit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The parameters each rule names, read from the rule text ({@code usd("carrier-line-usd")}, comments left out)
 * and checked against {@code parameters.yaml}: a name it does not define, or an accessor of another unit,
 * is a problem at the line and column of the call. Works on the parsed files, so a rule file that does
 * not compile still has its parameters checked.
 */
final class RuleParameters {

    /** A parameter accessor called with a name: {@code usd("carrier-line-usd")}. */
    private static final Pattern CALL = Pattern.compile("\\b(" + String.join("|",
            Arrays.stream(Unit.values()).map(Unit::accessor).toList()) + ")\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    private final Map<String, List<Parameter>> byRule = new HashMap<>();
    private final List<RuleProblem> problems = new ArrayList<>();

    private RuleParameters() {
    }

    /** The parameters of every rule of the files; with none known ({@code parameters} null) nothing is checked. */
    static RuleParameters read(Map<String, byte[]> files, String shown, Parameters parameters) {
        RuleParameters result = new RuleParameters();
        if (parameters == null) {
            return result;
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            PackageDescr pkg = RuleHeaders.parse(file.getValue());
            if (pkg == null) {
                continue;
            }
            String text = withoutComments(new String(file.getValue(), StandardCharsets.UTF_8));
            for (RuleDescr rule : pkg.getRules()) {
                int start = Math.max(0, rule.getStartCharacter());
                int end = rule.getEndCharacter() > start ? Math.min(text.length(), rule.getEndCharacter() + 1)
                        : text.length();
                result.byRule.put(RuleSet.droolsName(pkg.getName(), rule.getName()),
                        result.check(rule.getName(), text, start, end, RuleSetCompiler.display(shown, file.getKey()),
                                parameters));
            }
        }
        return result;
    }

    /** The parameters the rule names, each once, in the order it names them. */
    List<Parameter> of(String droolsName) {
        return byRule.getOrDefault(droolsName, List.of());
    }

    List<RuleProblem> problems() {
        return problems;
    }

    private List<Parameter> check(String rule, String text, int start, int end, String file, Parameters parameters) {
        Map<String, Parameter> used = new LinkedHashMap<>();
        Matcher m = CALL.matcher(text).region(start, end);
        while (m.find()) {
            Unit unit = Unit.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            String name = m.group(2);
            int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            int column = m.start() - text.lastIndexOf('\n', m.start() - 1);
            Parameter p = parameters.find(name).orElse(null);
            if (p == null) {
                problems.add(new RuleProblem(file, line, column, "rule \"" + rule + "\" names parameter \"" + name
                        + "\", which parameters.yaml does not define (known: " + String.join(", ",
                        parameters.all().stream().map(Parameter::name).sorted().toList()) + ")"));
            } else if (p.unit() != unit) {
                problems.add(new RuleProblem(file, line, column, "rule \"" + rule + "\" reads parameter \"" + name
                        + "\" with " + unit.accessor() + "(…), but its unit is " + p.unit() + ": use "
                        + p.unit().accessor() + "(…)"));
            } else {
                used.putIfAbsent(name, p);
            }
        }
        return List.copyOf(used.values());
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
}
