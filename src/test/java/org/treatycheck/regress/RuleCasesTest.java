package org.treatycheck.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.treatycheck.engine.RuleBase;
import org.treatycheck.load.TreatyFiles;

/**
 * The shipped rule base against its regression suite, inside {@code mvn verify}: one JUnit test per
 * rule case (named after the rule and case) and per shipped draft's snapshot, plus the coverage
 * gate and the freshness of the generated rule reference.
 */
class RuleCasesTest {

    static final Path RULES = Path.of("rules");
    static final Path TREATIES = Path.of("treaties");

    private static RuleBase rules;
    private static RegressionSuite suite;
    private static RegressionRun run;

    @BeforeAll
    static void runSuite() throws Exception {
        rules = RuleBase.load(RULES);
        suite = RegressionSuite.discover(RULES, TreatyFiles.find(List.of(TREATIES)));
        run = suite.run(rules, false);
    }

    @TestFactory
    Stream<DynamicTest> everyRuleCaseAndSnapshot() {
        return run.results().stream().map(r -> DynamicTest.dynamicTest(r.name(), () -> {
            if (!r.passed()) {
                fail(r.file() + "\n" + String.join("\n", r.differences()));
            }
        }));
    }

    @Test
    void everyRuleHasFiringAndSilentCasesAndEveryTestNamesARealRule() {
        assertEquals(List.of(), run.gateProblems());
    }

    @Test
    void theSuiteCoversAllRulesOfTheCatalog() {
        assertEquals(23, rules.rules().size(), "rules-v1 has 23 rules: " + rules.rules().keySet());
        assertTrue(suite.cases().size() >= 2 * 23);
    }

    @Test
    void theRuleReferenceInDocsIsUpToDate() throws IOException {
        String expected = RuleDocs.markdown(rules.rules().values(), suite.cases());
        String actual = Files.readString(Path.of("docs", "rules.md"), StandardCharsets.UTF_8);
        assertEquals(expected, actual, "docs/rules.md is out of date: run ./treatycheck rules --format markdown -o docs/rules.md");
    }
}
