package com.custodyadvisor.engine;

/**
 * A rule failed while an advisory was made (its consequence threw, or rules kept firing past the
 * limit). The rule set is at fault, not the profile; the message names the rule and where it is.
 */
public class RuleExecutionException extends RuntimeException {

    public RuleExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public RuleExecutionException(String message) {
        super(message);
    }
}
