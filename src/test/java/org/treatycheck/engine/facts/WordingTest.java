package org.treatycheck.engine.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.treatycheck.engine.facts.FactFixtures.nonAccession;
import static org.treatycheck.engine.facts.FactFixtures.qualified;
import static org.treatycheck.engine.facts.FactFixtures.trigger;
import static org.treatycheck.engine.facts.FactFixtures.violationOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatycheck.model.Entrenchment;
import org.treatycheck.model.TriggerEvent;

/** How messages word triggers, renunciations and lists. */
class WordingTest {

    @Test
    void triggersReadAsTheEventThatSetsThemOff() {
        assertEquals("RU violates the agreement", Wording.trigger(trigger(TriggerEvent.VIOLATION, "RU")));
        assertEquals("RU violates clause 21", Wording.trigger(violationOf("RU", List.of("21"))));
        assertEquals("clause 21, 22 or 23 is violated", Wording.trigger(violationOf(null, List.of("21", "22", "23"))));
        assertEquals("force is used", Wording.trigger(trigger(TriggerEvent.USE_OF_FORCE, null)));
        assertEquals("UA uses force \"without cause\"", Wording.trigger(qualified(TriggerEvent.USE_OF_FORCE, "UA", " without cause ")));
    }

    @Test
    void renunciationQuotesHowDeeplyItIsEntrenched() {
        assertEquals("entrenches in UA's constitution that it will not join NATO",
                Wording.renounces(nonAccession("7", "UA", "NATO", Entrenchment.CONSTITUTION, false)));
        assertEquals("commits UA not to join NATO", Wording.renounces(nonAccession("7", "UA", "NATO", null, false)));
    }

    @Test
    void listsJoinWithAConjunction() {
        assertEquals("", Wording.and(List.of()));
        assertEquals("UA", Wording.and(List.of("UA")));
        assertEquals("US and UK", Wording.and(List.of("US", "UK")));
        assertEquals("US, UK or FR", Wording.or(List.of("US", "UK", "FR")));
    }
}
