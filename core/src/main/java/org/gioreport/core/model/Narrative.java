package org.gioreport.core.model;

/** Optional free text: 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项. */
public record Narrative(String overview, String problems, String otherMatters) {
}
