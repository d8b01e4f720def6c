package org.treatycheck.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalDouble;

/**
 * A resolved point in time: when a clause takes effect or falls due.
 *
 * <p>The loader resolves every time expression of a draft into one of three forms. In a dated
 * draft every bounded time is a number of seconds after signature. In an undated draft a time
 * that hangs off signature is seconds after signature, and one that hangs off an ISO date stays a
 * calendar instant; the two cannot be ordered against each other. Anything that is, or depends on,
 * {@code unspecified} is unbounded.
 *
 * <p>"A before B" is only true when the draft makes the order certain: unbounded or unorderable
 * pairs count as "not before", because the draft fails to fix the order.
 *
 * @param expression the expression as written ({@code signature+P100D})
 * @param form       how the value is to be read
 * @param value      seconds after signature, or epoch seconds (UTC) for a calendar instant
 * @param date       the calendar date this falls on, when the draft fixes it (a dated draft, or an
 *                   ISO date); null otherwise. Only for messages: comparisons use {@code value}.
 */
public record Time(String expression, Form form, long value, LocalDate date) {

    /** How a time's value is to be read. */
    public enum Form {
        /** Seconds after signature. */
        AFTER_SIGNATURE,
        /** Epoch seconds of a calendar instant, in an undated draft. */
        CALENDAR,
        /** May come arbitrarily late. */
        UNBOUNDED
    }

    private static final double SECONDS_PER_DAY = 86_400d;

    /** The moment of signature. */
    public static final Time SIGNATURE = new Time("signature", Form.AFTER_SIGNATURE, 0, null);

    /** A time {@code seconds} after signature in an undated draft. */
    public static Time afterSignature(String expression, long seconds) {
        return new Time(expression, Form.AFTER_SIGNATURE, seconds, null);
    }

    /** A time {@code seconds} after signature in a draft signed on {@code signed}. */
    public static Time afterSignature(String expression, long seconds, LocalDate signed) {
        return new Time(expression, Form.AFTER_SIGNATURE, seconds,
                signed.atStartOfDay().plusSeconds(seconds).toLocalDate());
    }

    /** A calendar instant in an undated draft. */
    public static Time calendar(String expression, Instant instant) {
        return new Time(expression, Form.CALENDAR, instant.getEpochSecond(), LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** A time that may come arbitrarily late. */
    public static Time unbounded(String expression) {
        return new Time(expression, Form.UNBOUNDED, 0, null);
    }

    /** False for {@code unspecified} and anything that depends on it. */
    public boolean bounded() {
        return form != Form.UNBOUNDED;
    }

    /** True only when the draft makes it certain that this comes strictly before {@code other}. */
    public boolean isBefore(Time other) {
        return comparable(other) && value < other.value;
    }

    /** True only when the draft makes it certain that this comes before or at {@code other}. */
    public boolean isAtOrBefore(Time other) {
        return comparable(other) && value <= other.value;
    }

    private boolean comparable(Time other) {
        return other != null && bounded() && other.bounded() && form == other.form;
    }

    /** Days after signature, when the draft fixes them. */
    public OptionalDouble daysAfterSignature() {
        return form == Form.AFTER_SIGNATURE ? OptionalDouble.of(value / SECONDS_PER_DAY) : OptionalDouble.empty();
    }

    /**
     * A short reading for messages: the date where the draft fixes one ("2015-12-31"), else "day 100
     * after signature", "signature", or "no fixed date" for an unbounded time.
     */
    public String describe() {
        if (form == Form.UNBOUNDED) {
            return "no fixed date";
        }
        if (date != null) {
            return date.toString();
        }
        return value == 0 ? "signature" : formatDays(value / SECONDS_PER_DAY);
    }

    private static String formatDays(double days) {
        String n = days == Math.rint(days) ? Long.toString((long) days) : String.format(java.util.Locale.ROOT, "%.2f", days);
        return "day " + n + " after signature";
    }

    @Override
    public String toString() {
        return expression;
    }
}
