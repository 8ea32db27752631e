package org.gioreport.engine.isolation;

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
 * The protocol between {@link WorkerPool} and a {@link WorkerMain} process: UTF-8 JSON, one object per line.
 *
 * <ol>
 *   <li>The worker starts, loads the plugins and writes {@value #READY} on standard output.</li>
 *   <li>The parent writes one request per line: {@code {"path": "a/b.pdf", "off": ["slow-plugin"]}}: the input
 *       path (as the record will name it), and the plugins switched off for the run. A document given as its
 *       content adds {@code "contentFile"}, a temporary file holding its bytes.</li>
 *   <li>The worker answers with one line: {@code {"timedOut": ["slow-plugin"], "recycle": false, "result":
 *       {…the result, as a record of gioreport normalize…}}}: the plugins whose calls ran past the time limit on
 *       this document, and whether the worker ends after this answer (a call abandoned at its limit may still
 *       run on its thread: only a new process is clean).</li>
 *   <li>The worker ends when its standard input ends. Standard error carries warnings for the user (lines
 *       starting with {@value #WARNING}) and library logs; nothing else is written on standard output.</li>
 * </ol>
 * A worker that exits, is killed or does not answer within the parent's time limit has no answer: the parent
 * writes the document's record itself ({@code WORKER_CRASHED}, {@code WORKER_OUT_OF_MEMORY},
 * {@code PLUGIN_TIMEOUT}).
 */
final class WorkerProtocol {

    static final String READY = "gioreport-worker-ready";
    static final String WARNING = "gioreport-warning: ";
    static final String PATH = "path";
    static final String CONTENT_FILE = "contentFile";
    static final String OFF = "off";

    private WorkerProtocol() {
    }

    static String request(String path, String contentFile, Collection<String> off) {
        ObjectNode request = ReportJson.mapper().createObjectNode();
        request.put(PATH, path);
        if (contentFile != null) {
            request.put(CONTENT_FILE, contentFile);
        }
        off.forEach(request.putArray(OFF)::add);
        return request.toString();
    }

    static String reply(NormalizationResult result, List<String> timedOut, boolean recycle) {
        try {
            return "{\"timedOut\":" + ReportJson.mapper().writeValueAsString(timedOut) + ",\"recycle\":" + recycle
                    + ",\"result\":" + ReportJson.toLine(result) + "}";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A worker's answer to one request. */
    record Reply(NormalizationResult result, List<String> timedOut, boolean recycle) {

        static Reply parse(String line) throws JsonProcessingException {
            JsonNode node = ReportJson.mapper().readTree(line);
            List<String> timedOut = new ArrayList<>();
            node.path("timedOut").forEach(id -> timedOut.add(id.asText()));
            NormalizationResult result = ReportJson.mapper().treeToValue(node.get("result"),
                    NormalizationResult.class);
            return new Reply(result, timedOut, node.path("recycle").asBoolean());
        }
    }
}
