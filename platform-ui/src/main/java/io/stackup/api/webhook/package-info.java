/** The HTTP API of webhooks (docs/spec/api.md, "Webhooks"): a tenant admin's endpoints and their delivery log. */
@NullMarked
package io.stackup.api.webhook;

import org.jspecify.annotations.NullMarked;
