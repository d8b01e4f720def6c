package org.treatycheck.engine.facts;

import java.util.ArrayList;
import java.util.List;
import org.treatycheck.model.Actor;
import org.treatycheck.model.Clause;
import org.treatycheck.model.Clauses.ConditionalAccession;
import org.treatycheck.model.Clauses.Obligation;
import org.treatycheck.model.Clauses.Sanctions;
import org.treatycheck.model.Clauses.SecurityGuarantee;
import org.treatycheck.model.GuaranteeCondition;
import org.treatycheck.model.GuaranteeStrength;
import org.treatycheck.model.SanctionsAction;
import org.treatycheck.model.Treaty;

/** Computes the derived facts of a draft. */
public final class Derivations {

    private Derivations() {
    }

    /** Every derived fact of the draft, to insert beside its actors, territories and clauses. */
    public static List<Object> of(Treaty treaty) {
        List<Object> facts = new ArrayList<>();
        for (Clause clause : treaty.clauses()) {
            triggersOf(clause).forEach(facts::add);
            if (clause instanceof SecurityGuarantee g && isBinding(g, treaty)) {
                facts.add(new BindingGuarantee(g, g.beneficiary()));
            }
        }
        return facts;
    }

    /** The triggers a clause holds, in the positions rules-v1 counts as triggers. */
    public static List<TriggerUse> triggersOf(Clause clause) {
        List<TriggerUse> uses = new ArrayList<>();
        if (clause instanceof ConditionalAccession a) {
            uses.add(new TriggerUse(a, a.trigger()));
        } else if (clause instanceof Sanctions s && s.action() == SanctionsAction.REIMPOSE && s.trigger() != null) {
            uses.add(new TriggerUse(s, s.trigger()));
        } else if (clause instanceof Obligation o && o.trigger() != null) {
            uses.add(new TriggerUse(o, o.trigger()));
        } else if (clause instanceof SecurityGuarantee g) {
            for (GuaranteeCondition condition : g.conditions()) {
                if (condition instanceof GuaranteeCondition.VoidIf v) {
                    uses.add(new TriggerUse(g, v.trigger()));
                }
            }
        }
        return uses;
    }

    /**
     * A guarantee binds when its strength is assistance or collective defence and no belligerent
     * other than the beneficiary can block it.
     */
    public static boolean isBinding(SecurityGuarantee g, Treaty treaty) {
        if (g.strength() == GuaranteeStrength.CONSULTATION) {
            return false;
        }
        return treaty.actors().values().stream()
                .filter(a -> a.belligerent() && !a.id().equals(g.beneficiary()))
                .noneMatch(a -> canBlock(a, g));
    }

    /**
     * A belligerent blocks a guarantee when it is a guarantor and all guarantors must agree, when
     * activation is decided by it, or when activation is decided by the UN Security Council and it
     * holds a veto there.
     */
    public static boolean canBlock(Actor belligerent, SecurityGuarantee g) {
        return switch (g.activation().decidedBy()) {
            case ALL_GUARANTORS -> g.guarantors().contains(belligerent.id());
            case ACTOR -> belligerent.id().equals(g.activation().actor());
            case UNSC -> belligerent.unscVeto();
            case EACH_GUARANTOR -> false;
        };
    }
}
