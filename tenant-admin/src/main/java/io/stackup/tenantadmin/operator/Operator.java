package io.stackup.tenantadmin.operator;

import java.util.Objects;

/**
 * The platform operator who acts, as the tenant's audit log names them.
 *
 * @param id their Keycloak user id
 * @param label how a person reads them, e.g. "Olivia Operator (operator@stackup.test)"
 */
public record Operator(String id, String label) {

    public Operator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
