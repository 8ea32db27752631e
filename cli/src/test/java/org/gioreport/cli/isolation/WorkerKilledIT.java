package org.gioreport.cli.isolation;

import static org.gioreport.core.testing.TestPluginJars.pluginFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.gioreport.core.testing.TestPluginJars;
import org.gioreport.engine.Gioreport;
import org.gioreport.engine.Isolation;
import org.gioreport.engine.batch.JsonLinesFormat;
import org.gioreport.engine.internal.batch.BatchRun;
import org.gioreport.engine.internal.batch.ResumeLedger;
import org.gioreport.engine.internal.isolation.WorkerPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kill -9} of a worker process in the middle of a run: its document gets one record, nothing is lost. */
class WorkerKilledIT {

    @TempDir
    Path dir;

    @Test
    void aWorkerKilledMidDocumentCostsOneFailedRecordAndTheRunGoesOn() throws Exception {
        Path plugins = dir.resolve("plugins");
        // says it has started by writing the file the document names, then takes its time
        TestPluginJars.jar(plugins, "slow", pluginFor("slow", "slow-marker").normalize(
                "try { java.nio.file.Files.writeString(java.nio.file.Path.of(document.text().split(\"\\\\s+\")[1]),"
                        + " \"started\"); } catch (java.io.IOException e) { throw new RuntimeException(e); } "
                        + TestPluginJars.hangFor(120) + " return null;"));
        List<Path> inputs = new ArrayList<>();
        List<Path> examples = HostilePluginsIT.exampleReports();
        for (Path example : examples.subList(0, 2)) {
            inputs.add(Files.copy(example, dir.resolve(example.getFileName())));
        }
        Path started = dir.resolve("started");
        Path slow = Files.writeString(dir.resolve("slow.txt"), "slow-marker " + started + "\n", StandardCharsets.UTF_8);
        inputs.add(slow);
        for (Path example : examples.subList(2, 4)) {
            inputs.add(Files.copy(example, dir.resolve(example.getFileName())));
        }

        StringWriter out = new StringWriter();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        try (Gioreport engine = Gioreport.builder().pluginFolder(plugins).isolation(Isolation.PROCESS).workers(1)
                .timeout(Duration.ofSeconds(60)).warnings(w -> { }).build()) {
            WorkerPool pool = (WorkerPool) engine.processor();
            BatchRun run = new BatchRun(pool, new JsonLinesFormat(), ResumeLedger.none(), 1, 8, true, e -> { });
            Thread runner = new Thread(() -> {
                try {
                    run.run(inputs.iterator(), out, o -> { });
                } catch (Throwable e) {
                    failed.set(e);
                }
            });
            runner.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (!Files.exists(started) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(started), "the slow document was never started");
            List<Long> pids = pool.workerPids();
            assertEquals(1, pids.size());
            assertTrue(ProcessHandle.of(pids.get(0)).orElseThrow().destroyForcibly(), "kill -9 of the worker");
            runner.join(Duration.ofSeconds(180).toMillis());
            assertFalse(runner.isAlive(), "the run ended by itself");
        }
        assertEquals(null, failed.get());

        List<NormalizationResult> results = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            results.add(ReportJson.fromLine(line));
        }
        assertEquals(inputs.stream().map(Path::toString).toList(),
                results.stream().map(r -> r.source().path()).toList(), "one record per input, in order");
        NormalizationResult killed = results.get(2);
        assertEquals(Status.FAILED, killed.status());
        assertEquals("WORKER_CRASHED", killed.diagnostics().get(0).code());
        assertTrue(killed.diagnostics().get(0).message().contains("killed by signal 9"),
                killed.diagnostics().get(0).message());
        for (int i : new int[] {0, 1, 3, 4}) {
            assertNotNull(results.get(i).report(), results.get(i).source().path());
        }
    }
}
