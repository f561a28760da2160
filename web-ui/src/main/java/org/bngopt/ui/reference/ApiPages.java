package org.bngopt.ui.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.Response;
import org.bngopt.ui.client.Api;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A lazily paged table over one paged {@code /api/reference} list: each page the table shows is one
 * API call. Rows stay JSON objects; the page reads their fields.
 */
final class ApiPages extends LazyDataModel<JsonNode> {
    private static final long serialVersionUID = 1L;

    private final String listName;
    private final transient BiFunction<Integer, Integer, Response> fetch;

    ApiPages(String listName, BiFunction<Integer, Integer, Response> fetch) {
        this.listName = listName;
        this.fetch = fetch;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return read(0, 1).path("total").asInt();
    }

    @Override
    public List<JsonNode> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        JsonNode page = read(first / pageSize, pageSize);
        setRowCount(page.path("total").asInt());
        List<JsonNode> rows = new ArrayList<>();
        page.path(listName).forEach(rows::add);
        return rows;
    }

    @Override
    public String getRowKey(JsonNode row) {
        return row.toString();
    }

    private JsonNode read(int page, int size) {
        try (Response response = fetch.apply(page, size)) {
            return Api.read(response.readEntity(String.class));
        }
    }
}
