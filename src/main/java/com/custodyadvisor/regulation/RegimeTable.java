package com.custodyadvisor.regulation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every regime of {@code data/regimes.yaml} and how a figure's certainty weighs on findings: read once per
 * rule set, shared by every advisory.
 *
 * @param version SHA-256 (hex) of the file
 */
@JsonPropertyOrder({"version", "certainty", "regimes"})
public record RegimeTable(Map<Certainty, Weighing> certainty, List<Regime> regimes, String version) {

    public RegimeTable {
        certainty = Map.copyOf(certainty);
        regimes = List.copyOf(regimes);
    }

    /** How a figure of that certainty weighs on a finding. */
    public Weighing weighing(Certainty of) {
        return certainty.get(of);
    }

    public Optional<Regime> find(String id) {
        return regimes.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
