package com.custodyadvisor.advisory;

/** Who carries out a change or answers a question: the firm itself, its custody or wallet vendor, or its broker. */
public enum ActionOwner {
    FIRM, VENDOR, BROKER
}
