/**
 * Who is calling, and for which tenant: OIDC login for the UI, JWT for the API, both issued by the Keycloak realm
 * {@code stackup} (docs/adr/0003-identity.md). The tenant always comes from the authenticated principal.
 */
@NullMarked
package io.stackup.security;

import org.jspecify.annotations.NullMarked;
