package org.treatycheck.load;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.treatycheck.model.Activation;
import org.treatycheck.model.CeasefireForm;
import org.treatycheck.model.Clause;
import org.treatycheck.model.ClauseHeader;
import org.treatycheck.model.Clauses;
import org.treatycheck.model.Crime;
import org.treatycheck.model.Decider;
import org.treatycheck.model.Entrenchment;
import org.treatycheck.model.ForceScope;
import org.treatycheck.model.GuaranteeCondition;
import org.treatycheck.model.GuaranteeStrength;
import org.treatycheck.model.Modality;
import org.treatycheck.model.MonitoringPower;
import org.treatycheck.model.NuclearStatusKind;
import org.treatycheck.model.SanctionsAction;
import org.treatycheck.model.TerritoryStatus;
import org.treatycheck.model.Trigger;
import org.treatycheck.model.TriggerEvent;

/** Builds the clause records from validated values, with times already resolved. */
final class ClauseFactory {

    private final TimeResolver times;

    ClauseFactory(TimeResolver times) {
        this.times = times;
    }

    Clause build(Values v, int index) {
        String id = v.text("id");
        String type = v.text("type");
        int line = v.node().getStartMark().map(m -> m.getLine() + 1).orElse(0);
        ClauseHeader h = new ClauseHeader(id, index, type, v.text("title"), v.text("text"), v.text("note"), times.at(id), line);
        return switch (type) {
            case "ceasefire" -> new Clauses.Ceasefire(h, ids(v, "parties"), v.text("line"),
                    v.enumValue("form", CeasefireForm.class, CeasefireForm.CEASEFIRE), v.bool("permanent", false));
            case "settlement_talks" -> new Clauses.SettlementTalks(h, ids(v, "parties"), times.deadline(id),
                    v.text("forum"), v.bool("binding", true));
            case "withdrawal" -> new Clauses.Withdrawal(h, v.text("party"), territories(v, "from"), times.deadline(id));
            case "buffer_zone" -> new Clauses.BufferZone(h, territories(v, "territories"), v.bool("demilitarized", true),
                    v.number("width_km"));
            case "territorial_status" -> new Clauses.TerritorialStatus(h, v.text("territory"),
                    v.enumValue("status", TerritoryStatus.class, null), v.text("in_favour_of"), ids(v, "recognized_by"));
            case "non_use_of_force" -> new Clauses.NonUseOfForce(h, ids(v, "parties"),
                    v.enumValue("scope", ForceScope.class, ForceScope.ALL));
            case "security_guarantee" -> new Clauses.SecurityGuarantee(h, ids(v, "guarantors"), v.text("beneficiary"),
                    v.enumValue("strength", GuaranteeStrength.class, null), v.text("against"), activation(v.object("activation")),
                    territories(v, "excludes"), v.bool("presence", false), conditions(v.list("conditions")));
            case "non_accession" -> new Clauses.NonAccession(h, v.text("party"), v.text("alliance"),
                    v.enumValue("entrenchment", Entrenchment.class, null), v.bool("alliance_commits", false));
            case "conditional_accession" -> new Clauses.ConditionalAccession(h, v.text("party"), v.text("alliance"),
                    trigger(v.object("trigger")), v.bool("automatic", false), v.bool("pre_ratified", false));
            case "accession_path" -> new Clauses.AccessionPath(h, v.text("party"), v.text("organization"));
            case "force_limit" -> new Clauses.ForceLimit(h, v.text("party"), v.integer("personnel"));
            case "foreign_forces_ban" -> new Clauses.ForeignForcesBan(h, v.text("territory_of"), ids(v, "forces_of"),
                    v.ids("forces_of").keyword());
            case "sanctions" -> new Clauses.Sanctions(h, v.enumValue("action", SanctionsAction.class, null), v.text("target"),
                    ids(v, "by"), trigger(v.object("trigger")));
            case "elections" -> new Clauses.Elections(h, v.text("party"), times.deadline(id), territories(v, "territories"));
            case "martial_law" -> new Clauses.MartialLaw(h, v.text("party"), times.deadline(id));
            case "amnesty" -> new Clauses.Amnesty(h, ids(v, "beneficiaries"), v.ids("beneficiaries").keyword(),
                    asSet(v.enumList("excludes", Crime.class), Crime.class));
            case "monitoring" -> new Clauses.Monitoring(h, v.text("body"), ids(v, "covers"), v.ids("covers").keyword(),
                    asSet(v.enumList("powers", MonitoringPower.class), MonitoringPower.class));
            case "entry_into_force" -> new Clauses.EntryIntoForce(h, ids(v, "requires"));
            case "nuclear_status" -> new Clauses.NuclearStatus(h, v.text("party"),
                    v.enumValue("status", NuclearStatusKind.class, null));
            case "obligation" -> new Clauses.Obligation(h, v.text("bearer"), v.enumValue("modality", Modality.class, null),
                    v.text("action"), v.text("object"), trigger(v.object("trigger")));
            default -> throw new IllegalStateException("clause type " + type + " is in the format table but not built");
        };
    }

    private static List<String> ids(Values v, String name) {
        return v.ids(name).ids();
    }

    @SuppressWarnings("unchecked")
    private static List<String> territories(Values v, String name) {
        Object raw = v.raw(name);
        return raw == null ? List.of() : (List<String>) raw;
    }

    private static <E extends Enum<E>> EnumSet<E> asSet(List<E> list, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(list);
        return set;
    }

    static Trigger trigger(Values v) {
        if (v == null) {
            return null;
        }
        IdList of = v.ids("of");
        boolean any = !v.has("of") || of.keyword();
        return new Trigger(v.enumValue("event", TriggerEvent.class, null), v.text("by"), of.ids(), any,
                v.text("qualifier"), v.text("determined_by"));
    }

    private static Activation activation(Values v) {
        if (v == null) {
            return Activation.EACH_GUARANTOR;
        }
        String decidedBy = v.text("decided_by");
        Decider decider = decidedBy == null ? Decider.EACH_GUARANTOR : switch (decidedBy) {
            case "each_guarantor" -> Decider.EACH_GUARANTOR;
            case "all_guarantors" -> Decider.ALL_GUARANTORS;
            case "unsc" -> Decider.UNSC;
            default -> Decider.ACTOR;
        };
        return new Activation(decider, decider == Decider.ACTOR ? decidedBy : null, v.text("within"));
    }

    private static List<GuaranteeCondition> conditions(List<Values> items) {
        List<GuaranteeCondition> out = new ArrayList<>();
        for (Values c : items) {
            if ("coordination_duty".equals(c.text("kind"))) {
                out.add(new GuaranteeCondition.CoordinationDuty(c.text("scope")));
            } else {
                out.add(new GuaranteeCondition.VoidIf(trigger(c.object("trigger"))));
            }
        }
        return out;
    }
}
