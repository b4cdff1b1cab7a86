package cn.wenshui.compensation.schedule;

import java.util.List;

/** The data file is not a valid schedule; every problem found is listed, so one run shows them all. */
public class ScheduleException extends RuntimeException {
    private final List<String> problems;

    public ScheduleException(String source, List<String> problems) {
        super("invalid schedule " + source + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
