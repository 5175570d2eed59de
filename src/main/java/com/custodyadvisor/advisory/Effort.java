package com.custodyadvisor.advisory;

/**
 * How much work a change takes, as classed in {@code data/levers.yaml}: LOW (a document, a form, a call),
 * MEDIUM (weeks: a drill, a report, a renegotiated wording), HIGH (months or capital: a new tier, a new layer,
 * restructuring).
 */
public enum Effort {
    LOW, MEDIUM, HIGH
}
