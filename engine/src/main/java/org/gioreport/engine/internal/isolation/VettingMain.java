package org.gioreport.engine.internal.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gioreport.core.json.ReportJson;
import org.gioreport.engine.internal.plugins.JarTrial;

/**
 * The main class of the process that tries drop-in jars before a run loads them ({@link PluginJarVetting}). It
 * connects as a worker does ({@link WorkerProtocol}), then for each request {@code {"id": 1, "path": "x.jar"}}
 * tries that jar ({@link JarTrial}) and answers {@code {"id": 1, "path": "x.jar", "used": true, "warnings": []}}.
 * A jar whose code ends this process, or hangs it, gives no answer.
 */
public final class VettingMain {

    private VettingMain() {
    }

    public static void main(String[] args) throws IOException {
        Socket socket = WorkerMain.connectToParent();
        PrintStream protocol = new PrintStream(socket.getOutputStream(), false, StandardCharsets.UTF_8);
        WorkerMain.send(protocol, WorkerProtocol.READY);
        ObjectMapper mapper = ReportJson.mapper();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            JsonNode request = mapper.readTree(line);
            String jar = request.path(WorkerProtocol.PATH).asText();
            JarTrial.Outcome outcome = JarTrial.run(VettingMain.class.getClassLoader(), Path.of(jar));
            ObjectNode answer = mapper.createObjectNode();
            answer.put(WorkerProtocol.ID, request.path(WorkerProtocol.ID).asLong());
            answer.put(WorkerProtocol.PATH, jar);
            answer.put("used", outcome.used());
            outcome.warnings().forEach(answer.putArray("warnings")::add);
            WorkerMain.send(protocol, answer.toString());
        }
        Runtime.getRuntime().halt(0); // a plugin's thread still running (a loop abandoned at load) ends here
    }
}
