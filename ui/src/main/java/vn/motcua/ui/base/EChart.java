package vn.motcua.ui.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.util.List;

/**
 * A chart drawn by Apache ECharts (a vendored, pinned static script; Vaadin Charts is commercial).
 * Always placed beside a table of the same numbers: the chart is for the eye, the table for screen
 * readers and copying, so the chart is one image with a label.
 */
@JavaScript("context://vendor/echarts/6.1.0/echarts.min.js")
public class EChart extends Div {

    /** Bars side by side, bars stacked, lines, or horizontal bars (long category names, narrow phones). */
    public enum Kind { BARS, STACKED_BARS, LINES, HORIZONTAL_BARS }

    /** One named series of values, one per category (null: no value). */
    public record Series(String name, List<? extends Number> values) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public EChart(String id, String label, Kind kind, List<String> categories, List<Series> series) {
        setId(id);
        addClassName("motcua-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", label);
        setWidthFull();
        setHeight("300px");
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0).put("type", "scroll");
        option.putObject("grid").put("left", 8).put("right", 8).put("top", 10).put("bottom", 40).put("containLabel", true);
        boolean horizontal = kind == Kind.HORIZONTAL_BARS;
        ObjectNode categoryAxis = option.putObject(horizontal ? "yAxis" : "xAxis").put("type", "category");
        if (horizontal) {
            // names wrap within a third of a phone's width instead of pushing the bars off screen
            categoryAxis.put("inverse", true).putObject("axisLabel").put("width", 120).put("overflow", "break");
        }
        ArrayNode x = categoryAxis.putArray("data");
        categories.forEach(x::add);
        ObjectNode valueAxis = option.putObject(horizontal ? "xAxis" : "yAxis").put("type", "value");
        if (series.stream().flatMap(s -> s.values().stream()).allMatch(v -> v == null || v instanceof Integer || v instanceof Long)) {
            // counts of dossiers: the axis steps by whole numbers ("0,2 hồ sơ" on a nearly empty chart means nothing)
            valueAxis.put("minInterval", 1);
        }
        ArrayNode all = option.putArray("series");
        for (Series s : series) {
            ObjectNode one = all.addObject().put("name", s.name()).put("type", kind == Kind.LINES ? "line" : "bar");
            if (kind == Kind.STACKED_BARS) {
                one.put("stack", "all");
            }
            ArrayNode data = one.putArray("data");
            s.values().forEach(v -> {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v.doubleValue());
                }
            });
        }
        // numbers as the page's language writes them (2.500 in Vietnamese), on the axis and in tooltips
        getElement().executeJs("const chart = echarts.init(this, null, {renderer: 'svg'});"
                + "const option = JSON.parse($0); const numbers = new Intl.NumberFormat($1);"
                + "const valueAxis = option.xAxis.type === 'value' ? option.xAxis : option.yAxis;"
                + "valueAxis.axisLabel = {formatter: v => numbers.format(v)};"
                + "option.tooltip.valueFormatter = v => v == null ? '–' : numbers.format(v);"
                + "chart.setOption(option);"
                + "new ResizeObserver(() => chart.resize()).observe(this);"
                + "this.setAttribute('data-rendered', 'true');", option.toString(), getLocale().toLanguageTag());
    }
}
