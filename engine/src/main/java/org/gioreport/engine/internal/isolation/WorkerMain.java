package org.gioreport.engine.internal.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.engine.OcrProgress;
import org.gioreport.engine.internal.InputProcessor;
import org.gioreport.engine.internal.plugins.LayoutPlugins;
import org.gioreport.engine.internal.plugins.Normalizer;
import org.gioreport.engine.internal.plugins.SafeInvoker;
import org.gioreport.engine.internal.plugins.ThrowableText;
import org.gioreport.engine.internal.read.DocumentReader;

/**
 * The main class of a worker process ({@link WorkerPool}). It reads documents in this JVM exactly as
 * {@code --isolation thread} does, one at a time, and speaks the protocol of {@link WorkerProtocol} on a loopback
 * socket it connects to before any plugin is loaded. Nothing a plugin or library prints, on {@code System.out} or
 * on file descriptor 1 itself, reaches the protocol.
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        // the first line on standard input says where the parent listens and the secret that proves it is us
        String[] channel = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
                .split(" ");
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(channel[0]));
        socket.setTcpNoDelay(true);
        PrintStream protocol = new PrintStream(socket.getOutputStream(), false, StandardCharsets.UTF_8);
        protocol.println(channel[1]);
        protocol.flush();
        System.setOut(System.err); // a plugin's println goes with the logs
        WorkerSettings settings = WorkerSettings.parse(args);
        AtomicBoolean loaded = new AtomicBoolean();
        // the parent has said what loading found; later warnings (a plugin call failing) are passed on
        LayoutPlugins registry = LayoutPlugins.discover(WorkerMain.class.getClassLoader(),
                settings.pluginFolders(), w -> {
                    if (loaded.get()) {
                        System.err.println(WorkerProtocol.WARNING + w.replace('\n', ' '));
                    }
                });
        loaded.set(true);
        SafeInvoker invoker = new SafeInvoker(settings.timeout());
        InputProcessor processor = new InputProcessor(new DocumentReader(settings.maxBytes(), settings.ocr(),
                Runtime.getRuntime().availableProcessors(), OcrProgress.NONE),
                new Normalizer(registry, invoker), settings.plugin(), settings.provenance(), settings.timeout());
        ObjectMapper mapper = ReportJson.mapper();
        protocol.println(WorkerProtocol.READY);
        protocol.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            JsonNode request = mapper.readTree(line);
            request.path(WorkerProtocol.OFF).forEach(id -> invoker.switchOff(id.asText()));
            NormalizationResult result = process(processor, request);
            List<String> timedOut = invoker.drainTimeouts();
            // a call abandoned at its time limit may still run on its thread: only a new process is clean
            boolean recycle = !timedOut.isEmpty() || result.diagnostics().stream()
                    .anyMatch(d -> d.code().equals("INPUT_TIMEOUT"));
            protocol.println(WorkerProtocol.reply(request.path(WorkerProtocol.ID).asLong(),
                    request.path(WorkerProtocol.PATH).asText(), result, timedOut, recycle));
            protocol.flush();
            if (recycle) {
                Runtime.getRuntime().halt(0); // no shutdown hooks: a stuck thread must not hold the exit up
            }
        }
        Runtime.getRuntime().halt(0);
    }

    private static NormalizationResult process(InputProcessor processor, JsonNode request) {
        String path = request.path(WorkerProtocol.PATH).asText();
        try {
            if (request.hasNonNull(WorkerProtocol.CONTENT_FILE)) {
                byte[] bytes = Files.readAllBytes(Path.of(request.get(WorkerProtocol.CONTENT_FILE).asText()));
                return processor.process(path, bytes);
            }
            return processor.process(Path.of(path));
        } catch (Throwable e) { // NOPMD: whatever happens, the parent gets one result for the document
            if (e instanceof OutOfMemoryError oom) {
                throw oom; // -XX:+ExitOnOutOfMemoryError ends the process; the parent records it
            }
            return NormalizationResult.failed(DocumentReader.source(Path.of(path), null, null), null,
                    Diagnostic.error("INTERNAL_ERROR", null, "gioreport failed on this input in its worker process: "
                            + ThrowableText.describe(e) + " (please report it)"));
        }
    }
}
