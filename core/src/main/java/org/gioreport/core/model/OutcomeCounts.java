package org.gioreport.core.model;

import org.gioreport.core.validation.Count;
import org.gioreport.core.validation.GroupTotalAddsUp;

/** One group of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
@GroupTotalAddsUp
public record OutcomeCounts(
        @Count Integer upheld,
        @Count Integer corrected,
        @Count Integer other,
        @Count Integer pending,
        @Count Integer total) {

    public static final java.util.List<String> COLUMNS = java.util.List.of("upheld", "corrected", "other", "pending", "total");
}
