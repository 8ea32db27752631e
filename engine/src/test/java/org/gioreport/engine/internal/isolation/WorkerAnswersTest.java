package org.gioreport.engine.internal.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.gioreport.engine.OcrMode;
import org.junit.jupiter.api.Test;

/** The parent takes an answer only when it echoes the id and path of the request it sent (issue 22, item 1). */
class WorkerAnswersTest {

    private static final List<Path> DOCUMENTS = List.of(Path.of("/in/a.txt"), Path.of("/in/b.txt"));

    @Test
    void anAnswerWithAnotherIdIsTheDocumentsWorkerCrashedAndNothingMoves() {
        assertRefused("wrong-id");
    }

    @Test
    void anAnswerAboutAnotherPathIsTheDocumentsWorkerCrashedAndNothingMoves() {
        assertRefused("wrong-path");
    }

    @Test
    void theRightAnswerIsTaken() {
        List<NormalizationResult> results = run("right");
        for (int i = 0; i < DOCUMENTS.size(); i++) {
            assertEquals(DOCUMENTS.get(i).toString(), results.get(i).source().path());
            assertEquals("ANSWERED", results.get(i).diagnostics().get(0).code());
        }
    }

    @Test
    void aWorkerStoppedByKillStopIsReportedAsStoppedRespondingNotAsATimeout() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "the state of a process is read from /proc");
        // the worker stops itself on the first request: it is stopped long before the parent gives up on it
        List<NormalizationResult> results = run("stops", Duration.ofSeconds(10));
        for (NormalizationResult r : results) {
            assertEquals(Status.FAILED, r.status());
            assertEquals("WORKER_STOPPED", r.diagnostics().get(0).code(), r.diagnostics()::toString);
            assertTrue(r.diagnostics().get(0).message().contains("stopped responding"),
                    r.diagnostics().get(0).message());
        }
    }

    private static void assertRefused(String mode) {
        List<NormalizationResult> results = run(mode);
        for (int i = 0; i < DOCUMENTS.size(); i++) {
            NormalizationResult r = results.get(i);
            assertEquals(DOCUMENTS.get(i).toString(), r.source().path());
            assertEquals(Status.FAILED, r.status());
            assertEquals("WORKER_CRASHED", r.diagnostics().get(0).code(), r.diagnostics()::toString);
            assertTrue(r.diagnostics().get(0).message().contains("answered another request"),
                    r.diagnostics().get(0).message());
        }
    }

    private static List<NormalizationResult> run(String mode) {
        return run(mode, null);
    }

    private static List<NormalizationResult> run(String mode, Duration documentLimit) {
        WorkerSettings settings = new WorkerSettings(List.of(), Duration.ZERO, Long.MAX_VALUE, null, false, "64m",
                OcrMode.AUTO);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), MisansweringWorker.class.getName(), mode);
        List<NormalizationResult> results = new ArrayList<>();
        try (WorkerPool pool = new WorkerPool(settings, 1, w -> { }, command, documentLimit)) {
            for (Path document : DOCUMENTS) {
                results.add(pool.process(document));
            }
        }
        return results;
    }
}
