package org.treatycheck.engine;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finding message declared on a rule ({@code @message}), with {@code {name}} placeholders that the
 * rule's consequence fills from the facts it matched.
 */
public record MessageTemplate(String text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_]*)}");

    /** The placeholder names, in order of first appearance. */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * Fills every placeholder.
     *
     * @throws IllegalArgumentException when the rule supplied no value for a placeholder: a fault in
     *                                  the rule, reported with its id
     */
    public String fill(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("the message names {" + m.group(1) + "} but the rule gives no value for it");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
