/** The tenant admin's webhooks screen: endpoints, their add/edit dialog, a test event and the delivery log. */
@NullMarked
package io.stackup.ui.webhook;

import org.jspecify.annotations.NullMarked;
