package org.treatycheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatycheck.model.Activation;
import org.treatycheck.model.Clauses.ConditionalAccession;
import org.treatycheck.model.Clauses.ForeignForcesBan;
import org.treatycheck.model.Clauses.Monitoring;
import org.treatycheck.model.Clauses.NonAccession;
import org.treatycheck.model.Clauses.SecurityGuarantee;
import org.treatycheck.model.Decider;
import org.treatycheck.model.Entrenchment;
import org.treatycheck.model.GuaranteeCondition;
import org.treatycheck.model.GuaranteeStrength;
import org.treatycheck.model.MonitoringPower;
import org.treatycheck.model.Treaty;
import org.treatycheck.model.TreatyStatus;
import org.treatycheck.model.TriggerEvent;

/** Given a treaty file, the loader builds this model, or lists every problem with its position. */
class TreatyLoaderTest {

    @Test
    void loadsActorsTerritoriesAndTypedClausesWithDefaults() throws Exception {
        Treaty t = Drafts.load(Drafts.HEADER + """
                clauses:
                  - id: "7"
                    title: Neutral status
                    type: non_accession
                    party: UA
                    alliance: NATO
                    entrenchment: constitution
                  - id: 8
                    type: conditional_accession
                    party: UA
                    alliance: NATO
                    automatic: true
                    trigger: { event: violation, by: RU, of: ["7"], qualifier: without cause }
                  - id: "9"
                    type: security_guarantee
                    guarantors: NATO
                    beneficiary: UA
                    strength: assistance
                    activation: { decided_by: all_guarantors, within: P3D }
                    conditions:
                      - { kind: coordination_duty, scope: military action }
                      - kind: void_if
                        trigger: { event: use_of_force, by: UA }
                  - { id: "10", type: foreign_forces_ban, territory_of: UA, forces_of: any }
                  - { id: "11", type: monitoring, body: NATO, covers: all, powers: [observe, determine_violation] }
                """);
        assertEquals("test-draft", t.id());
        assertEquals(TreatyStatus.DRAFT, t.status());
        assertTrue(t.territories().get("Crimea").occupied());
        assertEquals(List.of("7", "8", "9", "10", "11"), t.clauseIds());

        NonAccession n = assertInstanceOf(NonAccession.class, t.clauses().get(0));
        assertEquals(Entrenchment.CONSTITUTION, n.entrenchment());
        assertFalse(n.allianceCommits());

        ConditionalAccession a = assertInstanceOf(ConditionalAccession.class, t.clauses().get(1));
        assertEquals("8", a.id(), "an unquoted number is read as the clause id as written");
        assertTrue(a.automatic());
        assertFalse(a.preRatified());
        assertEquals(TriggerEvent.VIOLATION, a.trigger().event());
        assertEquals(List.of("7"), a.trigger().of());
        assertFalse(a.trigger().ofAny());
        assertEquals("without cause", a.trigger().qualifier());
        assertFalse(a.trigger().hasArbiter());

        SecurityGuarantee g = assertInstanceOf(SecurityGuarantee.class, t.clauses().get(2));
        assertEquals(List.of("NATO"), g.guarantors(), "a single id stands for a one-item list");
        assertEquals(GuaranteeStrength.ASSISTANCE, g.strength());
        assertEquals(new Activation(Decider.ALL_GUARANTORS, null, "P3D"), g.activation());
        assertInstanceOf(GuaranteeCondition.CoordinationDuty.class, g.conditions().get(0));
        assertEquals(TriggerEvent.USE_OF_FORCE, ((GuaranteeCondition.VoidIf) g.conditions().get(1)).trigger().event());

        assertTrue(assertInstanceOf(ForeignForcesBan.class, t.clauses().get(3)).bans("NATO"));
        Monitoring m = assertInstanceOf(Monitoring.class, t.clauses().get(4));
        assertTrue(m.covers("7"));
        assertTrue(m.powers().contains(MonitoringPower.DETERMINE_VIOLATION));
    }

    @Test
    void anActivationDecidedByOneActorNamesIt() throws Exception {
        Treaty t = Drafts.load(Drafts.HEADER + """
                clauses:
                  - { id: "1", type: security_guarantee, guarantors: [NATO], beneficiary: UA, strength: consultation,
                      activation: { decided_by: RU } }
                """);
        assertEquals(new Activation(Decider.ACTOR, "RU", null), ((SecurityGuarantee) t.clauses().get(0)).activation());
    }

    @Test
    void reportsEveryProblemInTheFileAtOnceWithLineAndColumn() {
        List<String> problems = Drafts.problems(Drafts.HEADER + """
                clauses:
                  - id: "7"
                    type: non_accesion
                  - id: "8"
                    type: conditional_accession
                    partie: UA
                    alliance: NATOO
                    trigger: { event: violaton, by: RU }
                """);
        assertEquals(List.of(
                "draft.yaml:13:11: unknown clause type 'non_accesion'; did you mean 'non_accession'?",
                "draft.yaml:14:5: a conditional_accession clause lacks the required field 'party' (who joins)",
                "draft.yaml:16:5: unknown field 'partie' in a conditional_accession clause; did you mean 'party'?",
                "draft.yaml:17:15: 'alliance' in a conditional_accession clause names actor 'NATOO', which this file does not define; did you mean 'NATO'?",
                "draft.yaml:18:23: 'event' in a trigger: unknown value 'violaton'; did you mean 'violation'?"), problems);
    }

