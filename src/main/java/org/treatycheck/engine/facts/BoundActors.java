package org.treatycheck.engine.facts;

import java.util.List;
import org.treatycheck.model.Clause;

/**
 * The actors a clause places a duty on, beyond the clause's beneficiaries, in the cases rules-v1
 * lists under obligation-on-non-signatory: a non_accession with {@code alliance_commits} binds the
 * alliance; a conditional_accession binds the alliance to admit; a security_guarantee binds its
 * guarantors; a foreign_forces_ban binds the forces it names (not {@code any}); an obligation binds
 * its bearer. A monitoring body, typically created by the treaty, is not bound in this sense.
 *
 * @param clause the clause
 * @param actors the actor ids it binds, in the order the clause names them
 * @param duty   the duty as a sentence for messages ("NATO must admit UA if RU violates the agreement")
 */
public record BoundActors(Clause clause, List<String> actors, String duty) {

    public BoundActors {
        actors = List.copyOf(actors);
    }
}
