/** Writes of interviews, their answers and their history. Only the interview feature uses this package. */
@NullMarked
package io.stackup.core.interview.repository;

import org.jspecify.annotations.NullMarked;
