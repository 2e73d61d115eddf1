package io.stackup.core.interview;

/** What assigning made: the interview's id and status. */
public record InterviewRef(InterviewId id, InterviewStatus status) {}
