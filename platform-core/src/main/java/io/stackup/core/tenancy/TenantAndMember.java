package io.stackup.core.tenancy;

import org.jspecify.annotations.Nullable;

/**
 * A tenant and the member row one user has in it, read together to bind a request (the API reads both on every call).
 *
 * @param member {@code null} when the user is no member of the tenant at all
 */
public record TenantAndMember(Tenant tenant, @Nullable Member member) {}
