package com.custodyadvisor.cli;

import com.custodyadvisor.report.TextStyle;
import java.io.Console;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * What standard output is connected to, for the text report: colour only on a terminal and never with
 * {@code NO_COLOR} set (no-color.org) or {@code TERM=dumb}; ASCII when the terminal's character set is not
 * UTF-8.
 *
 * @param interactive standard output is a terminal
 * @param utf8 the terminal's character set is UTF-8
 * @param colourRefused NO_COLOR is set, or the terminal says it is dumb
 */
record Terminal(boolean interactive, boolean utf8, boolean colourRefused) {

    /** When the text report is in colour. */
    enum Colour {
        auto, always, never
    }

    static Terminal detect() {
        String noColour = System.getenv("NO_COLOR");
        return new Terminal(isTerminal(), outputCharset().equals(StandardCharsets.UTF_8),
                (noColour != null && !noColour.isEmpty()) || "dumb".equals(System.getenv("TERM")));
    }

    /** The style of a text report written to standard output. */
    TextStyle style(Colour colour) {
        boolean paint = switch (colour) {
            case always -> true;
            case never -> false;
            case auto -> interactive && !colourRefused;
        };
        return new TextStyle(utf8, paint);
    }

    /** stdout.encoding (Java 19 on), else the locale's (native.encoding, Java 17 on). */
    private static Charset outputCharset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("native.encoding"));
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /**
     * Up to Java 21 a console exists only when standard input and output are terminals; from Java 22 one
     * always exists and {@code isTerminal()} says.
     */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
