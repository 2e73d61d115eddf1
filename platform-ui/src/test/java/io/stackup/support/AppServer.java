package io.stackup.support;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/**
 * Takes the running application off the network and brings it back, as a restart looks to a browser: while it is
 * away, connections to its port are refused; when it returns, every HTTP session (and with it every Vaadin UI and the
 * sign-in) is gone. The Spring context and the database stay as they are.
 */
public final class AppServer {

    private final Tomcat tomcat;
    private final int port;
    private boolean away;

    public AppServer(ApplicationContext context) {
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        this.tomcat = server.getTomcat();
        this.port = server.getPort();
    }

    /** Closes the port and forgets every session. */
    public synchronized void cut() {
        away = true;
        for (Connector connector : tomcat.getService().findConnectors()) {
            tomcat.getService().removeConnector(connector);
        }
        for (Container host : tomcat.getEngine().findChildren()) {
            for (Container context : host.findChildren()) {
                for (Session session : ((Context) context).getManager().findSessions()) {
                    session.expire();
                }
            }
        }
    }

    /** Opens the port again; does nothing while it is open. */
    public synchronized void restore() {
        if (!away) {
            return;
        }
        away = false;
        Connector connector = new Connector("org.apache.coyote.http11.Http11NioProtocol");
        connector.setPort(port);
        tomcat.getService().addConnector(connector);
    }
}
