package org.bngopt.ui.client;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import org.bngopt.security.Authentication;

/**
 * The pages call the API as the person signed in: each call carries the page request's session
 * cookie, and the header that tells the API the call comes from the pages rather than a forged form.
 */
public class SessionForwarding implements ClientRequestFilter {
    @Override
    public void filter(ClientRequestContext call) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            String cookies = ((HttpServletRequest) faces.getExternalContext().getRequest()).getHeader("Cookie");
            if (cookies != null) {
                call.getHeaders().putSingle("Cookie", cookies);
            }
        }
        call.getHeaders().putSingle(Authentication.PAGES_HEADER, "bng-pages");
    }
}
