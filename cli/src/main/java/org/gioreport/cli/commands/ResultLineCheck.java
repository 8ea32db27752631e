package org.gioreport.cli.commands;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.json.ResultSchema;
import org.gioreport.core.model.NormalizationResult;

/**
 * Reads one line of a results file the strict way, for {@code validate}: the line must be JSON without
 * duplicate keys and must satisfy the JSON Schema that {@code gioreport schema} prints (no unknown key, no
 * null where the contract has none, integers for counts) before it is read into Java types. Reading first and
 * checking after would let Jackson drop an unknown key or turn {@code 2.5} into 2, and the cross-checks would
 * then judge numbers the file does not contain.
 */
final class ResultLineCheck {

    /** Thrown when a line is not a result; carries one message per problem. */
    static final class NotAResult extends Exception {
        final List<String> problems;

        NotAResult(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = problems;
        }
    }

    private final ObjectMapper strict = ReportJson.mapper().copy()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    private final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(ResultSchema.json());

    /** The line's JSON tree, or why it is not JSON. */
    JsonNode parse(String line) throws NotAResult {
        try {
            return strict.readTree(line);
        } catch (JsonProcessingException e) {
            throw new NotAResult(List.of("not JSON (" + e.getOriginalMessage() + ")"));
        }
    }

    /**
     * A nullable object is "null, or that object" (anyOf). When the object branch fails, the null branch fails
     * too ("object found, null expected") at every level above the real problem: noise, left out.
     */
    private static boolean nullBranchOnly(ValidationMessage message) {
        JsonNode type = message.getSchemaNode();
        return "type".equals(message.getType()) && type != null
                && ("null".equals(type.asText()) || "null".equals(type.path("type").asText()));
    }

    /** The result the line holds, once it has passed the schema; else every schema problem, sorted. */
    NormalizationResult read(JsonNode tree) throws NotAResult {
        List<String> problems = schema.validate(tree).stream().filter(m -> !nullBranchOnly(m))
                .map(ValidationMessage::getMessage).sorted().toList();
        if (!problems.isEmpty()) {
            throw new NotAResult(problems);
        }
        try {
            return strict.treeToValue(tree, NormalizationResult.class);
        } catch (JsonProcessingException e) {
            throw new NotAResult(List.of(e.getOriginalMessage()));
        }
    }
}
