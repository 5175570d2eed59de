package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What the advisory's improvements achieve, proved by assessing the profile with all of them applied.
 *
 * @param proven the improvements, applied together, leave no open CRITICAL or HIGH finding
 * @param verdictAfter the verdict of the improved profile (open questions the firm must answer can still hold it
 *                     from READY)
 * @param countsAfter open findings per severity of the improved profile
 * @param notClearable CRITICAL and HIGH findings no lever clears, with the reason
 */
@JsonPropertyOrder({"proven", "verdictAfter", "countsAfter", "notClearable"})
public record PathToReady(boolean proven, Verdict verdictAfter, Map<Severity, Integer> countsAfter,
                        List<NotClearable> notClearable) {

    public PathToReady {
        notClearable = List.copyOf(notClearable);
    }

    /** The profile as it stands, with no improvement applied. */
    public static PathToReady asItStands(Verdict verdict, Map<Severity, Integer> counts) {
        boolean clear = counts.getOrDefault(Severity.CRITICAL, 0) == 0 && counts.getOrDefault(Severity.HIGH, 0) == 0;
        return new PathToReady(clear, verdict, counts, List.of());
    }
}
