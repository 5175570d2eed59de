package com.custodyadvisor.advisory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A question the rules rely on that the profile leaves unanswered: a field left out is asked, never taken as a fact.
 *
 * @param id the question's id in {@code data/questions.yaml}
 * @param pointer the field that answers it, in this profile
 * @param question the question in plain words
 * @param findings the findings in this advisory its answer would settle (open, or listed under a root), worst first
 * @param blocksReady a CRITICAL or HIGH rule relies on it: the verdict cannot be READY while it is open
 */
@JsonPropertyOrder({"id", "pointer", "question", "findings", "blocksReady"})
public record OpenQuestion(String id, String pointer, String question, List<String> findings, boolean blocksReady) {

    public OpenQuestion {
        findings = List.copyOf(findings);
    }
}
