package com.custodyadvisor.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a duration such as "5s", "500ms", "2.5s" or "1m" (a bare number is seconds). */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,3})?)\\s*(ms|s|m)?");

    @Override
    public Duration convert(String value) {
        Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' is not a duration: write e.g. 5s, 500ms or 1m");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long millis = Math.round(amount * switch (unit) {
            case "ms" -> 1;
            case "m" -> 60_000;
            default -> 1_000;
        });
        if (millis <= 0) {
            throw new TypeConversionException("'" + value + "' is not a duration above zero");
        }
        return Duration.ofMillis(millis);
    }
}
