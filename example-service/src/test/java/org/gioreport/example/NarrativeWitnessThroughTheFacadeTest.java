package org.gioreport.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.Seeds;
import org.gioreport.engine.Gioreport;
import org.junit.jupiter.api.Test;

/**
 * A real report (seed 000: 6 requests received, 6 disclosed) with a sentence restating its numbers put into its
 * overview, read through the facade: a true sentence is counted as agreeing, a false one is a warning, and the
 * table's value is what the record holds either way.
 */
class NarrativeWitnessThroughTheFacadeTest {

    private static NormalizationResult readWithSentence(String sentence) throws Exception {
        String text = Files.readString(Seeds.text("000_e5a8dc90a2ee1929"), StandardCharsets.UTF_8);
        String told = text.replaceFirst("一、总体情况\n", "一、总体情况\n" + sentence + "\n");
        assertTrue(told.contains(sentence), "the seed's overview heading is where the sentence goes");
        try (Gioreport gioreport = Gioreport.builder().build()) {
            return gioreport.normalize(told.getBytes(StandardCharsets.UTF_8), "000-told.txt");
        }
    }

    private static List<String> codes(NormalizationResult r) {
        return r.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void aTrueSentenceAgreesAndAFalseOneIsAWarningWhileTheTableValueStays() throws Exception {
        NormalizationResult agreeing = readWithSentence("2020年，我镇共收到政府信息公开申请6件，予以公开6件。");
        assertTrue(codes(agreeing).contains("NARRATIVE_AGREES"), codes(agreeing)::toString);
        assertTrue(!codes(agreeing).contains("NARRATIVE_MISMATCH"), codes(agreeing)::toString);

        NormalizationResult disagreeing = readWithSentence("2020年，我镇共收到政府信息公开申请9件，予以公开6件。");
        Diagnostic mismatch = disagreeing.diagnostics().stream().filter(d -> d.code().equals("NARRATIVE_MISMATCH"))
                .findFirst().orElseThrow(() -> new AssertionError(codes(disagreeing)));
        assertEquals("applications.newlyReceived.total", mismatch.path());
        assertTrue(mismatch.message().contains("申请9件") && mismatch.message().contains("= 6"), mismatch.message());
        assertEquals(6, ReportPaths.flatten(disagreeing.report()).get("applications.newlyReceived.total"));
        assertEquals(agreeing.status(), disagreeing.status());
    }
}
