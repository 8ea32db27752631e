package org.gioreport.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Provenance;
import org.gioreport.core.model.Report;
import org.gioreport.core.model.ReportFields;
import org.gioreport.core.model.Source;
import org.gioreport.core.model.Status;
import org.gioreport.core.testing.SampleReports;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    private static NormalizationResult sample(Report report) {
        return new NormalizationResult(new Source("reports/a.txt", "ab12", "text/plain"), "pdf-text",
                Status.PARTIAL, report, List.of("applications.otherHandling.total"),
                Map.of("applications.newlyReceived.total", Provenance.line(57, "一、本年新收 6 0 0 0 0 0 6")),
                List.of(Diagnostic.warning("ROW_MISSING", "applications.carriedForward", "row lost")));
    }

    @Test
    void resultRoundTripsThroughOneJsonLine() throws Exception {
        NormalizationResult result = sample(SampleReports.report(SampleReports.consistent2019()));
        String line = ReportJson.toLine(result);
        assertTrue(!line.contains("\n"));
        assertEquals(result, ReportJson.fromLine(line));
    }

    @Test
    void everyKeyIsWrittenEvenWhenUnknownAndInContractOrder() {
        Report empty = ReportPaths.unflatten(Map.of("edition", "2021"), "2021");
        String line = ReportJson.toLine(sample(empty));
        assertTrue(line.startsWith("{\"source\":{\"path\":\"reports/a.txt\",\"sha256\":\"ab12\",\"mediaType\":"
                + "\"text/plain\"},\"format\":\"pdf-text\",\"status\":\"partial\",\"report\":{\"schemaVersion\":\"1\","
                + "\"organization\":null,\"reportYear\":null,\"publishedOn\":null,\"edition\":\"2021\","), line);
        assertTrue(line.contains("\"regulations\":{\"newlyMade\":null,\"newlyPublished\":null,\"totalPublished\":null,"
                + "\"issued\":null,\"repealed\":null,\"inForce\":null}"), line);
        assertTrue(line.contains("\"otherServices\":null"), "2021 has no otherServices: " + line);
        assertTrue(line.contains("\"procurement\":null"), line);
        assertTrue(line.contains("\"otherHandlingDetail\":{\"overdueCorrection\":{\"naturalPerson\":null"), line);
    }

    @Test
    void flattenListsEveryFieldOfTheEditionWithItsValue() {
        var values = SampleReports.consistent2019();
        Map<String, Object> flat = ReportPaths.flatten(SampleReports.report(values));
        for (String path : ReportFields.required("2019")) {
            assertTrue(flat.containsKey(path), path);
            assertEquals(String.valueOf(values.get(path)), String.valueOf(flat.get(path)), path);
        }
        assertNull(flat.get("applications.otherHandlingDetail.other.total"));
    }
}
