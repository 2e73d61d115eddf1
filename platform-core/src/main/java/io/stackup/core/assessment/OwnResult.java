package io.stackup.core.assessment;

import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result;

/** A respondent's own result page: the tenant's name, the template (for names of levels, areas, capabilities). */
public record OwnResult(String tenantName, Template template, Result result) {}
