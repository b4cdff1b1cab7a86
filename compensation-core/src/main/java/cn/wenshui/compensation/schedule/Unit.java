package cn.wenshui.compensation.schedule;

/**
 * A unit the schedule prices by, as the data file declares it. A counted unit (株, 个, 口, 户 …) counts things, so a
 * quantity in it is a whole number; a measured unit (m, m², m³) takes decimals. A row priced per 户 is paid at most
 * once per household ({@code oncePerHousehold}).
 */
public record Unit(String unit, String name, boolean counted, boolean oncePerHousehold) {
}
