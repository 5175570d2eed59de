package com.custodyadvisor.advisory;

import com.custodyadvisor.regulation.Certainty;
import com.custodyadvisor.regulation.CheckStatus;
import com.custodyadvisor.regulation.FigureKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One figure of a regime against the profile (for a per-asset figure, one asset; for a sub-custodian or a policy,
 * one of them).
 *
 * @param obligation the kind of obligation in words: "cold-storage floor"
 * @param requirement the figure as a requirement: "at least 95% of client assets cold, in aggregate"
 * @param says the regulator's obligation in words
 * @param certaintyLabel how sure the figure is, in words: "primary text"
 * @param subject the asset, sub-custodian or policy the check is about; absent for the whole firm
 * @param measured what was measured: "ETH: 30,000,000 USD of 40,000,000 USD cold (75%, floor 90%): ..."
 * @param findingId the finding that reports it, when it is not met and a rule reported it
 * @param missing what to give for the check to be made, when it is not assessable
 * @param evidence JSON Pointers of the fields it read
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "obligation", "requirement", "says", "certainty", "certaintyLabel", "source", "subject",
        "status", "measured", "findingId", "missing", "evidence"})
public record RegimeCheckResult(FigureKind kind, String obligation, String requirement, String says,
                                Certainty certainty, String certaintyLabel, String source, String subject,
                                CheckStatus status, String measured, String findingId, MissingField missing,
                                List<String> evidence) {

    /** A field the check needs: where it goes and what to give. */
    public record MissingField(String path, String ask) {
    }
}
