package org.treatycheck.model;

/** A condition attached to a security guarantee. */
public sealed interface GuaranteeCondition {

    /** The beneficiary must coordinate its military action with the guarantors. */
    record CoordinationDuty(String scope) implements GuaranteeCondition {
    }

    /** The guarantee lapses when the trigger happens (for example, the beneficiary uses force). */
    record VoidIf(Trigger trigger) implements GuaranteeCondition {
    }
}
