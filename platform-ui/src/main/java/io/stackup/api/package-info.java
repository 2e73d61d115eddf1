/**
 * The HTTP API, version 1 ({@code docs/spec/api.md}): the same services as the UI, for programs. JSON in and out;
 * errors as RFC 9457 problem details.
 */
@NullMarked
package io.stackup.api;

import org.jspecify.annotations.NullMarked;
