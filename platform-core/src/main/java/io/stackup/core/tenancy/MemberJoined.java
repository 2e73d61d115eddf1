package io.stackup.core.tenancy;

/**
 * Published when a member signs in to their tenant for the first time ({@link MemberService#recordLogin}), inside the
 * transaction that records the login, with the tenant bound and the member as the current user: a listener that
 * writes (the audit record of an invitation accepted) writes in that same transaction.
 */
public record MemberJoined(Member member) {}
