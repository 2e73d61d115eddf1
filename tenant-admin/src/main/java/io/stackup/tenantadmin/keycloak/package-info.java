/** Administration of the Keycloak realm through its admin REST API: organizations, users, roles, clients. */
@NullMarked
package io.stackup.tenantadmin.keycloak;

import org.jspecify.annotations.NullMarked;
