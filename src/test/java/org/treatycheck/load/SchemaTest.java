package org.treatycheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * docs/treaty.schema.json is generated from the format table, and every shipped draft (and the
 * rule-test base draft) validates against it with an independent JSON Schema validator.
 */
class SchemaTest {

    private static final Path SCHEMA = Path.of("docs", "treaty.schema.json");

    @Test
    void theCheckedInSchemaIsTheGeneratedOne() throws Exception {
        assertEquals(SchemaGenerator.generate(), Files.readString(SCHEMA, StandardCharsets.UTF_8),
                "docs/treaty.schema.json is out of date: run ./treatycheck schema -o docs/treaty.schema.json");
    }

    @TestFactory
    Stream<DynamicTest> everyShippedDraftValidatesAgainstTheSchema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8));
        List<Path> drafts = TreatyFiles.find(List.of(Path.of("treaties"), Path.of("rules", "tests", "base.yaml")));
        assertFalse(drafts.isEmpty());
        return drafts.stream().map(draft -> DynamicTest.dynamicTest(draft.toString(), () -> {
            Set<ValidationMessage> errors = schema.validate(asJson(draft));
            assertEquals(Set.of(), errors, draft + " does not match the schema");
        }));
    }

    @Test
    void theSchemaRejectsWhatTheLoaderRejects() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8));
        String bad = Drafts.HEADER + """
                clauses:
                  - { id: "1", type: non_accession, party: UA, alliance: NATO, entrenchment: constitutional }
                  - { id: "2", type: elections, party: UA, by: next spring, extra: 1 }
                """;
        JsonNode json = new ObjectMapper().valueToTree(new Load(LoadSettings.builder().build()).loadFromString(bad));
        assertEquals(3, schema.validate(json).size(), schema.validate(json).toString());
    }

    private static JsonNode asJson(Path yaml) throws Exception {
        Object data = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(yaml, StandardCharsets.UTF_8));
        return new ObjectMapper().valueToTree(data);
    }
}
