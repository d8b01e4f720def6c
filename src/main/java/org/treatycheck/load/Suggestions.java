package org.treatycheck.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" hints for misspelt fields, types, enum values and ids. */
final class Suggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    /** Longer words are not typos of a name: no hint is searched for them. */
    static final int MAX_TYPO_LENGTH = 64;

    private Suggestions() {
    }

    /** The closest candidate when it is close enough to be a plausible typo. */
    static Optional<String> closest(String wrong, Collection<String> candidates) {
        if (wrong.length() > MAX_TYPO_LENGTH) {
            return Optional.empty();
        }
        String lower = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int d = c.equals(lower) ? 0 : DISTANCE.apply(lower, c);
            int allowed = allowedDistance(candidate.length());
            if (d >= 0 && d <= allowed && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * How many edits still read as a typo: none for ids of one or two characters ("2" is not a
     * typo of "1"), then one, two or three as names grow.
     */
    private static int allowedDistance(int length) {
        if (length <= 2) {
            return 0;
        }
        return length <= 4 ? 1 : length <= 7 ? 2 : 3;
    }

    /** "; did you mean 'x'?" or, when nothing is close, "; expected one of a, b, c" (short lists only). */
    static String hint(String wrong, Collection<String> candidates) {
        return hint(wrong, candidates, true);
    }

    /**
     * As {@link #hint(String, Collection)}; without {@code search} only the short list of what is
     * expected, for when the search would cost too much.
     */
    static String hint(String wrong, Collection<String> candidates, boolean search) {
        Optional<String> close = search ? closest(wrong, candidates) : Optional.empty();
        if (close.isPresent()) {
            return "; did you mean '" + close.get() + "'?";
        }
        if (candidates.isEmpty()) {
            return "";
        }
        return candidates.size() <= 24 ? "; expected one of: " + String.join(", ", candidates) : "";
    }
}
