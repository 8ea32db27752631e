package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.gioreport.core.validation.Count;
import org.gioreport.core.validation.GroupTotalAddsUp;

/** One group of table 四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
@GroupTotalAddsUp
public record OutcomeCounts(
        @JsonPropertyDescription("结果维持.")
        @Count Integer upheld,
        @JsonPropertyDescription("结果纠正.")
        @Count Integer corrected,
        @JsonPropertyDescription("其他结果.")
        @Count Integer other,
        @JsonPropertyDescription("尚未审结.")
        @Count Integer pending,
        @JsonPropertyDescription("总计, which should equal upheld + corrected + other + pending.")
        @Count Integer total) {

    public static final List<String> COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");
}