    @Test
    void missingTopLevelFieldsAndWrongTypesAreNamed() {
        List<String> problems = Drafts.problems("""
                format: treatycheck/2
                treaty: { id: Bad_Id, title: x, date: 2025-13-01 }
                actors:
                  UA: { name: Ukraine, kind: country, signatory: yes }
                """);
        assertEquals(List.of(
                "draft.yaml:1:1: the treaty file lacks the required field 'clauses' (the clauses, in document order)",
                "draft.yaml:1:9: unsupported format 'treatycheck/2'; expected treatycheck/1",
                "draft.yaml:2:15: 'id' in the treaty: 'Bad_Id' does not match ^[a-z0-9][a-z0-9-]*$",
                "draft.yaml:2:39: 'date' in the treaty must be an ISO date like 2025-02-20, not '2025-13-01'",
                "draft.yaml:4:30: 'kind' in an actor: unknown value 'country'; expected one of: state, alliance, organization, body",
                "draft.yaml:4:50: 'signatory' in an actor must be true or false, not 'yes'"), problems);
    }

    @Test
    void duplicateIdsAndDanglingReferencesAreErrors() {
        List<String> problems = Drafts.problems(Drafts.HEADER + """
                clauses:
                  - { id: "1", type: withdrawal, party: RU, from: [Crimea, Donbas] }
                  - { id: "1", type: monitoring, body: MM, covers: ["1", "2"] }
                """);
        assertEquals(List.of(
                "draft.yaml:12:60: 'from' in a withdrawal clause names territory 'Donbas', which this file does not define; "
                        + "expected one of: Crimea",
                "draft.yaml:13:11: clause id '1' is used twice; ids must be unique",
                "draft.yaml:13:40: 'body' in a monitoring clause names actor 'MM', which this file does not define; "
                        + "expected one of: NATO, RU, UA",
                "draft.yaml:13:58: 'covers' in a monitoring clause names clause '2', which this file does not define; "
                        + "expected one of: 1"), problems);
    }

    @Test
    void aDuplicateKeyIsAnError() {
        List<String> problems = Drafts.problems(Drafts.HEADER + """
                clauses:
                  - { id: "1", type: force_limit, party: UA, party: RU }
                """);
        assertEquals(List.of("draft.yaml:12:46: 'party' appears twice in a force_limit clause"), problems);
    }

    @Test
    void malformedYamlIsOneProblemWithItsPosition() {
        List<String> problems = Drafts.problems("format: treatycheck/1\ntreaty: { id: x\nactors: [\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("draft.yaml:3:"), problems.get(0));
        assertTrue(problems.get(0).contains("not valid YAML"), problems.get(0));
    }

    @Test
    void aDocumentThatIsNotAMappingOrIsEmptyIsRejected() {
        assertEquals(List.of("draft.yaml:1:1: a treaty file must be a mapping with format, treaty, actors and clauses, not a list"),
                Drafts.problems("- a\n- b\n"));
        assertEquals(List.of("draft.yaml:1:1: the file is empty; expected a treaty (format, treaty, actors, clauses)"),
                Drafts.problems("  \n"));
    }

    @Test
    void bytesThatAreNotUtf8OrBinaryAreRejectedAndAByteOrderMarkIsAccepted() throws Exception {
        byte[] latin1 = (Drafts.HEADER + "clauses:\n  - { id: \"1\", type: entry_into_force, note: \"Kyiv \u00e9\" }\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("draft.yaml:12:52: not UTF-8 (byte 0xE9); save the file as UTF-8"), Drafts.problems(latin1));
        assertEquals(List.of("draft.yaml:1:3: binary data (a NUL byte): expected a UTF-8 text file in YAML"),
                Drafts.problems(new byte[] {'a', ':', 0, 1, 2}));
        byte[] text = (Drafts.HEADER + "clauses:\n  - { id: \"1\", type: entry_into_force }\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals("test-draft", TreatyLoader.load(withBom, "draft.yaml").id());
    }

    @Test
    void aliasBombsAndDeepNestingAreRejectedQuickly() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        long start = System.nanoTime();
        List<String> problems = Drafts.problems(bomb.toString());
        assertTrue(problems.get(0).contains("YAML aliases"), problems.get(0));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "rejected without expanding the aliases");

        List<String> deep = Drafts.problems("a: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        assertTrue(deep.get(0).contains("nested deeper than"), deep.get(0));
    }

    @Test
    void anEmptyClauseListIsAnError() {
        assertEquals(List.of("draft.yaml:11:10: clauses must list at least one clause"),
                Drafts.problems(Drafts.HEADER + "clauses: []\n"));
    }
}
