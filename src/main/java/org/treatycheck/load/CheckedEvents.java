package org.treatycheck.load;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * The YAML parser's events, checked as they pass to the composer: nesting deeper than
 * {@link TreatyFormat#MAX_DEPTH}, more than {@link TreatyFormat#MAX_ALIASES} aliases and a second
 * document stop the load at the offending event, before the composer builds (or recurses into)
 * anything more; unsupported tags are collected and loading goes on, so that they are reported
 * together with the draft's other problems.
 *
 * <p>Checking on the way through, rather than in a parse of its own before composing, reads a file
 * once instead of twice: half the YAML time of a large draft.
 */
final class CheckedEvents implements Parser {

    /**
     * Tags of the YAML core schema ({@code !!str}, {@code !!int}, ..., and the non-specific
     * {@code !}); application tags such as {@code !include} or {@code !Ref} mean processing that
     * treatycheck does not do, so they are reported rather than silently ignored.
     */
    private static final Pattern STANDARD_TAG = Pattern.compile("!|tag:yaml\\.org,2002:[a-z]+");

    /**
     * Thrown at a tag the YAML library cannot even build a node from (a trailing {@code %20}):
     * composing cannot go on, and the caller collects every tag problem with {@link #drain}.
     */
    static final class UnbuildableTag extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnbuildableTag() {
            super(null, null, false, false);
        }
    }

    private final Parser events;
    private final String name;
    private final List<LoadProblem> tags;
    private int depth;
    private int aliases;
    private int documents;

    /**
     * @param events the parser's events
     * @param name   the file, for messages
     * @param tags   where unsupported tags are added
     */
    CheckedEvents(Parser events, String name, List<LoadProblem> tags) {
        this.events = events;
        this.name = name;
        this.tags = tags;
    }

    /**
     * Reads every event, adding every unsupported tag to {@code tags}; for a file whose tags stop the
     * composer.
     */
    void drain() throws TreatyLoadException {
        while (hasNext()) {
            nextChecked(false);
        }
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return events.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return events.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return events.hasNext();
    }

    /** The next event, checked; a problem that stops the load is thrown as a {@link Rejected}. */
    @Override
    public Event next() {
        try {
            return nextChecked(true);
        } catch (TreatyLoadException e) {
            throw new Rejected(e);
        }
    }

    private Event nextChecked(boolean stopAtUnbuildable) throws TreatyLoadException {
        Event event = events.next();
        Optional<String> tag = tag(event);
        if (tag.isPresent() && !STANDARD_TAG.matcher(tag.get()).matches()) {
            tags.add(problem(event, "unsupported YAML tag '" + shown(tag.get())
                    + "'; a treaty file holds plain values (standard tags such as !!str are allowed)"));
            boolean unbuildable = tag.get().isEmpty() || !tag.get().trim().equals(tag.get())
                    || !tag.get().strip().equals(tag.get());
            if (unbuildable && stopAtUnbuildable) {
                throw new UnbuildableTag();
            }
        }
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                if (++depth > TreatyFormat.MAX_DEPTH) {
                    throw stop(event, "nested deeper than " + TreatyFormat.MAX_DEPTH + " levels; a treaty file needs far fewer");
                }
            }
            case MappingEnd, SequenceEnd -> depth--;
            case Alias -> {
                if (++aliases > TreatyFormat.MAX_ALIASES) {
                    throw stop(event, "more than " + TreatyFormat.MAX_ALIASES
                            + " YAML aliases; refusing a file that could expand without bound");
                }
            }
            case DocumentStart -> {
                if (++documents > 1) {
                    throw stop(event, "a treaty file holds one YAML document; this is a second one");
                }
            }
            default -> {
            }
        }
        return event;
    }

    /** A problem that stops the load, carried through the composer, which only knows unchecked exceptions. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected(TreatyLoadException problem) {
            super(problem.getMessage(), problem, false, false);
        }

        TreatyLoadException problem() {
            return (TreatyLoadException) getCause();
        }
    }

    private TreatyLoadException stop(Event event, String message) {
        return new TreatyLoadException(List.of(problem(event, message)));
    }

    private LoadProblem problem(Event event, String message) {
        int line = event.getStartMark().map(m -> m.getLine() + 1).orElse(1);
        int column = event.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
        return new LoadProblem(name, line, column, message);
    }

    private static Optional<String> tag(Event event) {
        if (event instanceof ScalarEvent scalar) {
            return scalar.getTag();
        }
        return event instanceof CollectionStartEvent start ? start.getTag() : Optional.empty();
    }

    private static String shown(String tag) {
        String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
        shown = shown.replaceAll("\\p{Cntrl}", "?");
        return shown.length() <= 60 ? shown : shown.substring(0, 57) + "...";
    }
}
