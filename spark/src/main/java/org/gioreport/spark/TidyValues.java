package org.gioreport.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Provenance;
import org.gioreport.core.model.Report;
import org.gioreport.results.csv.StatedValue;

/**
 * A result in the long ("tidy") shape the Parquet output has: one row per number the report states in its three
 * tables, with the report's identity repeated on every row, so that Spark SQL, DuckDB or pandas can group and
 * filter without knowing the JSON's nesting. A null (a value the document does not state) has no row: absence
 * is the null. Text fields (organization, dates, narrative, the procurement amount's unit) are columns or left
 * to the JSON records.
 */
final class TidyValues {

    /** Decimal places kept: counts are whole, amounts are read with at most a few decimals. */
    static final DecimalType VALUE_TYPE = DataTypes.createDecimalType(38, 6);

    static final StructType SCHEMA = new StructType(new StructField[]{
            DataTypes.createStructField("path", DataTypes.StringType, false),
            DataTypes.createStructField("sha256", DataTypes.StringType, true),
            DataTypes.createStructField("organization", DataTypes.StringType, true),
            DataTypes.createStructField("report_year", DataTypes.IntegerType, true),
            DataTypes.createStructField("edition", DataTypes.StringType, true),
            DataTypes.createStructField("format", DataTypes.StringType, true),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("table_name", DataTypes.StringType, false),
            DataTypes.createStructField("row_path", DataTypes.StringType, false),
            DataTypes.createStructField("column_name", DataTypes.StringType, false),
            DataTypes.createStructField("field", DataTypes.StringType, false),
            DataTypes.createStructField("value", VALUE_TYPE, false),
            DataTypes.createStructField("unit", DataTypes.StringType, true),
            DataTypes.createStructField("derived", DataTypes.BooleanType, false),
            DataTypes.createStructField("provenance_line", DataTypes.IntegerType, true),
            DataTypes.createStructField("provenance_cell", DataTypes.StringType, true),
            DataTypes.createStructField("provenance_text", DataTypes.StringType, true),
            DataTypes.createStructField("plugin_set", DataTypes.StringType, false),
    });

    private TidyValues() {
    }

    /** The rows of one result (none when it holds no report), in the schema's field order. */
    static List<Row> of(NormalizationResult result, String pluginSet) {
        Report report = result.report();
        List<Row> rows = new ArrayList<>();
        for (StatedValue stated : StatedValue.of(result)) {
            String field = stated.field().path();
            if (stated.value().scale() > VALUE_TYPE.scale()) {
                throw new IllegalStateException(field + " has more decimals than the Parquet column keeps: "
                        + stated.value());
            }
            String section = stated.section();
            Provenance where = stated.provenance();
            rows.add(RowFactory.create(result.source().path(), result.source().sha256(), report.organization(),
                    report.reportYear(), report.edition(), result.format(), result.status().json(),
                    section, stated.rowPath().substring(section.length() + 1), stated.field().name(),
                    field, stated.value().setScale(VALUE_TYPE.scale()), stated.unit(), stated.derived(),
                    where == null ? null : where.line(), where == null ? null : where.cell(),
                    where == null ? null : where.text(), pluginSet));
        }
        return rows;
    }
}
