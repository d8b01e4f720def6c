package org.treatycheck.model;

/** What a finding says about the draft. */
public enum FindingKind implements YamlEnum {
    /** Two or more clauses cannot both hold. */
    CONFLICT,
    /** What the clauses set in motion. */
    CONSEQUENCE,
    /** Something the clauses need and lack. */
    GAP
}
