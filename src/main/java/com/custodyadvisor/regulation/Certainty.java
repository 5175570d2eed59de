package com.custodyadvisor.regulation;

/**
 * How sure a regulator's figure is, as {@code regulatory.md} marks it: read in the primary text, taken from a
 * law firm's or news summary, or unconfirmed. A finding built on a figure weighs it ({@link Weighing}).
 */
public enum Certainty {
    PRIMARY("P"), SUMMARY("S"), UNCONFIRMED("?");

    private final String mark;

    Certainty(String mark) {
        this.mark = mark;
    }

    /** The mark regulatory.md gives it: "[P]", "[S]" or "[?]". */
    public String mark() {
        return "[" + mark + "]";
    }
}
