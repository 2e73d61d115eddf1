/** Sign-up, provisioning, Keycloak administration and the platform operators' features. */
@NullMarked
package io.stackup.tenantadmin;

import org.jspecify.annotations.NullMarked;
