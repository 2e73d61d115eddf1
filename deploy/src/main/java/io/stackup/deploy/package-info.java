/**
 * The services Stackup runs on, started from Maven Central's artifacts alone: PostgreSQL from embedded binaries,
 * Keycloak from its distribution, both for the local stack ({@link io.stackup.deploy.LocalStack}) and for the test run
 * ({@link io.stackup.deploy.SharedPostgres}, {@link io.stackup.deploy.TestServices}).
 */
@NullMarked
package io.stackup.deploy;

import org.jspecify.annotations.NullMarked;
