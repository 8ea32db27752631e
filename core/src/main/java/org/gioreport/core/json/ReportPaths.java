package org.gioreport.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gioreport.core.model.Report;
import org.gioreport.core.model.ReportFields;

/**
 * Converts between a report and the flat map of dotted paths that fixtures, CSV and builders use. The paths
 * are the {@link org.gioreport.core.model.FieldCatalog}'s (the JSON's property names are the record
 * components the catalog walks); {@code unflatten} takes each edition's fields from it.
 */
public final class ReportPaths {

    private ReportPaths() {
    }

    /** Every leaf of the report as path → value (numbers, strings or null), in schema order. */
    public static Map<String, Object> flatten(Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (report != null) {
            walk("", ReportJson.mapper().valueToTree(report), out);
        }
        return out;
    }

    private static void walk(String prefix, JsonNode node, Map<String, Object> out) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                walk(path + ".", value, out);
            } else if (value.isNull()) {
                out.put(path, null);
            } else if (value.isNumber()) {
                out.put(path, value.numberValue());
            } else {
                out.put(path, value.asText());
            }
        }
    }

    /**
     * Builds a report of {@code edition} from path → value: every object of the edition exists with all its
     * keys (null where the map has no value); objects of the other edition are null.
     */
    public static Report unflatten(Map<String, ?> values, String edition) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", Report.SCHEMA_VERSION);
        if (edition != null) {
            for (String path : ReportFields.required(edition)) {
                put(root, path, null);
            }
        }
        values.forEach((path, value) -> put(root, path, value));
        try {
            return ReportJson.mapper().treeToValue(root, Report.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a report: " + e.getOriginalMessage(), e);
        }
    }

    private static void put(ObjectNode root, String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode existing ? existing : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], ReportJson.mapper().valueToTree(value));
    }
}
