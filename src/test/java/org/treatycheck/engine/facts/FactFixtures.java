package org.treatycheck.engine.facts;

import java.util.List;
import org.treatycheck.model.Activation;
import org.treatycheck.model.ClauseHeader;
import org.treatycheck.model.Clauses.AccessionPath;
import org.treatycheck.model.Clauses.ConditionalAccession;
import org.treatycheck.model.Clauses.ForeignForcesBan;
import org.treatycheck.model.Clauses.NonAccession;
import org.treatycheck.model.Clauses.Obligation;
import org.treatycheck.model.Clauses.SecurityGuarantee;
import org.treatycheck.model.Entrenchment;
import org.treatycheck.model.GuaranteeCondition;
import org.treatycheck.model.GuaranteeStrength;
import org.treatycheck.model.Modality;
import org.treatycheck.model.Time;
import org.treatycheck.model.Trigger;
import org.treatycheck.model.TriggerEvent;

/** Short constructors for the clauses the derived-fact tests need. */
final class FactFixtures {

    private FactFixtures() {
    }

    static ClauseHeader header(String id, String type) {
        return new ClauseHeader(id, 0, type, null, null, null, Time.SIGNATURE, 1);
    }

    static Trigger trigger(TriggerEvent event, String by) {
        return new Trigger(event, by, List.of(), true, null, null);
    }

    static Trigger violationOf(String by, List<String> of) {
        return new Trigger(TriggerEvent.VIOLATION, by, of, false, null, null);
    }

    static Trigger qualified(TriggerEvent event, String by, String qualifier) {
        return new Trigger(event, by, List.of(), true, qualifier, null);
    }

    static NonAccession nonAccession(String id, String party, String alliance, Entrenchment entrenchment, boolean allianceCommits) {
        return new NonAccession(header(id, "non_accession"), party, alliance, entrenchment, allianceCommits);
    }

    static ConditionalAccession accession(String id, String party, String alliance, Trigger trigger, boolean automatic) {
        return new ConditionalAccession(header(id, "conditional_accession"), party, alliance, trigger, automatic, false);
    }

    static AccessionPath path(String id, String party, String organization) {
        return new AccessionPath(header(id, "accession_path"), party, organization);
    }

    static SecurityGuarantee guarantee(String id, List<String> guarantors, String beneficiary, GuaranteeStrength strength,
            GuaranteeCondition... conditions) {
        return new SecurityGuarantee(header(id, "security_guarantee"), guarantors, beneficiary, strength, null,
                Activation.EACH_GUARANTOR, List.of(), false, List.of(conditions));
    }

    static ForeignForcesBan ban(String id, String territoryOf, List<String> forcesOf, boolean any) {
        return new ForeignForcesBan(header(id, "foreign_forces_ban"), territoryOf, forcesOf, any);
    }

    static Obligation obligation(String id, String bearer, Modality modality, String action, String object) {
        return new Obligation(header(id, "obligation"), bearer, modality, action, object, null);
    }

    static GuaranteeCondition voidIf(Trigger trigger) {
        return new GuaranteeCondition.VoidIf(trigger);
    }

    static GuaranteeCondition coordinationDuty(String scope) {
        return new GuaranteeCondition.CoordinationDuty(scope);
    }
}
