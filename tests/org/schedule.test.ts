import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { publicBaseUrl, reminderInterval, scheduleEvery } from "@/lib/org/schedule";

describe("the app's reminder schedule", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs the job once per interval, never two runs at once, and keeps going after a failure", async () => {
    let runs = 0;
    let release: () => void = () => {};
    const logged: string[] = [];
    const stop = scheduleEvery(
      60,
      () => {
        runs++;
        if (runs === 2) return Promise.reject(new Error("database locked"));
        return new Promise<void>((resolve) => (release = resolve));
      },
      (message) => logged.push(message),
    );
    await vi.advanceTimersByTimeAsync(59 * 60_000);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(3 * 60 * 60_000); // the first run is still going: no overlap
    expect(runs).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(runs).toBe(2);
    expect(logged).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(runs).toBe(3);
    stop();
    release();
    await vi.advanceTimersByTimeAsync(5 * 60 * 60_000);
    expect(runs).toBe(3);
  });

  it("is off at 0 minutes, and a wrong setting is a clear error", async () => {
    let runs = 0;
    scheduleEvery(0, async () => void runs++);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(runs).toBe(0);
    expect(reminderInterval({})).toBe(60);
    expect(reminderInterval({ REMINDER_INTERVAL_MINUTES: "15" })).toBe(15);
    // Not a number, a fraction (a 6 ms loop) or beyond what a timer can wait (Node would use 1 ms).
    for (const bad of ["hourly", "0.0001", "-5", "50000"]) expect(() => reminderInterval({ REMINDER_INTERVAL_MINUTES: bad }), bad).toThrow(/REMINDER_INTERVAL_MINUTES/);
    expect(reminderInterval({ REMINDER_INTERVAL_MINUTES: "0" })).toBe(0);
    expect(publicBaseUrl({ PUBLIC_URL: "https://academy.example/" })).toBe("https://academy.example");
    expect(publicBaseUrl({ PORT: "4000" })).toBe("http://localhost:4000");
  });
});
