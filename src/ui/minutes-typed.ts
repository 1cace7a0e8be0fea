/** Minutes as typed in a reading-time box: whole minutes, 0 (none) for a box left blank or holding no such number. */
export function minutesTyped(typed: string): number {
  const minutes = Number(typed.trim());
  return Number.isInteger(minutes) && minutes > 0 ? minutes : 0;
}
