package com.custodyadvisor.http;

import com.custodyadvisor.document.Problem;
import com.custodyadvisor.document.ProblemReport;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem: the body of every error response ({@code application/problem+json}).
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of that kind
 * @param detail what went wrong with this request
 * @param instance for a server failure, "urn:uuid:" and its id
 * @param id for a server failure, the id it is logged under
 * @param errors for an invalid profile, the problems found (the first {@value ProblemReport#LIMIT}), each with
 *               its JSON Pointer
 * @param total for an invalid profile, how many problems were found in all
 * @param truncated true when {@code errors} does not list them all
 * @param messages for rules that do not load, every message as {@code file:line:column: message}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "id", "errors", "total", "truncated",
        "messages"})
record ProblemDetails(String type, String title, int status, String detail, String instance, String id,
                      List<Problem> errors, Integer total, Boolean truncated, List<String> messages) {

    /** Where the problem types live; the slug names the kind, e.g. ".../problems/invalid-profile". */
    static final String TYPE_BASE = "https://custody-advisor.example/problems/";

    ProblemDetails {
        errors = errors == null ? null : List.copyOf(errors);
        messages = messages == null ? null : List.copyOf(messages);
    }

    static ProblemDetails of(String slug, String title, int status, String detail) {
        return new ProblemDetails(TYPE_BASE + slug, title, status, detail, null, null, null, null, null, null);
    }

    ProblemDetails withErrors(ProblemReport report) {
        return new ProblemDetails(type, title, status, detail, instance, id, report.shown(), report.total(),
                report.truncated() ? Boolean.TRUE : null, messages);
    }

    ProblemDetails withMessages(List<String> newMessages) {
        return new ProblemDetails(type, title, status, detail, instance, id, errors, total, truncated, newMessages);
    }

    /** Names the failure's id, under which the log holds the cause. */
    ProblemDetails withId(String newId) {
        return new ProblemDetails(type, title, status, detail, "urn:uuid:" + newId, newId, errors, total, truncated,
                messages);
    }
}
