package com.custodyadvisor.profile;

/** How often client balances are reconciled with what is held. */
public enum Reconciliation {
    REAL_TIME, DAILY, WEEKLY, MONTHLY, NONE
}
