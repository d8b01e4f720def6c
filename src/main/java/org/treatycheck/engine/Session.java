package org.treatycheck.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.treatycheck.engine.facts.Derivations;
import org.treatycheck.model.Clause;
import org.treatycheck.model.RuleInfo;
import org.treatycheck.model.Treaty;

/** One run of the rule base over one draft. */
final class Session {

    /** Firings allowed per fact, beyond a fixed floor: far above what any sound rule set needs. */
    private static final long FIRINGS_PER_FACT = 200;
    private static final long FIRINGS_FLOOR = 10_000;

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;

    Session(KieBase kieBase, Map<String, RuleInfo> rules) {
        this.kieBase = kieBase;
        this.rules = rules;
    }

    CheckResult run(Treaty treaty) {
        FindingCollector collector = new FindingCollector(rules, treaty);
        FiringCounter counter = new FiringCounter();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal(RuleBase.FINDINGS_GLOBAL, collector);
            session.addEventListener(counter);
            long facts = 0;
            for (var actor : treaty.actors().values()) {
                session.insert(actor);
                facts++;
            }
            for (var territory : treaty.territories().values()) {
                session.insert(territory);
                facts++;
            }
            for (Clause clause : treaty.clauses()) {
                session.insert(clause);
                facts++;
            }
            for (Object derived : Derivations.of(treaty)) {
                session.insert(derived);
                facts++;
            }
            int limit = (int) Math.min(Integer.MAX_VALUE, FIRINGS_FLOOR + FIRINGS_PER_FACT * facts);
            int fired = session.fireAllRules(limit);
            if (fired >= limit && session.fireAllRules(1) > 0) {
                String busiest = counter.busiest();
                throw new RuleRunException(busiest, "the rules did not finish after " + limit + " firings; rule \"" + busiest
                        + "\" fired " + counter.count(busiest) + " times (does it change a fact it matches?)", null);
            }
        } catch (ConsequenceException e) {
            String id = e.getMatch() == null ? null : e.getMatch().getRule().getName();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new RuleRunException(id, "rule \"" + id + "\" failed: " + describe(cause), cause);
        } catch (RuleRunException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // An Error from a rule (an AssertionError, a StackOverflowError from runaway recursion
            // in a DRL function) is the rule's fault, not the tool's: report it with the rule.
            String firing = counter.firing;
            if (firing != null) {
                throw new RuleRunException(firing, "rule \"" + firing + "\" failed: " + describe(e), e);
            }
            String id = counter.last;
            throw new RuleRunException(id, "the rules failed while matching " + describe(e)
                    + (id == null ? "" : " (last rule fired: \"" + id + "\")"), e);
        } finally {
            session.dispose();
        }
        return new CheckResult(treaty, collector.findings());
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** Counts firings per rule, to name a runaway rule. */
    private static final class FiringCounter extends DefaultAgendaEventListener {
        private final Map<String, Long> counts = new HashMap<>();
        private String last;
        /** The rule whose consequence is running, so that a failure inside it can be laid at its door. */
        private String firing;

        @Override
        public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
            firing = event.getMatch().getRule().getName();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            last = event.getMatch().getRule().getName();
            firing = null;
            counts.merge(last, 1L, Long::sum);
        }

        String busiest() {
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }

        long count(String rule) {
            return Objects.requireNonNullElse(counts.get(rule), 0L);
        }
    }
}
