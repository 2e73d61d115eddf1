/**
 * {@code POST /api/v1/signups}: self sign-up for programs, anonymous like the form at {@code /signup}, with the same
 * checks, rate limits and answers (docs/spec/api.md).
 */
@NullMarked
package io.stackup.api.signup;

import org.jspecify.annotations.NullMarked;
