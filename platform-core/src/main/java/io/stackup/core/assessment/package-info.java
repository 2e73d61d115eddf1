/**
 * Public self-assessment: a tenant admin offers a published template as a public link
 * ({@link io.stackup.core.assessment.PublicLinkService}); anyone holding it answers it without an account and sees their
 * own result ({@link io.stackup.core.assessment.SelfAssessmentService}), which makes a prospect and a completed
 * interview. This package is the feature's API; {@code repository} holds its writes and reads. See
 * docs/adr/0010-public-self-assessment.md.
 */
@NullMarked
package io.stackup.core.assessment;

import org.jspecify.annotations.NullMarked;
