package org.treatycheck.engine.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatycheck.engine.facts.FactFixtures.accession;
import static org.treatycheck.engine.facts.FactFixtures.ban;
import static org.treatycheck.engine.facts.FactFixtures.guarantee;
import static org.treatycheck.engine.facts.FactFixtures.header;
import static org.treatycheck.engine.facts.FactFixtures.nonAccession;
import static org.treatycheck.engine.facts.FactFixtures.obligation;
import static org.treatycheck.engine.facts.FactFixtures.trigger;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatycheck.model.Clauses.Monitoring;
import org.treatycheck.model.GuaranteeStrength;
import org.treatycheck.model.Modality;
import org.treatycheck.model.MonitoringPower;
import org.treatycheck.model.TriggerEvent;

/** Which actors a clause binds, as obligation-on-non-signatory counts them. */
class BoundActorsTest {

    @Test
    void nonAccessionWhoseAllianceCommitsBindsTheAlliance() {
        BoundActors bound = Derivations.boundActorsOf(nonAccession("7", "UA", "NATO", null, true)).orElseThrow();
        assertEquals(List.of("NATO"), bound.actors());
        assertEquals("NATO undertakes not to admit UA", bound.duty());
    }

    @Test
    void nonAccessionAloneBindsOnlyTheRenouncingParty() {
        assertTrue(Derivations.boundActorsOf(nonAccession("7", "UA", "NATO", null, false)).isEmpty());
    }

    @Test
    void conditionalAccessionBindsTheAllianceToAdmit() {
        BoundActors bound = Derivations.boundActorsOf(accession("8", "UA", "NATO", trigger(TriggerEvent.VIOLATION, "RU"), true))
                .orElseThrow();
        assertEquals(List.of("NATO"), bound.actors());
        assertEquals("NATO must admit UA if RU violates the agreement", bound.duty());
    }

    @Test
    void guaranteeBindsEveryGuarantor() {
        BoundActors bound = Derivations.boundActorsOf(guarantee("5", List.of("US", "NATO"), "UA", GuaranteeStrength.COLLECTIVE_DEFENCE))
                .orElseThrow();
        assertEquals(List.of("US", "NATO"), bound.actors());
        assertEquals("US and NATO must defend UA", bound.duty());
    }

    @Test
    void banBindsTheForcesItNamesButABanOnAnyForcesNamesNobody() {
        assertEquals(List.of("RU", "BY"), Derivations.boundActorsOf(ban("6", "UA", List.of("RU", "BY"), false)).orElseThrow().actors());
        assertTrue(Derivations.boundActorsOf(ban("6", "UA", List.of(), true)).isEmpty());
    }

    @Test
    void obligationBindsItsBearerWhateverItsModality() {
        BoundActors bound = Derivations.boundActorsOf(obligation("10", "EU", Modality.MUST_NOT, "admit", "UA")).orElseThrow();
        assertEquals(List.of("EU"), bound.actors());
        assertEquals("EU must not admit UA", bound.duty());
    }

    @Test
    void monitoringBodyIsNotBound() {
        Monitoring monitoring = new Monitoring(header("9", "monitoring"), "MM", List.of(), true, Set.of(MonitoringPower.OBSERVE));
        assertTrue(Derivations.boundActorsOf(monitoring).isEmpty());
    }
}
