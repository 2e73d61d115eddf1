/** Apache Commons Logging, which Spring's own classes log through, handed to SLF4J with the level checked first. */
@NullMarked
package io.stackup.logging;

import org.jspecify.annotations.NullMarked;
