/**
 * Interviews: a published template version put to a prospect by an interviewer, answer by answer, until it is
 * completed and its result stored. This package is the feature's API: its four doors
 * {@link io.stackup.core.interview.InterviewAssignmentService} (assign, reassign, cancel),
 * {@link io.stackup.core.interview.InterviewService} (answer, complete, read),
 * {@link io.stackup.core.interview.InterviewTargetService} (what-if targets, before and after completion) and
 * {@link io.stackup.core.interview.SelfAssessmentInterviewService} (a prospect's own answers), its records, ids and the
 * events {@link io.stackup.core.interview.InterviewAssigned} and
 * {@link io.stackup.core.interview.InterviewCompleted}.
 */
@NullMarked
package io.stackup.core.interview;

import org.jspecify.annotations.NullMarked;
