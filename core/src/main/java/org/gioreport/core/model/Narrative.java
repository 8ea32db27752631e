package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Optional free text: 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项. */
public record Narrative(
        @JsonPropertyDescription("一、总体情况, as written.")
        String overview,
        @JsonPropertyDescription("五、存在的主要问题及改进情况, as written.")
        String problems,
        @JsonPropertyDescription("六、其他需要报告的事项, as written.")
        String otherMatters) {
}
