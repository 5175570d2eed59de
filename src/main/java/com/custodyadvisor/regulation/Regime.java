package com.custodyadvisor.regulation;

import com.custodyadvisor.profile.LicenceKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A regulator's regime as {@code data/regimes.yaml} gives it: where it applies and its checkable figures.
 *
 * @param id upper-case words joined by hyphens, e.g. "US-NY"
 * @param jurisdiction ISO 3166-1 alpha-2, an ISO 3166-2 subdivision, or "EU"
 * @param appliesIn further countries it applies in (an EU-wide regime: the member states)
 * @param licenceKinds only licences of these kinds bring it (empty: any licence, and the domicile)
 * @param notes obligations of the regime the profile cannot show
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "name", "jurisdiction", "regulator", "appliesIn", "licenceKinds", "figures", "notes"})
public record Regime(String id, String name, String jurisdiction, String regulator, List<String> appliesIn,
                     List<LicenceKind> licenceKinds, List<RegimeFigure> figures, List<String> notes) {

    public Regime {
        appliesIn = appliesIn == null ? List.of() : List.copyOf(appliesIn);
        licenceKinds = licenceKinds == null ? List.of() : List.copyOf(licenceKinds);
        figures = List.copyOf(figures);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** How details name it: "JP (JFSA)". */
    public String label() {
        return id + " (" + regulator + ")";
    }
}
