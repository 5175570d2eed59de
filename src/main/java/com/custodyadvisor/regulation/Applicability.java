package com.custodyadvisor.regulation;

import com.custodyadvisor.profile.Firm;
import com.custodyadvisor.profile.Licence;
import java.util.ArrayList;
import java.util.List;

/**
 * Which regimes apply to a firm, and why. A regime applies through a licence granted in its jurisdiction or
 * within it ("US-NY" is within "US"), or in a country it lists under {@code appliesIn} (an EU-wide regime lists
 * the member states, so a licence in FR brings it); and through the domicile when the domicile is its jurisdiction
 * or one of {@code appliesIn} (an EU regulation binds firms established in any member state). A regime naming
 * licence kinds applies only through a licence of those kinds.
 */
final class Applicability {

    private Applicability() {
    }

    static List<AppliedRegime> of(Firm firm, RegimeTable table) {
        List<AppliedRegime> applied = new ArrayList<>();
        for (Regime regime : table.regimes()) {
            List<AppliedRegime.Reason> reasons = new ArrayList<>();
            for (int i = 0; i < firm.licences().size(); i++) {
                Licence licence = firm.licences().get(i);
                if (brings(regime, licence)) {
                    reasons.add(new AppliedRegime.Reason("licence in " + licence.jurisdiction() + describe(licence),
                            "/firm/licences/" + i));
                }
            }
            String domicile = firm.domicile();
            if (regime.licenceKinds().isEmpty() && domicile != null && (domicile.equals(regime.jurisdiction())
                    || regime.appliesIn().contains(domicile))) {
                reasons.add(new AppliedRegime.Reason("domicile " + domicile + (domicile.equals(regime.jurisdiction())
                        ? "" : " (within " + regime.jurisdiction() + ")"), "/firm/domicile"));
            }
            if (!reasons.isEmpty()) {
                applied.add(new AppliedRegime(regime, reasons));
            }
        }
        return applied;
    }

    private static boolean brings(Regime regime, Licence licence) {
        boolean where = licence.isIn(regime.jurisdiction())
                || licence.country() != null && regime.appliesIn().contains(licence.country());
        // a regime for some kinds of licence needs the kind said: a licence of no stated kind does not bring it
        return where && (regime.licenceKinds().isEmpty()
                || licence.kind() != null && regime.licenceKinds().contains(licence.kind()));
    }

    /** " (JFSA, EXCHANGE)": what the profile says of the licence beyond its jurisdiction. */
    private static String describe(Licence licence) {
        List<String> parts = new ArrayList<>();
        if (licence.regulator() != null) {
            parts.add(licence.regulator());
        }
        if (licence.kind() != null) {
            parts.add(licence.kind().name());
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}
