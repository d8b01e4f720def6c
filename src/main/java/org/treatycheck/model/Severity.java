package org.treatycheck.model;

/** How serious a finding is; declared from most to least serious. */
public enum Severity implements YamlEnum {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** True when this severity is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return compareTo(other) <= 0;
    }

    /** The more serious of the two. */
    public static Severity worst(Severity a, Severity b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
