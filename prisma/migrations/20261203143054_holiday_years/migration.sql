-- CreateTable
CREATE TABLE "HolidayYear" (
    "year" INTEGER NOT NULL,
    "noticeTitle" TEXT NOT NULL,
    "documentNumber" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "amendments" JSONB NOT NULL DEFAULT '[]',
    "periods" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HolidayYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "CalendarRevision" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CalendarRevision_pkey" PRIMARY KEY ("id")
);

-- The calendar's single revision row (CalendarRevision). It starts at a random value so that a process
-- caching "the calendar at revision N" cannot mistake another database's calendar for its own.
INSERT INTO "CalendarRevision" ("id", "revision") VALUES (1, 1 + floor(random() * 1000000000)::int);

-- Any write to the holiday years, by the app, the seed or psql, bumps the revision (in the writing
-- transaction) and, once it commits, sends NOTIFY calendar_changed to the per-process calendar caches
-- (lib/calendar/current-calendar.ts).
CREATE FUNCTION "bump_calendar_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CalendarRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "notify_calendar_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('calendar_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "HolidayYear_bump_calendar_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "HolidayYear"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_calendar_revision"();
CREATE TRIGGER "CalendarRevision_notify_calendar_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CalendarRevision"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_calendar_changed"();

-- The official years on file when this table was introduced (lib/domain/china-holidays.ts, which stays the
-- seed and test source): a database migrated from before keeps the same calendar.
INSERT INTO "HolidayYear" ("year", "noticeTitle", "documentNumber", "issuedOn", "amendments", "periods", "updatedAt") VALUES
  (2020, '国务院办公厅关于2020年部分节假日安排的通知', '国办发明电〔2019〕16号', DATE '2019-11-21',
   '[{"title":"国务院办公厅关于延长2020年春节假期的通知","documentNumber":"国办发明电〔2020〕1号","issued":"2020-01-27"}]'::jsonb,
   '[{"festival":"NEW_YEAR","daysOff":["2020-01-01"],"makeupWorkdays":[]},{"festival":"SPRING_FESTIVAL","daysOff":["2020-01-24","2020-01-25","2020-01-26","2020-01-27","2020-01-28","2020-01-29","2020-01-30","2020-01-31","2020-02-01","2020-02-02"],"makeupWorkdays":["2020-01-19"],"note":"First notice: 24-30 Jan off, Sun 19 Jan and Sat 1 Feb worked. The COVID-19 extension moved the end to Sun 2 Feb, so 31 Jan to 2 Feb are off and Sat 1 Feb is no longer a working day."},{"festival":"QINGMING","daysOff":["2020-04-04","2020-04-05","2020-04-06"],"makeupWorkdays":[]},{"festival":"LABOUR_DAY","daysOff":["2020-05-01","2020-05-02","2020-05-03","2020-05-04","2020-05-05"],"makeupWorkdays":["2020-04-26","2020-05-09"]},{"festival":"DRAGON_BOAT","daysOff":["2020-06-25","2020-06-26","2020-06-27"],"makeupWorkdays":["2020-06-28"]},{"festival":"MID_AUTUMN_AND_NATIONAL_DAY","daysOff":["2020-10-01","2020-10-02","2020-10-03","2020-10-04","2020-10-05","2020-10-06","2020-10-07","2020-10-08"],"makeupWorkdays":["2020-09-27","2020-10-10"]}]'::jsonb, CURRENT_TIMESTAMP),
  (2021, '国务院办公厅关于2021年部分节假日安排的通知', '国办发明电〔2020〕27号', DATE '2020-11-25',
   '[]'::jsonb,
   '[{"festival":"NEW_YEAR","daysOff":["2021-01-01","2021-01-02","2021-01-03"],"makeupWorkdays":[]},{"festival":"SPRING_FESTIVAL","daysOff":["2021-02-11","2021-02-12","2021-02-13","2021-02-14","2021-02-15","2021-02-16","2021-02-17"],"makeupWorkdays":["2021-02-07","2021-02-20"]},{"festival":"QINGMING","daysOff":["2021-04-03","2021-04-04","2021-04-05"],"makeupWorkdays":[]},{"festival":"LABOUR_DAY","daysOff":["2021-05-01","2021-05-02","2021-05-03","2021-05-04","2021-05-05"],"makeupWorkdays":["2021-04-25","2021-05-08"]},{"festival":"DRAGON_BOAT","daysOff":["2021-06-12","2021-06-13","2021-06-14"],"makeupWorkdays":[]},{"festival":"MID_AUTUMN","daysOff":["2021-09-19","2021-09-20","2021-09-21"],"makeupWorkdays":["2021-09-18"]},{"festival":"NATIONAL_DAY","daysOff":["2021-10-01","2021-10-02","2021-10-03","2021-10-04","2021-10-05","2021-10-06","2021-10-07"],"makeupWorkdays":["2021-09-26","2021-10-09"]}]'::jsonb, CURRENT_TIMESTAMP),
  (2022, '国务院办公厅关于2022年部分节假日安排的通知', '国办发明电〔2021〕11号', DATE '2021-10-25',
   '[]'::jsonb,
   '[{"festival":"NEW_YEAR","daysOff":["2022-01-01","2022-01-02","2022-01-03"],"makeupWorkdays":[]},{"festival":"SPRING_FESTIVAL","daysOff":["2022-01-31","2022-02-01","2022-02-02","2022-02-03","2022-02-04","2022-02-05","2022-02-06"],"makeupWorkdays":["2022-01-29","2022-01-30"]},{"festival":"QINGMING","daysOff":["2022-04-03","2022-04-04","2022-04-05"],"makeupWorkdays":["2022-04-02"]},{"festival":"LABOUR_DAY","daysOff":["2022-04-30","2022-05-01","2022-05-02","2022-05-03","2022-05-04"],"makeupWorkdays":["2022-04-24","2022-05-07"]},{"festival":"DRAGON_BOAT","daysOff":["2022-06-03","2022-06-04","2022-06-05"],"makeupWorkdays":[]},{"festival":"MID_AUTUMN","daysOff":["2022-09-10","2022-09-11","2022-09-12"],"makeupWorkdays":[]},{"festival":"NATIONAL_DAY","daysOff":["2022-10-01","2022-10-02","2022-10-03","2022-10-04","2022-10-05","2022-10-06","2022-10-07"],"makeupWorkdays":["2022-10-08","2022-10-09"]}]'::jsonb, CURRENT_TIMESTAMP),
  (2023, '国务院办公厅关于2023年部分节假日安排的通知', '国办发明电〔2022〕16号', DATE '2022-12-08',
   '[]'::jsonb,
   '[{"festival":"NEW_YEAR","daysOff":["2022-12-31","2023-01-01","2023-01-02"],"makeupWorkdays":[],"note":"The 2023 New Year break starts on Sat 31 Dec 2022."},{"festival":"SPRING_FESTIVAL","daysOff":["2023-01-21","2023-01-22","2023-01-23","2023-01-24","2023-01-25","2023-01-26","2023-01-27"],"makeupWorkdays":["2023-01-28","2023-01-29"]},{"festival":"QINGMING","daysOff":["2023-04-05"],"makeupWorkdays":[]},{"festival":"LABOUR_DAY","daysOff":["2023-04-29","2023-04-30","2023-05-01","2023-05-02","2023-05-03"],"makeupWorkdays":["2023-04-23","2023-05-06"]},{"festival":"DRAGON_BOAT","daysOff":["2023-06-22","2023-06-23","2023-06-24"],"makeupWorkdays":["2023-06-25"]},{"festival":"MID_AUTUMN_AND_NATIONAL_DAY","daysOff":["2023-09-29","2023-09-30","2023-10-01","2023-10-02","2023-10-03","2023-10-04","2023-10-05","2023-10-06"],"makeupWorkdays":["2023-10-07","2023-10-08"]}]'::jsonb, CURRENT_TIMESTAMP),
  (2024, '国务院办公厅关于2024年部分节假日安排的通知', '国办发明电〔2023〕7号', DATE '2023-10-25',
   '[]'::jsonb,
   '[{"festival":"NEW_YEAR","daysOff":["2024-01-01"],"makeupWorkdays":[],"note":"Only 1 Jan is listed; it joins the weekend (与周末连休)."},{"festival":"SPRING_FESTIVAL","daysOff":["2024-02-10","2024-02-11","2024-02-12","2024-02-13","2024-02-14","2024-02-15","2024-02-16","2024-02-17"],"makeupWorkdays":["2024-02-04","2024-02-18"],"note":"Employers were only encouraged to let staff rest on the eve (Fri 9 Feb); it is a working day."},{"festival":"QINGMING","daysOff":["2024-04-04","2024-04-05","2024-04-06"],"makeupWorkdays":["2024-04-07"]},{"festival":"LABOUR_DAY","daysOff":["2024-05-01","2024-05-02","2024-05-03","2024-05-04","2024-05-05"],"makeupWorkdays":["2024-04-28","2024-05-11"]},{"festival":"DRAGON_BOAT","daysOff":["2024-06-10"],"makeupWorkdays":[],"note":"Only 10 Jun is listed; it joins the weekend (与周末连休)."},{"festival":"MID_AUTUMN","daysOff":["2024-09-15","2024-09-16","2024-09-17"],"makeupWorkdays":["2024-09-14"]},{"festival":"NATIONAL_DAY","daysOff":["2024-10-01","2024-10-02","2024-10-03","2024-10-04","2024-10-05","2024-10-06","2024-10-07"],"makeupWorkdays":["2024-09-29","2024-10-12"]}]'::jsonb, CURRENT_TIMESTAMP),
  (2025, '国务院办公厅关于2025年部分节假日安排的通知', '国办发明电〔2024〕12号', DATE '2024-11-12',
   '[]'::jsonb,
   '[{"festival":"NEW_YEAR","daysOff":["2025-01-01"],"makeupWorkdays":[]},{"festival":"SPRING_FESTIVAL","daysOff":["2025-01-28","2025-01-29","2025-01-30","2025-01-31","2025-02-01","2025-02-02","2025-02-03","2025-02-04"],"makeupWorkdays":["2025-01-26","2025-02-08"],"note":"First year under the revised holiday measures (State Council Decree No. 795): the eve (除夕) is a statutory holiday."},{"festival":"QINGMING","daysOff":["2025-04-04","2025-04-05","2025-04-06"],"makeupWorkdays":[]},{"festival":"LABOUR_DAY","daysOff":["2025-05-01","2025-05-02","2025-05-03","2025-05-04","2025-05-05"],"makeupWorkdays":["2025-04-27"],"note":"1 and 2 May are both statutory holidays from 2025."},{"festival":"DRAGON_BOAT","daysOff":["2025-05-31","2025-06-01","2025-06-02"],"makeupWorkdays":[]},{"festival":"MID_AUTUMN_AND_NATIONAL_DAY","daysOff":["2025-10-01","2025-10-02","2025-10-03","2025-10-04","2025-10-05","2025-10-06","2025-10-07","2025-10-08"],"makeupWorkdays":["2025-09-28","2025-10-11"]}]'::jsonb, CURRENT_TIMESTAMP),
  (2026, '国务院办公厅关于2026年部分节假日安排的通知', '国办发明电〔2025〕7号', DATE '2025-11-04',
   '[]'::jsonb,
   '[{"festival":"NEW_YEAR","daysOff":["2026-01-01","2026-01-02","2026-01-03"],"makeupWorkdays":["2026-01-04"]},{"festival":"SPRING_FESTIVAL","daysOff":["2026-02-15","2026-02-16","2026-02-17","2026-02-18","2026-02-19","2026-02-20","2026-02-21","2026-02-22","2026-02-23"],"makeupWorkdays":["2026-02-14","2026-02-28"]},{"festival":"QINGMING","daysOff":["2026-04-04","2026-04-05","2026-04-06"],"makeupWorkdays":[]},{"festival":"LABOUR_DAY","daysOff":["2026-05-01","2026-05-02","2026-05-03","2026-05-04","2026-05-05"],"makeupWorkdays":["2026-05-09"]},{"festival":"DRAGON_BOAT","daysOff":["2026-06-19","2026-06-20","2026-06-21"],"makeupWorkdays":[]},{"festival":"MID_AUTUMN","daysOff":["2026-09-25","2026-09-26","2026-09-27"],"makeupWorkdays":[]},{"festival":"NATIONAL_DAY","daysOff":["2026-10-01","2026-10-02","2026-10-03","2026-10-04","2026-10-05","2026-10-06","2026-10-07"],"makeupWorkdays":["2026-09-20","2026-10-10"]}]'::jsonb, CURRENT_TIMESTAMP);
