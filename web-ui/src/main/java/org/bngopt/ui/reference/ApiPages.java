package org.bngopt.ui.reference;

import org.bngopt.contract.Paged;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** A lazily paged table over one paged {@code /api/reference} list: each page the table shows is one API call. */
final class ApiPages<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    private final transient BiFunction<Integer, Integer, Paged<T>> fetch;

    ApiPages(BiFunction<Integer, Integer, Paged<T>> fetch) {
        this.fetch = fetch;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return fetch.apply(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Paged<T> page = fetch.apply(first / pageSize, pageSize);
        setRowCount(page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return row.toString();
    }
}
