package com.custodyadvisor.engine;

import com.custodyadvisor.parameters.Unit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * What the rule files say about each rule beyond what the compiled base keeps: where it is written, and
 * the parameters it names ({@code usd("carrier-line-usd")}, comments left out). Read from the rule text once,
 * when the files are compiled, and kept with the compiled rules, so loading a precompiled rule set
 * parses no rule file.
 *
 * @param rules every rule the files declare, file by file in name order, in the order each file writes them
 */
record RuleIndex(List<Entry> rules) {

    /** A parameter accessor called with a name: {@code usd("carrier-line-usd")}. */
    private static final Pattern CALL = Pattern.compile("\\b(" + String.join("|",
            Arrays.stream(Unit.values()).map(Unit::accessor).toList()) + ")\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    RuleIndex {
        rules = List.copyOf(rules);
    }

    /**
     * One rule as written.
     *
     * @param droolsName package and name ({@link RuleSet#droolsName})
     * @param file the rule file, relative to the rules directory
     * @param calls the parameters the rule text names, in the order it names them
     */
    record Entry(String droolsName, String name, String file, int line, int column, List<ParameterCall> calls) {

        Entry {
            calls = List.copyOf(calls);
        }
    }

    /** A parameter named in a rule: {@code accessor("name")} at a line and column of its file. */
    record ParameterCall(String accessor, String name, int line, int column) {

        Unit unit() {
            return Unit.valueOf(accessor.toUpperCase(Locale.ROOT));
        }
    }

    /** Reads every file that parses; a file that does not is left out (the build reports it). */
    static RuleIndex read(Map<String, byte[]> files) {
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            PackageDescr pkg = parse(file.getValue());
            if (pkg == null) {
                continue;
            }
            String text = withoutComments(new String(file.getValue(), StandardCharsets.UTF_8));
            for (RuleDescr rule : pkg.getRules()) {
                int start = Math.max(0, rule.getStartCharacter());
                int end = rule.getEndCharacter() > start ? Math.min(text.length(), rule.getEndCharacter() + 1)
                        : text.length();
                entries.add(new Entry(RuleSet.droolsName(pkg.getName(), rule.getName()), rule.getName(), file.getKey(),
                        rule.getLine(), rule.getColumn(), calls(text, start, end)));
            }
        }
        return new RuleIndex(entries);
    }

    private static List<ParameterCall> calls(String text, int start, int end) {
        List<ParameterCall> calls = new ArrayList<>();
        Matcher m = CALL.matcher(text).region(start, end);
        while (m.find()) {
            int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            int column = m.start() - text.lastIndexOf('\n', m.start() - 1);
            calls.add(new ParameterCall(m.group(1), m.group(2), line, column));
        }
        return calls;
    }

    static PackageDescr parse(byte[] drl) {
        try {
            return new DrlParser().parse(false, new String(drl, StandardCharsets.UTF_8));
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
}
