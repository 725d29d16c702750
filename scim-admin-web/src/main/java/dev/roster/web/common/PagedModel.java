package dev.roster.web.common;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table over one page of SQL. The application services answer a page and its
 * total in one call, while PrimeFaces asks for the count (before it knows the page) and then the
 * rows: the count fetches the first page at the size last shown, which is what PrimeFaces asks for
 * next after a new filter, and the answer is kept, so each page the table shows costs one service
 * call (measured: two before, i.e. two counts of 200k users for the first page).
 */
public abstract class PagedModel<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** What the table asks for: its filter values by field, sort field (or null), page and size. */
  public record Request(
      Map<String, Object> filters, String sortField, boolean descending, int page, int size) {
    public String text(String field) {
      Object value = filters.get(field);
      return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
  }

  public record Page<T>(List<T> items, long total) {}

  /** The page size the table showed last (PrimeFaces does not tell the count); 25 at first. */
  private int lastSize = 25;

  private transient Request lastRequest;
  private transient Page<T> lastPage;

  protected abstract Page<T> fetch(Request request);

  /** Stable row keys for selection and Ajax updates. */
  protected abstract String keyOf(T row);

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    Map<String, Object> filters = values(filterBy);
    if (lastRequest != null && lastRequest.filters().equals(filters)) {
      return clamp(lastPage.total());
    }
    Request first =
        new Request(
            filters,
            lastRequest == null ? null : lastRequest.sortField(),
            lastRequest != null && lastRequest.descending(),
            0,
            lastSize);
    return clamp(answer(first).total());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, pageSize);
    lastSize = size;
    SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
    Request request =
        new Request(
            values(filterBy),
            sort == null ? null : sort.getField(),
            sort != null && sort.getOrder() == SortOrder.DESCENDING,
            first / size,
            size);
    Page<T> page = answer(request);
    setRowCount(clamp(page.total()));
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return keyOf(row);
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(r -> keyOf(r).equals(rowKey)).findFirst().orElse(null);
  }

  private Page<T> answer(Request request) {
    if (!request.equals(lastRequest) || lastPage == null) {
      lastPage = fetch(request);
      lastRequest = request;
    }
    return lastPage;
  }

  private static Map<String, Object> values(Map<String, FilterMeta> filterBy) {
    if (filterBy == null) {
      return Map.of();
    }
    java.util.HashMap<String, Object> values = new java.util.HashMap<>();
    filterBy.forEach(
        (field, meta) -> {
          Object value = meta.getFilterValue();
          if (value != null && !Objects.toString(value).isBlank()) {
            values.put(field, value);
          }
        });
    return Map.copyOf(values);
  }

  private static int clamp(long total) {
    return (int) Math.min(Integer.MAX_VALUE, total);
  }
}
