package com.custodyadvisor.document;

import java.util.List;
import java.util.stream.Collectors;

/** A document that cannot be used, with every problem found in it. */
public class InvalidDocumentException extends Exception {

    private final transient List<Problem> problems;

    public InvalidDocumentException(String summary, List<Problem> problems) {
        super(summary + ":\n" + problems.stream().map(p -> "  " + p.describe()).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
