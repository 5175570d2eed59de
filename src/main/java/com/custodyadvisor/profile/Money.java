package com.custodyadvisor.profile;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats US-dollar amounts the way details quote them: "50,000,000 USD". */
public final class Money {

    // DecimalFormat is not thread-safe, and building one costs more than formatting: one per thread
    private static final ThreadLocal<DecimalFormat> USD = ThreadLocal.withInitial(() ->
            new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    private static final ThreadLocal<DecimalFormat> PERCENT = ThreadLocal.withInitial(() ->
            new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private Money() {
    }

    public static String usd(double amount) {
        String whole = wholeAmount(amount);
        return (whole != null ? whole : USD.get().format(amount)) + " USD";
    }

    /**
     * A whole amount with its thousands grouped, as the pattern writes it, without the formatter (details quote
     * amounts hundreds of times per advisory, nearly all whole); null for a fraction, -0 or an amount too large.
     */
    private static String wholeAmount(double amount) {
        if (amount != Math.rint(amount) || Math.abs(amount) >= 1e15 || Double.doubleToRawLongBits(amount) == Long.MIN_VALUE) {
            return null;
        }
        long value = (long) amount;
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            out.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** A share as a percentage with at most one decimal: "2.5%". */
    public static String percent(double part, double whole) {
        if (whole <= 0) {
            return "n/a";
        }
        return PERCENT.get().format(100.0 * part / whole) + "%";
    }
}
