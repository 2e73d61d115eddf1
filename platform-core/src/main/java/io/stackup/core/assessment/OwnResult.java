package io.stackup.core.assessment;

import io.stackup.core.report.ResultReport;
import io.stackup.core.template.Template;
import io.stackup.core.template.scoring.Result;

/**
 * A respondent's own result page: the tenant's name, the template (for names of levels, areas, capabilities), the
 * stored result, and its report without notes ({@link ResultReport}, the same model the result screen and the PDF
 * use; {@code report.result()} is {@code result}).
 */
public record OwnResult(String tenantName, Template template, Result result, ResultReport report) {}
