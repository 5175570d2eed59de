package com.custodyadvisor.batch;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.document.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One line of a batch's JSON Lines output: the advisory for one input, or why there is none. Lines come in
 * input order, one per input, so a reader can zip them with what it sent.
 *
 * @param index the input's position, from 0
 * @param source where the input came from: a file, {@code file:line} or {@code line N}
 * @param advisory the advisory; null when the input was invalid or the rules failed on it
 * @param errors what was wrong (JSON Pointer, message, line and column in the input); null with an advisory
 */
@JsonPropertyOrder({"index", "source", "advisory", "errors"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchResult(int index, String source, Advisory advisory, List<Problem> errors) {

    public static BatchResult of(int index, String source, Advisory advisory) {
        return new BatchResult(index, source, advisory, null);
    }

    public static BatchResult failed(int index, String source, List<Problem> errors) {
        return new BatchResult(index, source, null, List.copyOf(errors));
    }

    public boolean ok() {
        return advisory != null;
    }
}
