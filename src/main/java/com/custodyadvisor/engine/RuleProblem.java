package com.custodyadvisor.engine;

/**
 * Something wrong with a rule file.
 *
 * @param file the file as the user named it (e.g. "rules/red-flags.drl"); the directory for problems of the set
 * @param line 1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 */
public record RuleProblem(String file, int line, int column, String message) {

    /** "rules/red-flags.drl:12:4: message", the form editors and CI logs link to. */
    public String describe() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line).append(':').append(Math.max(column, 0));
        }
        return s.append(": ").append(message).toString();
    }
}
