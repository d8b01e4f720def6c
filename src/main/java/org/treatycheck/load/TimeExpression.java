package org.treatycheck.load;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time expression as written: {@code signature}, {@code entry_into_force}, an ISO date or
 * {@code clause:ID}, each optionally followed by {@code +} and an ISO-8601 duration; or
 * {@code unspecified}. Resolved later by {@link TimeResolver}, once every clause is known.
 *
 * @param clauseId the clause named by {@code clause:ID}, else null
 * @param date     the ISO date, else null
 * @param period   the date part of the duration (years, months, weeks, days)
 * @param duration the time part of the duration (hours, minutes, seconds)
 */
record TimeExpression(String text, Anchor anchor, String clauseId, LocalDate date, Period period, Duration duration) {

    /** What the expression counts from. */
    enum Anchor { SIGNATURE, ENTRY_INTO_FORCE, DATE, CLAUSE, UNSPECIFIED }

    private static final Pattern SHAPE = Pattern.compile("^(.+?)(?:\\+(P\\S*))?$");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** What every time field documents as its accepted forms. */
    static final String EXPECTED = "expected signature, entry_into_force, an ISO date (2026-03-01) or clause:ID, "
            + "optionally followed by +DURATION (signature+P100D, clause:28+PT72H), or unspecified";

    /**
     * Parses an expression.
     *
     * @return the expression, or empty with the reason in {@code error[0]}
     */
    static Optional<TimeExpression> parse(String text, String[] error) {
        String s = text.strip();
        if (s.equals("unspecified")) {
            return Optional.of(new TimeExpression(s, Anchor.UNSPECIFIED, null, null, Period.ZERO, Duration.ZERO));
        }
        Matcher m = SHAPE.matcher(s);
        if (!m.matches()) {
            error[0] = "'" + text + "' is not a time expression; " + EXPECTED;
            return Optional.empty();
        }
        String base = m.group(1);
        Period period = Period.ZERO;
        Duration duration = Duration.ZERO;
        if (m.group(2) != null) {
            Object[] parts = parseDuration(m.group(2));
            if (parts == null) {
                error[0] = "'" + m.group(2) + "' is not an ISO-8601 duration (like P100D, P15Y, PT72H or P1Y2M)";
                return Optional.empty();
            }
            period = (Period) parts[0];
            duration = (Duration) parts[1];
        }
        if (base.equals("signature")) {
            return Optional.of(new TimeExpression(s, Anchor.SIGNATURE, null, null, period, duration));
        }
        if (base.equals("entry_into_force")) {
            return Optional.of(new TimeExpression(s, Anchor.ENTRY_INTO_FORCE, null, null, period, duration));
        }
        if (base.startsWith("clause:") && base.length() > "clause:".length()) {
            return Optional.of(new TimeExpression(s, Anchor.CLAUSE, base.substring("clause:".length()), null, period, duration));
        }
        if (DATE_SHAPE.matcher(base).matches()) {
            try {
                return Optional.of(new TimeExpression(s, Anchor.DATE, null, LocalDate.parse(base), period, duration));
            } catch (DateTimeParseException e) {
                error[0] = "'" + base + "' is not a valid date";
                return Optional.empty();
            }
        }
        error[0] = "'" + text + "' is not a time expression; " + EXPECTED;
        return Optional.empty();
    }

    /**
     * Splits an ISO-8601 duration into its date part (read by {@link Period#parse}) and its time part
     * (read by {@link Duration#parse}); null when either part is malformed or both are empty.
     */
    static Object[] parseDuration(String iso) {
        if (!iso.startsWith("P") || iso.length() < 2) {
            return null;
        }
        int t = iso.indexOf('T');
        String datePart = t < 0 ? iso : iso.substring(0, t);
        String timePart = t < 0 ? null : "P" + iso.substring(t);
        try {
            Period period = datePart.equals("P") ? Period.ZERO : Period.parse(datePart);
            if (timePart != null && timePart.equals("PT")) {
                return null;
            }
            Duration duration = timePart == null ? Duration.ZERO : Duration.parse(timePart);
            if (period.isNegative() || duration.isNegative()) {
                return null;
            }
            return new Object[] {period, duration};
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
