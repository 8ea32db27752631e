package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/** 三（四）无法提供, rows 1–3. */
public record UnableToProvide(
        @JsonPropertyDescription("1. 本机关不掌握相关政府信息.")
        @Valid ApplicantCounts notHeld,
        @JsonPropertyDescription("2. 没有现成信息需要另行制作.")
        @Valid ApplicantCounts needsCreation,
        @JsonPropertyDescription("3. 补正后申请内容仍不明确.")
        @Valid ApplicantCounts unclearAfterCorrection) {
}
