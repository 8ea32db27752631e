package org.gioreport.engine.batch;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.core.model.Report;

/**
 * The dotted path of every leaf of the canonical report, both editions' fields, in schema order
 * (the order of the record components, as in the JSON). {@code schemaVersion} is left out: it is always "1".
 */
final class ReportColumns {

    private static final List<String> PATHS = collect();

    private ReportColumns() {
    }

    static List<String> paths() {
        return PATHS;
    }

    private static List<String> collect() {
        List<String> out = new ArrayList<>();
        walk("", Report.class, out);
        out.remove("schemaVersion");
        return List.copyOf(out);
    }

    private static void walk(String prefix, Class<?> type, List<String> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            String path = prefix + c.getName();
            if (c.getType().isRecord()) {
                walk(path + ".", c.getType(), out);
            } else {
                out.add(path);
            }
        }
    }
}
