package com.custodyadvisor.http;

/** Ends a request with a problem response; thrown where a check fails deep in a handler. */
final class ProblemException extends RuntimeException {

    private final transient ProblemDetails problem;

    ProblemException(ProblemDetails problem) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    ProblemDetails problem() {
        return problem;
    }
}
