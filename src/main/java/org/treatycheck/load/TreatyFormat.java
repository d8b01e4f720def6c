package org.treatycheck.load;

import static org.treatycheck.load.FieldSpec.listOf;
import static org.treatycheck.load.FieldSpec.of;
import static org.treatycheck.load.FieldSpec.oneOf;
import static org.treatycheck.load.FieldSpec.required;
import static org.treatycheck.load.ValueType.ACTOR;
import static org.treatycheck.load.ValueType.ACTORS;
import static org.treatycheck.load.ValueType.ACTOR_OR_KEYWORD;
import static org.treatycheck.load.ValueType.BOOL;
import static org.treatycheck.load.ValueType.CLAUSES;
import static org.treatycheck.load.ValueType.DATE;
import static org.treatycheck.load.ValueType.DURATION;
import static org.treatycheck.load.ValueType.INT;
import static org.treatycheck.load.ValueType.NUMBER;
import static org.treatycheck.load.ValueType.OBJECT;
import static org.treatycheck.load.ValueType.TERRITORIES;
import static org.treatycheck.load.ValueType.TERRITORY;
import static org.treatycheck.load.ValueType.TEXT;
import static org.treatycheck.load.ValueType.TIME;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatycheck.model.ActorKind;
import org.treatycheck.model.Admission;
import org.treatycheck.model.CeasefireForm;
import org.treatycheck.model.Crime;
import org.treatycheck.model.Entrenchment;
import org.treatycheck.model.ForceScope;
import org.treatycheck.model.GuaranteeStrength;
import org.treatycheck.model.Modality;
import org.treatycheck.model.MonitoringPower;
import org.treatycheck.model.NuclearStatusKind;
import org.treatycheck.model.SanctionsAction;
import org.treatycheck.model.TerritoryStatus;
import org.treatycheck.model.TreatyStatus;
import org.treatycheck.model.TriggerEvent;

/**
 * The treaty file format, version 1, as data: the one source of truth that the loader validates
 * against and that {@code docs/treaty.schema.json} is generated from. Adding an optional field or a
 * clause type starts here.
 */
public final class TreatyFormat {

    /** The value of the required top-level {@code format} field. */
    public static final String VERSION = "treatycheck/1";

    /** Largest treaty file accepted, in bytes (documented in docs/treaty-format.md). */
    public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

    /** Deepest nesting of mappings and lists accepted; the format itself needs 6. */
    public static final int MAX_DEPTH = 32;

    /** Most aliases ({@code *anchor}) accepted, so that alias expansion cannot blow a file up. */
    public static final int MAX_ALIASES = 100;

    static final String ID_PATTERN = "^[a-z0-9][a-z0-9-]*$";
    static final String ACTOR_ID_PATTERN = "^[A-Za-z][A-Za-z0-9_]*$";

    /** A trigger: the event that sets a clause in motion. */
    public static final ObjectSpec TRIGGER = new ObjectSpec("a trigger", List.of(
            oneOf("event", TriggerEvent.class, true, null, "what sets it off"),
            of("by", ACTOR, "whose act"),
            of("of", CLAUSES, "which clauses' violation").withKeywords("any").withDefault("any"),
            of("qualifier", TEXT, "vague wording as written, e.g. \"without cause\""),
            of("determined_by", ACTOR, "who decides that the event happened; absent = nobody named")));

    /** How a security guarantee is set in motion. */
    public static final ObjectSpec ACTIVATION = new ObjectSpec("an activation", List.of(
            of("decided_by", ACTOR_OR_KEYWORD, "who decides: each_guarantor, all_guarantors, unsc, or an actor id")
                    .withKeywords("each_guarantor", "all_guarantors", "unsc").withDefault("each_guarantor"),
            of("within", DURATION, "ISO-8601 duration within which the decision is due")));

    /** Conditions attached to a security guarantee, by {@code kind}. */
    public static final UnionSpec CONDITIONS = new UnionSpec("kind", "condition", List.of(), variants(
            "coordination_duty", List.of(of("scope", TEXT, "what must be coordinated")),
            "void_if", List.of(required("trigger", OBJECT, "the guarantee lapses when this happens").withObject(TRIGGER))));

