/**
 * The public self-assessment API, {@code /public/v1/assessments}: the only calls without a token (docs/spec/api.md).
 */
@NullMarked
package io.stackup.api.assessment;

import org.jspecify.annotations.NullMarked;
