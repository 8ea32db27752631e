package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.gioreport.cli.CliRun;
import org.gioreport.cli.ExitCodes;
import org.gioreport.engine.internal.batch.OutputLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run at a time writes an output file; the second is refused, naming the lock file and the holder's pid. */
class OutputLockTest {

    @TempDir
    Path dir;

    /** Holds the lock of {@code output} on another thread until {@code release} is counted down. */
    private Thread holdLock(Path output, CountDownLatch held, CountDownLatch release, AtomicReference<Throwable> failed) {
        Thread t = new Thread(() -> {
            try (OutputLock lock = OutputLock.acquire(output)) {
                held.countDown();
                release.await();
            } catch (Throwable e) {
                failed.set(e);
                held.countDown();
            }
        });
        t.start();
        return t;
    }

    @Test
    void secondResumedRunIntoTheSameOutputIsRefusedNamingTheLockAndThePid() throws Exception {
        List<Path> inputs = CliRun.copyCorpus(dir, "pdf-text/syn01.txt", "pdf-text/syn02.txt");
        Path out = dir.resolve("out.jsonl");
        CliRun.of("normalize", "--quiet", "-o", out, inputs.get(0));
        String before = Files.readString(out);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread holder = holdLock(out, held, release, failed);
        try {
            assertTrue(held.await(10, TimeUnit.SECONDS));
            assertEquals(null, failed.get());

            CliRun second = CliRun.of("normalize", "-o", out, "--resume", inputs.get(0), inputs.get(1));

            assertEquals(ExitCodes.USAGE, second.exitCode(), second.err());
            assertTrue(second.err().contains("holds the lock file " + dir.resolve("out.jsonl.lock")), second.err());
            assertTrue(second.err().contains("(pid " + ProcessHandle.current().pid() + ")"), second.err());
            assertEquals(before, Files.readString(out), "the output untouched");
        } finally {
            release.countDown();
            holder.join();
        }
        CliRun after = CliRun.of("normalize", "--quiet", "-o", out, "--resume", inputs.get(0), inputs.get(1));
        assertEquals(ExitCodes.OK, after.exitCode(), after.err());
        assertEquals(2, CliRun.results(out).size(), "once the first run ended, the next one goes on");
    }

    @Test
    void runWithoutResumeIsRefusedTooAndWritesNothing() throws Exception {
        Path input = CliRun.copyCorpus(dir, "pdf-text/syn01.txt").get(0);
        Path out = dir.resolve("sub/out.jsonl");
        try (OutputLock lock = OutputLock.acquire(out)) {
            CliRun second = CliRun.of("normalize", "-o", out, input);

            assertEquals(ExitCodes.USAGE, second.exitCode(), second.err());
            assertTrue(second.err().contains("another gioreport run (pid "), second.err());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void lockFileLeftByAKilledRunIsTakenAndRemovedAtTheEnd() throws IOException {
        Path input = CliRun.copyCorpus(dir, "pdf-text/syn01.txt").get(0);
        Path out = dir.resolve("out.jsonl");
        Files.writeString(OutputLock.fileOf(out), "99999999\n"); // no process holds its lock

        CliRun run = CliRun.of("normalize", "--quiet", "-o", out, input);

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(1, CliRun.results(out).size());
        assertFalse(Files.exists(OutputLock.fileOf(out)), "the lock file is removed when the run ends");
    }

    @Test
    void lockFileInsideTheInputFolderIsNoInput() throws IOException {
        CliRun.copyCorpus(dir, "pdf-text/syn01.txt", "pdf-text/syn02.txt");
        Path out = dir.resolve("results.jsonl");

        CliRun run = CliRun.of("normalize", "--quiet", "-o", out, dir);

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(List.of(dir.resolve("syn01.txt").toString(), dir.resolve("syn02.txt").toString()),
                CliRun.results(out).stream().map(r -> r.source().path()).toList());
    }
}
