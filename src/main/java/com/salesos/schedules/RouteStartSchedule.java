package com.salesos.schedules;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.salesos.reps.RepView;
import com.salesos.routes.RoutePlanFilter;
import com.salesos.routes.RoutePlanStatus;
import com.salesos.routes.RoutePlanView;
import com.salesos.routes.RouteService;
import com.salesos.security.UserService;
import com.salesos.workflow.Workflow;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code route-start}: at every slot (every 15 minutes by default), starts {@code daily-route-start} for each active
 * rep whose working day has begun in their own zone (a working day, at or after {@code local-time}, before
 * {@code end-of-day}) and who has a route plan for that day; once per rep and day (business key
 * {@code route-start:<repId>:<date>}), whatever the number of slots, nodes or manual runs.
 */
@Component
class RouteStartSchedule implements ScheduledWork {

    static final String PROCESS = "daily-route-start";

    private final ActiveReps reps;
    private final RouteService routes;
    private final UserService users;
    private final Workflow workflow;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SchedulesProperties properties;

    RouteStartSchedule(ActiveReps reps, RouteService routes, UserService users, Workflow workflow, JdbcTemplate jdbc,
            TransactionTemplate transactions, SchedulesProperties properties) {
        this.reps = reps;
        this.routes = routes;
        this.users = users;
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "route-start";
    }

    @Override
    public String description() {
        SchedulesProperties.RouteStart s = properties.routeStart();
        return "Starts each rep's working day at " + s.localTime() + " in the rep's time zone (" + days(s.workingDays())
                + ", until " + s.endOfDay() + ")";
    }

    /** "Monday to Friday" for a run of days, else the days listed: "Monday, Wednesday, Friday". */
    static String days(Set<DayOfWeek> days) {
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        boolean run = sorted.size() > 2
                && sorted.get(sorted.size() - 1).getValue() - sorted.get(0).getValue() == sorted.size() - 1;
        return run ? name(sorted.get(0)) + " to " + name(sorted.get(sorted.size() - 1))
                : String.join(", ", sorted.stream().map(RouteStartSchedule::name).toList());
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    @Override
    public String defaultCron() {
        return "0 0/15 * * * ?";
    }

    @Override
    public SchedulesProperties.Settings settings() {
        return properties.routeStart();
    }

    @Override
    public String run(Instant slot) {
        int started = 0;
        int waiting = 0;
        for (RepView rep : reps.all()) {
            Optional<Start> start = startFor(rep, slot);
            if (start.isEmpty()) {
                continue;
            }
            if (Boolean.TRUE.equals(transactions.execute(status -> start(start.get(), slot)))) {
                started++;
            } else {
                waiting++;
            }
        }
        return started + " working days started" + (waiting == 0 ? "" : ", " + waiting + " already started");
    }

    private record Start(RepView rep, String username, LocalDate date, Instant endOfDay) {
    }

    /** The rep's day to start at {@code slot}: begun by the rep's clock, planned, and the rep can sign in. */
    private Optional<Start> startFor(RepView rep, Instant slot) {
        SchedulesProperties.RouteStart settings = properties.routeStart();
        ZoneId zone = ZoneId.of(rep.timeZone());
        ZonedDateTime local = slot.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate date = local.toLocalDate();
        if (!settings.workingDays().contains(date.getDayOfWeek()) || time.isBefore(settings.localTime())
                || !time.isBefore(settings.endOfDay())) {
            return Optional.empty();
        }
        boolean planned = routes.list(new RoutePlanFilter(rep.id(), date, date), PageRequest.of(0, 5)).items().stream()
                .map(RoutePlanView::status).anyMatch(s -> s != RoutePlanStatus.CANCELLED);
        Optional<String> username = users.findByRepId(rep.id()).map(UserService.UserView::username);
        if (!planned || username.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Start(rep, username.get(), date, date.atTime(settings.endOfDay()).atZone(zone)
                .toInstant()));
    }

    /** Claims the rep's day and starts its instance in one transaction; false when the day was claimed before. */
    private boolean start(Start start, Instant slot) {
        int claimed = jdbc.update("""
                insert into route_start_run (rep_id, route_date, process_instance_key, started_at)
                values (?, ?, 0, ?) on conflict do nothing""", start.rep().id(), start.date(),
                Timestamp.from(slot.truncatedTo(ChronoUnit.MICROS)));
        if (claimed == 0) {
            return false;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("repId", start.rep().id().toString());
        variables.put("repUsername", start.username());
        variables.put("routeDate", start.date().toString());
        variables.put("endOfDay", start.endOfDay().toString());
        long key = workflow.start(PROCESS, variables, businessKey(start.rep().id(), start.date()));
        jdbc.update("update route_start_run set process_instance_key = ? where rep_id = ? and route_date = ?", key,
                start.rep().id(), start.date());
        return true;
    }

    static String businessKey(java.util.UUID repId, LocalDate date) {
        return "route-start:" + repId + ":" + date;
    }
}
