package com.custodyadvisor.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a size such as "262144", "256KiB", "1MiB", "500KB" or "1MB" as a number of bytes. */
final class ByteSize implements ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([a-z]*)");

    @Override
    public Long convert(String value) {
        Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw invalid(value);
        }
        long unit = switch (m.group(2)) {
            case "", "b" -> 1L;
            case "k", "kib" -> 1024L;
            case "kb" -> 1000L;
            case "m", "mib" -> 1024L * 1024;
            case "mb" -> 1000L * 1000;
            case "g", "gib" -> 1024L * 1024 * 1024;
            case "gb" -> 1000L * 1000 * 1000;
            default -> throw invalid(value);
        };
        long bytes;
        try {
            bytes = Math.multiplyExact(Long.parseLong(m.group(1)), unit);
        } catch (ArithmeticException e) {
            throw new TypeConversionException("'" + value + "' is too large");
        }
        if (bytes <= 0) {
            throw new TypeConversionException("'" + value + "' is not a size above zero");
        }
        return bytes;
    }

    private static TypeConversionException invalid(String value) {
        return new TypeConversionException("'" + value + "' is not a size: write bytes, or a number with KiB, MiB, "
                + "KB or MB (e.g. 256KiB)");
    }
}
