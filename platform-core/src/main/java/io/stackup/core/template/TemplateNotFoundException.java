package io.stackup.core.template;

/** No template with that id exists for the current tenant (another tenant's template does not exist either). */
public final class TemplateNotFoundException extends RuntimeException {

    public TemplateNotFoundException(TemplateId id) {
        super("No template " + id + ". It may have been deleted; reload the list of templates.");
    }
}
