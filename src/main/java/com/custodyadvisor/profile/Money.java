package com.custodyadvisor.profile;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats US-dollar amounts the way details quote them: "50,000,000 USD". */
public final class Money {

    private Money() {
    }

    public static String usd(double amount) {
        // DecimalFormat is not thread-safe; a fresh one is cheap next to an advisory
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount) + " USD";
    }

    /** A share as a percentage with at most one decimal: "2.5%". */
    public static String percent(double part, double whole) {
        if (whole <= 0) {
            return "n/a";
        }
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(100.0 * part / whole) + "%";
    }
}
