/**
 * Public self-assessment: the admins' public links, and the anonymous questionnaire and result pages at
 * {@code /s/<token>} (no account, no menu; see docs/adr/0010-public-self-assessment.md).
 */
@NullMarked
package io.stackup.ui.assessment;

import org.jspecify.annotations.NullMarked;
