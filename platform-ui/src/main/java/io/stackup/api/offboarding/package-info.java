/**
 * The HTTP API of offboarding (docs/spec/api.md, "Offboarding"): a tenant admin's export archive of all of the
 * tenant's data, and the request to delete the tenant, which may be cancelled during its grace period.
 */
@NullMarked
package io.stackup.api.offboarding;

import org.jspecify.annotations.NullMarked;
