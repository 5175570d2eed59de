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
        return USD.get().format(amount) + " USD";
    }

    /** A share as a percentage with at most one decimal: "2.5%". */
    public static String percent(double part, double whole) {
        if (whole <= 0) {
            return "n/a";
        }
        return PERCENT.get().format(100.0 * part / whole) + "%";
    }
}