    /** Fields every clause has. */
    public static final List<FieldSpec> CLAUSE_COMMON = List.of(
            required("id", TEXT, "the article number as written; unique in the file"),
            required("type", ValueType.ENUM, "the clause type"),
            of("title", TEXT, "title of the clause"),
            of("text", TEXT, "the clause's wording"),
            of("note", TEXT, "commentary"),
            of("at", TIME, "when the clause takes effect").withDefault("signature"));

    /** Clause types and their own fields, in the order of the format document. */
    public static final Map<String, List<FieldSpec>> CLAUSE_TYPES = variants(
            "ceasefire", List.of(
                    required("parties", ACTORS, "who stops fighting"),
                    of("line", TEXT, "the line where forces stop"),
                    oneOf("form", CeasefireForm.class, false, "ceasefire", "ceasefire, armistice or truce"),
                    of("permanent", BOOL, "a permanent cessation").withDefault("false")),
            "settlement_talks", List.of(
                    required("parties", ACTORS, "who negotiates"),
                    of("by", TIME, "deadline; may be unspecified"),
                    of("forum", TEXT, "where talks are held"),
                    of("binding", BOOL, "false when the text only recommends talks").withDefault("true")),
            "withdrawal", List.of(
                    required("party", ACTOR, "whose forces leave"),
                    required("from", TERRITORIES, "territories left"),
                    of("by", TIME, "deadline")),
            "buffer_zone", List.of(
                    required("territories", TERRITORIES, "where the zone lies"),
                    of("demilitarized", BOOL, "no forces inside").withDefault("true"),
                    of("width_km", NUMBER, "width in kilometres")),
            "territorial_status", List.of(
                    required("territory", TERRITORY, "the territory"),
                    oneOf("status", TerritoryStatus.class, true, null, "what the treaty says about it"),
                    of("in_favour_of", ACTOR, "whose claim is recognised"),
                    of("recognized_by", ACTORS, "who recognises")),
            "non_use_of_force", List.of(
                    required("parties", ACTORS, "who renounces force"),
                    oneOf("scope", ForceScope.class, false, "all", "all force, or force to change borders")),
            "security_guarantee", List.of(
                    required("guarantors", ACTORS, "who guarantees"),
                    required("beneficiary", ACTOR, "who is protected"),
                    oneOf("strength", GuaranteeStrength.class, true, null, "how much is promised"),
                    of("against", ACTOR, "whom the guarantee is directed against"),
                    of("activation", OBJECT, "how the guarantee is set in motion").withObject(ACTIVATION),
                    of("excludes", TERRITORIES, "territories the guarantee does not cover"),
                    of("presence", BOOL, "guarantor forces stationed on the beneficiary's territory").withDefault("false"),
                    of("conditions", ValueType.UNION_LIST, "conditions on the guarantee").withUnion(CONDITIONS)),
            "non_accession", List.of(
                    required("party", ACTOR, "who renounces membership"),
                    required("alliance", ACTOR, "the alliance"),
                    oneOf("entrenchment", Entrenchment.class, false, null, "how deeply it is written into law"),
                    of("alliance_commits", BOOL, "the alliance itself undertakes not to admit").withDefault("false")),
            "conditional_accession", List.of(
                    required("party", ACTOR, "who joins"),
                    required("alliance", ACTOR, "the alliance"),
                    required("trigger", OBJECT, "what grants membership").withObject(TRIGGER),
                    of("automatic", BOOL, "membership follows without a further decision").withDefault("false"),
                    of("pre_ratified", BOOL, "every member has ratified the accession in advance").withDefault("false")),
            "accession_path", List.of(
                    required("party", ACTOR, "who may join"),
                    required("organization", ACTOR, "the organization")),
            "force_limit", List.of(
                    required("party", ACTOR, "whose forces are capped"),
                    of("personnel", INT, "cap on personnel")),
            "foreign_forces_ban", List.of(
                    required("territory_of", ACTOR, "on whose territory"),
                    required("forces_of", ACTORS, "whose forces, or any").withKeywords("any")),
            "sanctions", List.of(
                    oneOf("action", SanctionsAction.class, true, null, "lift, ease or reimpose"),
                    required("target", ACTOR, "who is sanctioned"),
                    of("by", ACTORS, "who imposes them"),
                    of("trigger", OBJECT, "what reimposes them (for reimpose)").withObject(TRIGGER)),
            "elections", List.of(
                    required("party", ACTOR, "who holds elections"),
                    required("by", TIME, "deadline"),
                    of("territories", TERRITORIES, "where elections are held")),
            "martial_law", List.of(
                    required("party", ACTOR, "who is under martial law"),
                    required("ends", TIME, "when it ends")),
            "amnesty", List.of(
                    of("beneficiaries", ACTORS, "who benefits, or all").withKeywords("all"),
                    listOf("excludes", Crime.class, "crimes the amnesty does not cover")),
            "monitoring", List.of(
                    required("body", ACTOR, "who monitors"),
                    required("covers", CLAUSES, "clause ids, or all").withKeywords("all"),
                    listOf("powers", MonitoringPower.class, "what the body may do")),
            "entry_into_force", List.of(
                    of("requires", ACTORS, "who must ratify")),
            "nuclear_status", List.of(
                    required("party", ACTOR, "whose status"),
                    oneOf("status", NuclearStatusKind.class, true, null, "nuclear or non-nuclear")),
            "obligation", List.of(
                    required("bearer", ACTOR, "who is bound"),
                    oneOf("modality", Modality.class, true, null, "must, must_not or may"),
                    required("action", TEXT, "what is to be done (compared exactly)"),
                    of("object", TEXT, "to what (compared exactly)"),
                    of("trigger", OBJECT, "when the duty applies").withObject(TRIGGER)));

