package org.treatycheck.model;

import java.util.List;

/**
 * An event that sets a clause in motion: "if RU violates clauses 21 or 22, as determined by the
 * monitoring mission".
 *
 * @param event        what sets it off
 * @param by           whose act (actor id), or null
 * @param of           which clauses' violation; empty with {@code ofAny}
 * @param ofAny        the violation of any clause counts
 * @param qualifier    vague wording as written ("without cause"), or null
 * @param determinedBy who decides that the event happened (actor id), or null when nobody is named
 */
public record Trigger(TriggerEvent event, String by, List<String> of, boolean ofAny, String qualifier, String determinedBy) {

    public Trigger {
        of = List.copyOf(of);
    }

    /** Somebody is named to decide that the event happened. */
    public boolean hasArbiter() {
        return determinedBy != null;
    }
}
