package com.custodyadvisor.regulation;

import java.util.List;

/**
 * A yes/no obligation (segregation, no rehypothecation, a separate entity, a sub-custodian's approval,
 * reconciliation, custody liability in a policy) against what the profile states.
 *
 * @param actual what the profile states, as given ("true", "COMMINGLED"); null when left out
 */
public record GateCheck(AppliedRegime applied, RegimeFigure figure, String subject, CheckStatus status,
                        String measured, Missing missing, List<String> pointers, String actual) implements RegimeCheck {

    public GateCheck {
        pointers = List.copyOf(pointers);
    }
}
