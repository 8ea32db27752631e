package org.gioreport.engine.internal.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.engine.internal.read.DocumentReader;

/**
 * A worker that speaks {@link WorkerProtocol} but answers wrongly, as code that found the socket could: argument
 * {@code wrong-id} echoes the request's id plus one, {@code wrong-path} another path, {@code right} both right;
 * {@code stops} stops itself ({@code kill -STOP}) instead of answering.
 */
public final class MisansweringWorker {

    private MisansweringWorker() {
    }

    public static void main(String[] args) throws Exception {
        String[] channel = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
                .split(" ");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(channel[0]))) {
            PrintStream out = new PrintStream(socket.getOutputStream(), true, StandardCharsets.UTF_8);
            out.println(channel[1]);
            out.println(WorkerProtocol.READY);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode request = ReportJson.mapper().readTree(line);
                if (args[0].equals("stops")) {
                    new ProcessBuilder("kill", "-STOP", String.valueOf(ProcessHandle.current().pid())).start()
                            .waitFor();
                }
                long id = request.get(WorkerProtocol.ID).asLong() + (args[0].equals("wrong-id") ? 1 : 0);
                String path = args[0].equals("wrong-path") ? "/elsewhere/other.txt"
                        : request.get(WorkerProtocol.PATH).asText();
                NormalizationResult result = NormalizationResult.failed(DocumentReader.source(Path.of(path), null,
                        null), null, Diagnostic.error("ANSWERED", null, "by the misanswering worker"));
                out.println(WorkerProtocol.reply(id, path, result, List.of(), false));
            }
        }
    }
}
