package cn.wenshui.compensation.api.batch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wenshui.compensation.api.batch.BatchLayout.Column;
import cn.wenshui.compensation.quote.QuoteEngine;
import cn.wenshui.compensation.readings.Readings;
import cn.wenshui.compensation.schedule.Schedule;
import cn.wenshui.compensation.schedule.ScheduleLoader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test of correctness and not run by default: measures parse + quote of a generated workbook of N households
 * with 10 lines each, and the writing of its results workbook. Run with
 * {@code mvn -B -o -pl compensation-api test -Dtest=BatchScaleMeasureTest -Dbatch.scale=10000}; the figures are
 * printed and recorded in docs/excel.md. {@code -Dbatch.out=/tmp/w.xlsx} keeps a copy of the generated workbook.
 */
@EnabledIfSystemProperty(named = "batch.scale", matches = "\\d+")
@DisplayName("批量导入规模测量(默认不运行)")
class BatchScaleMeasureTest {

    /** Ten lines per household; every one quotes (amounts are not checked here). */
    static final Object[][] LINES = {
            {"1-1.annex.frame", 10, null, null},
            {"1-1.annex.brick-concrete", 50, null, null},
            {"2-1.fruit.walnut", 3, "胸径cm", 12},
            {"1-1.cellar.brick-stone", 6, "深度m", 1.8},
            {"1-1.wall.brick", 20, null, null},
            {"2-2.timber.poplar", 5, "胸径cm", 18},
            {"1-1.stairs.brick-steps", 2, null, null},
            {"1-1.annex.brick-wood", 15, null, null},
            {"2-1.fruit.jujube", 4, "胸径cm", 8},
            {"1-1.foundation.stone", 12, null, null},
    };

