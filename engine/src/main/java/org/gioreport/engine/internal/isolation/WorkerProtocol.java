package org.gioreport.engine.internal.isolation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;

/**
 * The protocol between {@link WorkerPool} and a {@link WorkerMain} process: UTF-8 JSON, one object per line, on
 * a loopback socket of its own. The worker's standard output and error are not part of it: any code in the worker
 * (a plugin, a native library) can write on file descriptors 1 and 2, none can answer in its name.
 *
 * <ol>
 *   <li>The parent listens on 127.0.0.1, on a port of the system's choosing, and starts the worker; the first
 *       and only line it writes on the worker's standard input (then closed) is {@code <port> <secret>}, a
 *       random secret for this worker.</li>
 *   <li>The worker connects, before it loads any plugin, and writes the secret as its first line; the parent
 *       accepts the first connection that does so and stops listening.</li>
 *   <li>The worker loads the plugins and writes {@value #READY}.</li>
 *   <li>The parent writes one request per line: {@code {"id": 7, "path": "a/b.pdf", "off": ["slow-plugin"],
 *       "crashing": ["exiting-plugin"]}}: a number it has not used before in the run, the input path (as the
 *       record will name it), and the plugins switched off for the run (for running past the time limit, for
 *       crashing workers). A document given as its content adds {@code "contentFile"}, a temporary file holding
 *       its bytes. A document read again after a plugin crashed the worker reading it adds
 *       {@code "without": ["exiting-plugin"]}: plugins left out for this worker, which ends after its answer.</li>
 *   <li>Before each call of a drop-in plugin the worker writes {@code {"calling": "plugin-id", "activity":
 *       "normalizing b.pdf"}}, and {@code {"returned": "plugin-id"}} when the plugin's code returns: should the
 *       worker die, the parent knows which plugin was running.</li>
 *   <li>The worker answers with one line: {@code {"id": 7, "path": "a/b.pdf", "timedOut": ["slow-plugin"],
 *       "recycle": false, "result": {…the result, as a record of gioreport normalize…}}}: the request's id and
 *       path echoed, the plugins whose calls ran past the time limit on this document, and whether the worker
 *       ends after this answer (a call abandoned at its limit may still run on its thread: only a new process is
 *       clean). An answer whose id or path is not the request's is no answer: the document is
 *       {@code WORKER_CRASHED} and the worker is replaced.</li>
 *   <li>The worker ends when the socket is closed. Standard error carries warnings for the user (lines starting
 *       with {@value #WARNING}) and library logs; standard output is read and dropped (its last lines are kept
 *       with standard error's, to tell why a worker ended).</li>
 * </ol>
 * A worker that exits, is killed or does not answer within the parent's time limit has no answer: the parent
 * writes the document's record itself ({@code WORKER_CRASHED}, {@code WORKER_OUT_OF_MEMORY},
 * {@code PLUGIN_TIMEOUT}, {@code WORKER_STOPPED} when the process is stopped rather than busy).
 */
final class WorkerProtocol {

    static final String READY = "gioreport-worker-ready";
    static final String WARNING = "gioreport-warning: ";
    static final String ID = "id";
    static final String PATH = "path";
    static final String CONTENT_FILE = "contentFile";
    static final String OFF = "off";
    static final String CRASHING = "crashing";
    static final String WITHOUT = "without";
    private static final String CALLING = "{\"calling\":";
    private static final String RETURNED = "{\"returned\":";

    private WorkerProtocol() {
    }

    static String request(long id, String path, String contentFile, Collection<String> off,
                          Collection<String> crashing, Collection<String> without) {
        ObjectNode request = ReportJson.mapper().createObjectNode();
        request.put(ID, id);
        request.put(PATH, path);
        if (contentFile != null) {
            request.put(CONTENT_FILE, contentFile);
        }
        off.forEach(request.putArray(OFF)::add);
        crashing.forEach(request.putArray(CRASHING)::add);
        if (!without.isEmpty()) {
            without.forEach(request.putArray(WITHOUT)::add);
        }
        return request.toString();
    }

    static String calling(String pluginId, String activity) {
        ObjectNode note = ReportJson.mapper().createObjectNode();
        note.put("calling", pluginId);
        note.put("activity", activity);
        return note.toString();
    }

    static String returned(String pluginId) {
        return ReportJson.mapper().createObjectNode().put("returned", pluginId).toString();
    }

    /** True when {@code line} is a note of {@link #calling} or {@link #returned}, not an answer. */
    static boolean isNote(String line) {
        return line.startsWith(CALLING) || line.startsWith(RETURNED);
    }

    /** A call the worker started or a plugin's return, as {@link #calling} and {@link #returned} wrote it. */
    record Note(String pluginId, String activity, boolean started) {

        static Note parse(String line) throws JsonProcessingException {
            JsonNode node = ReportJson.mapper().readTree(line);
            boolean started = node.has("calling");
            return new Note(node.path(started ? "calling" : "returned").asText(), node.path("activity").asText(),
                    started);
        }
    }

    static String reply(long id, String path, NormalizationResult result, List<String> timedOut, boolean recycle) {
        try {
            return "{\"id\":" + id + ",\"path\":" + ReportJson.mapper().writeValueAsString(path) + ",\"timedOut\":"
                    + ReportJson.mapper().writeValueAsString(timedOut) + ",\"recycle\":" + recycle
                    + ",\"result\":" + ReportJson.toLine(result) + "}";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A worker's answer to one request; {@code id} is -1 and {@code path} null when the answer has none. */
    record Reply(long id, String path, NormalizationResult result, List<String> timedOut, boolean recycle) {

        static Reply parse(String line) throws JsonProcessingException {
            JsonNode node = ReportJson.mapper().readTree(line);
            List<String> timedOut = new ArrayList<>();
            node.path("timedOut").forEach(id -> timedOut.add(id.asText()));
            NormalizationResult result = ReportJson.mapper().treeToValue(node.get("result"),
                    NormalizationResult.class);
            JsonNode id = node.path(ID);
            JsonNode path = node.path(PATH);
            return new Reply(id.isIntegralNumber() ? id.asLong() : -1, path.isTextual() ? path.asText() : null,
                    result, timedOut, node.path("recycle").asBoolean());
        }

        /** True when this is the answer to the request {@code id} about {@code path}. */
        boolean answers(long requestId, String requestPath) {
            return id == requestId && requestPath.equals(path);
        }
    }
}
