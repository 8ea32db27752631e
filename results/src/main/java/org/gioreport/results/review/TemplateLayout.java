package org.gioreport.results.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.model.ApplicantCounts;
import org.gioreport.core.model.FieldCatalog;
import org.gioreport.core.model.ReportFields;

/**
 * The shape of the template's tables 二, 三 and 四 in one edition, as the review page draws them: per table,
 * blocks of header rows (cells with their spans) and body rows (a label and the field path of each cell). Built
 * from the {@link FieldCatalog}, so that the page shows exactly the fields of the contract, under the template's
 * own labels.
 */
final class TemplateLayout {

    private TemplateLayout() {
    }

    /** The tables of {@code edition}, ready to be written as JSON. */
    static List<Map<String, Object>> of(String edition) {
        return List.of(active(edition), applications(edition), reviews());
    }

    /** 二: items with the same columns share a header, as the template's sub-tables (第二十条第（一）项…) do. */
    private static Map<String, Object> active(String edition) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        List<String> columns = null;
        List<Map<String, Object>> rows = null;
        for (FieldCatalog.Field item : FieldCatalog.children("activeDisclosure", edition)) {
            List<FieldCatalog.Field> cells = FieldCatalog.children(item.path(), edition).stream()
                    .filter(FieldCatalog.Field::isNumber).toList();
            List<String> names = cells.stream().map(FieldCatalog.Field::name).toList();
            if (!names.equals(columns)) {
                List<Map<String, Object>> header = new ArrayList<>(List.of(head("信息内容", 1, 1)));
                cells.forEach(c -> header.add(head(last(c), 1, 1)));
                rows = new ArrayList<>();
                blocks.add(block(List.of(header), rows, true));
                columns = names;
            }
            rows.add(row(last(item), cells.stream().map(FieldCatalog.Field::path).toList()));
        }
        return table("二", "二、主动公开政府信息情况", blocks);
    }

    /** 三: one row per template row (nested rows labelled with their group), seven applicant columns. */
    private static Map<String, Object> applications(String edition) {
        List<Map<String, Object>> second = new ArrayList<>();
        for (String column : ApplicantCounts.COLUMNS) {
            second.add(head(last(FieldCatalog.field("applications.newlyReceived." + column)), 1, 1));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String row : ReportFields.applicationRows(edition)) {
            FieldCatalog.Field field = FieldCatalog.field("applications." + row);
            String label = String.join(" / ", field.labels().subList(1, field.labels().size()));
            rows.add(row(label, ApplicantCounts.COLUMNS.stream().map(c -> field.path() + "." + c).toList()));
        }
        List<List<Map<String, Object>>> header = List.of(
                List.of(head("办理情况", 1, 2), head("申请人情况", ApplicantCounts.COLUMNS.size(), 1)), second);
        return table("三", "三、收到和处理政府信息公开申请情况", List.of(block(header, rows, true)));
    }

    /** 四: 行政复议 and the two kinds of 行政诉讼, five outcomes each, in one row. */
    private static Map<String, Object> reviews() {
        List<Map<String, Object>> groups = new ArrayList<>();
        List<Map<String, Object>> outcomes = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (String group : ReportFields.REVIEW_GROUPS) {
            String path = "reviewsAndLawsuits." + group;
            groups.add(head(last(FieldCatalog.field(path)), 5, 1));
            for (FieldCatalog.Field f : FieldCatalog.children(path, ReportFields.EDITION_2021)) {
                outcomes.add(head(last(f), 1, 1));
                cells.add(f.path());
            }
        }
        return table("四", "四、政府信息公开行政复议、行政诉讼情况",
                List.of(block(List.of(groups, outcomes), List.of(row("", cells)), false)));
    }

    private static String last(FieldCatalog.Field f) {
        return f.labels().get(f.labels().size() - 1);
    }

    private static Map<String, Object> table(String id, String title, List<Map<String, Object>> blocks) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("title", title);
        t.put("blocks", blocks);
        return t;
    }

    private static Map<String, Object> block(List<List<Map<String, Object>>> header, List<Map<String, Object>> rows,
                                             boolean labels) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("header", header);
        b.put("rows", rows);
        b.put("labels", labels);
        return b;
    }

    private static Map<String, Object> head(String label, int colspan, int rowspan) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("t", label);
        h.put("c", colspan);
        h.put("r", rowspan);
        return h;
    }

    private static Map<String, Object> row(String label, List<String> cells) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("label", label);
        r.put("cells", cells);
        return r;
    }
}
