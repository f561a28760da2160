package org.bngopt.ui.admin;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.bngopt.ui.client.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One admin API call from a page: the answer's JSON when it succeeded, otherwise a message on the
 * page saying why (the field and reason of a 400, the message of any other error).
 */
final class AdminCalls {

    private AdminCalls() {
    }

    static Optional<JsonNode> call(Supplier<Response> call) {
        return call(call, refused -> { });
    }

    /** As {@link #call(Supplier)}, also handing a refusal's body to {@code onRefused}. */
    static Optional<JsonNode> call(Supplier<Response> call, Consumer<JsonNode> onRefused) {
        try (Response response = call.get()) {
            String text = response.hasEntity() ? response.readEntity(String.class) : "";
            JsonNode body = text.isBlank() ? Api.read("{}") : Api.read(text);
            if (response.getStatus() < 300) {
                return Optional.of(body);
            }
            onRefused.accept(body);
            JsonNode first = body.path("errors").path(0);
            error(first.isMissingNode() ? body.path("message").asText("The request failed (" + response.getStatus() + ").")
                    : first.path("field").asText() + ": " + first.path("message").asText());
            return Optional.empty();
        } catch (ProcessingException | IllegalStateException e) {
            error("The service cannot be reached. Please try again in a moment.");
            return Optional.empty();
        }
    }

    /** The rows of a list the API answers, each made by {@code row}; none when the call failed. */
    static <T> List<T> rows(Supplier<Response> call, Function<JsonNode, T> row) {
        List<T> rows = new ArrayList<>();
        call(call).ifPresent(items -> items.forEach(item -> rows.add(row.apply(item))));
        return rows;
    }

    static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }
}
