package io.stackup.core.interview;

import io.stackup.core.prospect.ProspectId;
import io.stackup.core.template.scoring.Result;

/** What a recorded self-assessment made: a prospect and a completed interview with its stored result. */
public record SelfAssessmentRecorded(InterviewId interview, ProspectId prospect, Result result) {}
