/**
 * The result of an interview as people read it: profile, radar, ladders, evidence, what-if targets, roadmap,
 * qualification and the comparison with an earlier interview. {@link io.stackup.ui.result.ResultPage} is also the
 * public respondent's own result page, without notes and internals.
 */
@NullMarked
package io.stackup.ui.result;

import org.jspecify.annotations.NullMarked;
