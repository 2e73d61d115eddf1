package io.stackup.core.interview;

import io.stackup.core.template.scoring.PreparedTemplate;
import io.stackup.core.template.scoring.Result;

/**
 * An interview read with what its result means: the detail (answers with their notes, who, when), the published
 * template version it is pinned to, and its result, the stored one once completed, else the preview of the answers so
 * far with its targets. What a report of an interview is made of, read once.
 */
public record ScoredInterview(InterviewDetail detail, PreparedTemplate template, Result result) {}
