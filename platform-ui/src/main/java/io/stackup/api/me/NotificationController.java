package io.stackup.api.me;

import io.stackup.core.notification.NotificationPreferences;
import io.stackup.core.notification.NotificationService;
import io.stackup.core.tenancy.Roles;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The calling member's choice of mails in their tenant: {@code { "newLeads": bool }}; a member who never chose gets all. */
@RestController
@RequestMapping("/api/v1/me/notifications")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    record Body(@NotNull(message = "missing") Boolean newLeads) {}

    @GetMapping
    @Operation(operationId = "getNotifications", summary = "The caller's choice of mails")
    NotificationPreferences get() {
        return notifications.mine();
    }

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.INTERVIEWER, Roles.EXPERT})
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeNotifications", summary = "Changes the caller's choice of mails")
    NotificationPreferences put(@Valid @RequestBody Body body) {
        return notifications.change(new NotificationPreferences(body.newLeads()));
    }
}
