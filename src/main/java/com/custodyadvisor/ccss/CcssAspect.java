package com.custodyadvisor.ccss;

/** The aspects of the CryptoCurrency Security Standard that references.md lists, by their CCSS numbers. */
public enum CcssAspect {
    KEY_GENERATION("1.01", "Key generation"),
    WALLET_CREATION("1.02", "Wallet creation"),
    KEY_STORAGE("1.03", "Key storage"),
    KEY_USAGE("1.04", "Key usage"),
    KEY_COMPROMISE("1.05", "Key compromise protocol"),
    GRANT_REVOKE("1.06", "Keyholder grant/revoke"),
    AUDITS("2.01", "Security audits and penetration tests"),
    DATA_SANITISATION("2.02", "Data sanitisation"),
    PROOF_OF_RESERVE("2.03", "Proof of reserve"),
    AUDIT_LOGS("2.04", "Audit logs");

    private final String number;
    private final String title;

    CcssAspect(String number, String title) {
        this.number = number;
        this.title = title;
    }

    /** "1.03". */
    public String number() {
        return number;
    }

    /** "Key storage". */
    public String title() {
        return title;
    }
}
