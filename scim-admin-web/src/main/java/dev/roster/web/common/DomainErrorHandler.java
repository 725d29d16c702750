package dev.roster.web.common;

import dev.roster.error.ErrorKind;
import dev.roster.error.RosterException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * The console's one mapping of domain errors: a refused action (a {@link RosterException}: a
 * duplicate mapping, SSO that cannot be verified, a blocker) becomes a message on the same page, so
 * beans never catch. Anything else goes on to the error page, which shows no stack trace.
 */
public class DomainErrorHandler extends ExceptionHandlerWrapper {

  public DomainErrorHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      RosterException refused = domainCause(events.next().getContext().getException());
      if (refused != null && refused.kind() == ErrorKind.NOT_FOUND && !context.isPostback()) {
        // An id in the address that is not in the admin's organization: the page is not found.
        events.remove();
        notFound(context);
      } else if (refused != null) {
        events.remove();
        Messages.error(null, refused.getMessage());
        context.validationFailed();
        context.renderResponse();
      }
    }
    super.handle();
  }

  private static void notFound(FacesContext context) {
    try {
      context.getExternalContext().responseSendError(404, "Not found");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    context.responseComplete();
  }

  private static RosterException domainCause(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof RosterException e) {
        return e;
      }
      if (!(t instanceof FacesException
          || t instanceof jakarta.el.ELException
          || t instanceof jakarta.ejb.EJBException)) {
        return null;
      }
    }
    return null;
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new DomainErrorHandler(getWrapped().getExceptionHandler());
    }
  }
}
