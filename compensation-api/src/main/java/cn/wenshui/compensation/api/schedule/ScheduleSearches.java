package cn.wenshui.compensation.api.schedule;

import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleSearch;
import cn.wenshui.compensation.schedule.Synonyms;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One search per schedule version, with the everyday words kept beside that schedule (read on first use). */
@ApplicationScoped
public class ScheduleSearches {
    private final Map<Schedule, ScheduleSearch> searches = new ConcurrentHashMap<>();

    public ScheduleSearch of(Schedule schedule) {
        return searches.computeIfAbsent(schedule, s -> new ScheduleSearch(s, Synonyms.forSchedule(s)));
    }
}
