package org.gioreport.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Source;
import org.gioreport.core.model.Status;
import org.gioreport.core.testing.SampleReports;
import org.junit.jupiter.api.Test;

class ResultSchemaTest {

    static Set<ValidationMessage> check(String jsonLine) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(ResultSchema.generate());
        JsonNode node = ReportJson.mapper().readTree(jsonLine);
        return schema.validate(node);
    }

    @Test
    void aCompleteResultValidatesAgainstTheGeneratedSchema() throws Exception {
        var result = new NormalizationResult(new Source("a.txt", "00", "text/plain"), "pdf-text", Status.COMPLETE,
                SampleReports.report(SampleReports.consistent2019()), List.of(), null, List.of());
        assertEquals(Set.of(), check(ReportJson.toLine(result)));
    }

    @Test
    void schemaRejectsANegativeCountAndAMissingKey() throws Exception {
        var values = SampleReports.consistent2019();
        values.put("applications.newlyReceived.business", -1);
        var result = new NormalizationResult(new Source("a.txt", "00", "text/plain"), "pdf-text", Status.COMPLETE,
                SampleReports.report(values), List.of(), null, List.of());
        assertFalse(check(ReportJson.toLine(result)).isEmpty());
        String withoutStatus = ReportJson.toLine(result).replace("\"status\":\"complete\",", "");
        assertFalse(check(withoutStatus).isEmpty());
    }

    @Test
    void schemaNamesTheStatusValuesOfTheContract() {
        String schema = ResultSchema.generate().toString();
        for (String status : List.of("complete", "partial", "unrecognized", "failed")) {
            assertFalse(!schema.contains("\"" + status + "\""), status);
        }
        assertFalse(Map.of().equals(ResultSchema.generate()));
    }
}
