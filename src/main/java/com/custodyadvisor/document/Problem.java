package com.custodyadvisor.document;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a submitted document.
 *
 * @param path JSON Pointer to the offending value ("" for the whole document)
 * @param line 1-based line in the submitted text, when known
 * @param column 1-based column in the submitted text, when known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String path, String message, Integer line, Integer column) {

    public static Problem at(String path, String message) {
        return new Problem(path, message, null, null);
    }

    public Problem withPosition(int line, int column) {
        return new Problem(path, message, line, column);
    }

    /** "line 12, column 5: /wallets/0/tier: unknown value …", for people reading a terminal. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (line != null) {
            s.append("line ").append(line);
            if (column != null) {
                s.append(", column ").append(column);
            }
            s.append(": ");
        }
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(message).toString();
    }
}
