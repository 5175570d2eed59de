package com.custodyadvisor.regulation;

/** Whether a figure is met by all assets together or by each asset alone. */
public enum Basis {
    AGGREGATE, PER_ASSET
}
