package org.gioreport.plugins.markdowntable;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Report;
import org.gioreport.spi.SourceDocument;

/**
 * A sample input and its {@code .expected.json}: a flat map from dotted path to value, where a path mapped to
 * null must come out null and a path left out is not judged (the format of shared/fixtures/seeds).
 */
record ExpectedValues(String name, SourceDocument document, Map<String, Object> expected) {

    static ExpectedValues load(String stem) throws IOException {
        String text = resource(stem + ".md");
        Map<String, Object> expected = ReportJson.mapper().readValue(resource(stem + ".expected.json"),
                new TypeReference<LinkedHashMap<String, Object>>() { });
        return new ExpectedValues(stem, new SourceDocument(stem + ".md", "text/x-web-markdown", text, Map.of(),
                List.of()), expected);
    }

    /** One line per path whose value differs from the expected one; empty when every value matches. */
    List<String> mismatches(Report report) {
        Map<String, Object> actual = ReportPaths.flatten(report);
        List<String> out = new ArrayList<>();
        expected.forEach((path, want) -> {
            Object got = actual.get(path);
            if (!same(want, got)) {
                out.add(path + ": expected " + want + ", got " + got);
            }
        });
        return out;
    }

    private static boolean same(Object want, Object got) {
        if (want instanceof Number w && got instanceof Number g) {
            return new BigDecimal(w.toString()).compareTo(new BigDecimal(g.toString())) == 0;
        }
        return want == null ? got == null : want.equals(got);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExpectedValues.class.getResourceAsStream("/markdown-table/" + name)) {
            if (in == null) {
                throw new IOException("no test resource markdown-table/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
