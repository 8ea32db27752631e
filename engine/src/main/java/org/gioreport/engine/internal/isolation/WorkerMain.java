package org.gioreport.engine.internal.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.engine.LoadedPlugin;
import org.gioreport.engine.OcrProgress;
import org.gioreport.engine.internal.InputProcessor;
import org.gioreport.engine.internal.batch.ControlCharacters;
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
        Socket socket = connectToParent();
        PrintStream protocol = new PrintStream(socket.getOutputStream(), false, StandardCharsets.UTF_8);
        WorkerSettings settings = WorkerSettings.parse(args);
        AtomicBoolean loaded = new AtomicBoolean();
        // the parent has said what loading found; later warnings (a plugin call failing) are passed on
        Map<Path, List<String>> refused = new HashMap<>();
        settings.refusedJars().forEach(jar -> refused.put(jar, List.of()));
        LayoutPlugins registry = LayoutPlugins.discover(WorkerMain.class.getClassLoader(),
                settings.pluginFolders(), w -> {
                    if (loaded.get()) {
                        // one line, whatever the plugin put in its message
                        System.err.println(WorkerProtocol.WARNING + ControlCharacters.escapeButTabs(w));
                    }
                }, refused);
        loaded.set(true);
        SafeInvoker invoker = new SafeInvoker(settings.timeout(), new SafeInvoker.Calls() {
            @Override
            public void started(LoadedPlugin plugin, String activity) {
                if (!plugin.builtIn()) {
                    send(protocol, WorkerProtocol.calling(plugin.id(), activity));
                }
            }

            @Override
            public void returned(LoadedPlugin plugin) {
                if (!plugin.builtIn()) {
                    send(protocol, WorkerProtocol.returned(plugin.id()));
                }
            }
        });
        InputProcessor processor = new InputProcessor(new DocumentReader(settings.maxBytes(), settings.ocr(),
                Runtime.getRuntime().availableProcessors(), OcrProgress.NONE),
                new Normalizer(registry, invoker), settings.plugin(), settings.provenance(), settings.limit());
        ObjectMapper mapper = ReportJson.mapper();
        send(protocol, WorkerProtocol.READY);
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            JsonNode request = mapper.readTree(line);
            request.path(WorkerProtocol.OFF).forEach(id -> invoker.switchOff(id.asText()));
            request.path(WorkerProtocol.CRASHING).forEach(id -> invoker.switchOff(id.asText(),
                    "it crashed " + WorkerPool.MAX_CRASHES + " worker processes"));
            request.path(WorkerProtocol.WITHOUT).forEach(id -> invoker.switchOff(id.asText(),
                    "it crashed the worker process reading this document, which is read again without it"));
            NormalizationResult result = process(processor, request);
            List<String> timedOut = invoker.drainTimeouts();
            // a call abandoned at its time limit may still run on its thread: only a new process is clean; one
            // started without some plugins for one document must not go on without them
            boolean recycle = !timedOut.isEmpty() || request.has(WorkerProtocol.WITHOUT) || result.diagnostics()
                    .stream().anyMatch(d -> d.code().equals("INPUT_TIMEOUT"));
            send(protocol, WorkerProtocol.reply(request.path(WorkerProtocol.ID).asLong(),
                    request.path(WorkerProtocol.PATH).asText(), result, timedOut, recycle));
            if (recycle) {
                Runtime.getRuntime().halt(0); // no shutdown hooks: a stuck thread must not hold the exit up
            }
        }
        Runtime.getRuntime().halt(0);
    }

    /**
     * Connects to the parent where the first line on standard input says it listens, and proves it is the
     * process the parent started by writing the secret of that line; {@code System.out} then goes with the logs.
     */
    static Socket connectToParent() throws IOException {
        String[] channel = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
                .split(" ");
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(channel[0]));
        socket.setTcpNoDelay(true);
        OutputStream out = socket.getOutputStream();
        out.write((channel[1] + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        System.setOut(System.err); // a plugin's println goes with the logs
        return socket;
    }

    /** One line on the channel; plugin threads tell of their calls while the main thread answers. */
    static void send(PrintStream protocol, String line) {
        synchronized (protocol) {
            protocol.println(line);
            protocol.flush();
        }
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
