package org.treatycheck.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" hints for misspelt fields, types, enum values and ids. */
final class Suggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private Suggestions() {
    }

    /** The closest candidate when it is close enough to be a plausible typo. */
    static Optional<String> closest(String wrong, Collection<String> candidates) {
        String lower = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int d = c.equals(lower) ? 0 : DISTANCE.apply(lower, c);
            int allowed = Math.max(1, Math.min(3, candidate.length() / 3));
            if (d >= 0 && d <= allowed && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "; did you mean 'x'?" or, when nothing is close, "; expected one of a, b, c" (short lists only). */
    static String hint(String wrong, Collection<String> candidates) {
        Optional<String> close = closest(wrong, candidates);
        if (close.isPresent()) {
            return "; did you mean '" + close.get() + "'?";
        }
        if (candidates.isEmpty()) {
            return "";
        }
        return candidates.size() <= 24 ? "; expected one of: " + String.join(", ", candidates) : "";
    }
}
