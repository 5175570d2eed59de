package com.custodyadvisor.profile;

/** The SOC 2 report the firm holds. */
public enum Soc2Report {
    NONE("none"), TYPE_I("Type I"), TYPE_II("Type II");

    private final String text;

    Soc2Report(String text) {
        this.text = text;
    }

    /** How details name it: "none", "Type I", "Type II". */
    public String describe() {
        return text;
    }
}
