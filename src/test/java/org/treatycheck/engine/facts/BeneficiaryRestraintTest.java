package org.treatycheck.engine.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatycheck.engine.facts.FactFixtures.coordinationDuty;
import static org.treatycheck.engine.facts.FactFixtures.guarantee;
import static org.treatycheck.engine.facts.FactFixtures.trigger;
import static org.treatycheck.engine.facts.FactFixtures.voidIf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatycheck.model.GuaranteeCondition;
import org.treatycheck.model.GuaranteeStrength;
import org.treatycheck.model.TriggerEvent;

/** Which guarantee conditions restrain the beneficiary's own military action (guarantee-constrains-reclamation). */
class BeneficiaryRestraintTest {

    private static final List<String> GUARANTORS = List.of("US", "UK");

    @Test
    void coordinationDutyRestrainsTheBeneficiary() {
        GuaranteeCondition duty = coordinationDuty("offensive operations");
        BeneficiaryRestraint restraint = Derivations.restraintOf(guarantee("5", GUARANTORS, "UA", GuaranteeStrength.ASSISTANCE, duty))
                .orElseThrow();
        assertEquals("UA", restraint.beneficiary());
        assertEquals(List.of(duty), restraint.conditions());
        assertEquals("obliges UA to coordinate its military action with the guarantors (offensive operations)", restraint.description());
    }

    @Test
    void voidIfTheBeneficiaryUsesForceOrStrikesRestrainsIt() {
        GuaranteeCondition force = voidIf(trigger(TriggerEvent.USE_OF_FORCE, "UA"));
        GuaranteeCondition strike = voidIf(trigger(TriggerEvent.STRIKE, "UA"));
        BeneficiaryRestraint restraint = Derivations.restraintOf(
                guarantee("5", GUARANTORS, "UA", GuaranteeStrength.ASSISTANCE, force, strike)).orElseThrow();
        assertEquals(List.of(force, strike), restraint.conditions());
        assertEquals("lapses if UA uses force and lapses if UA carries out a strike", restraint.description());
    }

    @Test
    void voidIfSomeoneElseActsOrOnAnotherEventDoesNotRestrainTheBeneficiary() {
        assertTrue(Derivations.restraintOf(guarantee("5", GUARANTORS, "UA", GuaranteeStrength.ASSISTANCE,
                voidIf(trigger(TriggerEvent.USE_OF_FORCE, "RU")),
                voidIf(trigger(TriggerEvent.USE_OF_FORCE, null)),
                voidIf(trigger(TriggerEvent.VIOLATION, "UA")),
                voidIf(trigger(TriggerEvent.ARMED_ATTACK, "UA")))).isEmpty());
    }

    @Test
    void guaranteeWithoutConditionsRestrainsNothing() {
        assertTrue(Derivations.restraintOf(guarantee("5", GUARANTORS, "UA", GuaranteeStrength.ASSISTANCE)).isEmpty());
    }
}
