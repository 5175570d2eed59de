package com.custodyadvisor.http;

import com.custodyadvisor.document.Problem;
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
 * @param errors for an invalid profile, every problem found, each with its JSON Pointer
 * @param messages for rules that do not load, every message as {@code file:line:column: message}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "id", "errors", "messages"})
record ProblemDetails(String type, String title, int status, String detail, String instance, String id,
                      List<Problem> errors, List<String> messages) {

    /** Where the problem types live; the slug names the kind, e.g. ".../problems/invalid-profile". */
    static final String TYPE_BASE = "https://custody-advisor.example/problems/";

    ProblemDetails {
        errors = errors == null ? null : List.copyOf(errors);
        messages = messages == null ? null : List.copyOf(messages);
    }

    static ProblemDetails of(String slug, String title, int status, String detail) {
        return new ProblemDetails(TYPE_BASE + slug, title, status, detail, null, null, null, null);
    }
}
