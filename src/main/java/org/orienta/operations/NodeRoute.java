package org.orienta.operations;

import org.apache.catalina.Engine;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * With ORIENTA_NODE_NAME set, session ids end in ".&lt;name&gt;" (Tomcat's jvmRoute), so a load balancer
 * can send each browser back to the node that holds its screens by reading the session cookie, without
 * a stickiness module of its own (deploy/nginx.conf). The suffix survives the id change at sign-in.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String name;

    NodeRoute(NodeSettings settings) {
        this.name = settings.nodeName();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!name.isEmpty()) {
            factory.addContextCustomizers(
                    context -> ((Engine) context.getParent().getParent()).setJvmRoute(name));
        }
    }
}
