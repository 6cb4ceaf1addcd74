#!/usr/bin/env python3
"""Synthetic parks data for the data-scale benchmarks, written with SQL (fast) on top of a catalogue that the real
`parks discover` + `parks schedules` imported from the simulator.

  seed.py raw       DB DAY   ride snapshots for every ride × 144 slots of the park-day DAY (America/Los_Angeles) + park snapshots
  seed.py landed    DB       records the collect run that wrote the raw snapshots as landed now (else /health answers 503)
  seed.py replicate DB DAY N copies DAY's roll-ups (park/ride day and hour rows) to the N days before it and the day after,
                             marked final (ride hour rows only for 30 days), so rankings see a year of history

DB is a SQLite file path, `pg:<libpq connection string>` (schema parks) or `my:<database>` (MySQL/MariaDB on
QUARTET_BENCH_MYSQL_HOST, 127.0.0.1 by default, as quartet/quartet). Runs psql / sqlite3 / mysql as child processes.
"""
import datetime as dt
import os
import subprocess
import sys
from zoneinfo import ZoneInfo

LA = ZoneInfo("America/Los_Angeles")
RUN_ID = "00000000-0000-7000-8000-000000000001"


def mysql(db):
    return ["mysql", "-h", os.environ.get("QUARTET_BENCH_MYSQL_HOST", "127.0.0.1"), "-u", "quartet", "-pquartet", db[3:]]


def run(db, sql):
    if db.startswith("pg:"):
        subprocess.run(["psql", "-v", "ON_ERROR_STOP=1", "-q", db[3:], "-c", "SET search_path TO parks;\n" + sql], check=True)
    elif db.startswith("my:"):
        # ANSI_QUOTES: the double-quoted column names of the PostgreSQL statements work unchanged.
        subprocess.run(mysql(db), input="SET SESSION sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES');\n" + sql, text=True, check=True)
    else:
        subprocess.run(["sqlite3", db], input=sql, text=True, check=True)


def columns(db, table):
    if db.startswith("pg:"):
        out = subprocess.run(["psql", "-At", db[3:], "-c",
                              f"SELECT column_name FROM information_schema.columns WHERE table_schema='parks' AND table_name='{table}' ORDER BY ordinal_position"],
                             check=True, capture_output=True, text=True).stdout
    elif db.startswith("my:"):
        out = subprocess.run(mysql(db) + ["-N", "-e",
                              f"SELECT column_name FROM information_schema.columns WHERE table_schema='{db[3:]}' AND table_name='{table}' ORDER BY ordinal_position"],
                             check=True, capture_output=True, text=True).stdout
    else:
        out = subprocess.run(["sqlite3", db, f"SELECT name FROM pragma_table_info('{table}')"], check=True, capture_output=True, text=True).stdout
    return [c for c in out.split() if c]


