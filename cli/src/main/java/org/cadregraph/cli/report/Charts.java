package org.cadregraph.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ECharts options of the report charts, built from saved queries' rows: one drawn mark (bar,
 * point) per row, so that a chart says exactly what its query says. Stateless.
 */
final class Charts {
  static final String NO_RANK =
      "No rank data in the loaded reports: the order in which reports list officials is not"
          + " stored yet, so there is no protocol rank to draw.";

  private static final String CURRENT = "#3b6fb6";
  private static final String FORMER = "#b0b0b0";
  private static final String EVENT = "#2e9e5b";
  private static final String APPEARED = "#2e9e5b";
  private static final String VANISHED = "#c9483c";

  private Charts() {}

  /** Posts as bars from first to last seen (former or dismissed in grey), events as points. */
  static Block.Chart careerTimeline(List<Map<String, Object>> rows) {
    List<String> lanes = new ArrayList<>();
    List<Object> current = new ArrayList<>();
    List<Object> former = new ArrayList<>();
    List<Object> events = new ArrayList<>();
    lanes.add("events");
    for (Map<String, Object> row : rows) {
      String detail = string(row.get("detail"));
      String how = string(row.get("how"));
      String start = Dates.start(string(row.get("date")));
      if ("event".equals(row.get("what"))) {
        events.add(item(detail + (how.isEmpty() ? "" : " (" + how + ")"), start, 0));
        continue;
      }
      String last = Dates.start(string(row.get("last_seen")));
      String end = last.isEmpty() ? start : last;
      lanes.add(detail);
      Map<String, Object> bar =
          item(detail + (how.isEmpty() ? "" : " (" + how + ")"), lanes.size() - 1, start, end);
      (how.equals("former") || how.equals("dismissed") ? former : current).add(bar);
    }
    Map<String, Object> option = base();
    option.put("legend", Map.of("top", 0));
    option.put(
        "grid", Map.of("left", 16, "right", 32, "top", 40, "bottom", 48, "containLabel", true));
    option.put("xAxis", Map.of("type", "time"));
    option.put(
        "yAxis",
        Map.of("type", "category", "data", lanes, "inverse", true, "axisLabel", label(60)));
    option.put("dataZoom", List.of(Map.of("type", "slider", "xAxisIndex", 0, "height", 18)));
    option.put(
        "series",
        List.of(
            custom("current posts", CURRENT, current),
            custom("former or dismissed posts", FORMER, former),
            Map.of(
                "type",
                "scatter",
                "name",
                "events",
                "itemStyle",
                Map.of("color", EVENT),
                "symbolSize",
                11,
                "data",
                events)));
    return new Block.Chart(
        "career",
        "Career timeline",
        "Each post is a bar from the first to the last report of it (grey: the newest report calls"
            + " it former or dismissed); each event the person took part in is a point on the top"
            + " lane. Hover for the post or event.",
        "career-timeline",
        rows.size(),
        Math.max(260, 34 * lanes.size() + 110),
        option,
        "No posts or events of this person in the graph.");
  }

