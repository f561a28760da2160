package org.bngopt.ui.reference;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A lazily paged table over one paged {@code /api/reference} list: each page the table shows is one API
 * call, answering a page record {@code P} with the matching total and the rows {@code T} of this page.
 */
final class ApiPages<P, T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    private final transient BiFunction<Integer, Integer, P> fetch;
    private final transient ToIntFunction<P> total;
    private final transient Function<P, List<T>> rows;

    ApiPages(BiFunction<Integer, Integer, P> fetch, ToIntFunction<P> total, Function<P, List<T>> rows) {
        this.fetch = fetch;
        this.total = total;
        this.rows = rows;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return total.applyAsInt(fetch.apply(0, 1));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        P page = fetch.apply(first / pageSize, pageSize);
        setRowCount(total.applyAsInt(page));
        return rows.apply(page);
    }

    @Override
    public String getRowKey(T row) {
        return row.toString();
    }
}
