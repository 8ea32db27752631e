package org.gioreport.results.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.FieldCatalog;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Provenance;

/**
 * One number a report's tables state, with what a tidy row needs beside it. Both long shapes (the CLI's
 * {@code --output-format long} CSV and the Spark job's Parquet) are made of these, so that they hold the same
 * values, in the same order, with the same units and derived flags.
 *
 * @param field      the dotted path, e.g. {@code applications.notDisclosed.stateSecret.naturalPerson}
 * @param unit       the amount's unit as the document states it, for {@code ….amount} fields; else null
 * @param provenance where the value was read, when the result carries provenance; else null
 */
public record StatedValue(FieldCatalog.Field field, BigDecimal value, String unit, boolean derived,
                          Provenance provenance) {

    /** The stated numbers of a result, in the catalog's field order; none when it holds no report. */
    public static List<StatedValue> of(NormalizationResult result) {
        if (result.report() == null) {
            return List.of();
        }
        Map<String, Object> values = ReportPaths.flatten(result.report());
        Map<String, Provenance> provenance = result.provenance() == null ? Map.of() : result.provenance();
        List<StatedValue> out = new ArrayList<>();
        for (FieldCatalog.Field field : FieldCatalog.fields()) {
            if (field.isNumber() && values.get(field.path()) instanceof Number number) {
                String path = field.path();
                String unit = path.endsWith(".amount") ? (String) values.get(path + "Unit") : null;
                out.add(new StatedValue(field, number instanceof BigDecimal d ? d : new BigDecimal(number.toString()),
                        unit, result.derived().contains(path), provenance.get(path)));
            }
        }
        return out;
    }

    /** The report's section: {@code activeDisclosure}, {@code applications} or {@code reviewsAndLawsuits}. */
    public String section() {
        String path = field.path();
        return path.substring(0, path.indexOf('.'));
    }

    /** The template's table: 二, 三 or 四. */
    public String table() {
        return switch (section()) {
            case "activeDisclosure" -> "二";
            case "applications" -> "三";
            default -> "四";
        };
    }

    /** The row's path from the report root, e.g. {@code applications.notDisclosed.stateSecret}. */
    public String rowPath() {
        String path = field.path();
        return path.substring(0, path.lastIndexOf('.'));
    }
}
