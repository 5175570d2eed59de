package com.custodyadvisor.regulation;

import java.util.List;

/**
 * How the profile stands against one figure of a regime that applies (for a per-asset figure, one asset; for a
 * sub-custodian or policy figure, one of them): measured here, judged by a REG-* rule. Rules match the kinds
 * ({@link ShareCheck}, {@link AmountCheck}, {@link LimitCheck}, {@link AgeCheck}, {@link GateCheck}) or this
 * type for any of them: {@code $c : ShareCheck( notMet )}.
 */
public interface RegimeCheck {

    AppliedRegime applied();

    RegimeFigure figure();

    /** The asset, sub-custodian or policy the check is about; null when it is about the whole firm. */
    String subject();

    CheckStatus status();

    /** What was measured, in words, for the advisory's regulation section. */
    String measured();

    /** What the profile would have to give for the check to be made; null when nothing is missing. */
    Missing missing();

    /** JSON Pointers of the fields the check read, for a finding's evidence. */
    List<String> pointers();

    default Regime regime() {
        return applied().regime();
    }

    default FigureKind kind() {
        return figure().kind();
    }

    default Certainty certainty() {
        return figure().certainty();
    }

    default boolean isNotMet() {
        return status() == CheckStatus.NOT_MET;
    }

    default boolean isMet() {
        return status() == CheckStatus.MET;
    }

    default boolean isNotAssessable() {
        return status() == CheckStatus.NOT_ASSESSABLE;
    }

    /** How a detail names the regime: "JP (JFSA)". */
    default String regimeLabel() {
        return regime().label();
    }

    /** " for ETH", " for sub-custodian X": how a detail names the subject, or "" for the whole firm. */
    default String about() {
        return subject() == null ? "" : " for " + subject();
    }
}
