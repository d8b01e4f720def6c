package org.treatycheck.engine.facts;

import java.util.List;
import org.treatycheck.model.Clauses.SecurityGuarantee;
import org.treatycheck.model.GuaranteeCondition;

/**
 * The conditions of a security guarantee that restrain the beneficiary's own military action: a
 * {@code coordination_duty}, or a {@code void_if} whose trigger is a use of force or a strike by the
 * beneficiary (rules-v1, guarantee-constrains-reclamation). One fact per guarantee that has any.
 *
 * @param guarantee   the guarantee
 * @param beneficiary its beneficiary
 * @param conditions  the restraining conditions, in the clause's order (never empty)
 * @param description what they do, as a predicate for messages ("voids the guarantee if UA uses force")
 */
public record BeneficiaryRestraint(SecurityGuarantee guarantee, String beneficiary, List<GuaranteeCondition> conditions,
        String description) {

    public BeneficiaryRestraint {
        conditions = List.copyOf(conditions);
    }
}
