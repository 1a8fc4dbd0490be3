const VIETNAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** A log line stamped with the time in Viet Nam, `[dd/mm/yyyy HH:mm:ss] …`. */
export function stampedLine(line: string, at: Date = new Date()): string {
  return `[${VIETNAM_TIME.format(at).replace(', ', ' ')}] ${line}`;
}
