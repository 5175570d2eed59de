package com.custodyadvisor.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords the parser's messages for the person who wrote the document: the limits and settings the
 * parser names ({@code StreamReadConstraints}, {@code JsonReadFeature}) mean nothing to them.
 */
final class ParserMessages {

    /** How the parser names the setting behind a limit: ", from `StreamReadConstraints.getMaxNestingDepth()`)". */
    private static final String FROM = "(, from `[^`]*`)?\\)";
    private static final Pattern NESTING = Pattern.compile(
            "Document nesting depth \\(\\d+\\) exceeds the maximum allowed \\((\\d+)" + FROM);
    private static final Pattern NUMBER_LENGTH = Pattern.compile(
            "Number value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+)" + FROM);
    private static final Pattern STRING_LENGTH = Pattern.compile(
            "String value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+)" + FROM);
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'[^;]*");
    /** "(from `X.y()`)", ": enable `X` to allow" and the like: what to change in the parser, not in the text. */
    private static final Pattern SETTING = Pattern.compile("\\s*(\\(from `[^`]*`\\)|[:;,]?\\s*\\(?enable `[^`]*`[^;)]*\\)?"
            + "|`[A-Za-z]+(Feature|Constraints)[.A-Za-z_()]*`)");

    private ParserMessages() {
    }

    static String plain(String message) {
        String m = message;
        m = replace(m, NESTING, g -> "the document is nested more than " + g.group(1) + " levels deep");
        m = replace(m, NUMBER_LENGTH, g -> "a number is longer than " + g.group(1) + " digits");
        m = replace(m, STRING_LENGTH, g -> "a text is longer than " + g.group(1) + " characters");
        m = replace(m, NON_NUMERIC, g -> "'" + g.group(1) + "' is not a JSON value: numbers are written with digits");
        return SETTING.matcher(m).replaceAll("").strip();
    }

    private static String replace(String text, Pattern pattern, java.util.function.Function<java.util.regex.MatchResult, String> with) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(with.apply(match)));
    }
}
