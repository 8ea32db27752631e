package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gioreport.cli.CliRun;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad inputs of a national crawl (empty, a named pipe, random bytes, truncated, fake and encrypted PDFs, a PDF
 * over the page limit, truncated and zip-bomb DOCX, GB18030 text, an HTML page that is no report) among real reports,
 * read in one run under each {@code --isolation} mode: each mode gives every input exactly one record, and the two
 * give the same record for each (status, diagnostic codes, report), none lost and none repeated.
 */
class BadInputsInBothIsolationModesIT {

    @TempDir
    Path dir;

    @Test
    void bothIsolationModesGiveEveryBadInputTheSameOneRecord() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        List<Path> made = List.of(BadInputFiles.empty(inputs), BadInputFiles.namedPipe(inputs, "pipe.txt"),
                BadInputFiles.randomBytes(inputs, "random.bin"), BadInputFiles.randomBytes(inputs, "random.pdf"),
                BadInputFiles.truncatedPdf(inputs), BadInputFiles.fakePdf(inputs), BadInputFiles.encryptedPdf(inputs),
                BadInputFiles.manyPagesPdf(inputs, 5_001), BadInputFiles.truncatedDocx(inputs),
                BadInputFiles.zipBombDocx(inputs), BadInputFiles.lowRatioZipBombDocx(inputs),
                BadInputFiles.reencoded(inputs, "pdf-text/syn05.txt", Charset.forName("GB18030")),
                BadInputFiles.htmlThatIsNoReport(inputs));
        CliRun.copyCorpus(inputs, "pdf-text/syn01.txt", "html/syn02.html", "docx/syn03.docx", "pdf/syn04.pdf");
        Map<String, String> thread = records(inputs, "thread");
        Map<String, String> process = records(inputs, "process");
        assertEquals(made.size() + 4, thread.size(), thread.keySet()::toString);
        assertEquals(thread.keySet(), process.keySet());
        for (String path : thread.keySet()) {
            assertEquals(thread.get(path), process.get(path), path);
        }
    }

    /** Each input's record in one run under {@code isolation}: its status, codes and report, by path. */
    private Map<String, String> records(Path inputs, String isolation) throws JsonProcessingException {
        Path out = dir.resolve(isolation + ".jsonl");
        CliRun run = CliRun.of("normalize", "--isolation", isolation, "--threads", "2", "-o", out, inputs);
        assertFalse(run.err().contains("\tat "), run.err());
        Map<String, String> byPath = new TreeMap<>();
        for (NormalizationResult r : CliRun.results(out)) {
            String record = r.status() + " " + r.diagnostics().stream().map(Diagnostic::code).sorted().toList() + " "
                    + ReportJson.mapper().writeValueAsString(r.report());
            assertEquals(null, byPath.put(r.source().path(), record), "one record for " + r.source().path());
        }
        return byPath;
    }
}
