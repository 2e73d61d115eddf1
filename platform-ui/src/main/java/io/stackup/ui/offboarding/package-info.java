/**
 * The tenant admin's "Data" screen: download the tenant's export archive, request the tenant's deletion with its short
 * name typed as confirmation, see the pending deletion and cancel it.
 */
@NullMarked
package io.stackup.ui.offboarding;

import org.jspecify.annotations.NullMarked;
