/** The webhook feature's endpoints and delivery log. Only the webhook feature uses this package. */
@NullMarked
package io.stackup.core.webhook.repository;

import org.jspecify.annotations.NullMarked;
