package com.custodyadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.support.ShippedRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data owns the numbers: a rule file compares against no number but 0 and 1; every threshold is a named
 * parameter of data/parameters.yaml. (Salience is the order rules fire in, not a threshold.)
 */
class RuleNumbersTest {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])\\d[\\d_]*(\\.\\d+)?[lLdDfF]?(?![\\w.])");

    @Test
    void ruleFilesHoldNoNumberButZeroAndOne() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(ShippedRules.RULES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                found.addAll(numbersIn(file.getFileName().toString(), Files.readString(file)));
            }
        }
        assertThat(found).as("numbers in rule files (name them in data/parameters.yaml)").isEmpty();
    }

    @Test
    void theCheckFindsANumberInAPatternButNotInStringsCommentsOrSalience() {
        String drl = """
                // 500 in a comment
                rule "X" salience -100
                when
                    Holdings( aumUsd >= 1000000000, tvlUsd > 0 )
                then
                    advice.finding().detail("over 12 months, %d", 1).emit();
                end
                """;
        assertThat(numbersIn("x.drl", drl)).containsExactly("x.drl:4: 1000000000");
    }

    /** "file:line: number" for each number outside strings, comments and salience, other than 0 and 1. */
    static List<String> numbersIn(String name, String drl) {
        List<String> found = new ArrayList<>();
        String[] lines = codeOnly(drl).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("\\bsalience\\s+-?\\d+", "");
            Matcher m = NUMBER.matcher(line);
            while (m.find()) {
                String number = m.group().replaceAll("[lLdDfF]$", "");
                if (!number.equals("0") && !number.equals("1")) {
                    found.add(name + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        return found;
    }

    /** The text with comments removed and string contents emptied, lines kept. */
    private static String codeOnly(String drl) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (drl.startsWith("//", i)) {
                while (i < drl.length() && drl.charAt(i) != '\n') {
                    i++;
                }
                out.append('\n');
            } else if (drl.startsWith("/*", i)) {
                int end = drl.indexOf("*/", i + 2);
                end = end < 0 ? drl.length() : end + 2;
                drl.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end - 1;
            } else if (c == '"') {
                out.append("\"\"");
                for (i++; i < drl.length() && drl.charAt(i) != '"'; i++) {
                    if (drl.charAt(i) == '\\') {
                        i++;
                    } else if (drl.charAt(i) == '\n') {
                        out.append('\n');
                    }
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
