package org.treatycheck.engine.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treatycheck.model.Actor;
import org.treatycheck.model.Clause;
import org.treatycheck.model.Clauses.AccessionPath;
import org.treatycheck.model.Clauses.ConditionalAccession;
import org.treatycheck.model.Clauses.ForeignForcesBan;
import org.treatycheck.model.Clauses.NonAccession;
import org.treatycheck.model.Clauses.Obligation;
import org.treatycheck.model.Clauses.Sanctions;
import org.treatycheck.model.Clauses.SecurityGuarantee;
import org.treatycheck.model.GuaranteeCondition;
import org.treatycheck.model.GuaranteeStrength;
import org.treatycheck.model.SanctionsAction;
import org.treatycheck.model.Treaty;
import org.treatycheck.model.TriggerEvent;

/** Computes the derived facts of a draft. */
public final class Derivations {

    private Derivations() {
    }

    /** Every derived fact of the draft, to insert beside its actors, territories and clauses. */
    public static List<Object> of(Treaty treaty) {
        List<Object> facts = new ArrayList<>();
        for (Clause clause : treaty.clauses()) {
            triggersOf(clause).forEach(facts::add);
            boundActorsOf(clause).ifPresent(facts::add);
            membershipGrantOf(clause).ifPresent(facts::add);
            territoryMentionsOf(clause).forEach(facts::add);
            if (clause instanceof SecurityGuarantee g) {
                if (isBinding(g, treaty)) {
                    facts.add(new BindingGuarantee(g, g.beneficiary()));
                }
                restraintOf(g).ifPresent(facts::add);
            }
        }
        return facts;
    }

    /** The territories a withdrawal or elections clause lists, each once, with the clause's party. */
    public static List<TerritoryMention> territoryMentionsOf(Clause clause) {
        List<String> listed;
        String party;
        if (clause instanceof org.treatycheck.model.Clauses.Withdrawal w) {
            listed = w.from();
            party = w.party();
        } else if (clause instanceof org.treatycheck.model.Clauses.Elections e) {
            listed = e.territories();
            party = e.party();
        } else {
            return List.of();
        }
        return new java.util.LinkedHashSet<>(listed).stream().map(t -> new TerritoryMention(clause, party, t)).toList();
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

    /**
     * The actors a clause binds, in the cases obligation-on-non-signatory lists; empty for every
     * other clause (and for a ban on {@code any} forces, which names nobody).
     */
    public static Optional<BoundActors> boundActorsOf(Clause clause) {
        if (clause instanceof NonAccession n && n.allianceCommits()) {
            return Optional.of(new BoundActors(n, List.of(n.alliance()), n.alliance() + " undertakes not to admit " + n.party()));
        }
        if (clause instanceof ConditionalAccession a) {
            return Optional.of(new BoundActors(a, List.of(a.alliance()),
                    a.alliance() + " must admit " + a.party() + " if " + Wording.trigger(a.trigger())));
        }
        if (clause instanceof SecurityGuarantee g && !g.guarantors().isEmpty()) {
            String promise = switch (g.strength()) {
                case CONSULTATION -> "must hold consultations on the security of " + g.beneficiary();
                case ASSISTANCE -> "must come to the assistance of " + g.beneficiary();
                case COLLECTIVE_DEFENCE -> "must defend " + g.beneficiary();
            };
            return Optional.of(new BoundActors(g, g.guarantors(), Wording.and(g.guarantors()) + " " + promise));
        }
        if (clause instanceof ForeignForcesBan b && !b.forcesOf().isEmpty()) {
            return Optional.of(new BoundActors(b, b.forcesOf(),
                    Wording.and(b.forcesOf()) + " must not station forces on the territory of " + b.territoryOf()));
        }
        if (clause instanceof Obligation o) {
            return Optional.of(new BoundActors(o, List.of(o.bearer()), Wording.duty(o)));
        }
        return Optional.empty();
    }

    /**
     * The conditions of a guarantee that restrain its beneficiary's own military action: a
     * coordination duty, or a void-if triggered by the beneficiary's use of force or strike.
     */
    public static Optional<BeneficiaryRestraint> restraintOf(SecurityGuarantee g) {
        List<GuaranteeCondition> restraining = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (GuaranteeCondition condition : g.conditions()) {
            if (condition instanceof GuaranteeCondition.CoordinationDuty d) {
                restraining.add(d);
                phrases.add("obliges " + g.beneficiary() + " to coordinate its military action with the guarantors"
                        + (d.scope() == null || d.scope().isBlank() ? "" : " (" + d.scope().strip() + ")"));
            } else if (condition instanceof GuaranteeCondition.VoidIf v && g.beneficiary().equals(v.trigger().by())
                    && (v.trigger().event() == TriggerEvent.USE_OF_FORCE || v.trigger().event() == TriggerEvent.STRIKE)) {
                restraining.add(v);
                phrases.add("lapses if " + Wording.trigger(v.trigger()));
            }
        }
        return restraining.isEmpty() ? Optional.empty()
                : Optional.of(new BeneficiaryRestraint(g, g.beneficiary(), restraining, Wording.and(phrases)));
    }

    /** The membership a conditional_accession or an accession_path grants or opens; empty for other clauses. */
    public static Optional<MembershipGrant> membershipGrantOf(Clause clause) {
        if (clause instanceof ConditionalAccession a) {
            return Optional.of(new MembershipGrant(a, a.party(), a.alliance(), Wording.grants(a)));
        }
        if (clause instanceof AccessionPath p) {
            return Optional.of(new MembershipGrant(p, p.party(), p.organization(), Wording.grants(p)));
        }
        return Optional.empty();
    }
}
