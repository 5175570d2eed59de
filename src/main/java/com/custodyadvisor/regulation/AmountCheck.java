package com.custodyadvisor.regulation;

import java.util.List;

/**
 * An amount the regime asks the firm to hold (insurance cover, an own reserve, assets matching what clients are
 * owed) against what the profile shows it holds.
 *
 * @param requiredUsd what the figure asks for
 * @param heldUsd what counts toward it
 * @param counted what was counted, in words: "own layers respond for 50,000,000 USD; no approved compensation
 *                arrangement"
 */
public record AmountCheck(AppliedRegime applied, RegimeFigure figure, String subject, CheckStatus status,
                          String measured, Missing missing, List<String> pointers, long requiredUsd, long heldUsd,
                          String counted) implements RegimeCheck {

    public AmountCheck {
        pointers = List.copyOf(pointers);
    }

    /** What is missing to meet it (0 when met). */
    public long gapUsd() {
        return Math.max(0, requiredUsd - heldUsd);
    }
}
