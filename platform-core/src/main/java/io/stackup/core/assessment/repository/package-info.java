/** Writes and reads of public links and self-assessment receipts. */
@NullMarked
package io.stackup.core.assessment.repository;

import org.jspecify.annotations.NullMarked;
