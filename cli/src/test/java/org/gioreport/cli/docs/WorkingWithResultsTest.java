package org.gioreport.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gioreport.cli.CliRun;
import org.gioreport.results.csv.LongFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Working with the results" is runnable: its DuckDB query, as printed, on the long output of
 * {@code examples/} (through DuckDB's JDBC driver, which runs the same engine as the {@code duckdb} command), and
 * the columns its pandas line uses exist.
 */
class WorkingWithResultsTest {

    static final Path README = Path.of("..", "README.md");

    @TempDir
    Path dir;

    @Test
    void theReadmesDuckDbQueryRunsOnTheLongOutputOfTheExamples() throws IOException, SQLException {
        Path values = dir.resolve("values.csv");
        CliRun.of("normalize", "--quiet", "--output-format", "long", "-o", values, "../examples/");
        String sql = block("sql").replace("'values.csv'", "'" + values.toAbsolutePath() + "'");

        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString("organization") + " " + rs.getInt("report_year") + " " + rs.getLong("received"));
            }
        }
        assertEquals(List.of("建宁县均口镇人民政府 2020 6", "晋江市陈埭镇人民政府 2020 0", "柘山镇人民政府 2020 0",
                "永正镇 2021 0", "沙县湖源乡人民政府 2020 0"), rows, "the five examples' 本年新收 总计, read through DuckDB");
    }

    @Test
    void theColumnsThePandasLineUsesAreColumnsOfTheLongFormat() throws IOException {
        String python = block("python");
        for (String column : List.of("row_path", "column_name", "organization", "report_year", "value")) {
            assertTrue(python.contains(column), python);
            assertTrue(LongFormat.COLUMNS.contains(column), column);
        }
    }

    /** The first fenced block of {@code language} in the README's "Working with the results". */
    private static String block(String language) throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("## Working with the results");
        assertTrue(start >= 0, "the README has the section");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 5));
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertTrue(m.find(), "a " + language + " block in the section");
        return m.group(1).trim();
    }
}
