package vn.motcua.workflows.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Which dates public offices work: Monday to Friday, except public holidays and announced days off,
 * plus announced working Saturdays or Sundays. Read from a CSV file
 * ({@code calendar/vn-public-holidays.csv}: date, kind, name) that the Government's yearly
 * announcements are meant to update.
 */
public final class WorkingDayCalendar {

    public static final String DEFAULT_RESOURCE = "/calendar/vn-public-holidays.csv";

    private final Map<LocalDate, DayKind> exceptions;
    private final Map<LocalDate, String> names;
    private final LocalDate firstDate;
    private final LocalDate lastDate;

    private WorkingDayCalendar(Map<LocalDate, DayKind> exceptions, Map<LocalDate, String> names) {
        this.exceptions = exceptions;
        this.names = names;
        this.firstDate = exceptions.isEmpty() ? LocalDate.MIN : ((TreeMap<LocalDate, DayKind>) exceptions).firstKey();
        this.lastDate = exceptions.isEmpty() ? LocalDate.MAX : ((TreeMap<LocalDate, DayKind>) exceptions).lastKey();
    }

    /** The calendar MotCua ships, seeded for 2025-2030. */
    public static WorkingDayCalendar vietnam() {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws IllegalArgumentException naming the line of a bad row (unknown kind, bad date, a
     *                                  working-day swap on a weekday)
     */
    public static WorkingDayCalendar read(Reader csv) throws IOException {
        Map<LocalDate, DayKind> exceptions = new TreeMap<>();
        Map<LocalDate, String> names = new TreeMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setTrim(true).get();
        for (CSVRecord row : format.parse(csv)) {
            LocalDate date;
            DayKind kind;
            try {
                date = LocalDate.parse(row.get("date"));
                kind = DayKind.valueOf(row.get("kind"));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("Holiday file line " + row.getRecordNumber()
                        + ": expected date (yyyy-MM-dd) and kind (HOLIDAY, DAY_OFF, WORKING_DAY): " + row, e);
            }
            if (kind == DayKind.WORKING_DAY && !isWeekend(date)) {
                throw new IllegalArgumentException("Holiday file line " + row.getRecordNumber()
                        + ": " + date + " is a weekday; only a Saturday or Sunday can be a swapped working day");
            }
            exceptions.put(date, kind);
            names.put(date, row.get("name"));
        }
        return new WorkingDayCalendar(exceptions, names);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = exceptions.get(date);
        if (kind != null) {
            return kind == DayKind.WORKING_DAY;
        }
        return !isWeekend(date);
    }

    /** Why the date is special, if it is ("Tết Nguyên đán", "Nghỉ bù …"). */
    public String nameOf(LocalDate date) {
        return names.get(date);
    }

    /** Whether the file covers this year; outside it only weekends are known. */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstDate.getYear() && date.getYear() <= lastDate.getYear();
    }

    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate d = date.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
