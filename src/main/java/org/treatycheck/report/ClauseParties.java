package org.treatycheck.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.treatycheck.model.Clause;
import org.treatycheck.model.Clauses;
import org.treatycheck.model.GuaranteeCondition;
import org.treatycheck.model.Trigger;

/** The actors a clause names, in the order its fields name them, for the Clauses sheet. */
final class ClauseParties {

    private ClauseParties() {
    }

    static List<String> of(Clause clause) {
        Set<String> ids = new LinkedHashSet<>();
        if (clause instanceof Clauses.Ceasefire c) {
            ids.addAll(c.parties());
        } else if (clause instanceof Clauses.SettlementTalks c) {
            ids.addAll(c.parties());
        } else if (clause instanceof Clauses.Withdrawal c) {
            ids.add(c.party());
        } else if (clause instanceof Clauses.TerritorialStatus c) {
            add(ids, c.inFavourOf());
            ids.addAll(c.recognizedBy());
        } else if (clause instanceof Clauses.NonUseOfForce c) {
            ids.addAll(c.parties());
        } else if (clause instanceof Clauses.SecurityGuarantee c) {
            ids.addAll(c.guarantors());
            ids.add(c.beneficiary());
            add(ids, c.against());
            add(ids, c.activation().actor());
            for (GuaranteeCondition condition : c.conditions()) {
                if (condition instanceof GuaranteeCondition.VoidIf v) {
                    trigger(ids, v.trigger());
                }
            }
        } else if (clause instanceof Clauses.NonAccession c) {
            ids.add(c.party());
            ids.add(c.alliance());
        } else if (clause instanceof Clauses.ConditionalAccession c) {
            ids.add(c.party());
            ids.add(c.alliance());
            trigger(ids, c.trigger());
        } else if (clause instanceof Clauses.AccessionPath c) {
            ids.add(c.party());
            ids.add(c.organization());
        } else if (clause instanceof Clauses.ForceLimit c) {
            ids.add(c.party());
        } else if (clause instanceof Clauses.ForeignForcesBan c) {
            ids.add(c.territoryOf());
            ids.addAll(c.forcesOf());
        } else if (clause instanceof Clauses.Sanctions c) {
            ids.addAll(c.by());
            ids.add(c.target());
            trigger(ids, c.trigger());
        } else if (clause instanceof Clauses.Elections c) {
            ids.add(c.party());
        } else if (clause instanceof Clauses.MartialLaw c) {
            ids.add(c.party());
        } else if (clause instanceof Clauses.Amnesty c) {
            ids.addAll(c.beneficiaries());
        } else if (clause instanceof Clauses.Monitoring c) {
            ids.add(c.body());
        } else if (clause instanceof Clauses.EntryIntoForce c) {
            ids.addAll(c.requires());
        } else if (clause instanceof Clauses.NuclearStatus c) {
            ids.add(c.party());
        } else if (clause instanceof Clauses.Obligation c) {
            ids.add(c.bearer());
            trigger(ids, c.trigger());
        }
        return new ArrayList<>(ids);
    }

    private static void trigger(Set<String> ids, Trigger t) {
        if (t != null) {
            add(ids, t.by());
            add(ids, t.determinedBy());
        }
    }

    private static void add(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
