package io.stackup;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Stackup: the Vaadin UI and the HTTP API, over platform-core and tenant-admin. Push is off by default: a view turns it
 * on for its UI only while it needs it (the conversation screen, while a second screen shares its interview).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@PWA(name = "Stackup", shortName = "Stackup")
public class StackupApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(StackupApplication.class, args);
    }
}
