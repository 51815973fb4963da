package org.pledgewatch.web.security;

import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * API responses are data, never pages: browsers must not sniff them into HTML, so text such as an article title
 * with markup in it is shown as text and never executed.
 */
public class SecurityHeaders {

    @ServerResponseFilter
    public void addTo(ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
}
