package org.treatycheck.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The clause types of treaty format version 1, one record each. Field names follow the format
 * (camel case for the file's snake case); actor and territory fields hold ids, checked by the loader.
 */
public final class Clauses {

    private Clauses() {
    }

    /** Hostilities stop. */
    public record Ceasefire(ClauseHeader header, List<String> parties, String line, CeasefireForm form, boolean permanent)
            implements Clause {
        public Ceasefire {
            parties = List.copyOf(parties);
        }
    }

    /** Commitment to negotiate a political settlement or final status. */
    public record SettlementTalks(ClauseHeader header, List<String> parties, Time by, String forum, boolean binding)
            implements Clause {
        public SettlementTalks {
            parties = List.copyOf(parties);
        }

        @Override
        public Optional<Time> deadline() {
            return Optional.ofNullable(by);
        }
    }

    /** A party's forces leave territories. */
    public record Withdrawal(ClauseHeader header, String party, List<String> from, Time by) implements Clause {
        public Withdrawal {
            from = List.copyOf(from);
        }

        @Override
        public Optional<Time> deadline() {
            return Optional.ofNullable(by);
        }
    }

    /** A zone between forces. */
    public record BufferZone(ClauseHeader header, List<String> territories, boolean demilitarized, Double widthKm)
            implements Clause {
        public BufferZone {
            territories = List.copyOf(territories);
        }
    }

    /** What the treaty says about a territory. */
    public record TerritorialStatus(ClauseHeader header, String territory, TerritoryStatus status, String inFavourOf,
            List<String> recognizedBy) implements Clause {
        public TerritorialStatus {
            recognizedBy = List.copyOf(recognizedBy);
        }
    }

    /** Parties renounce force. */
    public record NonUseOfForce(ClauseHeader header, List<String> parties, ForceScope scope) implements Clause {
        public NonUseOfForce {
            parties = List.copyOf(parties);
        }
    }

    /** A promise to protect a beneficiary. */
    public record SecurityGuarantee(ClauseHeader header, List<String> guarantors, String beneficiary,
            GuaranteeStrength strength, String against, Activation activation, List<String> excludes, boolean presence,
            List<GuaranteeCondition> conditions) implements Clause {
        public SecurityGuarantee {
            guarantors = List.copyOf(guarantors);
            excludes = List.copyOf(excludes);
            conditions = List.copyOf(conditions);
        }
    }

    /** A state renounces membership of an alliance. */
    public record NonAccession(ClauseHeader header, String party, String alliance, Entrenchment entrenchment,
            boolean allianceCommits) implements Clause {
    }

    /** Membership granted when a trigger happens. */
    public record ConditionalAccession(ClauseHeader header, String party, String alliance, Trigger trigger,
            boolean automatic, boolean preRatified) implements Clause {
    }

    /** A route to membership (for example of the EU) with no trigger. */
    public record AccessionPath(ClauseHeader header, String party, String organization) implements Clause {
    }

    /** A cap on a party's armed forces. */
    public record ForceLimit(ClauseHeader header, String party, Integer personnel) implements Clause {
    }

    /** No foreign forces stationed on a state's territory. */
    public record ForeignForcesBan(ClauseHeader header, String territoryOf, List<String> forcesOf, boolean anyForces)
            implements Clause {
        public ForeignForcesBan {
            forcesOf = List.copyOf(forcesOf);
        }

        /** True when the ban reaches this actor's forces. */
        public boolean bans(String actorId) {
            return anyForces || forcesOf.contains(actorId);
        }
    }

    /** Sanctions relief or snap-back. */
    public record Sanctions(ClauseHeader header, SanctionsAction action, String target, List<String> by, Trigger trigger)
            implements Clause {
        public Sanctions {
            by = List.copyOf(by);
        }
    }

    /** Elections must be held. */
    public record Elections(ClauseHeader header, String party, Time by, List<String> territories) implements Clause {
        public Elections {
            territories = List.copyOf(territories);
        }

        @Override
        public Optional<Time> deadline() {
            return Optional.of(by);
        }
    }

    /** When martial law ends. */
    public record MartialLaw(ClauseHeader header, String party, Time ends) implements Clause {
        @Override
        public Optional<Time> deadline() {
            return Optional.of(ends);
        }
    }

    /** Amnesty for acts during the war. */
    public record Amnesty(ClauseHeader header, List<String> beneficiaries, boolean allBeneficiaries, Set<Crime> excludes)
            implements Clause {
        public Amnesty {
            beneficiaries = List.copyOf(beneficiaries);
            excludes = Set.copyOf(excludes);
        }
    }

    /** Who watches compliance. */
    public record Monitoring(ClauseHeader header, String body, List<String> covered, boolean coversAll,
            Set<MonitoringPower> powers) implements Clause {
        public Monitoring {
            covered = List.copyOf(covered);
            powers = Set.copyOf(powers);
        }

        /** True when this monitoring covers the clause with this id. */
        public boolean covers(String clauseId) {
            return coversAll || covered.contains(clauseId);
        }

        /** True when the body may determine that a violation happened. */
        public boolean determinesViolations() {
            return powers.contains(MonitoringPower.DETERMINE_VIOLATION);
        }
    }

    /** When the treaty binds. */
    public record EntryIntoForce(ClauseHeader header, List<String> requires) implements Clause {
        public EntryIntoForce {
            requires = List.copyOf(requires);
        }
    }

    /** A state's nuclear status. */
    public record NuclearStatus(ClauseHeader header, String party, NuclearStatusKind status)
            implements Clause {
    }

    /** Any other duty, written generically. */
    public record Obligation(ClauseHeader header, String bearer, Modality modality, String action, String object,
            Trigger trigger) implements Clause {
    }
}
