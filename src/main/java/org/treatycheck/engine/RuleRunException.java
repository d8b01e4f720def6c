package org.treatycheck.engine;

/** A rule failed while a draft was being checked: it threw, or the rule set did not stop. */
public final class RuleRunException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;

    public RuleRunException(String ruleId, String message, Throwable cause) {
        super(message, cause);
        this.ruleId = ruleId;
    }

    /** The rule at fault, or null when no single rule is. */
    public String ruleId() {
        return ruleId;
    }
}
