package org.treatycheck.model;

/**
 * How a security guarantee is set in motion.
 *
 * @param decidedBy who decides: each guarantor (the default), all guarantors, the UN Security Council,
 *                  or one named actor
 * @param actor     the named actor when {@code decidedBy} is {@link Decider#ACTOR}, else null
 * @param within    the ISO-8601 duration within which it must act, as written, or null
 */
public record Activation(Decider decidedBy, String actor, String within) {

    /** The default: each guarantor decides for itself. */
    public static final Activation EACH_GUARANTOR = new Activation(Decider.EACH_GUARANTOR, null, null);
}
