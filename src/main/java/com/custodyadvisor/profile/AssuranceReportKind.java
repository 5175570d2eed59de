package com.custodyadvisor.profile;

/**
 * The kind of an independent assurance report. SOC 1 and ISAE 3402 cover controls over financial
 * reporting (ISAE 3402 is the international counterpart of SOC 1), SOC 2 security and availability
 * controls, ISAE 3000 other engagements. A Type II report tests that controls worked over a period.
 */
public enum AssuranceReportKind {
    SOC1_TYPE_I, SOC1_TYPE_II, SOC2_TYPE_I, SOC2_TYPE_II, ISAE3402_TYPE_I, ISAE3402_TYPE_II, ISAE3000, NONE;

    /** True for a Type II report of any family: controls tested over a period, not only their design. */
    public boolean isTypeII() {
        return this == SOC1_TYPE_II || this == SOC2_TYPE_II || this == ISAE3402_TYPE_II;
    }

    /** The kind the older {@code controls.soc2} field stands for; null for null. */
    static AssuranceReportKind ofSoc2(Soc2Report soc2) {
        if (soc2 == null) {
            return null;
        }
        return switch (soc2) {
            case NONE -> NONE;
            case TYPE_I -> SOC2_TYPE_I;
            case TYPE_II -> SOC2_TYPE_II;
        };
    }
}
