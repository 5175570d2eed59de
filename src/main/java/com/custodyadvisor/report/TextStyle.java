package com.custodyadvisor.report;

import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.advisory.Verdict;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the text report is written for where it goes: colours by severity on a terminal that shows them, and
 * plain ASCII for a terminal that is not UTF-8 (where "·" would turn into "?").
 *
 * @param unicode the output can show any character; false folds the report to ASCII
 * @param colour severities and the verdict in ANSI colours
 */
public record TextStyle(boolean unicode, boolean colour) {

    /** For files and tests: UTF-8, no colour. */
    public static final TextStyle PLAIN = new TextStyle(true, false);

    private static final String RESET = "\u001B[0m";

    /** ASCII stand-ins for the characters reports and catalogue texts use. */
    private static final Map<Character, String> ASCII = Map.ofEntries(
            Map.entry('\u00B7', "|"), Map.entry('\u2013', "-"), Map.entry('\u2014', "-"),
            Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u201C', "\""),
            Map.entry('\u201D', "\""), Map.entry('\u2026', "..."), Map.entry('\u2265', ">="),
            Map.entry('\u2264', "<="), Map.entry('\u00D7', "x"), Map.entry('\u2192', "->"),
            Map.entry('\u20AC', "EUR"), Map.entry('\u00A3', "GBP"), Map.entry('\u00A0', " "));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** The text in the severity's colour. */
    String severity(Severity severity, String text) {
        return paint(switch (severity) {
            case CRITICAL -> "\u001B[1;31m";
            case HIGH -> "\u001B[31m";
            case MEDIUM -> "\u001B[33m";
            case LOW -> "\u001B[36m";
            case INFO -> "\u001B[2m";
        }, text);
    }

    /** The text in the verdict's colour: green, yellow or red. */
    String verdict(Verdict verdict, String text) {
        return paint(switch (verdict) {
            case READY -> "\u001B[32m";
            case NEEDS_WORK -> "\u001B[33m";
            case NOT_READY -> "\u001B[1;31m";
        }, text);
    }

    /** The finished report as the output can show it. */
    String finish(String text) {
        return unicode ? text : ascii(text);
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    /** Known punctuation to its ASCII stand-in, accented letters to their base letter, anything else to "?". */
    static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else if (ASCII.containsKey(c)) {
                out.append(ASCII.get(c));
            } else if (!Character.isLowSurrogate(c)) {
                out.append('?');
            }
        }
        return out.toString();
    }
}
