package io.stackup.core.assessment;

import io.stackup.core.template.scoring.PreparedTemplate;
import org.jspecify.annotations.Nullable;

/**
 * What the public questionnaire page shows: the tenant's name as its branding, the link's welcome text and the template
 * (its {@link PreparedTemplate#visibleQuestions} says which questions the answers so far show).
 */
public record SelfAssessmentPage(
        String tenantName, @Nullable String welcome, PreparedTemplate template) {}
