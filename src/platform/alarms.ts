import browser from './browser.ts';

/** A repeating alarm; creating it again with the same name replaces it, so this is idempotent. */
export async function ensureAlarm(name: string, periodInMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (!existing) await browser.alarms.create(name, { periodInMinutes, delayInMinutes: 1 });
}

/** A one-off alarm in `delayInMinutes`; setting it again before it rings puts it off, as a new one replaces it. */
export async function alarmIn(name: string, delayInMinutes: number): Promise<void> {
  await browser.alarms.create(name, { delayInMinutes });
}

export function onAlarm(listener: (name: string) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}

export async function clearAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}
