package org.treatycheck.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
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
 * references is a load error, and so is a time too far away to count with.
 *
 * <p>Each time depends on at most one other (the clause or entry into force it counts from), so a
 * time is resolved by following that chain with a loop, not by recursion: a draft whose clauses
 * wait for each other in a chain thousands long cannot overflow the stack.
 */
final class TimeResolver {

    /** The time fields of one clause: its {@code at} and its deadline ({@code by} or {@code ends}). */
    record ClauseTimes(String id, TimeExpression at, Node atNode, TimeExpression deadline, Node deadlineNode) {
    }

    /** One time of a clause: when it takes effect ({@code done == false}) or when it is carried out. */
    private record Key(String id, boolean done) {
    }

    private static final long DAY = 86_400;

    private final LocalDate date;
    private final Map<String, ClauseTimes> clauses;
    private final String firstEntryIntoForce;
    private final Problems problems;
    private final Map<Key, Time> resolved = new HashMap<>();

    TimeResolver(LocalDate date, Map<String, ClauseTimes> clauses, String firstEntryIntoForce, Problems problems) {
        this.date = date;
        this.clauses = clauses;
        this.firstEntryIntoForce = firstEntryIntoForce;
        this.problems = problems;
    }

    /** When clause {@code id} takes effect. */
    Time at(String id) {
        return resolve(new Key(id, false));
    }

    /** When clause {@code id}'s deadline falls, or null when it has none. */
    Time deadline(String id) {
        ClauseTimes c = clauses.get(id);
        return c.deadline() == null ? null : carriedOut(id);
    }

    /** When clause {@code id} is carried out: its deadline, else its {@code at}. */
    Time carriedOut(String id) {
        return resolve(new Key(id, true));
    }

    /** The expression a time is written as; null for a carried-out time that is the clause's {@code at}, or a default {@code at}. */
    private TimeExpression expression(Key k) {
        ClauseTimes c = clauses.get(k.id());
        return k.done() ? c.deadline() : c.at();
    }

    private Node node(Key k) {
        ClauseTimes c = clauses.get(k.id());
        return k.done() && c.deadline() != null ? c.deadlineNode() : c.atNode();
    }

    /** The time {@code k} counts from, or null when it counts from signature, a date or nothing at all. */
    private Key dependency(Key k) {
        TimeExpression e = expression(k);
        if (e == null) {
            return k.done() ? new Key(k.id(), false) : null;
        }
        return switch (e.anchor()) {
            case CLAUSE -> new Key(e.clauseId(), true);
            case ENTRY_INTO_FORCE -> firstEntryIntoForce == null ? null : new Key(firstEntryIntoForce, false);
            case SIGNATURE, DATE, UNSPECIFIED -> null;
        };
    }

    /**
     * Follows the chain of times that {@code start} counts from until one is known, counts from no
     * other, or closes a cycle; then works back along the chain.
     */
    private Time resolve(Key start) {
        Time known = resolved.get(start);
        if (known != null) {
            return known;
        }
        List<Key> chain = new ArrayList<>();
        Map<Key, Integer> onChain = new HashMap<>();
        Key k = start;
        Time from = null;
        while (k != null) {
            Time t = resolved.get(k);
            if (t != null) {
                from = t;
                break;
            }
            Integer seen = onChain.putIfAbsent(k, chain.size());
            if (seen != null) {
                reportCycle(chain.subList(seen, chain.size()), k);
                from = Time.unbounded("cycle");
                // The time that closes the cycle is unbounded; so is everything that waits for it.
                resolved.put(k, from);
                chain = chain.subList(0, seen);
                break;
            }
            chain.add(k);
            k = dependency(k);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            Key key = chain.get(i);
            from = compute(key, from);
            resolved.put(key, from);
        }
        return resolved.get(start);
    }

    private void reportCycle(List<Key> cycle, Key closing) {
        List<String> names = new ArrayList<>();
        for (Key key : cycle) {
            // A clause's carried-out time is often its `at`: name each clause once per step.
            if (names.isEmpty() || !names.get(names.size() - 1).equals("clause " + key.id())) {
                names.add("clause " + key.id());
            }
        }
        names.add("clause " + closing.id());
        problems.at(node(closing), "the times of these clauses wait for each other in a cycle: " + String.join(" -> ", names));
    }

    /** The time {@code k}, given the time it counts from (null when it counts from no other). */
    private Time compute(Key k, Time from) {
        TimeExpression e = expression(k);
        if (e == null) {
            return k.done() ? from : signature();
        }
        Time base = switch (e.anchor()) {
            case UNSPECIFIED -> Time.unbounded(e.text());
            case SIGNATURE -> signature();
            case ENTRY_INTO_FORCE, CLAUSE -> from == null ? signature() : from;
            case DATE -> date == null
                    ? Time.calendar(e.text(), e.date().atStartOfDay().toInstant(ZoneOffset.UTC))
                    : Time.afterSignature(e.text(), ChronoUnit.SECONDS.between(date.atStartOfDay(), e.date().atStartOfDay()), date);
        };
        try {
            return plus(base, e);
        } catch (DateTimeException | ArithmeticException tooFar) {
            problems.at(node(k), "'" + e.text() + "' is too far in the future to count with; "
                    + "write unspecified when the text sets no limit");
            return Time.unbounded(e.text());
        }
    }

    /**
     * A duration in seconds with fixed-length years (365 days), months (30) and weeks (7; Period
     * keeps them as days).
     *
     * @throws ArithmeticException when it does not fit in 64 bits
     */
    private static long fixedSeconds(TimeExpression e) {
        long days = e.period().getYears() * 365L + e.period().getMonths() * 30L + e.period().getDays();
        return Math.addExact(Math.multiplyExact(days, DAY), e.duration().getSeconds());
    }

    private Time signature() {
        return date == null ? Time.SIGNATURE : Time.afterSignature("signature", 0, date);
    }

    private Time plus(Time base, TimeExpression e) {
        return switch (base.form()) {
            case UNBOUNDED -> Time.unbounded(e.text());
            // Only a dated draft adds durations in calendar terms; an undated one uses fixed lengths
            // (year 365 days, month 30, week 7) everywhere, after an ISO date too, as the format says.
            case CALENDAR -> Time.calendar(e.text(), java.time.Instant.ofEpochSecond(Math.addExact(base.value(), fixedSeconds(e))));
            case AFTER_SIGNATURE -> {
                if (date != null) {
                    LocalDateTime signed = date.atStartOfDay();
                    LocalDateTime t = signed.plusSeconds(base.value()).plus(e.period()).plus(e.duration());
                    yield Time.afterSignature(e.text(), ChronoUnit.SECONDS.between(signed, t), date);
                }
                yield Time.afterSignature(e.text(), Math.addExact(base.value(), fixedSeconds(e)));
            }
        };
    }
}
