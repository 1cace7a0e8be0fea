/** Whether a line ends in a colon, introducing what follows (`Devon announces:`, `社区给出了说明：`). */
export function endsInColon(line: string): boolean {
  return /[:：][ \t]*$/.test(line);
}
