/** The rate-limit counters ({@code rate_limit}): platform data, not tenant-owned. */
@NullMarked
package io.stackup.core.ratelimit.repository;

import org.jspecify.annotations.NullMarked;
