import { atExpiry } from '../../server/auth/token-expiry';

beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-02T00:00:00Z') }));
afterEach(() => jest.useRealTimers());

it('fires at the expiry, not before', () => {
  const fired = jest.fn();
  atExpiry(new Date(Date.now() + 3000), fired);
  jest.advanceTimersByTime(2999);
  expect(fired).not.toHaveBeenCalled();
  jest.advanceTimersByTime(1);
  expect(fired).toHaveBeenCalledTimes(1);
});

it('a token valid for 40 days (beyond the 24.8-day limit of setTimeout) is not closed at once', () => {
  const fired = jest.fn();
  const day = 86_400_000;
  atExpiry(new Date(Date.now() + 40 * day), fired);
  jest.advanceTimersByTime(39 * day);
  expect(fired).not.toHaveBeenCalled();
  jest.advanceTimersByTime(day);
  expect(fired).toHaveBeenCalledTimes(1);
});

it('fires at once for a past expiry, and never once cancelled', () => {
  const past = jest.fn();
  atExpiry(new Date(Date.now() - 1), past);
  expect(past).toHaveBeenCalledTimes(1);
  const cancelled = jest.fn();
  atExpiry(new Date(Date.now() + 1000), cancelled)();
  jest.advanceTimersByTime(5000);
  expect(cancelled).not.toHaveBeenCalled();
});
