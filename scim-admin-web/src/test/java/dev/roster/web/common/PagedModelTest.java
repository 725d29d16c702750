package dev.roster.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;

/** PrimeFaces asks for the count, then the rows: each page shown must cost one service call. */
class PagedModelTest {
  private final List<PagedModel.Request> fetched = new ArrayList<>();

  private final PagedModel<Integer> model =
      new PagedModel<>() {
        @Override
        protected Page<Integer> fetch(Request request) {
          fetched.add(request);
          int from = request.page() * request.size();
          return new Page<>(IntStream.range(from, from + request.size()).boxed().toList(), 1000);
        }

        @Override
        protected String keyOf(Integer row) {
          return row.toString();
        }
      };

  @Test
  void theFirstPageIsOneFetchThoughPrimeFacesCountsFirst() {
    assertThat(model.count(Map.of())).isEqualTo(1000);
    assertThat(model.load(0, 25, Map.of(), Map.of())).hasSize(25).startsWith(0);
    assertThat(fetched).hasSize(1);
  }

  @Test
  void laterPagesAndANewFilterCostOneFetchEach() {
    model.count(Map.of());
    model.load(0, 50, Map.of(), Map.of());
    model.count(Map.of());
    assertThat(model.load(100, 50, Map.of(), Map.of())).startsWith(100);
    assertThat(fetched).hasSize(3); // the first count asked 25 rows; the table then showed 50

    Map<String, FilterMeta> filter =
        Map.of("status", FilterMeta.builder().field("status").filterValue("LOCKED").build());
    model.count(filter);
    model.load(0, 50, Map.of(), filter);
    assertThat(fetched).hasSize(4);
    assertThat(fetched.get(3).text("status")).isEqualTo("LOCKED");
    assertThat(fetched.get(3).size()).isEqualTo(50);
  }
}
