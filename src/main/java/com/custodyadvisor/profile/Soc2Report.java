package com.custodyadvisor.profile;

/** The SOC 2 report the firm holds. */
public enum Soc2Report {
    NONE, TYPE_I, TYPE_II
}
