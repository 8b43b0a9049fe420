import { addWorkingDays } from '../../domain/working-days';

/** An instant given as Vietnam local time (UTC+7, no daylight saving). */
const vn = (local: string) => new Date(`${local}+07:00`);

describe('addWorkingDays (weekends and public holidays as seen in Vietnam, UTC+7)', () => {
  it.each([
    ['Monday 09:00 + 1 → Tuesday', '2024-06-03T09:00:00', 1, '2024-06-04T09:00:00'],
    ['Thursday 09:00 + 1 → Friday', '2024-06-06T09:00:00', 1, '2024-06-07T09:00:00'],
    ['Friday 09:00 + 1 → Monday', '2024-06-07T09:00:00', 1, '2024-06-10T09:00:00'],
    ['Friday 16:30 + 2 → Tuesday', '2024-06-07T16:30:00', 2, '2024-06-11T16:30:00'],
    ['Monday + 5 → next Monday', '2024-06-03T09:00:00', 5, '2024-06-10T09:00:00'],
    ['Wednesday + 10 → Wednesday two weeks on', '2024-06-05T09:00:00', 10, '2024-06-19T09:00:00'],
    ['Saturday + 1 → Monday', '2024-06-08T10:00:00', 1, '2024-06-10T10:00:00'],
    ['Sunday + 1 → Monday', '2024-06-09T10:00:00', 1, '2024-06-10T10:00:00'],
    ['0 days → the same instant', '2024-06-08T10:00:00', 0, '2024-06-08T10:00:00'],
    ['across a month end: Friday 28 June + 3 → Wednesday 3 July', '2024-06-28T09:00:00', 3, '2024-07-03T09:00:00'],
    // Public holidays come from the default calendar (domain/calendar): statutory days and decided schedules.
    ['Friday 26 April 2024 + 1 → Thursday 2 May (27/4 – 1/5 off)', '2024-04-26T09:00:00', 1, '2024-05-02T09:00:00'],
    ['Thursday 23 January 2025 + 2 → Monday 3 February, after Tết', '2025-01-23T09:00:00', 2, '2025-02-03T09:00:00'],
  ])('%s', (_label, start, days, due) => {
    expect(addWorkingDays(vn(start), days).toISOString()).toBe(vn(due).toISOString());
  });

  it('a Friday-evening UTC instant is already Saturday in Vietnam: one working day later is Monday in Vietnam', () => {
    const start = new Date('2024-06-07T18:00:00Z'); // Saturday 01:00 in Hà Nội
    const due = addWorkingDays(start, 1);
    // Monday 01:00 in Vietnam, which is still Sunday in UTC.
    expect(due.toISOString()).toBe('2024-06-09T18:00:00.000Z');
    expect(due.toISOString()).toBe(vn('2024-06-10T01:00:00').toISOString());
  });

  it('an early-Monday Vietnam instant (Sunday in UTC) counts Monday to Friday of the Vietnamese week', () => {
    const start = vn('2024-06-03T06:00:00'); // 2024-06-02T23:00Z, a Sunday in UTC
    expect(addWorkingDays(start, 4).toISOString()).toBe(vn('2024-06-07T06:00:00').toISOString());
    expect(addWorkingDays(start, 5).toISOString()).toBe(vn('2024-06-10T06:00:00').toISOString());
  });

  it('never lands on a Saturday or Sunday in Vietnam', () => {
    const start = vn('2024-06-01T23:30:00');
    for (let days = 1; days <= 15; days += 1) {
      const local = new Date(addWorkingDays(start, days).getTime() + 7 * 3600 * 1000).getUTCDay();
      expect([0, 6]).not.toContain(local);
    }
  });

  it('does not change the start date it was given', () => {
    const start = vn('2024-06-07T09:00:00');
    addWorkingDays(start, 3);
    expect(start.toISOString()).toBe(vn('2024-06-07T09:00:00').toISOString());
  });
});
