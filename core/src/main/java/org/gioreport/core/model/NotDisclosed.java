package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;

/** 三（三）不予公开, rows 1–8. */
public record NotDisclosed(
        @JsonPropertyDescription("1. 属于国家秘密.")
        @Valid ApplicantCounts stateSecret,
        @JsonPropertyDescription("2. 其他法律行政法规禁止公开.")
        @Valid ApplicantCounts prohibitedByLaw,
        @JsonPropertyDescription("3. 危及“三安全一稳定”.")
        @Valid ApplicantCounts securityStability,
        @JsonPropertyDescription("4. 保护第三方合法权益.")
        @Valid ApplicantCounts thirdPartyRights,
        @JsonPropertyDescription("5. 属于三类内部事务信息.")
        @Valid ApplicantCounts internalAffairs,
        @JsonPropertyDescription("6. 属于四类过程性信息.")
        @Valid ApplicantCounts processInformation,
        @JsonPropertyDescription("7. 属于行政执法案卷.")
        @Valid ApplicantCounts enforcementFiles,
        @JsonPropertyDescription("8. 属于行政查询事项.")
        @Valid ApplicantCounts queryMatters) {
}
