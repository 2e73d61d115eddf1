/**
 * Prospects: the companies a partner assesses. This package is the feature's API; a prospect's interviews are listed
 * by the interview feature ({@code InterviewService}), which depends on this one and not the other way round.
 */
@NullMarked
package io.stackup.core.prospect;

import org.jspecify.annotations.NullMarked;
