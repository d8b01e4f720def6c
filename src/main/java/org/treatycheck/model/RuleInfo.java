package org.treatycheck.model;

import java.util.Objects;

/**
 * What a rule is, as declared by its metadata in the rule file: the catalog entry shown by
 * {@code treatycheck rules}, in the report's Rules sheet and in the generated rule docs.
 *
 * @param id        the DRL rule name, kebab-case, never reused
 * @param severity  the rule's default severity (a rule may raise or lower it from the facts)
 * @param kind      conflict, consequence or gap
 * @param title     a one-line title
 * @param detects   what the rule detects, for a policy reader
 * @param grounds   why it matters: treaty article, precedent, law
 * @param message   the finding message template, with {@code {name}} placeholders
 * @param source    the rule file, relative to the rules folder
 */
public record RuleInfo(
        String id, Severity severity, FindingKind kind, String title, String detects, String grounds,
        String message, String source) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
    }
}
