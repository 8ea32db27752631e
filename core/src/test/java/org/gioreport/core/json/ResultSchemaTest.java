package org.gioreport.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Severity;
import org.gioreport.core.model.Source;
import org.gioreport.core.model.Status;
import org.gioreport.core.testing.SampleReports;
import org.junit.jupiter.api.Test;

/**
 * The committed schema ({@link ResultSchema}) is as strict as the contract. That it is the one the records give
 * today is checked where it is generated, in schema-generator's {@code CommittedSchemaTest}.
 */
class ResultSchemaTest {

    static final String SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    static final ObjectNode SCHEMA = ResultSchema.json();

    static Set<ValidationMessage> check(String jsonLine) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SCHEMA);
        return schema.validate(ReportJson.mapper().readTree(jsonLine));
    }

    static String completeLine() {
        return ReportJson.toLine(new NormalizationResult(new Source("a.txt", SHA, "text/plain"), "pdf-text",
                Status.COMPLETE, SampleReports.report(SampleReports.consistent2019()), List.of(), null, List.of()));
    }

    /** The complete line with one edit; fails if the text to replace is not there (the edit would be a no-op). */
    static String broken(String from, String to) {
        String line = completeLine();
        assertTrue(line.contains(from), from);
        return line.replace(from, to);
    }

    @Test
    void aCompleteResultValidatesAgainstTheGeneratedSchema() throws Exception {
        assertEquals(Set.of(), check(completeLine()));
    }

    @Test
    void schemaRejectsANegativeCountAMissingKeyAndAnUnknownOne() throws Exception {
        assertFalse(check(broken("\"business\":1,", "\"business\":-1,")).isEmpty());
        assertFalse(check(broken("\"status\":\"complete\",", "")).isEmpty());
        assertFalse(check(broken("\"status\":\"complete\",", "\"status\":\"complete\",\"note\":\"x\",")).isEmpty());
    }

    @Test
    void everyObjectListsExactlyTheComponentsOfItsRecordAllRequiredAndNoOthersAllowed() throws Exception {
        Map<String, JsonNode> objects = new java.util.TreeMap<>();
        objects.put("NormalizationResult", SCHEMA);
        SCHEMA.get("$defs").fields().forEachRemaining(e -> {
            if (e.getValue().has("properties")) {
                objects.put(e.getKey(), e.getValue());
            }
        });
        for (var entry : objects.entrySet()) {
            Class<?> type = Class.forName("org.gioreport.core.model." + entry.getKey());
            JsonNode object = entry.getValue();
            List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            assertEquals(new TreeSet<>(components), names(object.get("properties")), type.getSimpleName());
            Set<String> optional = Set.of("provenance", "narrative");
            assertEquals(components.stream().filter(c -> !optional.contains(c)).collect(Collectors.toCollection(TreeSet::new)),
                    texts(object.get("required")), type.getSimpleName());
            assertEquals(false, object.path("additionalProperties").asBoolean(true),
                    type.getSimpleName() + " accepts unknown keys");
        }
        assertEquals(19, objects.size(), objects.keySet()::toString);
    }

    @Test
    void everyPropertyHasADescription() {
        List<String> undescribed = new ArrayList<>();
        int[] judged = {0};
        forEachProperty(SCHEMA, "", (path, property) -> {
            judged[0]++;
            if (property.path("description").asText("").isBlank()) {
                undescribed.add(path);
            }
        });
        assertEquals(List.of(), undescribed);
        assertEquals(98, judged[0]);
    }

    @Test
    void countsAreIntegersAmountsAreDecimalsAndNeitherIsNegative() throws Exception {
        int judged = 0;
        for (String name : List.of("ApplicantCounts", "OutcomeCounts", "DocumentCounts", "ItemCounts", "Fees",
                "Procurement")) {
            Class<?> type = Class.forName("org.gioreport.core.model." + name);
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType() != Integer.class && c.getType() != BigDecimal.class) {
                    continue;
                }
                JsonNode property = SCHEMA.get("$defs").get(name).get("properties").get(c.getName());
                String expected = c.getType() == Integer.class ? "integer" : "number";
                assertEquals(Set.of(expected, "null"), texts(property.get("type")), name + "." + c.getName());
                boolean mayBeNegative = c.getName().equals("change");
                assertEquals(mayBeNegative ? null : 0, property.has("minimum") ? property.get("minimum").asInt() : null,
                        name + "." + c.getName());
                judged++;
            }
        }
        assertEquals(7 + 5 + 6 + 3 + 3 + 2, judged);
        assertFalse(check(broken("\"review\":{\"upheld\":1", "\"review\":{\"upheld\":2.5")).isEmpty());
        assertFalse(check(broken("\"review\":{\"upheld\":1", "\"review\":{\"upheld\":\"1\"")).isEmpty());
    }

    @Test
    void everyPatternIsAnchoredSoThatAValueCannotMerelyContainAMatch() throws Exception {
        List<String> patterns = new ArrayList<>();
        collect(SCHEMA, "pattern", patterns);
        assertEquals(6, patterns.size(), patterns::toString);
        for (String pattern : patterns) {
            assertTrue(pattern.startsWith("^") && pattern.endsWith("$"), pattern);
        }
        assertFalse(check(broken("\"edition\":\"2019\"", "\"edition\":\"x2019y\"")).isEmpty());
        assertFalse(check(broken("\"publishedOn\":\"2021-01-11\"", "\"publishedOn\":\"2021-01-011!\"")).isEmpty());
        assertFalse(check(broken("\"publishedOn\":\"2021-01-11\"", "\"publishedOn\":\"published 2021-01-11\""))
                .isEmpty());
    }

    @Test
    void statusSeverityAndEditionAreClosedListsAndStatusIsNeverNull() throws Exception {
        JsonNode defs = SCHEMA.get("$defs");
        assertEquals(Arrays.stream(Status.values()).map(Status::json).toList(), list(defs.get("Status").get("enum")));
        assertEquals(Arrays.stream(Severity.values()).map(Severity::json).toList(),
                list(defs.get("Severity").get("enum")));
        assertEquals(Arrays.asList("2019", "2021", null), list(defs.get("Report").get("properties").get("edition")
                .get("enum")));
        assertEquals("#/$defs/Status", SCHEMA.get("properties").get("status").get("$ref").asText());
        assertFalse(check(broken("\"status\":\"complete\"", "\"status\":null")).isEmpty());
        assertFalse(check(broken("\"status\":\"complete\"", "\"status\":\"done\"")).isEmpty());
        assertFalse(check(broken("\"edition\":\"2019\"", "\"edition\":\"2020\"")).isEmpty());
    }

    private static void forEachProperty(JsonNode node, String path,
            java.util.function.BiConsumer<String, JsonNode> action) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fields().forEachRemaining(e -> action.accept(path + "/" + e.getKey(), e.getValue()));
            }
            node.fields().forEachRemaining(e -> forEachProperty(e.getValue(), path + "/" + e.getKey(), action));
        } else if (node.isArray()) {
            node.forEach(child -> forEachProperty(child, path, action));
        }
    }

    private static void collect(JsonNode node, String key, List<String> out) {
        if (node.isObject()) {
            if (node.get(key) != null && node.get(key).isTextual()) {
                out.add(node.get(key).asText());
            }
            node.forEach(child -> collect(child, key, out));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, key, out));
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            JsonNode n = it.next();
            out.add(n.isNull() ? null : n.asText());
        }
        return out;
    }
}
