package org.treatycheck.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatycheck.model.Clause;
import org.treatycheck.model.Finding;
import org.treatycheck.model.RuleInfo;
import org.treatycheck.model.Severity;
import org.treatycheck.model.Time;
import org.treatycheck.model.YamlEnum;
import org.treatycheck.engine.facts.Wording;

/**
 * Gathers what one rule match names (clauses, actors, territories, message values) and emits it as
 * an immutable {@link Finding}. Each method both names a fact and makes it available to the rule's
 * message template under the given placeholder name.
 */
public final class FindingBuilder {

    private final RuleInfo rule;
    private final FindingCollector sink;
    private final List<String> clauses = new ArrayList<>();
    private final Set<String> actors = new LinkedHashSet<>();
    private final Set<String> territories = new LinkedHashSet<>();
    private final Map<String, String> values = new HashMap<>();
    private Severity severity;

    FindingBuilder(RuleInfo rule, FindingCollector sink) {
        this.rule = rule;
        this.sink = sink;
        this.severity = rule.severity();
    }

    /** Names a clause; {@code {name}} reads as its id. */
    public FindingBuilder clause(String name, Clause clause) {
        clauses.add(clause.id());
        values.put(name, clause.id());
        return this;
    }

    /** Names several clauses; {@code {name}} reads as their ids ("3 and 4"), or "none". */
    public FindingBuilder clauses(String name, Collection<?> matched) {
        List<String> ids = new ArrayList<>();
        for (Object o : matched) {
            ids.add(((Clause) o).id());
        }
        clauses.addAll(ids);
        values.put(name, ids.isEmpty() ? "none" : Wording.and(ids));
        return this;
    }

    /** Names an actor by id. */
    public FindingBuilder actor(String name, String actorId) {
        actors.add(actorId);
        values.put(name, actorId);
        return this;
    }

    /** Names several actors by id; {@code {name}} reads as "A, B and C". */
    public FindingBuilder actors(String name, Collection<String> actorIds) {
        actors.addAll(actorIds);
        values.put(name, Wording.and(actorIds));
        return this;
    }

    /** Names a territory. */
    public FindingBuilder territory(String name, String territory) {
        territories.add(territory);
        values.put(name, territory);
        return this;
    }

    /** Names several territories. */
    public FindingBuilder territories(String name, Collection<String> names) {
        territories.addAll(names);
        values.put(name, Wording.and(names));
        return this;
    }

    /** A value for the message only: a time reads as its description, an enum as it is written in files. */
    public FindingBuilder with(String name, Object value) {
        values.put(name, describe(value));
        return this;
    }

    /** Sets the severity where the catalog makes it depend on the facts. */
    public FindingBuilder severity(Severity value) {
        this.severity = value;
        return this;
    }

    /** Emits the finding into the session's collector. */
    public void emit() {
        String message = new MessageTemplate(rule.message()).fill(values);
        sink.accept(new Finding(rule.id(), severity, rule.kind(), sink.inDocumentOrder(clauses), List.copyOf(actors),
                List.copyOf(territories), message));
    }

    private static String describe(Object value) {
        if (value instanceof Time t) {
            return t.describe();
        }
        if (value instanceof YamlEnum e) {
            return e.yamlName().replace('_', ' ');
        }
        if (value instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            c.forEach(o -> parts.add(describe(o)));
            return String.join(", ", parts);
        }
        return String.valueOf(value);
    }
}
