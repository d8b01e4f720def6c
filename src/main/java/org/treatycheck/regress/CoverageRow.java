package org.treatycheck.regress;

/**
 * How well one rule is tested: its firing and silent cases, and how often it fired across all
 * rule cases and shipped drafts.
 */
public record CoverageRow(String rule, int firingCases, int silentCases, int firings) {
}
