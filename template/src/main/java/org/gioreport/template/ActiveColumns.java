package org.gioreport.template;

import java.util.List;
import org.gioreport.core.model.ReportFields;

/** The columns of each 二 (主动公开) row, per edition, in template order. */
final class ActiveColumns {

    private ActiveColumns() {
    }

    static List<String> of(String edition, String item) {
        boolean e2019 = ReportFields.EDITION_2019.equals(edition);
        return switch (item) {
            case "regulations", "normativeDocuments" -> e2019
                    ? List.of("newlyMade", "newlyPublished", "totalPublished")
                    : List.of("issued", "repealed", "inForce");
            case "licensing", "penalties", "coercion" -> e2019
                    ? List.of("previousYear", "change", "decisions")
                    : List.of("decisions");
            case "otherServices" -> e2019 ? List.of("previousYear", "change", "decisions") : List.of();
            case "fees" -> e2019 ? List.of("previousYear", "change") : List.of("amount");
            case "procurement" -> e2019 ? List.of("projects", "amount") : List.of();
            default -> List.of();
        };
    }
}
