package org.treatycheck.regress;

import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One case of a rule test: the draft it builds (the base draft with the case's changes) and the
 * findings of the rule under test it expects (none for a silent case).
 *
 * @param file  the test file, for messages
 * @param line  the line of the case in that file
 * @param fires true for a case that must fire, false for a near-miss that must stay silent
 * @param draft the composed draft, positions pointing into the base and test files
 * @param source the case as written in the test file, for the generated rule docs
 */
public record RuleCase(String file, int line, String rule, String name, boolean fires, List<ExpectedFinding> expected,
        Node draft, String source) {

    public RuleCase {
        expected = List.copyOf(expected);
    }

    /** "rule-id › fires: name" — the test's display name. */
    public String displayName() {
        return rule + " \u203a " + (fires ? "fires: " : "silent: ") + name;
    }
}
