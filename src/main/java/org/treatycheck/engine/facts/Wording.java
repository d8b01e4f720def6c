package org.treatycheck.engine.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.treatycheck.model.Clause;
import org.treatycheck.model.Clauses.AccessionPath;
import org.treatycheck.model.Clauses.ConditionalAccession;
import org.treatycheck.model.Clauses.NonAccession;
import org.treatycheck.model.Clauses.Obligation;
import org.treatycheck.model.Clauses.Sanctions;
import org.treatycheck.model.Clauses.SecurityGuarantee;
import org.treatycheck.model.Trigger;

/**
 * Plain-language phrases for finding messages, shared by the rules that quote the same kind of
 * fact (a trigger, a renunciation of membership, an obligation), so that every message words it
 * the same way.
 */
public final class Wording {

    private Wording() {
    }

    /**
     * What sets a trigger off, as a clause that follows "if": "RU violates clause 21 or 22", "UA uses
     * force "without cause"", "the agreement is violated".
     */
    public static String trigger(Trigger t) {
        String by = t.by();
        String event = switch (t.event()) {
            case VIOLATION -> by == null ? violated(t) + " is violated" : by + " violates " + violated(t);
            case ARMED_ATTACK -> by == null ? "an armed attack occurs" : by + " commits an armed attack";
            case USE_OF_FORCE -> by == null ? "force is used" : by + " uses force";
            case STRIKE -> by == null ? "a strike is carried out" : by + " carries out a strike";
            case OTHER -> by == null ? "the event it describes happens" : "the event it describes happens (an act of " + by + ")";
        };
        return hasQualifier(t) ? event + " \"" + t.qualifier().strip() + "\"" : event;
    }

    /**
     * What a clause holding a trigger does when the trigger fires, as a predicate: "admits UA to
     * NATO", "reimposes sanctions on RU", "voids the guarantee to UA".
     */
    public static String triggered(Clause clause) {
        if (clause instanceof ConditionalAccession a) {
            return "admits " + a.party() + " to " + a.alliance();
        }
        if (clause instanceof Sanctions s) {
            return "reimposes sanctions on " + s.target();
        }
        if (clause instanceof Obligation o) {
            return "provides that " + duty(o);
        }
        if (clause instanceof SecurityGuarantee g) {
            return "voids the guarantee to " + g.beneficiary();
        }
        return "takes effect";
    }

    /** True when the trigger carries vague wording ("without cause"). */
    public static boolean hasQualifier(Trigger t) {
        return t.qualifier() != null && !t.qualifier().isBlank();
    }

    private static String violated(Trigger t) {
        if (t.ofAny() || t.of().isEmpty()) {
            return "the agreement";
        }
        return "clause " + or(t.of());
    }

    /**
     * What a non_accession clause does, as a predicate: "entrenches in UA's constitution that it will
     * not join NATO".
     */
    public static String renounces(NonAccession n) {
        String join = "join " + n.alliance();
        if (n.entrenchment() == null) {
            return "commits " + n.party() + " not to " + join;
        }
        return switch (n.entrenchment()) {
            case CONSTITUTION -> "entrenches in " + n.party() + "'s constitution that it will not " + join;
            case STATUTE -> "has " + n.party() + " write into its law that it will not " + join;
            case TREATY -> "commits " + n.party() + " by treaty not to " + join;
            case DECLARATION -> "has " + n.party() + " declare that it will not " + join;
        };
    }

    /** What a conditional accession does, as a predicate: "makes UA join NATO automatically if RU violates the agreement". */
    public static String grants(ConditionalAccession a) {
        return (a.automatic() ? "makes " + a.party() + " join " + a.alliance() + " automatically"
                : "opens " + a.alliance() + " membership to " + a.party()) + " if " + trigger(a.trigger());
    }

    /** What an accession path does, as a predicate: "opens a path for UA to join EU". */
    public static String grants(AccessionPath a) {
        return "opens a path for " + a.party() + " to join " + a.organization();
    }

    /** An obligation as a sentence: "NATO must not admit UA". */
    public static String duty(Obligation o) {
        String modality = switch (o.modality()) {
            case MUST -> "must";
            case MUST_NOT -> "must not";
            case MAY -> "may";
        };
        return o.bearer() + " " + modality + " " + act(o);
    }

    /** The act an obligation is about: its action and object ("withdraw its forces from Kharkiv"). */
    public static String act(Obligation o) {
        return o.object() == null || o.object().isBlank() ? o.action() : o.action() + " " + o.object();
    }

    /** "A", "A and B", "A, B and C". */
    public static String and(Collection<String> items) {
        return join(items, "and");
    }

    /** "A", "A or B", "A, B or C". */
    public static String or(Collection<String> items) {
        return join(items, "or");
    }

    private static String join(Collection<String> items, String conjunction) {
        List<String> list = new ArrayList<>(items);
        if (list.size() <= 1) {
            return list.isEmpty() ? "" : list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " " + conjunction + " " + list.get(list.size() - 1);
    }
}
