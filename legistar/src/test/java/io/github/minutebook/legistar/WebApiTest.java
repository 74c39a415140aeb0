package io.github.minutebook.legistar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** The Web API's addresses and its paging by {@code $top} and {@code $skip}. */
class WebApiTest {
  private final WebApi chicago = WebApi.of("chicago");

  @Test
  void addresses() {
    assertEquals("https://webapi.legistar.com/v1/chicago/events?$filter=EventDate%20ge%20datetime'2024-01-01'"
        + "&$orderby=EventId&$top=1000&$skip=2000", chicago.events(LocalDate.of(2024, 1, 1), 2000).toString());
    assertEquals("https://webapi.legistar.com/v1/chicago/events/3683/eventitems?AgendaNote=1&MinutesNote=1"
        + "&Attachments=1", chicago.eventItems(3683).toString());
    assertEquals("https://webapi.legistar.com/v1/chicago/eventitems/9001/votes", chicago.votes(9001).toString());
    assertEquals("https://webapi.legistar.com/v1/chicago/matters/42/histories", chicago.matterHistories(42).toString());
    assertEquals("https://webapi.legistar.com/v1/chicago/bodies?$top=1000&$skip=0", chicago.list("bodies", 0)
        .toString());
    assertEquals("https://webapi.legistar.com/v1/chicago/eventitems/1/votes?token=a%2Fb",
        chicago.withToken("a/b").votes(1).toString());
    assertEquals("http://127.0.0.1:8080/v1/nyc/matters/5/indexes",
        WebApi.at(URI.create("http://127.0.0.1:8080/v1"), "nyc").matterIndexes(5).toString());
    // the addresses are valid URIs a client can send
    assertEquals("/v1/chicago/events", chicago.events(LocalDate.of(2024, 1, 1), 0).getPath());
    assertThrows(IllegalArgumentException.class, () -> WebApi.of("chicago/../x"));
    assertEquals("https://webapi.legistar.com/v1/chicago/bodies?$top=2&$skip=4", chicago.withPageSize(2)
        .list("bodies", 4).toString());
    assertThrows(IllegalArgumentException.class, () -> chicago.withPageSize(1001));
  }

  @Test
  void pagingStopsAtTheFirstPageShorterThanAThousand() {
    assertEquals(Optional.of(1000), chicago.nextSkip(0, 1000));
    assertEquals(Optional.of(2000), chicago.nextSkip(1000, 1000));
    assertEquals(Optional.empty(), chicago.nextSkip(2000, 17));
    assertEquals(Optional.empty(), chicago.nextSkip(0, 0));

    JsonMapper mapper = JsonMapper.builder().build();
    List<String> asked = new ArrayList<>();
    List<JsonNode> rows = chicago.allEvents(LocalDate.of(2020, 1, 1), uri -> {
      asked.add(uri.getRawQuery().replaceAll(".*\\$skip=", ""));
      ArrayNode page = mapper.createArrayNode();
      int n = asked.size() < 3 ? 1000 : 5;
      for (int i = 0; i < n; i++) {
        page.addObject().put("EventId", asked.size() * 10000 + i);
      }
      return page;
    });
    assertEquals(List.of("0", "1000", "2000"), asked);
    assertEquals(2005, rows.size());
  }
}
