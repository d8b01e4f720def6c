package org.treatycheck.engine.facts;

import org.treatycheck.model.Clauses.SecurityGuarantee;

/**
 * A security guarantee that binds: beneficiary P, strength assistance or collective defence, and no
 * belligerent other than P can block it (rules-v1, "Binding guarantee to P").
 */
public record BindingGuarantee(SecurityGuarantee guarantee, String beneficiary) {
}
