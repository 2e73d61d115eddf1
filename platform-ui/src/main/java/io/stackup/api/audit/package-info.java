/** The audit log endpoints of docs/spec/api.md ("Audit log"): the tenant admins' list and its CSV export. */
@NullMarked
package io.stackup.api.audit;

import org.jspecify.annotations.NullMarked;
