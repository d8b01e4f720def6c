package org.treatycheck.load;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.treatycheck.model.Time;

/**
 * Resolves time expressions to {@link Time}s once every clause is known, following the format's
 * rules: {@code clause:ID} is the time clause ID is carried out (its deadline, else its {@code at});
 * {@code entry_into_force} is the {@code at} of the first entry-into-force clause; durations are
 * calendar durations in a dated draft and fixed-length (year 365 days, month 30, week 7) in an
 * undated one; anything depending on {@code unspecified} is unbounded. A cycle of clause
 * references is a load error.
 */
final class TimeResolver {

    /** The time fields of one clause: its {@code at} and its deadline ({@code by} or {@code ends}). */
    record ClauseTimes(String id, TimeExpression at, Node atNode, TimeExpression deadline, Node deadlineNode) {
    }

    private static final long DAY = 86_400;

    private final LocalDate date;
    private final Map<String, ClauseTimes> clauses;
    private final String firstEntryIntoForce;
    private final Problems problems;
    private final Map<String, Time> carriedOut = new HashMap<>();
    private final Map<String, Time> at = new HashMap<>();
    private final LinkedHashSet<String> resolving = new LinkedHashSet<>();

    TimeResolver(LocalDate date, Map<String, ClauseTimes> clauses, String firstEntryIntoForce, Problems problems) {
        this.date = date;
        this.clauses = clauses;
        this.firstEntryIntoForce = firstEntryIntoForce;
        this.problems = problems;
    }

    /** When clause {@code id} takes effect. */
    Time at(String id) {
        return memo(at, "at", id, () -> {
            ClauseTimes c = clauses.get(id);
            return c.at() == null ? signature() : resolve(c.at(), c.atNode());
        });
    }

    /** When clause {@code id}'s deadline falls, or null when it has none. */
    Time deadline(String id) {
        ClauseTimes c = clauses.get(id);
        return c.deadline() == null ? null : carriedOut(id);
    }

    /** When clause {@code id} is carried out: its deadline, else its {@code at}. */
    Time carriedOut(String id) {
        return memo(carriedOut, "carried out", id, () -> {
            ClauseTimes c = clauses.get(id);
            return c.deadline() == null ? at(id) : resolve(c.deadline(), c.deadlineNode());
        });
    }

    private Time memo(Map<String, Time> cache, String what, String id, java.util.function.Supplier<Time> compute) {
        Time known = cache.get(id);
        if (known != null) {
            return known;
        }
        String key = what + ":" + id;
        if (!resolving.add(key)) {
            List<String> chain = new ArrayList<>();
            boolean in = false;
            for (String k : resolving) {
                in |= k.equals(key);
                if (in) {
                    chain.add("clause " + k.substring(k.indexOf(':') + 1));
                }
            }
            chain.add("clause " + id);
            ClauseTimes c = clauses.get(id);
            Node node = c.deadline() != null ? c.deadlineNode() : c.atNode();
            problems.at(node, "the times of these clauses wait for each other in a cycle: " + String.join(" -> ", chain));
            Time unbounded = Time.unbounded("cycle");
            cache.put(id, unbounded);
            return unbounded;
        }
        try {
            Time t = compute.get();
            cache.putIfAbsent(id, t);
            return cache.get(id);
        } finally {
            resolving.remove(key);
        }
    }

    /** A duration in seconds with fixed-length years (365 days), months (30) and weeks (7; Period keeps them as days). */
    private static long fixedSeconds(TimeExpression e) {
        long days = e.period().getYears() * 365L + e.period().getMonths() * 30L + e.period().getDays();
        return days * DAY + e.duration().getSeconds();
    }

    private Time signature() {
        return date == null ? Time.SIGNATURE : Time.afterSignature("signature", 0, date);
    }

    /** Resolves one expression. */
    Time resolve(TimeExpression e, Node node) {
        Time base = switch (e.anchor()) {
            case UNSPECIFIED -> Time.unbounded(e.text());
            case SIGNATURE -> signature();
            case ENTRY_INTO_FORCE -> firstEntryIntoForce == null ? signature() : at(firstEntryIntoForce);
            case CLAUSE -> carriedOut(e.clauseId());
            case DATE -> date == null
                    ? Time.calendar(e.text(), e.date().atStartOfDay().toInstant(ZoneOffset.UTC))
                    : Time.afterSignature(e.text(), ChronoUnit.SECONDS.between(date.atStartOfDay(), e.date().atStartOfDay()), date);
        };
        return plus(base, e);
    }

    private Time plus(Time base, TimeExpression e) {
        return switch (base.form()) {
            case UNBOUNDED -> Time.unbounded(e.text());
            // Only a dated draft adds durations in calendar terms; an undated one uses fixed lengths
            // (year 365 days, month 30, week 7) everywhere, after an ISO date too, as the format says.
            case CALENDAR -> Time.calendar(e.text(), java.time.Instant.ofEpochSecond(base.value() + fixedSeconds(e)));
            case AFTER_SIGNATURE -> {
                if (date != null) {
                    LocalDateTime signed = date.atStartOfDay();
                    LocalDateTime t = signed.plusSeconds(base.value()).plus(e.period()).plus(e.duration());
                    yield Time.afterSignature(e.text(), ChronoUnit.SECONDS.between(signed, t), date);
                }
                yield Time.afterSignature(e.text(), base.value() + fixedSeconds(e));
            }
        };
    }
}
