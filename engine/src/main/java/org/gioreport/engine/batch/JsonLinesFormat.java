package org.gioreport.engine.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;

/** The default output: each result as one line of JSON ({@link ReportJson}). */
public final class JsonLinesFormat implements RecordFormat {

    @Override
    public String header() {
        return "";
    }

    @Override
    public String format(NormalizationResult result) {
        return ReportJson.toLine(result) + "\n";
    }

    @Override
    public boolean quotedLineBreaks() {
        return false;
    }

    @Override
    public Recorded recorded(String line) {
        try {
            JsonNode node = ReportJson.mapper().readTree(line);
            JsonNode source = node == null ? null : node.get("source");
            if (source == null || !source.isObject() || !source.path("path").isTextual() || !node.has("status")) {
                return null;
            }
            JsonNode sha = source.get("sha256");
            return new Recorded(source.get("path").asText(), sha == null || sha.isNull() ? null : sha.asText(),
                    Recorded.status(node.get("status").asText()));
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
