/** The HTTP API of a tenant's members, for its admins: list, invite, resend, revoke, roles, (de)activate, areas. */
@NullMarked
package io.stackup.api.members;

import org.jspecify.annotations.NullMarked;
