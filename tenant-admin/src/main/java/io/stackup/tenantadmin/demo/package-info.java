/**
 * The local stack's demo data: two tenants with four users each, a freelancer in both, and an operator. Only ever
 * active with the Spring profile {@code demo}; no production profile creates these users or the local-only client.
 */
@NullMarked
package io.stackup.tenantadmin.demo;

import org.jspecify.annotations.NullMarked;