    /** Clauses, told apart by {@code type}. */
    public static final UnionSpec CLAUSES_UNION = new UnionSpec("type", "clause", CLAUSE_COMMON, CLAUSE_TYPES);

    /** An actor. */
    public static final ObjectSpec ACTOR_SPEC = new ObjectSpec("an actor", List.of(
            required("name", TEXT, "display name"),
            oneOf("kind", ActorKind.class, true, null, "state, alliance, organization or body"),
            required("signatory", BOOL, "signs and is bound by the treaty"),
            of("belligerent", BOOL, "a party to the armed conflict the treaty ends").withDefault("false"),
            of("unsc_veto", BOOL, "permanent member of the UN Security Council").withDefault("false"),
            of("rome_statute", BOOL, "state party to the Rome Statute of the ICC").withDefault("false"),
            of("martial_law", BOOL, "under martial law when the draft would be signed").withDefault("false"),
            oneOf("admission", Admission.class, false, "unanimity", "how new members are admitted"),
            of("collective_defence", BOOL, "has a mutual-defence commitment (NATO Art. 5)").withDefault("false")));

    /** A territory. */
    public static final ObjectSpec TERRITORY_SPEC = new ObjectSpec("a territory", List.of(
            required("sovereign", ACTOR, "sovereign under international law at signature"),
            of("controlled_by", ACTOR, "who controls it at signature").withDefault("the sovereign")));

    /** The treaty's metadata. */
    public static final ObjectSpec TREATY_SPEC = new ObjectSpec("the treaty", List.of(
            required("id", TEXT, "treaty id; names the report").withPattern(ID_PATTERN),
            required("title", TEXT, "title"),
            of("draft", TEXT, "draft label"),
            of("date", DATE, "ISO date of signature"),
            oneOf("status", TreatyStatus.class, false, "draft", "how far the text has gone"),
            of("source", TEXT, "where this text comes from")));

    /** The whole file. */
    public static final ObjectSpec FILE = new ObjectSpec("the treaty file", List.of(
            required("format", TEXT, "the format version: " + VERSION),
            required("treaty", OBJECT, "the treaty's metadata").withObject(TREATY_SPEC),
            required("actors", ValueType.MAP, "actors by id").withObject(ACTOR_SPEC).withPattern(ACTOR_ID_PATTERN),
            of("territories", ValueType.MAP, "territories by name").withObject(TERRITORY_SPEC),
            required("clauses", ValueType.UNION_LIST, "the clauses, in document order").withUnion(CLAUSES_UNION)));

    private TreatyFormat() {
    }

    private static Map<String, List<FieldSpec>> variants(Object... nameThenFields) {
        Map<String, List<FieldSpec>> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenFields.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<FieldSpec> fields = (List<FieldSpec>) nameThenFields[i + 1];
            map.put((String) nameThenFields[i], fields);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
