/** The lead endpoints of docs/spec/api.md ("Leads"), the lead CSV export, and an expert's covered areas. */
@NullMarked
package io.stackup.api.lead;

import org.jspecify.annotations.NullMarked;
