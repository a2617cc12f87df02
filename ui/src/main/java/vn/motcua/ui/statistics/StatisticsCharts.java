package vn.motcua.ui.statistics;

import java.util.List;
import java.util.function.Function;
import vn.motcua.engine.statistics.Figures;
import vn.motcua.ui.base.EChart;

/** The statistics page's charts, each drawn beside the table that holds the same numbers. */
final class StatisticsCharts {

    private final Function<String, String> text;

    StatisticsCharts(Function<String, String> text) {
        this.text = text;
    }

    EChart outcomes(Figures.Totals t) {
        List<String> outcomes = List.of(text.apply("statistics.on-time"), text.apply("statistics.late"),
                text.apply("statistics.in-progress"), text.apply("statistics.refused"), text.apply("statistics.withdrawn"));
        return new EChart("chart-outcomes", text.apply("statistics.chart.outcomes"), EChart.Kind.HORIZONTAL_BARS, outcomes,
                List.of(new EChart.Series(text.apply("statistics.dossiers"),
                        List.of(t.onTime(), t.late(), t.inProgress(), t.refused(), t.withdrawn()))));
    }

    EChart ratings(Figures.Totals t) {
        return new EChart("chart-ratings", text.apply("statistics.chart.ratings"), EChart.Kind.BARS,
                List.of("1 ★", "2 ★", "3 ★", "4 ★", "5 ★"),
                List.of(new EChart.Series(text.apply("statistics.chart.ratings"), t.ratedByStars())));
    }

    EChart months(List<Figures.Month> months) {
        return new EChart("chart-months", text.apply("statistics.months"), EChart.Kind.STACKED_BARS,
                months.stream().map(Figures.Month::month).toList(), List.of(
                        new EChart.Series(text.apply("statistics.channel.ONLINE"), months.stream().map(Figures.Month::online).toList()),
                        new EChart.Series(text.apply("statistics.channel.IN_PERSON"), months.stream().map(Figures.Month::inPerson).toList()),
                        new EChart.Series(text.apply("statistics.channel.POSTAL"), months.stream().map(Figures.Month::postal).toList())));
    }

    /** Average processing days against the statutory time, for the procedures not suppressed. */
    EChart procedures(List<Figures.ProcedureRow> rows) {
        List<Figures.ProcedureRow> shown = rows.stream().filter(r -> !r.suppressed()).limit(10).toList();
        return new EChart("chart-procedures", text.apply("statistics.days-vs-statutory"), EChart.Kind.BARS,
                shown.stream().map(Figures.ProcedureRow::procedureCode).toList(), List.of(
                        new EChart.Series(text.apply("statistics.processing-days"),
                                shown.stream().map(r -> r.averageProcessingDays() == null ? null : Math.round(r.averageProcessingDays() * 10) / 10.0).toList()),
                        new EChart.Series(text.apply("statistics.statutory-days"),
                                shown.stream().map(Figures.ProcedureRow::statutoryDays).toList())));
    }

    /** The measured points each month, as a share of what could be measured that month. */
    EChart trend(List<Figures.IndexMonth> trend) {
        return new EChart("chart-index-trend", text.apply("statistics.trend"), EChart.Kind.LINES,
                trend.stream().map(Figures.IndexMonth::month).toList(), List.of(
                        new EChart.Series(text.apply("statistics.trend.score"), trend.stream()
                                .map(m -> m.measurablePoints() == 0 ? null : Math.round(m.points() * 1000.0 / m.measurablePoints()) / 10.0).toList()),
                        new EChart.Series(text.apply("statistics.on-time"), trend.stream().map(m -> percentValue(m.onTimeShare())).toList()),
                        new EChart.Series(text.apply("statistics.received-online"), trend.stream().map(m -> percentValue(m.onlineShare())).toList())));
    }

    EChart catalogue(List<Figures.CatalogueRow> rows) {
        List<Figures.CatalogueRow> levels = rows.subList(0, Math.max(0, rows.size() - 1)); // without the total row
        return new EChart("chart-catalogue", text.apply("statistics.catalogue"), EChart.Kind.STACKED_BARS,
                levels.stream().map(Figures.CatalogueRow::level).toList(), List.of(
                        new EChart.Series(text.apply("statistics.fully-online"), levels.stream().map(Figures.CatalogueRow::fullyOnline).toList()),
                        new EChart.Series(text.apply("statistics.partly-online"), levels.stream().map(Figures.CatalogueRow::partlyOnline).toList()),
                        new EChart.Series(text.apply("statistics.not-online"), levels.stream().map(Figures.CatalogueRow::notOnline).toList())));
    }

    private static Double percentValue(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }
}
