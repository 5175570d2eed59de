package com.custodyadvisor.parameters;

import java.util.Locale;

/** What a parameter's number counts; a rule reads each unit with an accessor of the same name ({@code usd("…")}). */
public enum Unit {
    USD, RATIO, PERCENT, COUNT, DAYS, MONTHS, LEVEL;

    /** The name of the {@link Parameters} accessor that reads this unit, e.g. "usd". */
    public String accessor() {
        return name().toLowerCase(Locale.ROOT);
    }
}
