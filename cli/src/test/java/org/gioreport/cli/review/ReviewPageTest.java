package org.gioreport.cli.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gioreport.cli.CliRun;
import org.gioreport.cli.ExitCodes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review page's structure, read by jsoup: self-contained, every result embedded, nothing able to escape. */
class ReviewPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Results of the five examples and the corpus report with an arithmetic error (syn02), with provenance. */
    static Path results(Path dir) {
        Path results = dir.resolve("results.jsonl");
        CliRun.normalize(results, "--provenance", "../examples/",
                CliRun.corpus().resolve("pdf-text/syn02.txt").toString());
        return results;
    }

    @Test
    void thePageIsOneFileThatLoadsNothingAndEmbedsEveryResultWithItsProvenance() throws IOException {
        Path page = dir.resolve("review.html");
        CliRun run = CliRun.of("review", results(dir), "-o", page);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());

        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        assertEquals(List.of(), doc.select("[src], link[href], [href^=http], [href^=//], iframe, object, embed")
                .eachText(), "nothing loaded from elsewhere");
        assertTrue(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content").startsWith("default-src 'none'"));
        assertEquals(1, doc.select("#report-list").size());
        assertEquals(1, doc.select("#detail").size());
        assertEquals(1, doc.select("#provenance").size());

        JsonNode data = JSON.readTree(doc.selectFirst("script#review-data").data());
        assertEquals(6, data.path("reports").size());
        JsonNode seed = data.path("reports").get(0);
        assertEquals("建宁县均口镇人民政府", seed.path("organization").asText());
        int received = indexOf(data.path("paths"), "applications.newlyReceived.total");
        assertEquals(6, seed.path("v").get(received).asInt());
        JsonNode where = seed.path("p").get(received);
        assertTrue(where.get(0).asText().startsWith("line "), where.toString());
        assertTrue(seed.path("texts").get(where.get(1).asInt()).asText().contains("本年新收"), where.toString());

        JsonNode broken = data.path("reports").get(5);
        assertTrue(broken.path("breaks").has("applications.totalHandled.total"), broken.path("breaks").toString());
        assertTrue(broken.path("breaks").has("applications.totalHandled.naturalPerson"),
                "the row total's break marks the whole row: " + broken.path("breaks"));
        JsonNode layout = data.path("layouts").path("2021");
        assertEquals("三", layout.get(1).path("id").asText());
        assertEquals(26, layout.get(1).path("blocks").get(0).path("rows").size(),
                "2021's rows of 三: 24 of the template, with 其他处理 (derived) above its three rows");
    }

    private static int indexOf(JsonNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asText().equals(value)) {
                return i;
            }
        }
        throw new AssertionError(value + " not in " + array);
    }

    @Test
    void textFromADocumentCannotCloseTheScriptThatHoldsIt() throws IOException {
        Path results = results(dir);
        String first = Files.readAllLines(results).get(0);
        ObjectNode tree = (ObjectNode) JSON.readTree(first);
        String hostile = "</script><script>alert(1)</script><!--";
        ((ObjectNode) tree.path("report")).put("organization", hostile);
        Path edited = Files.writeString(dir.resolve("hostile.jsonl"), JSON.writeValueAsString(tree) + "\n",
                StandardCharsets.UTF_8);
        Path page = dir.resolve("hostile.html");
        CliRun.of("review", edited, "-o", page);

        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        assertEquals(2, doc.select("script").size(), "the data and the page's own script, no third");
        Element data = doc.selectFirst("script#review-data");
        assertEquals(hostile, JSON.readTree(data.data()).path("reports").get(0).path("organization").asText());
    }
}
