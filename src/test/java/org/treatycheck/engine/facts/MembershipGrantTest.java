package org.treatycheck.engine.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatycheck.engine.facts.FactFixtures.accession;
import static org.treatycheck.engine.facts.FactFixtures.nonAccession;
import static org.treatycheck.engine.facts.FactFixtures.path;
import static org.treatycheck.engine.facts.FactFixtures.trigger;
import static org.treatycheck.engine.facts.FactFixtures.violationOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatycheck.model.Clauses.AccessionPath;
import org.treatycheck.model.Clauses.ConditionalAccession;
import org.treatycheck.model.TriggerEvent;

/** Which clauses grant or open membership (accession-contradicts-neutrality). */
class MembershipGrantTest {

    @Test
    void automaticConditionalAccessionGrantsMembershipOnItsTrigger() {
        ConditionalAccession clause = accession("8", "UA", "NATO", violationOf("RU", List.of("21", "22")), true);
        MembershipGrant grant = Derivations.membershipGrantOf(clause).orElseThrow();
        assertSame(clause, grant.clause());
        assertEquals("UA", grant.party());
        assertEquals("NATO", grant.organization());
        assertEquals("makes UA join NATO automatically if RU violates clause 21 or 22", grant.description());
    }

    @Test
    void conditionalAccessionThatIsNotAutomaticOpensMembership() {
        MembershipGrant grant = Derivations.membershipGrantOf(accession("8", "UA", "NATO", trigger(TriggerEvent.ARMED_ATTACK, "RU"), false))
                .orElseThrow();
        assertEquals("opens NATO membership to UA if RU commits an armed attack", grant.description());
    }

    @Test
    void accessionPathOpensMembershipOfItsOrganization() {
        AccessionPath clause = path("3", "UA", "EU");
        MembershipGrant grant = Derivations.membershipGrantOf(clause).orElseThrow();
        assertEquals("EU", grant.organization());
        assertEquals("opens a path for UA to join EU", grant.description());
    }

    @Test
    void nonAccessionGrantsNothing() {
        assertTrue(Derivations.membershipGrantOf(nonAccession("7", "UA", "NATO", null, true)).isEmpty());
    }
}
