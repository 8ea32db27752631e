package org.gioreport.results.csv;

import java.util.Map;
import org.gioreport.core.model.FieldCatalog;

/**
 * Chinese column headings for the CSV export ({@code --labels zh}): a report field by its labels in the
 * {@link FieldCatalog}, joined with '/' (e.g. 收到和处理申请/不予公开/属于国家秘密/自然人); the export's own
 * columns (file, plugin, status, diagnostics) by the names below.
 */
final class FieldLabels {

    private static final Map<String, String> EXPORT_COLUMNS = Map.of("source.path", "文件", "source.sha256", "SHA-256",
            "format", "格式插件", "status", "状态", "diagnostics", "诊断代码");

    private FieldLabels() {
    }

    /** The Chinese heading of a column path; a path that is no column keeps its dotted name. */
    static String zh(String path) {
        String own = EXPORT_COLUMNS.get(path);
        if (own != null) {
            return own;
        }
        FieldCatalog.Field field = FieldCatalog.field(path);
        return field == null ? path : field.label();
    }
}
