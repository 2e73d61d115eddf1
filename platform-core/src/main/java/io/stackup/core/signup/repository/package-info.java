/** The sign-up attempt counters ({@code signup_rate}): platform data, not tenant-owned. */
@NullMarked
package io.stackup.core.signup.repository;

import org.jspecify.annotations.NullMarked;
