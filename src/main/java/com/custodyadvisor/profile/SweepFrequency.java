package com.custodyadvisor.profile;

/** How often hot balances above the float are swept to cold storage. */
public enum SweepFrequency {
    CONTINUOUS, HOURLY, DAILY, WEEKLY, MONTHLY, AD_HOC
}
