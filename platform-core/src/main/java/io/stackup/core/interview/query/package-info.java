/** Screen-shaped reads of interviews: lists and the detail. Only the interview feature uses this package. */
@NullMarked
package io.stackup.core.interview.query;

import org.jspecify.annotations.NullMarked;