    @Test
    void measure() throws Exception {
        int n = Integer.parseInt(System.getProperty("batch.scale"));
        Schedule schedule = ScheduleLoader.loadDefault();
        QuoteEngine engine = new QuoteEngine(schedule, Readings.defaults());
        for (Object[] l : LINES) {
            assertThat(schedule.item((String) l[0])).as((String) l[0]).isPresent();
        }
        Path file = Files.createTempFile("batch-scale-", ".xlsx");
        Path results = Files.createTempFile("batch-scale-results-", ".xlsx");
        try {
            long g0 = System.nanoTime();
            if (System.getProperty("batch.in") != null) { // a workbook generated before (-Dbatch.out)
                Files.copy(Path.of(System.getProperty("batch.in")), file,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                generate(file, schedule, n);
            }
            long generated = (System.nanoTime() - g0) / 1_000_000;
            if (System.getProperty("batch.out") != null) {
                // keep a copy, e.g. to upload it to a running service with curl
                Files.copy(file, Path.of(System.getProperty("batch.out")),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }

            // the bare SAX read of the two sheets (cells as text, nothing converted), for comparison
            long s0 = System.nanoTime();
            int[] cells = new int[1];
            try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(file.toFile(),
                    org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
                SheetReader.RowSink count = (rowNumber, row) -> cells[0] += row.size();
                SheetReader.read(pkg, java.util.Map.of(BatchLayout.HOUSEHOLDS, count, BatchLayout.ITEMS, count));
                pkg.revert();
            }
            long bare = (System.nanoTime() - s0) / 1_000_000;
            System.out.printf("BATCH-SCALE bare SAX read=%d ms (%d cells)%n", bare, cells[0]);

            // -Dbatch.repeat=N parses and quotes N times in this JVM: the first run is JIT-cold, the later ones are
            // what a service that has already served an upload sees
            int repeat = Integer.getInteger("batch.repeat", 1);
            long baseline = usedAfterGc();
            BatchParser.ParsedWorkbook wb = null;
            BatchResult r = null;
            long t0 = 0;
            long t1 = 0;
            long t2 = 0;
            long c0 = 0;
            long c2 = 0;
            for (int run = 1; run <= repeat; run++) {
                wb = null;
                r = null;
                c0 = cpuMillis();
                t0 = System.nanoTime();
                wb = new BatchParser(schedule).parse(file);
                t1 = System.nanoTime();
                histogram("after parse (drafts live)", run);
                long p1 = cpuMillis();
                r = new BatchQuoter(engine).quote("scale", file.getFileName().toString(), wb, (t1 - t0) / 1_000_000);
                t2 = System.nanoTime();
                c2 = cpuMillis();
                histogram("after quote (drafts and batch live)", run);
                System.out.printf("BATCH-SCALE run %d: parse=%d ms (CPU %d ms) quote=%d ms (CPU %d ms)"
                                + " parse+quote=%d ms (CPU %d ms); load average %s%n", run, (t1 - t0) / 1_000_000,
                        p1 - c0, (t2 - t1) / 1_000_000, c2 - p1, (t2 - t0) / 1_000_000, c2 - c0,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
            if (!Boolean.getBoolean("batch.skipResults")) { // -Dbatch.skipResults=true: parse and quote only
                try (OutputStream out = Files.newOutputStream(results)) {
                    ResultsWorkbook.write(r, out);
                }
            }
            long t3 = System.nanoTime();
            int itemRows = wb.itemRows();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("BATCH-SCALE households=%d lines=%d workbook=%d bytes (generated in %d ms)%n", n,
                    itemRows, Files.size(file), generated);
            System.out.printf("BATCH-SCALE parse=%d ms quote=%d ms parse+quote=%d ms results.xlsx=%d ms (%d bytes)"
                            + " cores=%d heapUsed=%d MiB maxHeap=%d MiB%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000, (t3 - t2) / 1_000_000,
                    Files.size(results), rt.availableProcessors(), (rt.totalMemory() - rt.freeMemory()) >> 20,
                    rt.maxMemory() >> 20);
            System.out.printf("BATCH-SCALE parse+quote CPU time (all threads of the JVM)=%d ms; load average %s%n",
                    c2 - c0, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            wb = null; // only the batch stays reachable
            System.out.printf("BATCH-SCALE retained by the batch (households, quotes, errors) ≈ %d MiB%n",
                    (usedAfterGc() - baseline) >> 20);
            assertThat(r.quoted()).hasSize(n);
            assertThat(r.errors()).isEmpty();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(results);
        }
    }

    /** -Dbatch.histogram=N: the N largest classes of the live heap (a full GC first), for where the memory goes. */
    static void histogram(String when, int run) throws Exception {
        int top = Integer.getInteger("batch.histogram", 0);
        if (top <= 0 || run != 1) {
            return;
        }
        String h = (String) java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
        String[] lines = h.split("\n");
        System.out.printf("BATCH-SCALE histogram %s:%n", when);
        for (int i = 0; i < Math.min(lines.length, top + 3); i++) {
            System.out.println("  " + lines[i]);
        }
        System.out.println("  " + lines[lines.length - 1]);
    }

    static long cpuMillis() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() / 1_000_000 : -1;
    }

    static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    static void generate(Path file, Schedule schedule, int n) throws Exception {
        generate(file, schedule, n, Integer.getInteger("batch.lines", LINES.length));
    }

    /** n households of {@code lines} 清单 rows each (the ten {@link #LINES} repeated). */
    static void generate(Path file, Schedule schedule, int n, int lines) throws Exception {
        List<Column> items = BatchLayout.itemColumns(schedule);
        // -Dbatch.sharedStrings=true: text in the shared-strings table, as Excel and WPS save it (SXSSF's default is
        // inline strings)
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, false, Boolean.getBoolean("batch.sharedStrings"));
             OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet h = wb.createSheet(BatchLayout.HOUSEHOLDS);
            header(h, BatchLayout.HOUSEHOLD_COLUMNS);
            Sheet s = wb.createSheet(BatchLayout.ITEMS);
            header(s, items);
            int col = index(items, "measurements.trunkDiameterCm");
            int depth = index(items, "measurements.depthM");
            for (int i = 0; i < n; i++) {
                Row r = h.createRow(i + 1);
                String id = "S-" + i;
                r.createCell(0).setCellValue(id);
                r.createCell(1).setCellValue("户主" + i);
                r.createCell(2).setCellValue("村" + (i % 12));
                r.createCell(5).setCellValue(20 + i % 200);
                var c = r.createCell(9);
                c.setCellValue(LocalDate.of(2023, 7, 1));
                c.setCellStyle(date);
                c = r.createCell(10);
                c.setCellValue(LocalDate.of(2023, 7, 5));
                c.setCellStyle(date);
                c = r.createCell(11);
                c.setCellValue(LocalDate.of(2023, 7, 5).plusDays(i % 60));
                c.setCellStyle(date);
            }
            int row = 1;
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < lines; k++) {
                    Object[] l = LINES[k % LINES.length];
                    Row r = s.createRow(row++);
                    r.createCell(0).setCellValue("S-" + i);
                    r.createCell(2).setCellValue((String) l[0]);
                    r.createCell(5).setCellValue(((Integer) l[1]).doubleValue());
                    if (l[2] != null) {
                        int mc = "胸径cm".equals(l[2]) ? col : depth;
                        r.createCell(mc).setCellValue(new BigDecimal(l[3].toString()).doubleValue());
                    }
                }
            }
            wb.write(out);
        }
    }

    static void header(Sheet sheet, List<Column> columns) {
        Row r = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            r.createCell(i).setCellValue(columns.get(i).header());
        }
    }

    static int index(List<Column> columns, String field) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).field().equals(field)) {
                return i;
            }
        }
        throw new AssertionError(field);
    }
}
