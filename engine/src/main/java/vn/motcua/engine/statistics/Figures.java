package vn.motcua.engine.statistics;

import java.util.List;

/**
 * The figures of a period and scope. Counts only: no statistic names a person. Shares are null
 * where their denominator is zero (nothing to measure), never zero by default.
 */
public final class Figures {

    private Figures() {
    }

    /** Totals of the period: dossiers received, finished by outcome, still open, and the rates built on them. */
    public record Totals(long received, long receivedOnline, long onTime, long late, long refused, long withdrawn,
                         long inProgress, long supplementRequested, long feeBearingReceived, long paidOnline,
                         long processingMinutes, long rated, long ratingSum, List<Long> ratedByStars) {

        public Double onTimeShare() {
            return share(onTime, onTime + late);
        }

        public Double onlineShare() {
            return share(receivedOnline, received);
        }

        public Double supplementRate() {
            return share(supplementRequested, received);
        }

        public Double paidOnlineShare() {
            return share(paidOnline, feeBearingReceived);
        }

        public Double averageRating() {
            return rated == 0 ? null : (double) ratingSum / rated;
        }

        /** Average calendar days from filing to result, over the dossiers finished with a result. */
        public Double averageProcessingDays() {
            return onTime + late == 0 ? null : processingMinutes / 1440.0 / (onTime + late);
        }
    }

    /** Dossiers received in a month, by channel. */
    public record Month(String month, long online, long inPerson, long postal) {
    }

    /**
     * One procedure's figures; {@code suppressed} when a unit-level cell counts fewer than five
     * dossiers (its numbers are then null: too few to publish without pointing at someone).
     */
    public record ProcedureRow(String procedureCode, String title, Long received, Long onTime, Long late,
                               Double averageProcessingDays, Double statutoryDays, boolean suppressed) {
    }

    /** Procedures in the catalogue by level and by online level. */
    public record CatalogueRow(String level, long procedures, long fullyOnline, long partlyOnline, long notOnline) {
    }

    /** One indicator of the service index: its points, or not measured, with its definition and legal source. */
    public record Indicator(String group, int maxPoints, Double points, String definition, String source) {

        public boolean measured() {
            return points != null;
        }
    }

    /** The service index (Decision 766/QĐ-TTg): the indicators, and the points of those MotCua can measure. */
    public record ServiceIndex(List<Indicator> indicators) {

        public double points() {
            return indicators.stream().filter(Indicator::measured).mapToDouble(Indicator::points).sum();
        }

        public int measurablePoints() {
            return indicators.stream().filter(Indicator::measured).mapToInt(Indicator::maxPoints).sum();
        }
    }

    /** A province or unit in the ranking: its dossiers, on-time share and the index points MotCua measures. */
    public record RankRow(String code, String name, long received, Double onTimeShare, double points, int measurablePoints) {
    }

    /** One month of the service index trend: the measured indicators and their points. */
    public record IndexMonth(String month, long received, Double onTimeShare, Double onlineShare, Double paidOnlineShare,
                             Double averageRating, double points, int measurablePoints) {
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
