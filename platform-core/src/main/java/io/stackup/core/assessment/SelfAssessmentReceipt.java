package io.stackup.core.assessment;

import io.stackup.core.template.scoring.Result;

/**
 * What a respondent gets back: their result, and the receipt that opens their own result page again
 * ({@code /s/<token>/result/<receipt>}). Only the receipt's hash is stored; whoever loses it cannot get it back.
 */
public record SelfAssessmentReceipt(String receipt, Result result) {}
