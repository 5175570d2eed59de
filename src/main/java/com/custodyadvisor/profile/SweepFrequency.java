package com.custodyadvisor.profile;

/** How often hot balances above the float are swept to cold storage. */
public enum SweepFrequency {
    CONTINUOUS(0), HOURLY(0), DAILY(1), WEEKLY(7), MONTHLY(30), AD_HOC(Integer.MAX_VALUE);

    private final int days;

    SweepFrequency(int days) {
        this.days = days;
    }

    /** True when balances may build up for longer than the days between sweeps (AD_HOC has no schedule at all). */
    public boolean isRarerThan(int maxDays) {
        return days > maxDays;
    }
}