def day_window(day):
    start = dt.datetime.combine(day, dt.time(), LA).astimezone(dt.timezone.utc)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), LA).astimezone(dt.timezone.utc)
    return start, int((end - start).total_seconds() // 600)


def raw(db, day):
    start, slots = day_window(day)
    s = start.strftime("%Y-%m-%d %H:%M:%S")
    # Outages are runs of 3 slots (30 min) on ~3 % of ride-slots; waits follow the row and the slot.
    if db.startswith("pg:"):
        key = "abs(hashtext(r.\"Id\"::text))"
        slot = f"(timestamptz '{s}+00' + n * interval '10 minutes')"
        series = f"generate_series(0, {slots - 1}) n"
        sql = f"""
INSERT INTO ride_snapshots ("RideId","SlotAt","ParkId","Status","ReportedStatus","WaitMinutes","UpstreamUpdatedAt","Source","IntervalMinutes","Fallback","Stale")
SELECT r."Id", {slot}, r."ParkId",
       CASE WHEN (({key} % 9973) + n / 3) % 33 = 0 THEN 'Down' ELSE 'Operating' END, NULL,
       CASE WHEN (({key} % 9973) + n / 3) % 33 = 0 THEN NULL ELSE 5 + ({key} + n) % 80 END, NULL, 'tpw', 10, false, false
FROM rides r CROSS JOIN {series};
INSERT INTO park_snapshots ("ParkId","SlotAt","RunId","FetchedAt","Source","IntervalMinutes","ParkOpen","Operating","Down","Closed","Refurbishment","Unknown","LiveA","LiveB","AvgWait","MaxWait")
SELECT p."Id", {slot}, '{RUN_ID}', {slot}, 'tpw', 10, true, 0, 0, 0, 0, 0, 0, 0, NULL, NULL
FROM parks p CROSS JOIN {series};
ANALYZE ride_snapshots; ANALYZE park_snapshots;"""
    elif db.startswith("my:"):
        key = "crc32(r.\"Id\")"
        slot = f"('{s}' + INTERVAL (seq * 10) MINUTE)"
        series = f"seq_0_to_{slots - 1}"
        sql = f"""
INSERT INTO ride_snapshots ("RideId","SlotAt","ParkId","Status","ReportedStatus","WaitMinutes","UpstreamUpdatedAt","Source","IntervalMinutes","Fallback","Stale")
SELECT r."Id", {slot}, r."ParkId",
       CASE WHEN (({key} % 9973) + seq DIV 3) % 33 = 0 THEN 'Down' ELSE 'Operating' END, NULL,
       CASE WHEN (({key} % 9973) + seq DIV 3) % 33 = 0 THEN NULL ELSE 5 + ({key} + seq) % 80 END, NULL, 'tpw', 10, false, false
FROM rides r CROSS JOIN {series};
INSERT INTO park_snapshots ("ParkId","SlotAt","RunId","FetchedAt","Source","IntervalMinutes","ParkOpen","Operating","Down","Closed","Refurbishment","Unknown","LiveA","LiveB","AvgWait","MaxWait")
SELECT p."Id", {slot}, '{RUN_ID}', {slot}, 'tpw', 10, true, 0, 0, 0, 0, 0, 0, 0, NULL, NULL
FROM parks p CROSS JOIN {series};
ANALYZE TABLE ride_snapshots, park_snapshots;"""
    else:
        key = "r.rowid * 7919"
        slot = f"strftime('%Y-%m-%d %H:%M:%S', '{s}', '+' || (n * 10) || ' minutes')"
        cte = f"WITH RECURSIVE slot(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM slot WHERE n < {slots - 1})"
        sql = f"""
{cte}
INSERT INTO ride_snapshots (RideId, SlotAt, ParkId, Status, ReportedStatus, WaitMinutes, UpstreamUpdatedAt, Source, IntervalMinutes, Fallback, Stale)
SELECT r.Id, {slot}, r.ParkId,
       CASE WHEN (({key} % 9973) + n / 3) % 33 = 0 THEN 'Down' ELSE 'Operating' END, NULL,
       CASE WHEN (({key} % 9973) + n / 3) % 33 = 0 THEN NULL ELSE 5 + ({key} + n) % 80 END, NULL, 'tpw', 10, 0, 0
FROM rides r CROSS JOIN slot;
{cte}
INSERT INTO park_snapshots (ParkId, SlotAt, RunId, FetchedAt, Source, IntervalMinutes, ParkOpen, Operating, Down, Closed, Refurbishment, Unknown, LiveA, LiveB, AvgWait, MaxWait)
SELECT p.Id, {slot}, '{RUN_ID}', {slot}, 'tpw', 10, 1, 0, 0, 0, 0, 0, 0, 0, NULL, NULL
FROM parks p CROSS JOIN slot;
ANALYZE;"""
    run(db, sql)


def replicate(db, day, days):
    pg = db.startswith("pg:")
    my = db.startswith("my:")
    statements = []
    for table, span in (("park_day_stats", days), ("ride_day_stats", days), ("park_hour_stats", days), ("ride_hour_stats", min(days, 30))):
        cols = columns(db, table)
        exprs = []
        for c in cols:
            if c == "LocalDate":
                exprs.append('("LocalDate" - g)' if pg else '("LocalDate" - INTERVAL g DAY)' if my else "date(LocalDate, (-g) || ' days')")
            elif c == "HourStart":
                exprs.append("(\"HourStart\" - g * interval '1 day')" if pg else '("HourStart" - INTERVAL g DAY)' if my
                             else "strftime('%Y-%m-%d %H:%M:%S', HourStart, (-g) || ' days')")
            elif c == "IsFinal":
                exprs.append("true" if pg or my else "1")
            else:
                exprs.append(f'"{c}"')
        names = ", ".join(f'"{c}"' for c in cols)
        # g = -1 is the day after DAY (today when DAY is yesterday); 1..span are the days before it.
        source = f"generate_series(-1, {span}) g" if pg else f"(SELECT CAST(seq AS SIGNED) - 1 AS g FROM seq_0_to_{span + 1}) AS gs" if my else f"(WITH RECURSIVE s(g) AS (SELECT -1 UNION ALL SELECT g + 1 FROM s WHERE g < {span}) SELECT g FROM s) AS gs"
        day_filter = (f"\"LocalDate\" = date '{day}'" if pg or my else f"LocalDate = '{day}'") + " AND g <> 0"
        statements.append(f"INSERT INTO {table} ({names}) SELECT {', '.join(exprs)} FROM {table} CROSS JOIN {source} WHERE {day_filter};")
    # Day rows written behind the app's back: mark the week/month roll-ups unbuilt so the next `parks aggregate` sums them.
    statements.append('UPDATE data_version SET "PeriodWeekStart" = NULL;')
    statements.append("ANALYZE TABLE park_day_stats, ride_day_stats, park_hour_stats, ride_hour_stats;" if my else
                      "ANALYZE park_day_stats; ANALYZE ride_day_stats; ANALYZE park_hour_stats; ANALYZE ride_hour_stats;")
    run(db, "\n".join(statements))


def landed(db):
    now = "now()" if db.startswith("pg:") else "utc_timestamp()" if db.startswith("my:") else "strftime('%Y-%m-%d %H:%M:%S', 'now')"
    rides = "(SELECT count(*) FROM rides)"
    run(db, f"""DELETE FROM runs WHERE "Id" = '{RUN_ID}';
INSERT INTO runs ("Id", "Kind", "Trigger", "SlotAt", "StartedAt", "FinishedAt", "Status", "ParksOk", "ParksFallback", "ParksFailed", "ParksSkipped",
                  "RidesSeen", "SnapshotsWritten", "IssuesRaised", "ErrorSummary")
VALUES ('{RUN_ID}', 'collect', 'manual', NULL, {now}, {now}, 'succeeded', (SELECT count(*) FROM parks), 0, 0, 0, {rides}, {rides}, 0, 'bench seed');""")


if __name__ == "__main__":
    if sys.argv[1] == "landed":
        landed(sys.argv[2])
        sys.exit(0)
    command, database, date = sys.argv[1], sys.argv[2], dt.date.fromisoformat(sys.argv[3])
    if command == "raw":
        raw(database, date)
    else:
        replicate(database, date, int(sys.argv[4]))
