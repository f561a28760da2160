package org.bngopt.ui.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.ws.rs.ProcessingException;
import org.bngopt.contract.ApiError;
import org.bngopt.contract.ApiException;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One admin API call from a page: its typed answer when it succeeded, otherwise a message on the page
 * saying why (the field and reason of a 400, the message of any other error).
 */
final class AdminCalls {

    private AdminCalls() {
    }

    static <T> Optional<T> call(Supplier<T> call) {
        return call(call, refused -> { });
    }

    /** As {@link #call(Supplier)}, also handing a refusal's body to {@code onRefused}. */
    static <T> Optional<T> call(Supplier<T> call, Consumer<ApiError> onRefused) {
        try {
            return Optional.of(call.get());
        } catch (ApiException refused) {
            onRefused.accept(refused.error());
            error(refused.getMessage());
        } catch (ProcessingException e) {
            error("The service cannot be reached. Please try again in a moment.");
        }
        return Optional.empty();
    }

    /** A call that answers nothing but success: whether it succeeded. */
    static boolean run(Runnable call) {
        return call(() -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** The rows of a list the API answers; none when the call failed. */
    static <T> List<T> rows(Supplier<List<T>> call) {
        return call(call).orElse(List.of());
    }

    static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }
}
