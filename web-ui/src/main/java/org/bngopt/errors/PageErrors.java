package org.bngopt.errors;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Failures of the pages' Ajax updates. The Faces default answers with the exception's class and message
 * inside the partial response; here the caller learns nothing of the inside. An expired form reloads
 * its page; anything else is logged with an incident id and the page goes to the error page, which
 * shows that id. Full-page requests keep the container's path to the error page (web.xml).
 */
public class PageErrors extends ExceptionHandlerFactory {
    private static final Logger LOG = Logger.getLogger(PageErrors.class.getName());

    public PageErrors(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {
        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
            if (faces == null || !faces.getPartialViewContext().isAjaxRequest() || !queued.hasNext()) {
                getWrapped().handle();
                return;
            }
            Throwable failure = queued.next().getContext().getException();
            String location = location(faces.getExternalContext(), failure);
            while (true) {
                queued.remove();
                if (!queued.hasNext()) {
                    break;
                }
                queued.next();
            }
            try {
                faces.getExternalContext().redirect(location);
                faces.responseComplete();
            } catch (IOException e) {
                // The browser has gone.
            }
        }

        private static String location(ExternalContext external, Throwable failure) {
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            if (causedBy(failure, ViewExpiredException.class)) {
                return request.getRequestURI();
            }
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "incident " + incident + ": a page update failed", failure);
            return request.getContextPath() + "/error.xhtml?incident=" + incident;
        }

        private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (type.isInstance(cause)) {
                    return true;
                }
            }
            return false;
        }
    }
}