  /** One point per report with a list position: the place in the list, 1 at the top. */
  static Block.Chart protocolRank(List<Map<String, Object>> rows) {
    List<Object> points = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      String name =
          string(row.get("event"))
              + " · "
              + string(row.get("list_kind"))
              + " list of "
              + string(row.get("list_size"));
      points.add(item(name, Dates.start(string(row.get("date"))), row.get("position")));
    }
    Map<String, Object> option = base();
    option.put("grid", Map.of("left", 56, "right", 32, "top", 24, "bottom", 40));
    option.put("xAxis", Map.of("type", "time"));
    option.put(
        "yAxis",
        Map.of("type", "value", "inverse", true, "min", 1, "minInterval", 1, "name", "place"));
    option.put(
        "series",
        List.of(
            Map.of(
                "type",
                "line",
                "name",
                "place in the list",
                "symbolSize",
                9,
                "data",
                points,
                "itemStyle",
                Map.of("color", CURRENT))));
    return new Block.Chart(
        "rank",
        "Protocol rank over time",
        "The person's place in each report's list of officials (1 = named first), one point per"
            + " report; hover for the event, the kind of list and its length.",
        "protocol-rank",
        rows.size(),
        320,
        option,
        NO_RANK);
  }

  /** A horizontal bar per person: the events shared with the person of the page. */
  static Block.Chart companions(List<Map<String, Object>> rows) {
    return personBars(
        "companions",
        "Most often at the same events",
        "The persons who took part in the most events together with this person (events, not"
            + " articles).",
        "frequent-companions",
        rows,
        "No other person took part in this person's events.");
  }

  /** A bar per month: the leader's events in it. */
  static Block.Chart appearances(List<Map<String, Object>> rows) {
    List<Object> months = new ArrayList<>();
    List<Object> bars = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      months.add(row.get("month"));
      bars.add(Map.of("name", string(row.get("kinds")), "value", row.get("appearances")));
    }
    Map<String, Object> option = base();
    option.put("grid", Map.of("left", 48, "right", 24, "top", 24, "bottom", 40));
    option.put("xAxis", Map.of("type", "category", "data", months));
    option.put("yAxis", Map.of("type", "value", "minInterval", 1, "name", "events"));
    option.put(
        "series",
        List.of(
            Map.of(
                "type",
                "bar",
                "name",
                "public appearances",
                "data",
                bars,
                "itemStyle",
                Map.of("color", CURRENT),
                "label",
                Map.of("show", true, "position", "top"))));
    return new Block.Chart(
        "appearances",
        "Public appearances per month",
        "Events the leader led or guided, each counted once however many articles report it, by"
            + " month (months without a reported appearance are left out).",
        "leader-appearances",
        rows.size(),
        340,
        option,
        "No appearance of the leader reported in this period.");
  }

  /** A horizontal bar per person of the entourage: the leader's events they were at. */
  static Block.Chart entourage(List<Map<String, Object>> rows) {
    return personBars(
        "entourage",
        "Entourage frequency",
        "Who appeared most often at events the leader led or guided in the period (events, not"
            + " articles).",
        "entourage-frequency",
        rows,
        "Nobody appeared with the leader in this period.");
  }

  /** A bar per person who appeared (right, green) or vanished (left, red) against before. */
  static Block.Chart entourageChange(List<Map<String, Object>> rows, String before) {
    List<Object> names = new ArrayList<>();
    List<Object> bars = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      boolean appeared = "appeared".equals(row.get("change"));
      long events = number(row.get(appeared ? "events" : "events_before"));
      names.add(row.get("person"));
      bars.add(
          Map.of(
              "name", string(row.get("change")),
              "value", appeared ? events : -events,
              "itemStyle", Map.of("color", appeared ? APPEARED : VANISHED)));
    }
    Map<String, Object> option = base();
    option.put(
        "grid", Map.of("left", 16, "right", 32, "top", 24, "bottom", 48, "containLabel", true));
    option.put("xAxis", valueAxis("events"));
    option.put(
        "yAxis",
        Map.of("type", "category", "data", names, "inverse", true, "axisLabel", label(40)));
    option.put(
        "series",
        List.of(Map.of("type", "bar", "name", "events", "data", bars, "barMaxWidth", 18)));
    return new Block.Chart(
        "change",
        "Appeared and vanished",
        "Right, green: seen with the leader in this period but not in the period before ("
            + before
            + "), by their events now. Left, red: seen before, not now, by their events then.",
        "entourage-change",
        rows.size(),
        Math.max(200, 24 * rows.size() + 80),
        option,
        "The entourage is the same as in the period before (" + before + ").");
  }

  /** A point per person and report listing them in the body; the rank as the label where known. */
  static Block.Chart membership(List<Map<String, Object>> rows) {
    List<String> persons = new ArrayList<>();
    List<Object> points = new ArrayList<>();
    boolean ranks = false;
    for (Map<String, Object> row : rows) {
      String person = string(row.get("person"));
      if (!persons.contains(person)) {
        persons.add(person);
      }
      Object rank = row.get("rank");
      ranks |= rank != null;
      String status = string(row.get("status"));
      Map<String, Object> point = new LinkedHashMap<>();
      point.put(
          "name", string(row.get("role")) + " · " + status + " · " + string(row.get("article")));
      point.put("value", List.of(Dates.start(string(row.get("date"))), persons.indexOf(person)));
      point.put(
          "itemStyle",
          Map.of(
              "color", status.equals("former") || status.equals("dismissed") ? FORMER : CURRENT));
      if (rank != null) {
        point.put("label", Map.of("show", true, "formatter", "#" + rank, "position", "right"));
      }
      points.add(point);
    }
    Map<String, Object> option = base();
    option.put(
        "grid", Map.of("left", 16, "right", 40, "top", 24, "bottom", 48, "containLabel", true));
    option.put("xAxis", Map.of("type", "time"));
    option.put(
        "yAxis",
        Map.of("type", "category", "data", persons, "inverse", true, "axisLabel", label(40)));
    option.put("dataZoom", List.of(Map.of("type", "slider", "xAxisIndex", 0, "height", 18)));
    option.put(
        "series",
        List.of(Map.of("type", "scatter", "name", "listed", "symbolSize", 10, "data", points)));
    return new Block.Chart(
        "membership",
        "Membership over time",
        "One point per person and report that lists them in the body (grey: reported as former"
            + " or dismissed), persons in the order first listed."
            + (ranks ? " The label is the place in the report's list." : " " + NO_RANK),
        "body-membership",
        rows.size(),
        Math.max(240, 22 * persons.size() + 100),
        option,
        "No report lists anyone in this body.");
  }

  private static Block.Chart personBars(
      String id,
      String title,
      String text,
      String query,
      List<Map<String, Object>> rows,
      String empty) {
    List<Object> names = new ArrayList<>();
    List<Object> bars = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      names.add(row.get("person"));
      bars.add(
          Map.of(
              "name",
              string(row.get("first")) + " .. " + string(row.get("last")),
              "value",
              row.get("events")));
    }
    Map<String, Object> option = base();
    option.put(
        "grid", Map.of("left", 16, "right", 40, "top", 24, "bottom", 48, "containLabel", true));
    option.put("xAxis", valueAxis("events"));
    option.put(
        "yAxis",
        Map.of("type", "category", "data", names, "inverse", true, "axisLabel", label(40)));
    option.put(
        "series",
        List.of(
            Map.of(
                "type",
                "bar",
                "name",
                "events",
                "data",
                bars,
                "barMaxWidth",
                18,
                "itemStyle",
                Map.of("color", CURRENT),
                "label",
                Map.of("show", true, "position", "right"))));
    return new Block.Chart(
        id, title, text, query, rows.size(), Math.max(200, 24 * rows.size() + 80), option, empty);
  }

  /** A count axis named in the middle below it, where a long name is not cut off. */
  private static Map<String, Object> valueAxis(String name) {
    return Map.of(
        "type", "value", "minInterval", 1, "name", name, "nameLocation", "middle", "nameGap", 26);
  }

  private static Map<String, Object> base() {
    Map<String, Object> option = new LinkedHashMap<>();
    // Drawn at once: a page opened from an archive or printed shows the whole chart.
    option.put("animation", false);
    option.put("tooltip", Map.of("trigger", "item"));
    return option;
  }

  private static Map<String, Object> custom(String name, String color, List<Object> data) {
    return Map.of(
        "type",
        "custom",
        "name",
        name,
        "itemStyle",
        Map.of("color", color),
        "encode",
        Map.of("x", List.of(1, 2), "y", 0),
        "data",
        data);
  }

  private static Map<String, Object> item(String name, Object... value) {
    return Map.of("name", name, "value", List.of(value));
  }

  private static Map<String, Object> label(int width) {
    return Map.of("width", width * 7, "overflow", "truncate");
  }

  private static String string(Object value) {
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(String::valueOf).toList());
    }
    return Objects.toString(value, "");
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0;
  }
}
