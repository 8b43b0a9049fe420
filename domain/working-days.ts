/** Vietnam has one time zone with no daylight saving: UTC+7. */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

function isWeekendInVietnam(instant: Date): boolean {
  const day = new Date(instant.getTime() + VN_OFFSET_MS).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * The instant `days` working days after `start`, skipping Saturdays and Sundays as seen in
 * Asia/Ho_Chi_Minh. Public holidays come with the calendar of the deadlines issue.
 */
export function addWorkingDays(start: Date, days: number): Date {
  let current = new Date(start.getTime());
  let left = days;
  while (left > 0) {
    current = new Date(current.getTime() + DAY_MS);
    if (!isWeekendInVietnam(current)) left -= 1;
  }
  return current;
}
